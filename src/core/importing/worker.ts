/**
 * The import worker's entry (a worker_threads worker; see runner.ts): runs one
 * job from `workerData` and reports progress, then the result or the error.
 * Built as its own entry of the app's main bundle (electron.vite.config.ts);
 * from TypeScript sources (CLI, tests) it is loaded through tsx.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { isUserError } from '../errors'
import { runJob, type Job } from './job'
import type { WorkerMessage } from './runner'

const port = parentPort
if (!port) throw new Error('The import worker must run as a worker thread.')
const send = (message: WorkerMessage): void => port.postMessage(message)

try {
  const result = await runJob(workerData as Job, (progress) => send({ type: 'progress', progress }))
  send({ type: 'done', result })
} catch (error) {
  send({
    type: 'failed',
    error: isUserError(error)
      ? { user: true, code: error.code, message: error.message }
      : { user: false, code: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  })
}
