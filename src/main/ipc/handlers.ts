/**
 * The desk's IPC handlers: plain functions over the store, one per channel of
 * the contract. No Electron here, so tests and the e2e harness call them as-is.
 */
import { renderBrief } from '../../core/brief'
import { UserError } from '../../core/errors'
import { reviewOf, type StoreData } from '../../core/model'
import { importReports } from '../../core/pipeline'
import { applyReview } from '../../core/review/review'
import type { Store } from '../../core/store/jsonStore'
import type { BriefFormat, ClaimView, Handlers } from '../../shared/contract'
import { createEditHandlers } from './editHandlers'

export interface HandlerDeps {
  store: Store
  now?: () => Date
  /** Asks the user where to save an export; null when they cancel. In the app, a native save dialog. */
  chooseSavePath: (suggestedName: string, format: BriefFormat) => Promise<string | null>
  writeFile: (path: string, content: string) => Promise<void>
}

export function createHandlers({ store, now = () => new Date(), chooseSavePath, writeFile }: HandlerDeps): Handlers {
  return {
    ...createEditHandlers(store, now),

    async 'desk:load'() {
      const { reports, claims, settings } = store.data
      return {
        storePath: store.path,
        reports: reports.map(({ original: _original, ...view }) => view),
        claims: claims.map((claim) => ({ ...claim, review: reviewOf(store.data, claim.id) })),
        settings
      }
    },

    async 'reports:import'({ files }) {
      let outcome: ReturnType<typeof importReports> | undefined
      await store.update((data) => {
        outcome = importReports(data, files, now())
        return outcome.data
      })
      return {
        added: outcome?.added.map((r) => r.id) ?? [],
        duplicates: outcome?.duplicates.map((r) => r.file) ?? []
      }
    },

    async 'review:set'({ claimId, verdict, note }) {
      const data = await store.update((d) => applyReview(d, { claimId, verdict, note }, now()))
      return claimView(data, claimId)
    },

    async 'settings:update'(patch) {
      const data = await store.update((d) => ({ ...d, settings: { ...d.settings, ...patch } }))
      return data.settings
    },

    async 'brief:render'({ format, options }) {
      return { content: renderBrief(store.data, format, options, now()) }
    },

    async 'brief:export'({ format, options }) {
      const at = now()
      const content = renderBrief(store.data, format, options, at)
      const path = await chooseSavePath(`factdesk-brief-${at.toISOString().slice(0, 10)}.${format}`, format)
      if (path === null) return { path: null }
      await writeFile(path, content)
      return { path }
    }
  }
}

function claimView(data: StoreData, claimId: string): ClaimView {
  const claim = data.claims.find((c) => c.id === claimId)
  if (!claim) throw new UserError(`Unknown claim id "${claimId}".`, 'not-found')
  return { ...claim, review: reviewOf(data, claimId) }
}
