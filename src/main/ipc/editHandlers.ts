/**
 * Handlers for the desk's editing channels (issue 4): bulk and cluster
 * verdicts, evidence links, claim corrections. Thin: each validates
 * nothing itself (dispatch did) and delegates to a pure core function.
 */
import { addClaimFromSelection, decideCluster, editClaimText, mergeClaims, setDismissed, splitClaim } from '../../core/edit/claims'
import { UserError } from '../../core/errors'
import { reviewOf, type StoreData } from '../../core/model'
import { applyBulkReview, clusterMemberIds } from '../../core/review/bulk'
import { setEvidence } from '../../core/review/evidence'
import type { Store } from '../../core/store/jsonStore'
import type { ClaimEdit, ClaimView, Handlers } from '../../shared/contract'

type EditChannels = 'review:bulk' | 'review:evidence' | 'claims:edit'

function view(data: StoreData, claimId: string): ClaimView {
  const claim = data.claims.find((c) => c.id === claimId)
  if (!claim) throw new UserError(`Unknown claim id "${claimId}".`, 'not-found')
  return { ...claim, review: reviewOf(data, claimId) }
}

function applyEdit(data: StoreData, edit: ClaimEdit, now: Date): { data: StoreData; claimId: string | null } {
  switch (edit.op) {
    case 'text':
      return { data: editClaimText(data, edit.claimId, edit.text), claimId: edit.claimId }
    case 'split': {
      const out = splitClaim(data, edit.claimId, edit.at)
      return { data: out.data, claimId: out.newId }
    }
    case 'merge': {
      const next = mergeClaims(data, edit.claimIds[0], edit.claimIds[1], now)
      return { data: next, claimId: edit.claimIds.find((id) => next.claims.some((c) => c.id === id)) ?? null }
    }
    case 'dismiss':
      return { data: setDismissed(data, edit.claimId, edit.dismissed), claimId: edit.claimId }
    case 'add': {
      const out = addClaimFromSelection(data, edit.reportId, edit.start, edit.end)
      return { data: out.data, claimId: out.newId }
    }
    case 'cluster':
      return { data: decideCluster(data, edit.claimId, edit.decision), claimId: edit.claimId }
  }
}

export function createEditHandlers(store: Store, now: () => Date): Pick<Handlers, EditChannels> {
  return {
    async 'review:bulk'({ claimIds, clusterId, verdict, note }) {
      let ids: string[] = []
      const data = await store.update((d) => {
        ids = clusterId ? clusterMemberIds(d, clusterId) : (claimIds ?? [])
        return applyBulkReview(d, { claimIds: ids, verdict, note }, now())
      })
      const wanted = new Set(ids)
      return { claims: data.claims.filter((c) => wanted.has(c.id)).map((claim) => ({ ...claim, review: reviewOf(data, claim.id) })) }
    },

    async 'review:evidence'({ claimId, links }) {
      const data = await store.update((d) => setEvidence(d, claimId, links, now()))
      return view(data, claimId)
    },

    async 'claims:edit'(edit) {
      let claimId: string | null = null
      await store.update((d) => {
        const out = applyEdit(d, edit, now())
        claimId = out.claimId
        return out.data
      })
      return { claimId }
    }
  }
}
