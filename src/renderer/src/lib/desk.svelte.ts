/**
 * The desk's state: one runes class holding what `desk:load` returned plus the
 * editor's selection, filters and search. Mutations go through IPC first and
 * then apply the server's answer, so the view never shows a verdict that wasn't saved.
 * Business rules (what an edit does, which claims a cluster verdict reaches)
 * live in core behind the contract; this class only orchestrates.
 */
import { changedSince } from '../../../core/brief/changes'
import type { BriefVersion, ClusterSummary, Discrepancy, Person, ReviewState, Settings } from '../../../core/model'
import type { ClaimEdit, ClaimView, ReportView } from '../../../shared/contract'
import { call, messageOf } from './api'
import { clusterMap, continuingRows, groupByCluster } from './clusters'
import { applyFilters, NO_FILTERS, type FilterState } from './filters'
import { buildIndex, type ClaimIndex } from './search'
import { UndoStack, type ReviewSnap } from './undo'
import { countStates } from './verdicts'

export type View = 'desk' | 'brief'

export class Desk {
  status = $state<'loading' | 'ready' | 'error'>('loading')
  loadError = $state<string | null>(null)
  /** Last failed action, shown in a dismissible alert. */
  actionError = $state<string | null>(null)
  /** Last completed action worth announcing ("Undid verdict", "Imported 2 reports"). */
  notice = $state<string | null>(null)
  storePath = $state('')
  // Raw: these are replaced wholesale, never mutated in place, so no deep proxies needed.
  reports = $state.raw<ReportView[]>([])
  claims = $state.raw<ClaimView[]>([])
  discrepancies = $state.raw<Discrepancy[]>([])
  people = $state.raw<Person[]>([])
  private snapshotClusters = $state.raw<ClusterSummary[]>([])
  settings = $state<Settings>({ editorName: '', organisation: '', url: '' })
  /** The last exported brief (issue 5): claims whose verdict differs from it are marked on the desk. */
  lastBrief = $state.raw<BriefVersion | null>(null)
  changedSinceBrief = $derived(
    new Set(
      changedSince(
        this.lastBrief,
        this.claims.map((c) => ({ id: c.id, verdict: c.review.verdict }))
      )
    )
  )

  view = $state<View>('desk')
  filters = $state<FilterState>({ ...NO_FILTERS })
  query = $state('')
  claimId = $state<string | null>(null)
  /** Claims marked for a bulk action (x, shift/ctrl-click). */
  marked = $state.raw<Set<string>>(new Set())
  overlay = $state<null | 'shortcuts' | 'settings' | 'import'>(null)
  /** Asks the detail pane to focus a field (n: note, e: edit); bumped so a repeat press works. */
  focusRequest = $state<{ field: 'note' | 'edit'; n: number }>({ field: 'note', n: 0 })

  private index = $state.raw<ClaimIndex | null>(null)
  private undoStack = new UndoStack()

  reportById = $derived(new Map(this.reports.map((r) => [r.id, r])))
  claimById = $derived(new Map(this.claims.map((c) => [c.id, c])))
  /** Claims under review: dismissed ones are out of the count until restored. */
  live = $derived(this.claims.filter((c) => !c.dismissed))
  totals = $derived(countStates(this.live))

  /** Clusters as core derives them (desk:load): members by confidence, suggested ones apart. */
  clusters = $derived(clusterMap(this.snapshotClusters))
  /** Who said each claim, as the people index folds them across reports: the speaker filter's values. */
  speakerOf = $derived(new Map(this.people.flatMap((p) => p.saidClaimIds.map((id) => [id, p.id] as const))))
  withDiscrepancy = $derived(new Set(this.discrepancies.flatMap((d) => d.claimIds)))
  matches = $derived(this.index && this.query.trim() ? this.index.search(this.query) : null)
  filterContext = $derived({ matches: this.matches, withDiscrepancy: this.withDiscrepancy, speakerOf: this.speakerOf })
  /** Claims telling one story sit together, in the order each story first appears. */
  groupByCluster = $state(false)
  visibleClaims = $derived.by(() => {
    const list = applyFilters(this.claims, this.filters, this.filterContext)
    return this.groupByCluster ? groupByCluster(list) : list
  })
  /** Rows that continue the story of the row above (grouped view only): drawn indented. */
  continuing = $derived(this.groupByCluster ? continuingRows(this.visibleClaims) : new Set<string>())
  selected = $derived(this.claimId === null ? null : (this.claimById.get(this.claimId) ?? null))

  sourcesOf(claim: ClaimView): number {
    return this.clusters.get(claim.clusterId)?.corroboration ?? 1
  }

  /** A member matched with low confidence, until an editor confirms or detaches it. */
  isSuggested(claim: ClaimView): boolean {
    return this.clusters.get(claim.clusterId)?.suggested.some((m) => m.claimId === claim.id) ?? false
  }

  discrepanciesOf(claimId: string): Discrepancy[] {
    return this.discrepancies.filter((d) => d.claimIds.includes(claimId))
  }

  async load(): Promise<void> {
    try {
      const snapshot = await call('desk:load', {})
      this.storePath = snapshot.storePath
      this.reports = snapshot.reports
      this.claims = snapshot.claims
      this.settings = snapshot.settings
      this.lastBrief = snapshot.lastBrief
      this.snapshotClusters = snapshot.clusters
      this.discrepancies = snapshot.discrepancies
      this.people = snapshot.people
      // Text may have changed (import, edits): rebuild the search index.
      this.index = buildIndex(snapshot.claims)
      if (this.filters.reportId !== null && !this.reportById.has(this.filters.reportId)) this.filters.reportId = null
      if (this.claimId !== null && !this.selected) this.claimId = null
      this.marked = new Set([...this.marked].filter((id) => this.claimById.has(id)))
      this.status = 'ready'
      this.loadError = null
    } catch (error) {
      this.status = 'error'
      this.loadError = messageOf(error)
    }
  }

  selectReport(id: string | null): void {
    this.filters.reportId = id
    if (this.selected && id !== null && this.selected.reportId !== id) this.claimId = null
  }

  /** Moves the claim selection within the visible list (j/k, arrows). */
  move(delta: number): void {
    const list = this.visibleClaims
    if (list.length === 0) return
    const at = this.claimId === null ? -1 : list.findIndex((c) => c.id === this.claimId)
    if (at >= 0) {
      this.claimId = list[Math.min(list.length - 1, Math.max(0, at + delta))]!.id
      return
    }
    // The selection just left the filter (e.g. verdict set under "Unreviewed"): continue from where it was.
    const order = new Map(this.claims.map((c, i) => [c.id, i]))
    const from = this.claimId === null ? undefined : order.get(this.claimId)
    const next =
      from === undefined
        ? delta > 0
          ? list[0]
          : list.at(-1)
        : delta > 0
          ? (list.find((c) => order.get(c.id)! > from) ?? list.at(-1))
          : (list.findLast((c) => order.get(c.id)! < from) ?? list[0])
    this.claimId = next?.id ?? null
  }

  toggleMark(claimId: string): void {
    const next = new Set(this.marked)
    if (!next.delete(claimId)) next.add(claimId)
    this.marked = next
  }

  /** Shift-click: marks every visible claim between the selection and this one. */
  markRange(claimId: string): void {
    const list = this.visibleClaims
    const a = list.findIndex((c) => c.id === this.claimId)
    const b = list.findIndex((c) => c.id === claimId)
    if (a < 0 || b < 0) return this.toggleMark(claimId)
    const next = new Set(this.marked)
    for (const c of list.slice(Math.min(a, b), Math.max(a, b) + 1)) next.add(c.id)
    this.marked = next
  }

  async setVerdict(claimId: string, verdict: ReviewState): Promise<void> {
    await this.reviewMany([claimId], { verdict }, verdict === 'unreviewed' ? 'Cleared verdict' : `Marked ${verdict}`)
  }

  /** A verdict (or note) for the marked claims, or for a whole cluster. */
  async bulk(claimIds: string[], change: { verdict?: ReviewState; note?: string }): Promise<void> {
    await this.reviewMany(claimIds, change, `${change.verdict ? `Marked ${change.verdict}` : 'Noted'} ${claimIds.length} claims`)
  }

  async clusterVerdict(clusterId: string, verdict: ReviewState): Promise<void> {
    const ids = this.live.filter((c) => c.clusterId === clusterId).map((c) => c.id)
    await this.reviewMany(ids, { verdict }, `Marked cluster ${verdict}`)
  }

  private snap(ids: string[]): ReviewSnap[] {
    return ids.flatMap((id) => {
      const c = this.claimById.get(id)
      return c ? [{ claimId: id, verdict: c.review.verdict, note: c.review.note }] : []
    })
  }

  private async reviewMany(ids: string[], change: { verdict?: ReviewState; note?: string }, label: string): Promise<boolean> {
    const before = this.snap(ids)
    const ok = await this.send(ids, change)
    if (ok) this.undoStack.push({ label, before, after: this.snap(ids) })
    return ok
  }

  private async send(ids: string[], change: { verdict?: ReviewState; note?: string }): Promise<boolean> {
    try {
      const updated = ids.length === 1 ? [await call('review:set', { claimId: ids[0]!, ...change })] : (await call('review:bulk', { claimIds: ids, ...change })).claims
      const byId = new Map(updated.map((c) => [c.id, c]))
      this.claims = this.claims.map((c) => byId.get(c.id) ?? c)
      this.actionError = null
      return true
    } catch (error) {
      this.actionError = messageOf(error)
      return false
    }
  }

  private async restore(snaps: ReviewSnap[]): Promise<void> {
    for (const s of snaps) await this.send([s.claimId], { verdict: s.verdict, note: s.note })
  }

  async undo(): Promise<void> {
    const entry = this.undoStack.takeUndo()
    if (!entry) return void (this.notice = 'Nothing to undo')
    await this.restore(entry.before)
    this.notice = `Undid: ${entry.label}`
  }

  async redo(): Promise<void> {
    const entry = this.undoStack.takeRedo()
    if (!entry) return void (this.notice = 'Nothing to redo')
    await this.restore(entry.after)
    this.notice = `Redid: ${entry.label}`
  }

  /** Resolves to whether the note reached the store. Autosave: not an undo step. */
  async saveNote(claimId: string, note: string): Promise<boolean> {
    return this.send([claimId], { note })
  }

  async setEvidence(claimId: string, links: string[]): Promise<boolean> {
    try {
      const updated = await call('review:evidence', { claimId, links })
      this.claims = this.claims.map((c) => (c.id === updated.id ? updated : c))
      this.actionError = null
      return true
    } catch (error) {
      this.actionError = messageOf(error)
      return false
    }
  }

  async edit(edit: ClaimEdit): Promise<boolean> {
    try {
      const { claimId } = await call('claims:edit', edit)
      await this.load()
      if (claimId) this.claimId = claimId
      this.actionError = null
      return true
    } catch (error) {
      this.actionError = messageOf(error)
      return false
    }
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    try {
      this.settings = await call('settings:update', patch)
    } catch (error) {
      this.actionError = messageOf(error)
    }
  }
}
