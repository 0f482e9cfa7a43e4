import { UserError } from '../../core/errors'
import { importReports, type ImportOutcome } from '../../core/pipeline'
import { readReportFile } from '../../core/store/files'
import { parse } from '../args'
import type { Command } from '../io'
import { chooseStore, STORE_OPTION, withStore } from '../store'

export const importCommand: Command = async (args, ctx) => {
  const { values, positionals } = parse('import', args, { ...STORE_OPTION })
  if (positionals.length === 0) throw new UserError('missing report file (usage: factdesk import FILE... [--store PATH])')
  const choice = chooseStore(values.store, ctx)
  // Read every file before the store is opened: one bad path must leave the store untouched.
  const inputs = await Promise.all(positionals.map((file) => readReportFile(file)))
  await withStore(choice, ctx, 'create', async (store) => {
    let outcome: ImportOutcome | undefined
    const data = await store.update((d) => {
      outcome = importReports(d, inputs, ctx.now())
      return outcome.data
    })
    for (const report of outcome?.added ?? []) {
      const count = data.claims.filter((c) => c.reportId === report.id).length
      ctx.out(`added    ${report.file}  (report ${report.id}, ${count} claims)`)
    }
    for (const report of outcome?.duplicates ?? []) ctx.out(`skipped  ${report.file}  (report ${report.id} is already in the store)`)
    ctx.out(`${outcome?.added.length ?? 0} added, ${outcome?.duplicates.length ?? 0} skipped → ${store.path}`)
  })
}
