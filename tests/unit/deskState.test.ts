/**
 * The desk's state modules (src/renderer/src/lib/desk/): data and patches,
 * selection, undo, view. Pure TypeScript, tested here without a browser; the
 * Desk class composes them (tests/e2e covers the composition).
 */
import { describe, expect, it } from 'vitest'
import { applyPatch, EMPTY, type DeskData } from '../../src/renderer/src/lib/desk/data'
import { following, rangeBetween, step } from '../../src/renderer/src/lib/desk/selection'
import { describeStep, UndoStack } from '../../src/renderer/src/lib/desk/undo'
import { arrange, continuingRows, rowsOf } from '../../src/renderer/src/lib/desk/view'
import type { ClaimView, DeskPatch, ReportView } from '../../src/shared/contract'

const report = (id: string): ReportView => ({
  id,
  file: `${id}.txt`,
  title: id,
  date: null,
  credits: [],
  dateline: null,
  url: null,
  byline: null,
  furniture: [],
  named: [],
  text: 'x'.repeat(200),
  importedAt: '2024-03-05T00:00:00.000Z'
})

function claim(id: string, reportId: string, start: number, score: number, clusterId = `k-${id}`): ClaimView {
  return {
    id,
    reportId,
    text: `claim ${id}`,
    start,
    end: start + 5,
    kind: 'statement',
    speaker: null,
    clusterId,
    score,
    review: { verdict: 'unreviewed', note: '', editor: null, updatedAt: null, history: [], evidence: [] },
    reviewVersion: null,
    changedSinceBrief: false
  }
}

const patch = (over: Partial<DeskPatch>): DeskPatch => ({
  change: null,
  claims: [],
  removedClaimIds: [],
  reports: [],
  removedReportIds: [],
  reportOrder: null,
  analysis: null,
  select: null,
  ...over
})

describe('desk/data: a patch applied to what the desk shows', () => {
  const base: DeskData = { ...EMPTY, reports: [report('r1'), report('r2')], claims: [claim('a', 'r1', 0, 0.9), claim('b', 'r1', 10, 0.5), claim('c', 'r2', 0, 0.4)] }

  it('replaces changed claims in place and leaves the rest (the very same objects)', () => {
    const changed = { ...base.claims[1]!, editedText: 'B reworded' }
    const next = applyPatch(base, patch({ claims: [changed] }))
    expect(next.claims.map((c) => c.id)).toEqual(['a', 'b', 'c'])
    expect(next.claims[1]).toBe(changed)
    expect(next.claims[0]).toBe(base.claims[0])
  })

  it('drops removed claims and reports, and puts new claims in reading order', () => {
    const removed = applyPatch(base, patch({ removedClaimIds: ['c'], removedReportIds: ['r2'], reportOrder: ['r1'] }))
    expect(removed.reports.map((r) => r.id)).toEqual(['r1'])
    expect(removed.claims.map((c) => c.id)).toEqual(['a', 'b'])
    const split = applyPatch(base, patch({ claims: [claim('a2', 'r1', 5, 0.6)] }))
    expect(split.claims.map((c) => c.id)).toEqual(['a', 'a2', 'b', 'c'])
    expect(base.claims.map((c) => c.id)).toEqual(['a', 'b', 'c'])
  })
})

describe('desk/selection', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
  const order = new Map([
    ['a', 0],
    ['x', 1],
    ['b', 2],
    ['c', 3]
  ])
  it('steps within the list, and from a claim that left it continues where it stood', () => {
    expect(step(list, 'a', 1, order)).toBe('b')
    expect(step(list, 'c', 1, order)).toBe('c')
    expect(step(list, null, 1, order)).toBe('a')
    expect(step(list, 'x', 1, order)).toBe('b')
    expect(step(list, 'x', -1, order)).toBe('a')
  })
  it('marks ranges either way, and follows the row a claim leaves to the one that took it', () => {
    expect(rangeBetween(list, 'c', 'a')).toEqual(['a', 'b', 'c'])
    expect(rangeBetween(list, 'zz', 'a')).toBeNull()
    expect(following(list, [{ id: 'a' }, { id: 'c' }], 'b')).toBe('c')
    expect(following(list, [{ id: 'a' }, { id: 'b' }], 'c')).toBe('b')
    expect(following(list, [], 'c')).toBeNull()
  })
})

describe('desk/undo', () => {
  it('undoes the newest change, redoes by reverting the undo, and forgets redo after a new edit', () => {
    const stack = new UndoStack()
    stack.push({ seq: 1, kind: 'verdict', claimIds: ['a'] })
    stack.push({ seq: 2, kind: 'wording', claimIds: ['b'] })
    expect(stack.peekUndo()).toMatchObject({ seq: 2, kind: 'wording' })
    stack.undid(3)
    expect(stack.peekUndo()).toMatchObject({ seq: 1 })
    expect(stack.peekRedo()).toMatchObject({ seq: 3, kind: 'wording', claimIds: ['b'] })
    stack.redid(4)
    expect(stack.peekUndo()).toMatchObject({ seq: 4, kind: 'wording' })
    stack.push({ seq: 5, kind: 'note', claimIds: ['a'] })
    expect(stack.peekRedo()).toBeUndefined()
  })
  it('names the change and its claims in words', () => {
    const text = (id: string) => ({ a: 'Since December, Russia has sent more than 100,000 troops to the border', b: 'Short' })[id] ?? null
    expect(describeStep('Undid', { seq: 1, kind: 'verdict', claimIds: ['a'] }, text)).toBe('Undid: verdict — Since December, Russia has sent more than…')
    expect(describeStep('Redid', { seq: 1, kind: 'remove-report', claimIds: ['b', 'a', 'zz'] }, text)).toBe('Redid: removal of the report on 3 claims — Short and 2 more')
  })
})

describe('desk/view', () => {
  const claims = [claim('a', 'r1', 0, 0.4, 'k1'), claim('b', 'r1', 10, 0.9, 'k2'), claim('c', 'r1', 20, 0.1, 'k1'), claim('d', 'r2', 0, 0.6, 'k1')]
  it('puts check-worthy claims first and folds the low-value ones apart', () => {
    const { shown, folded } = arrange(claims, 'worthy')
    expect(shown.map((c) => c.id)).toEqual(['b', 'd', 'a'])
    expect(folded.map((c) => c.id)).toEqual(['c'])
    expect(rowsOf({ shown, folded }, false).map((r) => (r.type === 'claim' ? r.claim.id : `fold ${r.count}`))).toEqual(['b', 'd', 'a', 'fold 1'])
    expect(rowsOf({ shown, folded }, true).at(-1)).toMatchObject({ type: 'claim', claim: { id: 'c' } })
  })
  it('keeps reading order, or groups a story’s claims together', () => {
    expect(arrange(claims, 'reading').shown.map((c) => c.id)).toEqual(['a', 'b', 'd'])
    const byStory = arrange(claims, 'story').shown
    expect(byStory.map((c) => c.id)).toEqual(['b', 'd', 'a'])
    expect([...continuingRows(byStory)]).toEqual(['a'])
  })
})
