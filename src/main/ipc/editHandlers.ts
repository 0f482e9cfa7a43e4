/**
 * Handlers for the desk's editing channels: verdicts and notes (one claim,
 * many, a cluster), evidence links (archived as added), claim corrections,
 * report removal, undo, and a claim's history. Each edit is one pure core
 * function, recorded in the change log in the same write (core/changes), and
 * answered with a patch of what changed.
 */
import { commitEdit, commitUndo } from '../../core/changes/commit'
import { historyOf } from '../../core/changes/history'
import { addClaimFromSelection, decideCluster, editClaimText, mergeClaims, setDismissed, splitClaim } from '../../core/edit/claims'
import { removeReport } from '../../core/edit/reports'
import type { ChangeKind, StoreData } from '../../core/model'
import { applyBulkReview, clusterMemberIds } from '../../core/review/bulk'
import { newEvidenceLinks, setEvidence } from '../../core/review/evidence'
import { applyReview } from '../../core/review/review'
import type { Store } from '../../core/store/jsonStore'
import { archiveEvidence } from '../../core/web/archiveEvidence'
import { FETCH_LIMITS, type FetchLimits } from '../../core/web/fetchPage'
import type { ClaimEdit, Handlers } from '../../shared/contract'
import { patchOf } from './deskViews'
import { reviewChange, seenOptions } from './staleReviews'

type EditChannels = 'review:set' | 'review:bulk' | 'review:evidence' | 'claims:edit' | 'reports:remove' | 'changes:undo' | 'claims:history'

/** What each correction is called in the change log. */
const EDIT_KIND: { [Op in ClaimEdit['op']]: (edit: Extract<ClaimEdit, { op: Op }>) => ChangeKind } = {
  text: () => 'wording',
  split: () => 'split',
  merge: () => 'merge',
  dismiss: (edit) => (edit.dismissed ? 'dismiss' : 'restore'),
  add: () => 'add',
  cluster: (edit) => (edit.decision === 'confirmed' ? 'confirm' : 'detach')
}

/** The edit's result, and the claim to select after it. */
function applyEdit(data: StoreData, edit: ClaimEdit, now: Date): { data: StoreData; value: string | null } {
  switch (edit.op) {
    case 'text':
      return { data: editClaimText(data, edit.claimId, edit.text), value: edit.claimId }
    case 'split': {
      const out = splitClaim(data, edit.claimId, edit.at)
      return { data: out.data, value: out.newId }
    }
    case 'merge': {
      const next = mergeClaims(data, edit.claimIds[0], edit.claimIds[1], now)
      return { data: next, value: edit.claimIds.find((id) => next.claims.some((c) => c.id === id)) ?? null }
    }
    case 'dismiss':
      return { data: setDismissed(data, edit.claimId, edit.dismissed), value: edit.claimId }
    case 'add': {
      const out = addClaimFromSelection(data, edit.reportId, edit.start, edit.end)
      return { data: out.data, value: out.newId }
    }
    case 'cluster':
      return { data: decideCluster(data, edit.claimId, edit.decision), value: edit.claimId }
  }
}

export interface EditDeps {
  store: Store
  now: () => Date
  /** Limits for fetching evidence pages (FETCH_LIMITS by default). */
  fetchLimits?: FetchLimits | undefined
}

export function createEditHandlers({ store, now, fetchLimits = FETCH_LIMITS }: EditDeps): Pick<Handlers, EditChannels> {
  return {
    async 'review:set'({ claimId, verdict, note, seen }) {
      const { data, change } = await reviewChange(
        { verdict, note },
        () => [claimId],
        () =>
          commitEdit(
            store,
            verdict !== undefined ? 'verdict' : 'note',
            (d) => ({ data: applyReview(d, { claimId, verdict, note }, now()) }),
            now(),
            undefined,
            seenOptions(seen)
          )
      )
      return patchOf(store, data, change)
    },

    async 'review:bulk'({ claimIds, clusterId, verdict, note, seen }) {
      let covered = claimIds ?? []
      const { data, change } = await reviewChange(
        { verdict, note },
        () => covered,
        () =>
          commitEdit(
            store,
            verdict !== undefined ? 'verdict' : 'note',
            (d) => {
              covered = clusterId ? clusterMemberIds(d, clusterId) : (claimIds ?? [])
              return { data: applyBulkReview(d, { claimIds: covered, verdict, note }, now()) }
            },
            now(),
            undefined,
            seenOptions(seen)
          )
      )
      return patchOf(store, data, change)
    },

    async 'review:evidence'({ claimId, links, seen }) {
      // Fetched before the write, outside the store's queue: a slow page holds up nobody's verdicts.
      const archived = await archiveEvidence(newEvidenceLinks(store.data, claimId, links), store.archive, fetchLimits, now)
      const { data, change } = await reviewChange(
        { evidence: links },
        () => [claimId],
        () => commitEdit(store, 'evidence', (d) => ({ data: setEvidence(d, claimId, links, now(), archived) }), now(), undefined, seenOptions(seen))
      )
      return patchOf(store, data, change)
    },

    async 'claims:edit'(edit) {
      const kind = (EDIT_KIND[edit.op] as (e: ClaimEdit) => ChangeKind)(edit)
      const { data, change, value } = await commitEdit(store, kind, (d) => applyEdit(d, edit, now()), now())
      return patchOf(store, data, change, value)
    },

    async 'reports:remove'({ reportId }) {
      const { data, change } = await commitEdit(store, 'remove-report', (d) => ({ data: removeReport(d, reportId) }), now())
      return patchOf(store, data, change)
    },

    async 'changes:undo'({ seq }) {
      const { data, change } = await commitUndo(store, seq, now())
      return patchOf(store, data, change, change.claimIds[0] ?? null)
    },

    async 'claims:history'({ claimId }) {
      return { entries: historyOf(store.data, claimId) }
    }
  }
}
