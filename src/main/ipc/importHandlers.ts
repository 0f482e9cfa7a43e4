/**
 * The desk's import channels. Every import runs in a bounded worker (see
 * core/importing), so the main process keeps answering the desk meanwhile; the
 * desk names its import with a job id to ask for progress and to cancel it.
 */
import { UserError } from '../../core/errors'
import { importFiles } from '../../core/importing/importFiles'
import type { ImportFile } from '../../core/importing/job'
import type { WorkerBudget } from '../../core/importing/runner'
import type { Store } from '../../core/store/jsonStore'
import type { Handlers, ImportOutcome, ImportProgress } from '../../shared/contract'
import { pin } from '../../core/store/switchable'
import { decodePage } from '../../core/web/article'
import type { FetchLimits } from '../../core/web/fetchPage'

type ImportChannels = 'reports:import' | 'reports:importFiles' | 'reports:importUrl' | 'reports:importProgress' | 'reports:cancelImport' | 'archive:read'

export interface ImportDeps {
  store: Store
  now: () => Date
  /** The worker's entry: the app passes its built file; by default the TypeScript source (tests). */
  importWorker?: string | undefined
  /** Overrides the worker's time and memory budget (by default sized from the files). */
  importBudget?: WorkerBudget | undefined
  /** Limits for fetching web pages (FETCH_LIMITS by default). */
  fetchLimits?: FetchLimits | undefined
}

interface Running {
  progress: ImportProgress | null
  abort: AbortController
}

export function createImportHandlers({ store, now, importWorker, importBudget, fetchLimits }: ImportDeps): Pick<Handlers, ImportChannels> {
  const running = new Map<string, Running>()

  async function run(files: ImportFile[], jobId: string | undefined): Promise<ImportOutcome> {
    if (jobId !== undefined && running.has(jobId)) throw new UserError(`An import with id ${jobId} is already running.`, 'invalid-input')
    const job: Running = { progress: null, abort: new AbortController() }
    if (jobId !== undefined) running.set(jobId, job)
    try {
      // The story the import began on gets its reports, even if the editor opens another meanwhile.
      const { added, duplicates, refused } = await importFiles(pin(store), files, now(), {
        entry: importWorker,
        budget: importBudget,
        fetch: fetchLimits,
        signal: job.abort.signal,
        onProgress: (progress) => (job.progress = progress)
      })
      return { added: added.map((r) => r.id), duplicates: duplicates.map((r) => r.file), refused }
    } finally {
      if (jobId !== undefined) running.delete(jobId)
    }
  }

  return {
    async 'reports:import'({ files, jobId }) {
      return run(
        files.map(({ file, content }) => ({ name: file, text: content })),
        jobId
      )
    },

    async 'reports:importFiles'({ files, jobId }) {
      return run(
        files.map(({ file, base64 }) => ({ name: file, bytes: Buffer.from(base64, 'base64') })),
        jobId
      )
    },

    async 'reports:importUrl'({ url, jobId }) {
      return run([{ name: url.trim(), url: url.trim() }], jobId)
    },

    async 'archive:read'({ sha256 }) {
      // Only pages this story cites are served: a report's source, or a verdict's evidence.
      const data = store.data
      const page =
        data.reports.find((r) => r.archive?.sha256 === sha256)?.archive ??
        Object.values(data.reviews)
          .flatMap((review) => review.archives ?? [])
          .find((a) => a.page?.sha256 === sha256)?.page
      if (!page) throw new UserError('No report or evidence link on this desk has that archived page.', 'not-found')
      const bytes = await store.archive.read(sha256)
      return { page, html: decodePage(page.contentType, bytes) }
    },

    async 'reports:importProgress'({ jobId }) {
      return { running: running.has(jobId), progress: running.get(jobId)?.progress ?? null }
    },

    async 'reports:cancelImport'({ jobId }) {
      const job = running.get(jobId)
      job?.abort.abort()
      return { cancelled: job !== undefined }
    }
  }
}
