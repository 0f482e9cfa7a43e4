/** The seed reports with a few claims reviewed, as an editor would leave them: the brief tests' store. */
import { resolve } from 'node:path'
import { expect } from 'vitest'
import type { BriefModel } from '../../src/core/brief'
import { plainText } from '../../src/core/brief/wording'
import { readSeedReports } from '../../src/core/store/files'
import { emptyStore, type StoreData } from '../../src/core/model'
import { importReports } from '../../src/core/pipeline'
import { applyReview } from '../../src/core/review/review'

export const now = new Date('2022-02-16T10:00:00Z')

/** [claim index in the store, verdict, note]: picked across reports and verdicts. */
const REVIEWS = [
  [10, 'verified', 'Matches NATO and Pentagon estimates.'],
  [1, 'verified', ''],
  [6, 'verified', ''],
  [4, 'disputed', 'The ministry gave no figures; no independent confirmation of a pullback.'],
  [20, 'disputed', 'Only one outlet reports it; the quote is not on the record.'],
  [31, 'unconfirmed', 'Ask the Russian defence ministry for locations.']
] as const

export async function seededStore(): Promise<StoreData> {
  const seeds = await readSeedReports(resolve(import.meta.dirname, '../../seeds'))
  let data = importReports(emptyStore(), seeds, now).data
  data = { ...data, settings: { editorName: 'Ann Editor', organisation: 'The Daily Check', url: 'https://check.example/briefs' } }
  for (const [i, verdict, note] of REVIEWS) {
    data = applyReview(data, { claimId: data.claims[i]!.id, verdict, note, editor: 'Ann Editor' }, now)
  }
  return data
}

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim()

/** The brief's reviewed items with their section's verdict. */
export const reviewedItems = (model: BriefModel) => model.sections.flatMap((s) => s.items.map((item) => ({ item, verdict: s.verdict })))

/** Every reviewed item's text, verdict and notes appear in `text` (whitespace-insensitive). */
export function expectEveryReviewedItem(model: BriefModel, text: string, label: (verdict: string) => string): void {
  const flat = squash(text)
  expect(reviewedItems(model).length).toBe(REVIEWS.length)
  for (const { item, verdict } of reviewedItems(model)) {
    expect(flat).toContain(squash(plainText(item.wording)))
    for (const n of item.notes) expect(flat).toContain(squash(n.note))
    expect(flat).toContain(label(verdict))
  }
}
