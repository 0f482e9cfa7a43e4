import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/core/errors'
import { emptyStore, reviewOf, type StoreData } from '../../src/core/model'
import { applyReview } from '../../src/core/review/review'

const t1 = new Date('2022-02-16T10:00:00Z')
const t2 = new Date('2022-02-16T11:00:00Z')

function store(): StoreData {
  const data = emptyStore()
  data.claims = [{ id: 'r1-1', reportId: 'r1', text: 'Troops withdrew.', start: 0, end: 16, kind: 'statement', speaker: null, clusterId: 'k-r1-1' }]
  data.settings.editorName = 'Desk Editor'
  return data
}

describe('applyReview', () => {
  it('records each change in the history, oldest first, and leaves the input untouched', () => {
    const start = store()
    const a = applyReview(start, { claimId: 'r1-1', verdict: 'disputed', note: 'No evidence.' }, t1)
    const b = applyReview(a, { claimId: 'r1-1', verdict: 'verified', editor: 'M. Rossi' }, t2)
    expect(start.reviews).toEqual({})
    const review = reviewOf(b, 'r1-1')
    expect(review).toMatchObject({ verdict: 'verified', note: 'No evidence.', editor: 'M. Rossi', updatedAt: t2.toISOString() })
    expect(review.history).toEqual([
      { at: t1.toISOString(), editor: 'Desk Editor', verdict: 'disputed', note: 'No evidence.' },
      { at: t2.toISOString(), editor: 'M. Rossi', verdict: 'verified', note: 'No evidence.' }
    ])
  })

  it('does not record a change that alters nothing', () => {
    const a = applyReview(store(), { claimId: 'r1-1', verdict: 'unconfirmed', note: 'x' }, t1)
    expect(applyReview(a, { claimId: 'r1-1', verdict: 'unconfirmed', note: 'x' }, t2)).toBe(a)
    expect(applyReview(a, { claimId: 'r1-1' }, t2)).toBe(a)
    const fresh = store()
    expect(applyReview(fresh, { claimId: 'r1-1', verdict: 'unreviewed' }, t1)).toBe(fresh)
  })

  it('clearing a verdict is itself recorded', () => {
    const a = applyReview(store(), { claimId: 'r1-1', verdict: 'verified' }, t1)
    const b = applyReview(a, { claimId: 'r1-1', verdict: 'unreviewed' }, t2)
    expect(reviewOf(b, 'r1-1').verdict).toBe('unreviewed')
    expect(reviewOf(b, 'r1-1').history.map((e) => e.verdict)).toEqual(['verified', 'unreviewed'])
  })

  it('throws a UserError for an unknown claim id', () => {
    expect(() => applyReview(store(), { claimId: 'nope', verdict: 'verified' }, t1)).toThrow(UserError)
    expect(() => applyReview(store(), { claimId: 'nope', verdict: 'verified' }, t1)).toThrow(/nope/)
  })
})
