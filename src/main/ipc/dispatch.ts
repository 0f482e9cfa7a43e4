/**
 * Turns one raw IPC call into a validated handler call and an `IpcResult`.
 * Shared by Electron's ipcMain and the e2e harness, so both transports behave alike.
 */
import { z } from 'zod'
import { isUserError } from '../../core/errors'
import { isChannel } from '../../shared/channels'
import { contract, type Handlers, type IpcResult } from '../../shared/contract'
import { StaleReviewError } from './staleReviews'

export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'invalid-input', message: `Unknown channel ${String(channel)}.` } }
  }
  const parsed = contract[channel].request.safeParse(payload ?? {})
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: `Bad request on ${channel}: ${z.prettifyError(parsed.error)}` } }
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof StaleReviewError) return { ok: false, error: { code: error.code, message: error.message, stale: error.stale } }
    if (isUserError(error)) return { ok: false, error: { code: error.code, message: error.message } }
    console.error(`[factdesk] ${channel} failed:`, error)
    return { ok: false, error: { code: 'internal', message: `Something went wrong on ${channel}: ${(error as Error).message}` } }
  }
}
