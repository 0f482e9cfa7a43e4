/**
 * The desk's state: one runes class holding what `desk:load` returned plus the
 * editor's selection and filters. Mutations go through IPC first and then
 * apply the server's answer, so the view never shows a verdict that wasn't saved.
 */
import type { ReviewState, Settings } from '../../../core/model'
import type { ClaimView, ReportView } from '../../../shared/contract'
import { call, messageOf } from './api'
import { countStates, type Counts } from './verdicts'

export type Filter = 'all' | ReviewState
export type View = 'desk' | 'brief'

export class Desk {
  status = $state<'loading' | 'ready' | 'error'>('loading')
  loadError = $state<string | null>(null)
  /** Last failed action, shown in a dismissible alert. */
  actionError = $state<string | null>(null)
  storePath = $state('')
  // Raw: these are replaced wholesale, never mutated in place, so no deep proxies needed.
  reports = $state.raw<ReportView[]>([])
  claims = $state.raw<ClaimView[]>([])
  settings = $state<Settings>({ editorName: '', organisation: '', url: '' })

  view = $state<View>('desk')
  /** null = "All reports". */
  reportId = $state<string | null>(null)
  filter = $state<Filter>('all')
  claimId = $state<string | null>(null)

  reportById = $derived(new Map(this.reports.map((r) => [r.id, r])))

  /** How many distinct reports tell each cluster's story. */
  clusterReach = $derived.by(() => {
    const reach = new Map<string, Set<string>>()
    for (const c of this.claims) {
      const set = reach.get(c.clusterId) ?? new Set<string>()
      set.add(c.reportId)
      reach.set(c.clusterId, set)
    }
    return new Map([...reach].map(([id, set]) => [id, set.size]))
  })

  totals = $derived(countStates(this.claims))
  reportClaims = $derived(this.reportId === null ? this.claims : this.claims.filter((c) => c.reportId === this.reportId))
  counts: Counts = $derived(countStates(this.reportClaims))
  visibleClaims = $derived(
    this.filter === 'all' ? this.reportClaims : this.reportClaims.filter((c) => c.review.verdict === this.filter)
  )
  selected = $derived(this.claims.find((c) => c.id === this.claimId) ?? null)

  claimsOf(reportId: string): ClaimView[] {
    return this.claims.filter((c) => c.reportId === reportId)
  }

  sourcesOf(claim: ClaimView): number {
    return this.clusterReach.get(claim.clusterId) ?? 1
  }

  async load(): Promise<void> {
    try {
      const snapshot = await call('desk:load', {})
      this.storePath = snapshot.storePath
      this.reports = snapshot.reports
      this.claims = snapshot.claims
      this.settings = snapshot.settings
      if (this.reportId !== null && !this.reportById.has(this.reportId)) this.reportId = null
      if (this.claimId !== null && !this.selected) this.claimId = null
      this.status = 'ready'
      this.loadError = null
    } catch (error) {
      this.status = 'error'
      this.loadError = messageOf(error)
    }
  }

  selectReport(id: string | null): void {
    this.reportId = id
    if (this.selected && id !== null && this.selected.reportId !== id) this.claimId = null
  }

  /** Moves the claim selection within the visible list (j/k, arrows). */
  move(delta: number): void {
    const list = this.visibleClaims
    if (list.length === 0) return
    const at = list.findIndex((c) => c.id === this.claimId)
    if (at >= 0) {
      this.claimId = list[Math.min(list.length - 1, Math.max(0, at + delta))]!.id
      return
    }
    // The selection just left the filter (e.g. verdict set under "Unreviewed"): continue from where it was.
    const order = new Map(this.reportClaims.map((c, i) => [c.id, i]))
    const from = this.claimId === null ? undefined : order.get(this.claimId)
    const next =
      from === undefined
        ? delta > 0 ? list[0] : list.at(-1)
        : delta > 0
          ? (list.find((c) => order.get(c.id)! > from) ?? list.at(-1))
          : (list.findLast((c) => order.get(c.id)! < from) ?? list[0])
    this.claimId = next?.id ?? null
  }

  async setVerdict(claimId: string, verdict: ReviewState): Promise<void> {
    await this.review(claimId, { verdict })
  }

  /** Resolves to whether the note reached the store. */
  async saveNote(claimId: string, note: string): Promise<boolean> {
    return this.review(claimId, { note })
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    try {
      this.settings = await call('settings:update', patch)
    } catch (error) {
      this.actionError = messageOf(error)
    }
  }

  private async review(claimId: string, change: { verdict?: ReviewState; note?: string }): Promise<boolean> {
    try {
      const updated = await call('review:set', { claimId, ...change })
      this.claims = this.claims.map((c) => (c.id === updated.id ? updated : c))
      this.actionError = null
      return true
    } catch (error) {
      this.actionError = messageOf(error)
      return false
    }
  }
}
