/**
 * One verdict or note for many claims at once (a cluster, or the editor's
 * multi-selection). Each claim gets its own history entry, so a later
 * per-claim override reads naturally in its history. Linear in the claims:
 * 20,000 at once are one pass and one new reviews object.
 */
import { analyseClaims } from '../analysis'
import { UserError } from '../errors'
import { reviewOf, type Review, type ReviewState, type StoreData } from '../model'
import { reviewAfter, signedBy } from './review'

export interface BulkChange {
  claimIds: string[]
  verdict?: ReviewState
  note?: string
}

export function applyBulkReview(data: StoreData, change: BulkChange, now: Date): StoreData {
  const ids = [...new Set(change.claimIds)]
  if (ids.length === 0) throw new UserError('Select at least one claim.', 'invalid-input')
  const known = new Set(data.claims.map((c) => c.id))
  const unknown = ids.find((id) => !known.has(id))
  if (unknown !== undefined) throw new UserError(`Unknown claim id "${unknown}".`, 'not-found')
  const editor = signedBy(data)
  const at = now.toISOString()
  let reviews: Record<string, Review> | null = null
  for (const claimId of ids) {
    const next = reviewAfter(reviewOf(data, claimId), change, editor, at)
    if (!next) continue
    reviews ??= { ...data.reviews }
    reviews[claimId] = next
  }
  return reviews ? { ...data, reviews } : data
}

/**
 * The claims a cluster verdict applies to: its confirmed members only. A member
 * matched on thin evidence (suggested) is left alone until an editor confirms it.
 */
export function clusterMemberIds(data: StoreData, clusterId: string): string[] {
  const cluster = analyseClaims(data.claims, data.reports).clusters.find((k) => k.id === clusterId)
  if (!cluster) throw new UserError(`Unknown cluster id "${clusterId}".`, 'not-found')
  return cluster.members.map((m) => m.claimId)
}
