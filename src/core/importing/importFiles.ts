/**
 * The import use-case, shared by the app's main process and the CLI: report
 * files go to a bounded worker (runner.ts) with the store's current reports
 * and claims; its result is put into the store in one write. The store keeps
 * serving while the worker runs — verdicts and notes land as usual, since
 * reviews are kept apart from claims. Only if the claims themselves changed
 * meanwhile (another import, a claim edit) is the work done again on the new
 * claims, so nothing anyone did is overwritten.
 */
import { rememberAnalysis } from '../analysis'
import { UserError } from '../errors'
import type { Report } from '../model'
import { applyImport } from '../pipeline'
import type { Store } from '../store/jsonStore'
import type { ImportFile, Refused } from './job'
import { runInWorker, type RunOptions } from './runner'
import type { FetchLimits } from '../web/fetchPage'

export interface FilesImported {
  added: Report[]
  duplicates: Report[]
  /** Files of the batch that could not be read, each with its reason (the others were imported). */
  refused: Refused[]
}

const ATTEMPTS = 3

export interface ImportOptions extends RunOptions {
  /** Limits for fetching web pages (FETCH_LIMITS by default). */
  fetch?: FetchLimits | undefined
}

export async function importFiles(store: Store, files: ImportFile[], now: Date, options: ImportOptions = {}): Promise<FilesImported> {
  if (files.length === 0) throw new UserError('Choose at least one report file.', 'invalid-input')
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = store.data
    const result = await runInWorker({ kind: 'import', files, reports: before.reports, claims: before.claims, now: now.toISOString(), fetch: options.fetch }, options)
    // The pages first: a report is never in the store without its archived source.
    for (const page of result.pages) await store.archive.put(page.sha256, page.bytes)
    let stale = false
    const data = await store.update((current) => {
      stale = current.claims !== before.claims || current.reports !== before.reports
      return stale ? current : applyImport(current, result)
    })
    if (stale) continue
    if (result.analysis && result.added.length > 0) rememberAnalysis(data.claims, data.reports, result.analysis)
    return { added: result.added, duplicates: result.duplicates, refused: result.refused }
  }
  throw new UserError(`The desk's claims kept changing while ${files.map((f) => f.name).join(', ')} was imported; nothing was added. Import it again.`, 'invalid-input')
}
