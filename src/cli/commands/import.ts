import { UserError } from '../../core/errors'
import { importFiles } from '../../core/importing/importFiles'
import type { ImportFile } from '../../core/importing/job'
import { parse } from '../args'
import type { Command } from '../io'
import { CLI } from '../name'
import { reportSource } from '../sources'
import { chooseStore, STORE_OPTION, withStore } from '../store'

export const importCommand: Command = async (args, ctx) => {
  const { values, positionals } = parse('import', args, { ...STORE_OPTION })
  if (positionals.length === 0) throw new UserError(`missing report file or address (usage: ${CLI} import FILE|URL... [--store PATH])`)
  const choice = chooseStore(values.store, ctx)
  // Read every file before the store is opened: a mistyped path must leave the store untouched.
  const files: ImportFile[] = await Promise.all(positionals.map(reportSource))
  const refused = await withStore(choice, ctx, 'create', async (store) => {
    // Fetching, decoding and extraction run in a bounded worker: a hostile file or page is refused by name, never a hang.
    const outcome = await importFiles(store, files, ctx.now())
    for (const report of outcome.added) {
      const count = store.data.claims.filter((c) => c.reportId === report.id).length
      const source = report.archive ? `; page archived, sha256 ${report.archive.sha256.slice(0, 12)}…` : ''
      ctx.out(`added    ${report.file}  (report ${report.id}, ${count} claims${source})`)
    }
    for (const report of outcome.duplicates) ctx.out(`skipped  ${report.file}  (report ${report.id} is already in the store)`)
    for (const file of outcome.refused) ctx.out(`refused  ${file.name}: ${file.reason}`)
    ctx.out(`${outcome.added.length} added, ${outcome.duplicates.length} skipped, ${outcome.refused.length} refused → ${store.path}`)
    return outcome.refused
  })
  // The others were imported; the exit code still says that not everything was.
  if (refused.length > 0) {
    throw new UserError(
      refused.length === 1 ? `${refused[0]!.name} was not imported: ${refused[0]!.reason}` : `${refused.length} of ${files.length} were not imported (listed above)`
    )
  }
}
