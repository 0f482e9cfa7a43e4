/**
 * Editors' corrections to extracted claims. Pure functions over the store:
 * each returns a new value and leaves `data` untouched. Invariant kept by
 * every operation: `claim.text === report.text.slice(claim.start, claim.end)`,
 * so the context view and the brief always point at the real source words.
 * The editor's own wording lives in `editedText`, never in `text`.
 */
import { UserError } from '../errors'
import { reviewOf, type Claim, type Review, type ReviewEvent, type ReviewState, type StoreData } from '../model'

function find(data: StoreData, claimId: string): Claim {
  const claim = data.claims.find((c) => c.id === claimId)
  if (!claim) throw new UserError(`Unknown claim id "${claimId}".`, 'not-found')
  return claim
}

function reportText(data: StoreData, reportId: string): string {
  const report = data.reports.find((r) => r.id === reportId)
  if (!report) throw new UserError(`Unknown report id "${reportId}".`, 'not-found')
  return report.text
}

function replace(data: StoreData, claims: Claim[]): StoreData {
  return { ...data, claims }
}

/** Shrinks [start, end) to exclude surrounding whitespace, so a span never starts or ends blank. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

/** A fresh id in the report's namespace that no claim uses (`<reportId>-e<n>`: editor-made). */
export function newClaimId(data: StoreData, reportId: string): string {
  const taken = new Set(data.claims.map((c) => c.id))
  let n = 1
  while (taken.has(`${reportId}-e${n}`)) n++
  return `${reportId}-e${n}`
}

/** Sets (or, with an empty/identical text, clears) the editor's wording of a claim. */
export function editClaimText(data: StoreData, claimId: string, text: string): StoreData {
  const claim = find(data, claimId)
  const wording = text.trim()
  const { editedText: _old, ...rest } = claim
  const next: Claim = wording === '' || wording === claim.text ? rest : { ...rest, editedText: wording }
  return replace(
    data,
    data.claims.map((c) => (c.id === claimId ? next : c))
  )
}

/** Dismisses a claim as "not a claim" (or restores it). Its review is kept either way. */
export function setDismissed(data: StoreData, claimId: string, dismissed: boolean): StoreData {
  const claim = find(data, claimId)
  const { dismissed: _old, ...rest } = claim
  const next: Claim = dismissed ? { ...rest, dismissed: true } : rest
  return replace(
    data,
    data.claims.map((c) => (c.id === claimId ? next : c))
  )
}

/**
 * Splits a claim at `at` (an offset into the claim's text). The first part
 * keeps the id, and so the review; the second part is a new claim in the same cluster.
 */
export function splitClaim(data: StoreData, claimId: string, at: number): { data: StoreData; newId: string } {
  const claim = find(data, claimId)
  const source = reportText(data, claim.reportId)
  const cut = claim.start + at
  const first = trimSpan(source, claim.start, cut)
  const second = trimSpan(source, cut, claim.end)
  if (at <= 0 || at >= claim.text.length || first.end <= first.start || second.end <= second.start) {
    throw new UserError('Split the claim between two non-empty parts of its text.', 'invalid-input')
  }
  const { editedText: _e, ...base } = claim
  const newId = newClaimId(data, claim.reportId)
  const a: Claim = { ...base, ...first, text: source.slice(first.start, first.end) }
  const b: Claim = { ...base, id: newId, ...second, text: source.slice(second.start, second.end), origin: 'editor' }
  const claims = data.claims.flatMap((c) => (c.id === claimId ? [a, b] : [c]))
  return { data: replace(data, claims), newId }
}

/**
 * Merges two claims of one report into one spanning both (and the text
 * between). The earlier claim keeps its id; the other is removed, but no
 * editor's work goes with it: see `mergeReviews`.
 */
export function mergeClaims(data: StoreData, firstId: string, secondId: string, now: Date): StoreData {
  const [x, y] = [find(data, firstId), find(data, secondId)]
  if (x.id === y.id) throw new UserError('Pick two different claims to merge.', 'invalid-input')
  if (x.reportId !== y.reportId) throw new UserError('Only claims from the same report can be merged.', 'invalid-input')
  const [keep, drop] = x.start <= y.start ? [x, y] : [y, x]
  const source = reportText(data, keep.reportId)
  const start = Math.min(keep.start, drop.start)
  const end = Math.max(keep.end, drop.end)
  const { editedText: _e, ...base } = keep
  const merged: Claim = { ...base, start, end, text: source.slice(start, end) }
  const reviews = { ...data.reviews }
  const review = mergeReviews(data, keep.id, drop.id, now)
  if (review) reviews[keep.id] = review
  delete reviews[drop.id]
  const claims = data.claims.filter((c) => c.id !== drop.id).map((c) => (c.id === keep.id ? merged : c))
  return { ...data, claims, reviews }
}

/**
 * The merged claim's review keeps both claims' work: both histories (the
 * absorbed claim's events say which claim they were recorded on), both notes,
 * all evidence, and a last event naming each claim's verdict. A verdict both
 * share (or only one has) stays; verdicts that disagree are cleared, for an
 * editor to decide. Null when the absorbed claim was never reviewed: the kept
 * review (if any) is already the whole record.
 */
function mergeReviews(data: StoreData, keepId: string, dropId: string, now: Date): Review | null {
  if (!Object.hasOwn(data.reviews, dropId)) return null
  const kept = reviewOf(data, keepId)
  const dropped = reviewOf(data, dropId)
  const verdicts = [...new Set([kept.verdict, dropped.verdict].filter((v) => v !== 'unreviewed'))]
  const verdict: ReviewState = verdicts.length === 1 ? verdicts[0]! : 'unreviewed'
  const note = [...new Set([kept.note, dropped.note].filter((n) => n.trim() !== ''))].join('\n\n')
  const evidence = [...new Set([...kept.evidence, ...dropped.evidence])]
  const editor = data.settings.editorName.trim() || null
  const at = now.toISOString()
  const absorbed = dropped.history.map((event) => ({ ...event, claimId: event.claimId ?? dropId }))
  const history: ReviewEvent[] = [...kept.history, ...absorbed].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  history.push({
    at,
    editor,
    verdict,
    note,
    evidence,
    merged: [
      { claimId: keepId, verdict: kept.verdict },
      { claimId: dropId, verdict: dropped.verdict }
    ]
  })
  return { verdict, note, editor, updatedAt: at, history, evidence }
}

/** Adds a claim the extractor missed, from a selection [start, end) of the report's text. */
export function addClaimFromSelection(data: StoreData, reportId: string, start: number, end: number): { data: StoreData; newId: string } {
  const source = reportText(data, reportId)
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > source.length || end <= start) {
    throw new UserError('The selection is outside the report text.', 'invalid-input')
  }
  const span = trimSpan(source, start, end)
  if (span.end - span.start < 3) throw new UserError('Select the words of the claim in the report first.', 'invalid-input')
  const newId = newClaimId(data, reportId)
  const claim: Claim = {
    id: newId,
    reportId,
    ...span,
    text: source.slice(span.start, span.end),
    kind: 'statement',
    speaker: null,
    clusterId: `solo-${newId}`,
    origin: 'editor'
  }
  // Keep the report's claims in reading order.
  const at = data.claims.findIndex((c) => c.reportId === reportId && c.start > span.start)
  const claims = [...data.claims]
  claims.splice(at < 0 ? lastIndexOfReport(data.claims, reportId) + 1 : at, 0, claim)
  return { data: replace(data, claims), newId }
}

function lastIndexOfReport(claims: Claim[], reportId: string): number {
  const i = claims.findLastIndex((c) => c.reportId === reportId)
  return i < 0 ? claims.length - 1 : i
}

/** Confirms a suggested cluster membership, or detaches the claim into a cluster of its own. */
export function decideCluster(data: StoreData, claimId: string, decision: 'confirmed' | 'detached'): StoreData {
  const claim = find(data, claimId)
  const next: Claim = decision === 'confirmed' ? { ...claim, clusterDecision: 'confirmed' } : { ...claim, clusterDecision: 'detached', clusterId: `solo-${claim.id}` }
  return replace(
    data,
    data.claims.map((c) => (c.id === claimId ? next : c))
  )
}
