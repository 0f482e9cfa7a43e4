/**
 * The desk's client for the typed IPC contract. Errors travel as values
 * (IpcResult); here they become thrown Errors so views can use try/catch.
 */
import type { Channel, DeskEvent } from '../../../shared/channels'
import type { Request, Response, StaleWrite } from '../../../shared/contract'

/** A refused call, with what main said: its code, and a stale review change's both sides. */
export class IpcFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly stale: StaleWrite | null
  ) {
    super(message)
  }
}

export async function call<C extends Channel>(channel: C, request: Request<C>): Promise<Response<C>> {
  const result = await window.api.invoke(channel, request)
  if (!result.ok) throw new IpcFailure(result.error.message, result.error.code, result.error.stale ?? null)
  return result.value
}

/** Best-effort subscription: older bridges may not expose `on`. */
export function onDeskEvent(event: DeskEvent, listener: () => void): () => void {
  const api = window.api as Partial<typeof window.api>
  return typeof api.on === 'function' ? api.on(event, listener) : () => {}
}

export const onDeskChanged = (listener: () => void): (() => void) => onDeskEvent('desk:changed', listener)

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
