/**
 * Runs an import job in a worker thread, bounded: a time budget, a memory cap
 * (V8 heap limits of the worker alone) and cancellation. Whatever a file does
 * to the reader or the extractor, the caller's thread stays free (the app's
 * main process keeps answering the desk), and a file over budget is refused
 * by name with the reason; the worker is terminated and nothing is added.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type WorkerOptions } from 'node:worker_threads'
import { UserError, type UserErrorCode } from '../errors'
import { FETCH_LIMITS } from '../web/fetchPage'
import { fileBytes, webPages, type ImportProgress, type Job, type JobResult, type OnProgress } from './job'

export type WorkerMessage =
  { type: 'progress'; progress: ImportProgress } | { type: 'done'; result: unknown } | { type: 'failed'; error: { user: boolean; code: string; message: string } }

export interface WorkerBudget {
  /** Wall-clock time for the whole job. */
  timeMs: number
  /** The worker's JavaScript heap. */
  memoryMb: number
}

/**
 * Twice the benchmark's worst-case budget (2 s per MB of report) and a fixed
 * margin for a slow machine and the worker's start, plus time to match
 * against the claims already in the store.
 */
export function budgetFor(job: Job): WorkerBudget {
  const mb = fileBytes(job.files) / 1024 / 1024
  const known = job.kind === 'import' ? job.claims.length : 0
  // A web page may take its whole fetch limit, then as long as a file of the largest size fetched.
  const fetching = webPages(job.files) * ((job.fetch ?? FETCH_LIMITS).timeoutMs + (4_000 * (job.fetch ?? FETCH_LIMITS).maxBytes) / 1024 / 1024)
  return { timeMs: Math.round(15_000 + 4_000 * mb + known / 10 + fetching), memoryMb: 2048 }
}

export interface RunOptions {
  /** The worker's entry file; by default the TypeScript source beside this file (loaded through tsx). */
  entry?: string
  budget?: WorkerBudget
  onProgress?: OnProgress
  /** Aborting terminates the worker: the job fails with a "cancelled" UserError. */
  signal?: AbortSignal
}

/** The worker's source entry, for runs from TypeScript (the CLI under tsx, the tests); the app passes its built entry. */
export function sourceWorkerEntry(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'worker.ts')
}

/**
 * A worker on a TypeScript entry (the CLI under tsx, the tests): a small
 * script that registers tsx's loader in the worker, then imports the entry.
 * (Node 20 does not apply the parent's --import hooks to a worker's entry.)
 */
function typeScriptWorker(entry: string, options: WorkerOptions): Worker {
  const require = createRequire(import.meta.url)
  const manifest = require.resolve('tsx/package.json')
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> }
  const api = pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(entry).href)}) })`
  return new Worker(boot, { ...options, eval: true })
}

function startWorker(entry: string, options: WorkerOptions): Worker {
  return entry.endsWith('.ts') ? typeScriptWorker(entry, options) : new Worker(entry, options)
}

function names(job: Job): string {
  const files = job.files.map((f) => f.name)
  return files.length === 1 ? files[0]! : `${files.length} files (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`
}

const STAGE_WORDS: Record<ImportProgress['stage'], string> = {
  read: 'reading it',
  ingest: 'reading its text',
  extract: 'finding its claims',
  match: 'matching claims across reports',
  analyse: 'comparing sources'
}

export function runInWorker<J extends Job>(job: J, options: RunOptions = {}): Promise<JobResult<J>> {
  const entry = options.entry ?? sourceWorkerEntry()
  const budget = options.budget ?? budgetFor(job)
  const what = names(job)
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(cancelled())
    let last: ImportProgress | null = null
    let settled = false
    const worker = startWorker(entry, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 64 }
    })
    const finish = (outcome: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      outcome()
    }
    const stop = (error: Error): void => finish(() => void worker.terminate().finally(() => reject(error)))
    const timer = setTimeout(() => {
      const file = last?.file ?? what
      const doing = last ? `, while ${STAGE_WORDS[last.stage]}` : ''
      stop(
        new UserError(
          `${file} took longer than ${seconds(budget.timeMs)} s to import${doing}, so it was stopped and nothing was added. ` +
            'Split it into smaller reports, or save it as plain text, and import it again.',
          'invalid-input'
        )
      )
    }, budget.timeMs)
    const onAbort = (): void => stop(cancelled())
    options.signal?.addEventListener('abort', onAbort, { once: true })

    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        last = message.progress
        options.onProgress?.(message.progress)
      } else if (message.type === 'done') {
        finish(() => resolve(message.result as JobResult<J>))
      } else {
        const { user, code, message: text } = message.error
        finish(() => reject(user ? new UserError(text, code as UserErrorCode) : new Error(`The import worker failed: ${text}`)))
      }
    })
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        const file = last?.file ?? what
        finish(() =>
          reject(
            new UserError(
              `${file} needs more than ${budget.memoryMb} MB of memory to import, so it was stopped and nothing was added. Split it into smaller reports.`,
              'invalid-input'
            )
          )
        )
      } else {
        finish(() => reject(error))
      }
    })
    worker.on('exit', (code) => finish(() => reject(new Error(`The import worker stopped (exit code ${code}) before it finished ${what}.`))))
  })
}

const seconds = (ms: number): string => (ms < 10_000 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000)))

function cancelled(): UserError {
  return new UserError('The import was cancelled; nothing was added.', 'cancelled')
}
