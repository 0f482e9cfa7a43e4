/**
 * The desk's state, as one runes class the views read, composed of small
 * modules that each do one thing (each tested on its own): the data and how a
 * change is applied to it (desk/data.ts), moving and marking in the list
 * (desk/selection.ts), undo and redo (desk/undo.ts), and how the list is
 * arranged (desk/view.ts). Mutations go through IPC first; main answers with
 * what changed (a patch), applied here, so the view never shows a verdict that
 * wasn't saved and an edit never reloads the desk. Business rules (what an
 * edit does, which claims a cluster verdict reaches, what changed since the
 * last brief) live in core behind the contract.
 */
import type { BriefVersion, ClusterSummary, Discrepancy, Person, ReviewState, Settings } from '../../../core/model'
import { sourceNumbers } from '../../../core/brief/numbering'
import { reportLabelText } from '../../../core/reports/label'
import type { ClaimEdit, ClaimView, DeskPatch, ReportView, SeenVersions, StaleWrite, StoryView, TeamStatusView } from '../../../shared/contract'
import { call, IpcFailure, messageOf } from './api'
import { applyPatch, EMPTY, fromSnapshot, type DeskData } from './desk/data'
import { following, rangeBetween, step } from './desk/selection'
import { describeStep, UndoStack } from './desk/undo'
import { arrange, continuingRows, rowsOf, type SortMode } from './desk/view'
import { applyFilters, NO_FILTERS, type FilterState } from './filters'
import { buildIndex, type ClaimIndex } from './search'
import { countStates } from './verdicts'

export type View = 'desk' | 'brief'

/** Makes a review change again on `claimIds`, naming the review versions the editor has now seen. */
export type ChangeAgain = (claimIds: string[], seen: SeenVersions) => Promise<DeskPatch>

/** A review change refused because another editor changed its claims first: shown until the editor chooses. */
export interface Conflict {
  /** Each conflict shown is new (the dialog starts its choices afresh). */
  n: number
  stale: StaleWrite
  again: ChangeAgain
}

export type ConflictChoice = 'mine' | 'theirs'

export class Desk {
  status = $state<'loading' | 'ready' | 'error'>('loading')
  loadError = $state<string | null>(null)
  /** Last failed action, shown in a dismissible alert. */
  actionError = $state<string | null>(null)
  /** Last completed action worth announcing ("Undid: verdict on …", "Imported 2 reports"). */
  notice = $state<string | null>(null)
  // Raw: replaced wholesale on every change, never mutated in place, so no deep proxies needed.
  private data = $state.raw<DeskData>(EMPTY)

  storePath = $derived(this.data.storePath)
  story = $derived<StoryView>(this.data.story)
  reports = $derived<ReportView[]>(this.data.reports)
  claims = $derived<ClaimView[]>(this.data.claims)
  discrepancies = $derived<Discrepancy[]>(this.data.discrepancies)
  people = $derived<Person[]>(this.data.people)
  settings = $derived<Settings>(this.data.settings)

  /** The last exported brief. Setting it (an export from the Brief view) re-reads the desk: core marks what changed since. */
  get lastBrief(): BriefVersion | null {
    return this.data.lastBrief
  }
  set lastBrief(version: BriefVersion | null) {
    this.data = { ...this.data, lastBrief: version }
    void this.load()
  }

  view = $state<View>('desk')
  filters = $state<FilterState>({ ...NO_FILTERS })
  query = $state('')
  claimId = $state<string | null>(null)
  /** Claims marked for a bulk action (x, shift/ctrl-click). */
  marked = $state.raw<Set<string>>(new Set())
  overlay = $state<null | 'shortcuts' | 'settings' | 'import' | 'stories' | 'archive' | 'team' | 'conflict'>(null)
  /** A stale review change waiting for the editor's choice (the conflict dialog). */
  conflict = $state.raw<Conflict | null>(null)
  private conflicts = 0
  /** The conflict waiting for a choice (its n; 0: none), kept apart from the reactive state for the dialog's teardown, which reads state as it was. */
  private openConflict = 0
  /** Notes the editor typed and then dropped by keeping another editor's: by claim id, shown under the note to copy or put back. */
  setAside = $state.raw<ReadonlyMap<string, string>>(new Map())
  /** Bumped when the editor keeps theirs over a note being typed: the note editors start again from the stored note. */
  noteEpoch = $state(0)
  /** The team desk's connection (null: the desk is on a file story). */
  team = $state.raw<TeamStatusView | null>(null)
  /** The archived page the archive overlay shows (a report's source, an evidence link's page). */
  archiveSha = $state<string | null>(null)
  /** Asks the detail pane to focus a field (n: note, e: edit); bumped so a repeat press works. */
  focusRequest = $state<{ field: 'note' | 'edit'; n: number }>({ field: 'note', n: 0 })
  /** Check-worthy first by default: what fact-checkers ask of a desk first. */
  sort = $state<SortMode>('worthy')
  /** Whether the low-value sentences folded below the list are shown. */
  lowValueOpen = $state(false)

  private index = $state.raw<ClaimIndex | null>(null)
  private undoStack = new UndoStack()

  reportById = $derived(new Map(this.reports.map((r) => [r.id, r])))
  /** Each report's number on the desk (R1, R2… as the Reports pane lists them). */
  /** Each report's citation number, as every brief cites it ([n]). */
  reportNo = $derived(sourceNumbers(this.reports))
  claimById = $derived(new Map(this.claims.map((c) => [c.id, c])))
  /** Each claim's place in the store (reading order): where j/k continue from when a claim leaves the list. */
  private order = $derived(new Map(this.claims.map((c, i) => [c.id, i])))
  /** Claims under review: dismissed ones are out of the count until restored. */
  live = $derived(this.claims.filter((c) => !c.dismissed))
  totals = $derived(countStates(this.live))

  /** Clusters as core derives them: members by confidence, suggested ones apart. */
  clusters = $derived(new Map<string, ClusterSummary>(this.data.clusters.map((k) => [k.id, k])))
  /** Who said each claim, as the people index folds them across reports: the speaker filter's values. */
  speakerOf = $derived(new Map(this.people.flatMap((p) => p.saidClaimIds.map((id) => [id, p.id] as const))))
  withDiscrepancy = $derived(new Set(this.discrepancies.flatMap((d) => d.claimIds)))
  /** Claims a suggested member of their cluster (matched on thin evidence), until an editor confirms them. */
  suggestedIds = $derived(new Set(this.data.clusters.flatMap((k) => k.suggested.map((m) => m.claimId))))
  changedSinceBrief = $derived(new Set(this.claims.filter((c) => c.changedSinceBrief).map((c) => c.id)))
  matches = $derived(this.index && this.query.trim() ? this.index.search(this.query) : null)
  filterContext = $derived({ matches: this.matches, withDiscrepancy: this.withDiscrepancy, speakerOf: this.speakerOf })

  private filtered = $derived(applyFilters(this.claims, this.filters, this.filterContext))
  arranged = $derived(arrange(this.filtered, this.sort))
  /** The list's rows: check-worthy claims, then the fold with the low-value ones. */
  rows = $derived(rowsOf(this.arranged, this.lowValueOpen))
  /** The claims shown, in order (j/k walk these). */
  visibleClaims = $derived(this.lowValueOpen ? [...this.arranged.shown, ...this.arranged.folded] : this.arranged.shown)
  private visibleIds = $derived(new Set(this.visibleClaims.map((c) => c.id)))
  /** Rows that continue the story of the row above (by-story order only): drawn indented. */
  continuing = $derived(this.sort === 'story' ? continuingRows(this.arranged.shown) : new Set<string>())
  /** The claim in the detail pane: the selection, while the list shows it. */
  selected = $derived(this.claimId !== null && this.visibleIds.has(this.claimId) ? (this.claimById.get(this.claimId) ?? null) : null)
  /** A selection the filters or search hide (the detail pane says so). */
  selectionHidden = $derived(this.claimId !== null && this.selected === null && this.claimById.has(this.claimId))

  /** Distinct reports carrying a confirmed member of the claim's cluster (1 for a claim alone). */
  sourcesOf(claim: ClaimView): number {
    return this.clusters.get(claim.clusterId)?.corroboration ?? 1
  }

  /** A member matched with low confidence, until an editor confirms or detaches it. */
  isSuggested(claim: ClaimView): boolean {
    return this.suggestedIds.has(claim.id)
  }

  discrepanciesOf(claimId: string): Discrepancy[] {
    return this.discrepancies.filter((d) => d.claimIds.includes(claimId))
  }

  /** "Harbour Times · Port strike halts Rotterdam · 2024-03-05" (core/reports/label.ts). */
  reportName(reportId: string): string {
    const report = this.reportById.get(reportId)
    return report ? reportLabelText(report) : reportId
  }

  async load(): Promise<void> {
    try {
      const next = fromSnapshot(await call('desk:load', {}))
      // Another story: its own claims, its own undo.
      if (next.storePath !== this.data.storePath) this.resetForStory()
      this.data = next
      // Text may have changed (import, edits): rebuild the search index.
      this.index = buildIndex(next.claims)
      if (this.filters.reportId !== null && !this.reportById.has(this.filters.reportId)) this.filters.reportId = null
      if (this.claimId !== null && !this.claimById.has(this.claimId)) this.claimId = null
      this.marked = new Set([...this.marked].filter((id) => this.claimById.has(id)))
      this.status = 'ready'
      this.loadError = null
    } catch (error) {
      this.status = 'error'
      this.loadError = messageOf(error)
    }
  }

  private resetForStory(): void {
    this.undoStack.clear()
    this.filters = { ...NO_FILTERS }
    this.query = ''
    this.claimId = null
    this.marked = new Set()
  }

  /**
   * Applies what a mutation changed. A selection the change took out of the
   * list (a verdict under the "Unreviewed" filter) moves to the claim that
   * took its row, so the detail pane always shows a claim of the list.
   */
  private applyPatch(patch: DeskPatch, select?: string[]): void {
    const before = this.visibleClaims
    const hadText = patch.claims.some((c) => this.claimById.get(c.id)?.text !== c.text || this.claimById.get(c.id)?.editedText !== c.editedText)
    this.data = applyPatch(this.data, patch)
    if (hadText || patch.removedClaimIds.length > 0) this.index = buildIndex(this.data.claims)
    if (patch.removedClaimIds.length > 0) this.marked = new Set([...this.marked].filter((id) => this.claimById.has(id)))
    if (this.filters.reportId !== null && !this.reportById.has(this.filters.reportId)) this.filters.reportId = null
    if (select && select.length > 0) return this.reveal(select)
    if (patch.select) return void (this.claimId = patch.select)
    this.claimId = following(before, this.visibleClaims, this.claimId) ?? (this.claimById.has(this.claimId ?? '') ? this.claimId : null)
  }

  /** Selects `ids` (the first; the others marked too), clearing filters that would hide them. */
  private reveal(ids: string[]): void {
    const present = ids.filter((id) => this.claimById.has(id))
    if (present.length === 0) return
    const hidden = present.some((id) => !this.visibleIds.has(id))
    if (hidden) {
      this.filters = { ...NO_FILTERS, dismissed: present.every((id) => this.claimById.get(id)?.dismissed) }
      this.query = ''
      if (present.some((id) => this.arranged.folded.some((c) => c.id === id))) this.lowValueOpen = true
    }
    this.claimId = present[0]!
    if (present.length > 1) this.marked = new Set(present)
  }

  /**
   * Mutations, undo and redo run one after another, in the order asked: an undo
   * pressed while a verdict is still being saved undoes that verdict, not the
   * change before it.
   */
  private queue: Promise<unknown> = Promise.resolve()
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work)
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * Runs a mutation; its change joins the undo stack. Resolves to whether it was saved. A review change
   * (`again`) refused as stale opens the conflict dialog, the desk showing what is stored now.
   */
  private mutate(work: () => Promise<DeskPatch>, again?: ChangeAgain): Promise<boolean> {
    return this.serial(() => this.mutateNow(work, again))
  }

  private async mutateNow(work: () => Promise<DeskPatch>, again?: ChangeAgain): Promise<boolean> {
    try {
      const patch = await work()
      this.applyPatch(patch)
      if (patch.change) this.undoStack.push({ seq: patch.change.seq, kind: patch.change.kind, claimIds: patch.change.claimIds })
      this.actionError = null
      return true
    } catch (error) {
      if (error instanceof IpcFailure && error.stale && again) {
        // Main has read theirs already; the desk shows it before the editor chooses.
        await this.load()
        this.conflict = { n: ++this.conflicts, stale: error.stale, again }
        this.openConflict = this.conflict.n
        this.overlay = 'conflict'
        this.actionError = null
        return false
      }
      this.actionError = messageOf(error)
      return false
    }
  }

  /** The review versions the desk shows for `claimIds` (a team desk's; nothing on a file story). */
  private seenOf(claimIds: readonly string[]): { seen?: SeenVersions } {
    const seen: SeenVersions = {}
    for (const id of claimIds) {
      const version = this.claimById.get(id)?.reviewVersion
      if (version !== null && version !== undefined) seen[id] = version
    }
    return Object.keys(seen).length > 0 ? { seen } : {}
  }

  /**
   * The editor's choice in the conflict dialog, per conflicting claim. Mine is made again on top of theirs,
   * as a new compare-and-set write naming the version the dialog showed (stale again: the dialog shows the
   * newer state); the claims of a bulk change that did not conflict get the change too. A note of mine
   * dropped for theirs is set aside, never lost.
   */
  async resolveConflict(choices: ReadonlyMap<string, ConflictChoice>, others: 'apply' | 'drop' = 'apply'): Promise<void> {
    const conflict = this.conflict
    if (!conflict) return
    this.conflict = null
    this.openConflict = 0
    if (this.overlay === 'conflict') this.overlay = null
    const mine = conflict.stale.reviews.filter((r) => choices.get(r.claimId) === 'mine')
    const kept = conflict.stale.reviews.filter((r) => choices.get(r.claimId) !== 'mine')
    const notes = kept.filter((r) => r.changed.includes('note') && r.mine.note.trim() !== '' && r.mine.note !== r.theirs.note)
    if (notes.length > 0) {
      this.setAside = new Map([...this.setAside, ...notes.map((r) => [r.claimId, r.mine.note] as const)])
      this.noteEpoch++
    }
    const stale = new Set(conflict.stale.reviews.map((r) => r.claimId))
    const untouched = others === 'apply' ? conflict.stale.claimIds.filter((id) => !stale.has(id)) : []
    const ids = [...untouched, ...mine.map((r) => r.claimId)]
    if (ids.length === 0) return void (this.notice = `Kept theirs on ${kept.length === 1 ? 'the claim' : `${kept.length} claims`}; yours was not saved.`)
    const seenInDialog = Object.fromEntries(mine.map((r) => [r.claimId, r.theirs.version]))
    const ok = await this.mutate(() => conflict.again(ids, { ...this.seenOf(untouched).seen, ...seenInDialog }), conflict.again)
    if (!ok) return
    this.notice =
      mine.length > 0
        ? `Applied yours over theirs on ${mine.length === 1 ? 'the claim' : `${mine.length} claims`}.`
        : `Kept theirs; yours applied to the ${untouched.length === 1 ? 'other claim' : `${untouched.length} other claims`}.`
  }

  /** The dialog closed without a choice: theirs stays everywhere and nothing of the change is written (a note of mine is set aside). */
  dropConflict(n: number): Promise<void> {
    return n === this.openConflict ? this.resolveConflict(new Map(), 'drop') : Promise.resolve()
  }

  /** The editor's note, set aside when they kept theirs: put back in the note (then saved), or dropped. */
  takeSetAside(claimId: string): string | null {
    const note = this.setAside.get(claimId) ?? null
    const next = new Map(this.setAside)
    next.delete(claimId)
    this.setAside = next
    return note
  }

  /** Selects a claim, showing it first if a filter, the search or the fold hides it (a jump from a cluster or a disagreement). */
  select(claimId: string): void {
    this.reveal([claimId])
  }

  selectReport(id: string | null): void {
    this.filters.reportId = id
    if (this.selected && id !== null && this.selected.reportId !== id) this.claimId = null
  }

  /** Moves the claim selection within the visible list (j/k, arrows). */
  move(delta: number): void {
    this.claimId = step(this.visibleClaims, this.claimId, delta, this.order)
  }

  toggleMark(claimId: string): void {
    const next = new Set(this.marked)
    if (!next.delete(claimId)) next.add(claimId)
    this.marked = next
  }

  /** Shift-click: marks every visible claim between the selection and this one. */
  markRange(claimId: string): void {
    const ids = rangeBetween(this.visibleClaims, this.claimId, claimId)
    if (!ids) return this.toggleMark(claimId)
    this.marked = new Set([...this.marked, ...ids])
  }

  async setVerdict(claimId: string, verdict: ReviewState): Promise<boolean> {
    return this.mutate(
      () => call('review:set', { claimId, verdict, ...this.seenOf([claimId]) }),
      (_ids, seen) => call('review:set', { claimId, verdict, seen })
    )
  }

  /** A verdict (or note) for the marked claims: one change, one write, one undo step. */
  async bulk(claimIds: string[], change: { verdict?: ReviewState; note?: string }): Promise<boolean> {
    return this.mutate(
      () => call('review:bulk', { claimIds, ...change, ...this.seenOf(claimIds) }),
      (ids, seen) => call('review:bulk', { claimIds: ids, ...change, seen })
    )
  }

  /** A verdict for a cluster's confirmed members (core decides which they are). */
  async clusterVerdict(clusterId: string, verdict: ReviewState): Promise<boolean> {
    const shown = this.clusters.get(clusterId)?.members.map((m) => m.claimId) ?? []
    return this.mutate(
      () => call('review:bulk', { clusterId, verdict, ...this.seenOf(shown) }),
      (ids, seen) => call('review:bulk', { claimIds: ids, verdict, seen })
    )
  }

  /**
   * Saves a note (autosave). Each save is an undo step of its own. `seen`: the review version the note
   * editor started from (a note typed while another editor's arrived is stale, not an overwrite).
   */
  async saveNote(claimId: string, note: string, seen?: number | null): Promise<boolean> {
    return this.mutate(
      () => call('review:set', { claimId, note, ...(seen !== undefined && seen !== null ? { seen: { [claimId]: seen } } : this.seenOf([claimId])) }),
      (_ids, again) => call('review:set', { claimId, note, seen: again })
    )
  }

  async setEvidence(claimId: string, links: string[]): Promise<boolean> {
    return this.mutate(
      () => call('review:evidence', { claimId, links, ...this.seenOf([claimId]) }),
      (_ids, seen) => call('review:evidence', { claimId, links, seen })
    )
  }

  async edit(edit: ClaimEdit): Promise<boolean> {
    return this.mutate(() => call('claims:edit', edit))
  }

  async removeReport(reportId: string): Promise<boolean> {
    const name = this.reportName(reportId)
    const ok = await this.mutate(() => call('reports:remove', { reportId }))
    if (ok) this.notice = `Removed ${name}. Ctrl+Z puts it back.`
    return ok
  }

  private textOf = (claimId: string): string | null => {
    const c = this.claimById.get(claimId)
    return c ? (c.editedText ?? c.text) : null
  }

  /** Undoes this desk's last change (Ctrl+Z): says what it undid, on which claims, and selects them. */
  undo(): Promise<void> {
    return this.serial(() => this.undoNow())
  }

  redo(): Promise<void> {
    return this.serial(() => this.redoNow())
  }

  private async undoNow(): Promise<void> {
    const entry = this.undoStack.peekUndo()
    if (!entry) return void (this.notice = 'Nothing to undo')
    try {
      const patch = await call('changes:undo', { seq: entry.seq })
      this.undoStack.undid(patch.change!.seq)
      this.applyPatch(patch, entry.claimIds)
      this.notice = describeStep('Undid', entry, this.textOf)
      this.actionError = null
    } catch (error) {
      this.undoStack.dropUndo()
      this.actionError = messageOf(error)
    }
  }

  private async redoNow(): Promise<void> {
    const entry = this.undoStack.peekRedo()
    if (!entry) return void (this.notice = 'Nothing to redo')
    try {
      const patch = await call('changes:undo', { seq: entry.seq })
      this.undoStack.redid(patch.change!.seq)
      this.applyPatch(patch, entry.claimIds)
      this.notice = describeStep('Redid', entry, this.textOf)
      this.actionError = null
    } catch (error) {
      this.undoStack.dropRedo()
      this.actionError = messageOf(error)
    }
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    try {
      this.data = { ...this.data, settings: await call('settings:update', patch) }
    } catch (error) {
      this.actionError = messageOf(error)
    }
  }

  /** Shows an archived page (a web report's source, an evidence link's page) as it was fetched. */
  showArchive(sha256: string): void {
    this.archiveSha = sha256
    this.overlay = 'archive'
  }

  /** Opens a story (a recent one by path, or one chosen in a dialog) and loads it. */
  async openStory(path?: string): Promise<boolean> {
    try {
      const opened = await call('stories:open', path === undefined ? {} : { path })
      if (!opened) return false
      await this.load()
      this.notice = `Opened the story “${opened.name}”.`
      return true
    } catch (error) {
      this.actionError = messageOf(error)
      return false
    }
  }

  async newStory(name: string): Promise<boolean> {
    try {
      const story = await call('stories:new', { name })
      await this.load()
      this.notice = `Started the story “${story.name}”. Import its reports.`
      return true
    } catch (error) {
      this.actionError = messageOf(error)
      return false
    }
  }

  /** Other editors on the claim `claimId` (a team desk's presence notices). */
  editorsOn(claimId: string): string[] {
    return this.team?.present.filter((p) => p.claimId === claimId).map((p) => p.editor) ?? []
  }

  /** Re-reads the team connection's state (main says when it changed). */
  async loadTeam(): Promise<void> {
    try {
      this.team = await call('team:status', {})
    } catch (error) {
      this.actionError = messageOf(error)
    }
  }

  /** Opens a team desk in place of the file story; the error (scrubbed of the password in main) is returned for the dialog. */
  async connectTeam(url: string, password: string): Promise<string | null> {
    try {
      const story = await call('team:connect', password === '' ? { url } : { url, password })
      await Promise.all([this.load(), this.loadTeam()])
      this.notice = `Connected to the team desk “${story.name}”.`
      return null
    } catch (error) {
      return messageOf(error)
    }
  }

  async disconnectTeam(): Promise<void> {
    try {
      const story = await call('team:disconnect', {})
      await Promise.all([this.load(), this.loadTeam()])
      this.notice = `Back on the story “${story.name}”.`
    } catch (error) {
      this.actionError = messageOf(error)
    }
  }
}
