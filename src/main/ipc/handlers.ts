/**
 * The desk's IPC handlers: plain functions over the store, one per channel of
 * the contract. No Electron here, so tests and the e2e harness call them as-is.
 */
import { changedSinceLastBrief } from '../../core/brief'
import { analyseClaims } from '../../core/analysis'
import { UserError } from '../../core/errors'
import { reviewOf, type StoreData } from '../../core/model'
import { applyReview } from '../../core/review/review'
import type { ClaimView, Handlers } from '../../shared/contract'
import { createBriefHandlers, type BriefDeps } from './briefHandlers'
import { createEditHandlers } from './editHandlers'
import { createImportHandlers, type ImportDeps } from './importHandlers'

/** What the handlers need from outside: the store, a clock, the brief's export dependencies, the import worker. */
export type HandlerDeps = Omit<BriefDeps, 'now'> & Omit<ImportDeps, 'now' | 'store'> & { now?: () => Date }

export function createHandlers({ store, now = () => new Date(), importWorker, importBudget, ...briefDeps }: HandlerDeps): Handlers {
  return {
    ...createBriefHandlers({ store, now, ...briefDeps }),
    ...createEditHandlers(store, now),
    ...createImportHandlers({ store, now, importWorker, importBudget }),

    async 'desk:load'() {
      const { reports, claims, settings } = store.data
      return {
        storePath: store.path,
        changedSinceBrief: changedSinceLastBrief(store.data),
        lastBrief: store.data.briefVersions.at(-1) ?? null,
        reports: reports.map(({ original: _original, ...view }) => view),
        claims: claims.map((claim) => ({ ...claim, review: reviewOf(store.data, claim.id) })),
        settings,
        ...analyseClaims(claims, reports)
      }
    },

    async 'review:set'({ claimId, verdict, note }) {
      const data = await store.update((d) => applyReview(d, { claimId, verdict, note }, now()))
      return claimView(data, claimId)
    },

    async 'settings:update'(patch) {
      const data = await store.update((d) => ({ ...d, settings: { ...d.settings, ...patch } }))
      return data.settings
    }
  }
}

function claimView(data: StoreData, claimId: string): ClaimView {
  const claim = data.claims.find((c) => c.id === claimId)
  if (!claim) throw new UserError(`Unknown claim id "${claimId}".`, 'not-found')
  return { ...claim, review: reviewOf(data, claimId) }
}
