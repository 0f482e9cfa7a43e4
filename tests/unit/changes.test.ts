/**
 * The change log (core/changes): every edit recorded with who, when and what
 * it touched; undo reverts exactly that change, with compare-and-set, and is
 * recorded in turn; the claim's history is read from the log.
 */
import { describe, expect, it } from 'vitest'
import { ChangeConflictError } from '../../src/core/changes/apply'
import { historyOf } from '../../src/core/changes/history'
import { recordChange, stampFor, undoChange } from '../../src/core/changes/record'
import { decideCluster, editClaimText, mergeClaims, setDismissed, splitClaim } from '../../src/core/edit/claims'
import { removeReport } from '../../src/core/edit/reports'
import { emptyStore, reviewOf, type ChangeKind, type StoreData } from '../../src/core/model'
import { applyBulkReview } from '../../src/core/review/bulk'
import { applyReview } from '../../src/core/review/review'
import { reportFixture } from '../fixtures/reports'

const TEXT = 'Troops withdrew on Monday. The ministry said 100 tanks left. Nobody confirmed it.'
const OTHER = 'A second report. It says 40 ships wait offshore.'
const at = (minute: number) => new Date(`2022-02-16T10:${String(minute).padStart(2, '0')}:00Z`)

const report = (id: string, text: string) => reportFixture(id, text, { importedAt: at(0).toISOString() })

function store(): StoreData {
  const data = emptyStore()
  data.settings.editorName = 'Desk Editor'
  data.reports = [report('r1', TEXT), report('r2', OTHER)]
  const span = (id: string, reportId: string, s: string, clusterId: string) => {
    const text = reportId === 'r1' ? TEXT : OTHER
    const start = text.indexOf(s)
    return { id, reportId, text: s, start, end: start + s.length, kind: 'statement' as const, speaker: null, clusterId }
  }
  data.claims = [
    span('r1-1', 'r1', 'Troops withdrew on Monday.', 'k1'),
    span('r1-2', 'r1', 'The ministry said 100 tanks left.', 'k1'),
    span('r1-3', 'r1', 'Nobody confirmed it.', 'k3'),
    span('r2-1', 'r2', 'It says 40 ships wait offshore.', 'k4')
  ]
  return data
}

/** One edit as the desk makes it: the edit, then its record (core/changes/commit does both in one write). */
function edit(data: StoreData, kind: ChangeKind, f: (d: StoreData) => StoreData, minute: number, editor?: string): StoreData {
  const recorded = recordChange(data, f(data), kind, stampFor(data, at(minute), editor))
  expect(recorded.change).not.toBeNull()
  return recorded.data
}

const undo = (data: StoreData, seq: number, minute: number): StoreData => undoChange(data, seq, stampFor(data, at(minute))).data
const rows = (data: StoreData) => ({ reports: data.reports, claims: data.claims })

describe('the change log and undo', () => {
  it('records who, when, the kind and the claims touched; an edit that changes nothing is not logged', () => {
    const a = edit(store(), 'verdict', (d) => applyReview(d, { claimId: 'r1-2', verdict: 'disputed' }, at(1)), 1, 'Ana Ruiz')
    expect(a.changes).toHaveLength(1)
    expect(a.changes[0]).toMatchObject({ seq: 1, kind: 'verdict', editor: 'Ana Ruiz', at: at(1).toISOString(), claimIds: ['r1-2'], reportIds: ['r1'] })
    expect(recordChange(a, a, 'verdict', stampFor(a, at(2))).change).toBeNull()
  })

  it('undoes the change asked for, on its own claims, and leaves later changes on other claims alone', () => {
    let d = edit(store(), 'verdict', (x) => applyReview(x, { claimId: 'r1-1', verdict: 'disputed' }, at(1)), 1)
    d = edit(d, 'wording', (x) => editClaimText(x, 'r1-2', 'The ministry counted 100 tanks.'), 2)
    d = undo(d, 2, 3)
    expect(d.claims.find((c) => c.id === 'r1-2')!.editedText).toBeUndefined()
    expect(reviewOf(d, 'r1-1').verdict).toBe('disputed')
    expect(d.changes.at(-1)).toMatchObject({ kind: 'undo', undoes: { seq: 2, kind: 'wording' }, claimIds: ['r1-2'] })
    // Undoing the undo is redo.
    d = undo(d, 3, 4)
    expect(d.claims.find((c) => c.id === 'r1-2')!.editedText).toBe('The ministry counted 100 tanks.')
  })

  it('puts every kind of edit back exactly: split, merge, dismissal, cluster decisions, report removal', () => {
    const base = edit(store(), 'verdict', (x) => applyReview(x, { claimId: 'r1-2', verdict: 'verified', note: 'wire copy' }, at(1)), 1)
    const kinds: [ChangeKind, (d: StoreData) => StoreData][] = [
      ['split', (d) => splitClaim(d, 'r1-2', 17).data],
      ['merge', (d) => mergeClaims(d, 'r1-1', 'r1-2', at(2))],
      ['dismiss', (d) => setDismissed(d, 'r1-3', true)],
      ['confirm', (d) => decideCluster(d, 'r1-2', 'confirmed')],
      ['detach', (d) => decideCluster(d, 'r1-2', 'detached')],
      ['remove-report', (d) => removeReport(d, 'r1')]
    ]
    for (const [kind, f] of kinds) {
      const done = edit(base, kind, f, 2)
      expect(rows(done), kind).not.toEqual(rows(base))
      const undone = undo(done, done.changes.at(-1)!.seq, 3)
      expect(rows(undone), kind).toEqual(rows(base))
      expect(reviewOf(undone, 'r1-2'), kind).toMatchObject({ verdict: 'verified', note: 'wire copy' })
    }
  })

  it('a bulk verdict is one change, and its undo one change, whatever the number of claims', () => {
    const ids = ['r1-1', 'r1-2', 'r1-3', 'r2-1']
    const d = edit(store(), 'verdict', (x) => applyBulkReview(x, { claimIds: ids, verdict: 'unconfirmed' }, at(1)), 1)
    expect(d.changes).toHaveLength(1)
    expect(d.changes[0]!.claimIds).toEqual(ids)
    const u = undo(d, 1, 2)
    expect(u.changes).toHaveLength(2)
    for (const id of ids) expect(reviewOf(u, id).verdict).toBe('unreviewed')
  })

  it('refuses an undo whose rows changed since, naming the row, and changes nothing', () => {
    let d = edit(store(), 'wording', (x) => editClaimText(x, 'r1-2', 'First wording.'), 1)
    d = edit(d, 'wording', (x) => editClaimText(x, 'r1-2', 'Second wording.'), 2)
    expect(() => undo(d, 1, 3)).toThrow(ChangeConflictError)
    expect(() => undo(d, 1, 3)).toThrow(/The claim r1-2 has changed since, so this change cannot be applied; nothing was changed\./)
    expect(() => undo(d, 99, 3)).toThrow('There is no change number 99 on this desk.')
  })

  it('undo appends to the review trail instead of cutting it', () => {
    let d = edit(store(), 'verdict', (x) => applyReview(x, { claimId: 'r1-1', verdict: 'disputed' }, at(1)), 1, 'Ana Ruiz')
    d = undo(d, 1, 2)
    const review = reviewOf(d, 'r1-1')
    expect(review.verdict).toBe('unreviewed')
    expect(review.history.map((e) => e.verdict)).toEqual(['disputed', 'unreviewed'])
  })
})

describe('a claim’s history', () => {
  it('lists every change to the claim, newest first, with fields before → after and the undo', () => {
    let d = edit(store(), 'wording', (x) => editClaimText(x, 'r1-2', 'Reworded.'), 1, 'Ana Ruiz')
    d = edit(d, 'verdict', (x) => applyReview(x, { claimId: 'r1-2', verdict: 'disputed' }, at(2)), 2, 'Ana Ruiz')
    d = edit(d, 'verdict', (x) => applyReview(x, { claimId: 'r1-1', verdict: 'verified' }, at(3)), 3)
    d = undo(d, 2, 4)
    const entries = historyOf(d, 'r1-2')
    expect(entries.map((e) => [e.seq, e.kind])).toEqual([
      [4, 'undo'],
      [2, 'verdict'],
      [1, 'wording']
    ])
    expect(entries[0]).toMatchObject({ undoes: { seq: 2, kind: 'verdict' }, fields: [{ field: 'verdict', before: 'disputed', after: 'unreviewed' }] })
    expect(entries[1]).toMatchObject({ editor: 'Ana Ruiz', at: at(2).toISOString(), fields: [{ field: 'verdict', before: 'unreviewed', after: 'disputed' }] })
    expect(entries[2]!.fields).toEqual([{ field: 'editedText', before: null, after: 'Reworded.' }])
  })

  it('keeps the history of a claim merged into this one, and says a removed report took the claim', () => {
    let d = edit(store(), 'verdict', (x) => applyReview(x, { claimId: 'r1-2', verdict: 'disputed' }, at(1)), 1)
    d = edit(d, 'merge', (x) => mergeClaims(x, 'r1-1', 'r1-2', at(2)), 2)
    const merged = historyOf(d, 'r1-1')
    expect(merged.some((e) => e.claimId === 'r1-2' && e.kind === 'verdict')).toBe(true)
    d = edit(d, 'remove-report', (x) => removeReport(x, 'r2'), 3)
    expect(historyOf(d, 'r2-1')[0]).toMatchObject({ kind: 'remove-report', row: 'removed' })
  })
})
