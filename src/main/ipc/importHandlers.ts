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
import type { Handlers, ImportProgress } from '../../shared/contract'

type ImportChannels = 'reports:import' | 'reports:importFiles' | 'reports:importProgress' | 'reports:cancelImport'

export interface ImportDeps {
  store: Store
  now: () => Date
  /** The worker's entry: the app passes its built file; by default the TypeScript source (tests). */
  importWorker?: string | undefined
  /** Overrides the worker's time and memory budget (by default sized from the files). */
  importBudget?: WorkerBudget | undefined
}

interface Running {
  progress: ImportProgress | null
  abort: AbortController
}

export function createImportHandlers({ store, now, importWorker, importBudget }: ImportDeps): Pick<Handlers, ImportChannels> {
  const running = new Map<string, Running>()

  async function run(files: ImportFile[], jobId: string | undefined): Promise<{ added: string[]; duplicates: string[] }> {
    if (jobId !== undefined && running.has(jobId)) throw new UserError(`An import with id ${jobId} is already running.`, 'invalid-input')
    const job: Running = { progress: null, abort: new AbortController() }
    if (jobId !== undefined) running.set(jobId, job)
    try {
      const { added, duplicates } = await importFiles(store, files, now(), {
        entry: importWorker,
        budget: importBudget,
        signal: job.abort.signal,
        onProgress: (progress) => (job.progress = progress)
      })
      return { added: added.map((r) => r.id), duplicates: duplicates.map((r) => r.file) }
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
