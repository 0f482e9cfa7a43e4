/**
 * Handlers for the desk's editing channels (issue 4): file import, bulk and
 * cluster verdicts, evidence links, claim corrections. Thin: each validates
 * nothing itself (dispatch did) and delegates to a pure core function.
 */
import { addClaimFromSelection, decideCluster, editClaimText, mergeClaims, setDismissed, splitClaim } from '../../core/edit/claims'
import { UserError } from '../../core/errors'
import { reportFileToText } from '../../core/input/importFile'
import { reviewOf, type StoreData } from '../../core/model'
import { importReports } from '../../core/pipeline'
import { applyBulkReview, clusterMemberIds } from '../../core/review/bulk'
import { setEvidence } from '../../core/review/evidence'
import type { Store } from '../../core/store/jsonStore'
import type { ClaimEdit, ClaimView, Handlers } from '../../shared/contract'

type EditChannels = 'reports:importFiles' | 'review:bulk' | 'review:evidence' | 'claims:edit'

function view(data: StoreData, claimId: string): ClaimView {
  const claim = data.claims.find((c) => c.id === claimId)
  if (!claim) throw new UserError(`Unknown claim id "${claimId}".`, 'not-found')
  return { ...claim, review: reviewOf(data, claimId) }
}

function applyEdit(data: StoreData, edit: ClaimEdit): { data: StoreData; claimId: string | null } {
  switch (edit.op) {
    case 'text':
      return { data: editClaimText(data, edit.claimId, edit.text), claimId: edit.claimId }
    case 'split': {
      const out = splitClaim(data, edit.claimId, edit.at)
      return { data: out.data, claimId: out.newId }
    }
    case 'merge': {
      const next = mergeClaims(data, edit.claimIds[0], edit.claimIds[1])
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
    async 'reports:importFiles'({ files }) {
      // Decode every file before touching the store: one bad file changes nothing.
      const inputs: { file: string; content: string }[] = []
      for (const { file, base64 } of files) {
        inputs.push({ file, content: await reportFileToText(Buffer.from(base64, 'base64'), file) })
      }
      let outcome: ReturnType<typeof importReports> | undefined
      await store.update((data) => {
        outcome = importReports(data, inputs, now())
        return outcome.data
      })
      return { added: outcome?.added.map((r) => r.id) ?? [], duplicates: outcome?.duplicates.map((r) => r.file) ?? [] }
    },

    async 'review:bulk'({ claimIds, clusterId, verdict, note }) {
      let ids: string[] = []
      const data = await store.update((d) => {
        ids = clusterId ? clusterMemberIds(d, clusterId) : (claimIds ?? [])
        return applyBulkReview(d, { claimIds: ids, verdict, note }, now())
      })
      return { claims: ids.map((id) => view(data, id)) }
    },

    async 'review:evidence'({ claimId, links }) {
      const data = await store.update((d) => setEvidence(d, claimId, links, now()))
      return view(data, claimId)
    },

    async 'claims:edit'(edit) {
      let claimId: string | null = null
      await store.update((d) => {
        const out = applyEdit(d, edit)
        claimId = out.claimId
        return out.data
      })
      return { claimId }
    }
  }
}
