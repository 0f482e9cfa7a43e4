/**
 * One verdict or note for many claims at once (a cluster, or the editor's
 * multi-selection). Each claim gets its own history entry, so a later
 * per-claim override reads naturally in its history.
 */
import { UserError } from '../errors'
import type { ReviewState, StoreData } from '../model'
import { applyReview } from './review'

export interface BulkChange {
  claimIds: string[]
  verdict?: ReviewState
  note?: string
}

export function applyBulkReview(data: StoreData, change: BulkChange, now: Date): StoreData {
  const ids = [...new Set(change.claimIds)]
  if (ids.length === 0) throw new UserError('Select at least one claim.', 'invalid-input')
  return ids.reduce((d, claimId) => applyReview(d, { claimId, verdict: change.verdict, note: change.note }, now), data)
}

/** The claims a cluster verdict applies to: every member not detached or dismissed. */
export function clusterMemberIds(data: StoreData, clusterId: string): string[] {
  const ids = data.claims.filter((c) => c.clusterId === clusterId && !c.dismissed).map((c) => c.id)
  if (ids.length === 0) throw new UserError(`Unknown cluster id "${clusterId}".`, 'not-found')
  return ids
}
