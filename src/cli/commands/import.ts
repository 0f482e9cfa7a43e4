import { UserError } from '../../core/errors'
import { importFiles } from '../../core/importing/importFiles'
import { readReportBytes } from '../../core/store/files'
import { parse } from '../args'
import type { Command } from '../io'
import { chooseStore, STORE_OPTION, withStore } from '../store'

export const importCommand: Command = async (args, ctx) => {
  const { values, positionals } = parse('import', args, { ...STORE_OPTION })
  if (positionals.length === 0) throw new UserError('missing report file (usage: factdesk import FILE... [--store PATH])')
  const choice = chooseStore(values.store, ctx)
  // Read every file before the store is opened: one bad path must leave the store untouched.
  const files = await Promise.all(positionals.map((file) => readReportBytes(file)))
  await withStore(choice, ctx, 'create', async (store) => {
    // Decoding and extraction run in a bounded worker: a hostile file is refused by name, never a hang.
    const { added, duplicates } = await importFiles(store, files, ctx.now())
    for (const report of added) {
      const count = store.data.claims.filter((c) => c.reportId === report.id).length
      ctx.out(`added    ${report.file}  (report ${report.id}, ${count} claims)`)
    }
    for (const report of duplicates) ctx.out(`skipped  ${report.file}  (report ${report.id} is already in the store)`)
    ctx.out(`${added.length} added, ${duplicates.length} skipped → ${store.path}`)
  })
}
