/**
 * One quantity given different values: a death toll of 820, 1,037 and 2,012;
 * magnitude 6.8 and 7.0. A figure is the same quantity as another when it
 * counts the same unit for the same event word (see eventWord.ts), either in
 * one cluster (the same fact told by several reports) or in claims of the same
 * story in different clusters. Figures are blocked by unit and event word, so
 * the whole is linear in the number of figures.
 */
import { functionWord, numberWords } from '../lexicon'
import { quantities } from '../entities'
import type { Claim, Discrepancy } from '../model'
import { lemma } from '../text/lemma'
import { clauseTokens, eventWordAt, sameEvent, type EventWord } from './eventWord'
import type { DetectorContext } from './context'
import { disagree, discrepancy, sidesOf, type Statement } from './sides'
import { UnionFind } from '../unionFind'

interface Figure {
  claim: Claim
  amount: number
  /** As written, lowercase ("people"). */
  unit: string
  unitKey: string
  event: EventWord | null
  /** The figure with its hedge, as written: "at least 820 people". */
  text: string
}

/** A "unit" that only points back at the figure before: "2,059 others injured" (a determiner, or its plural). */
const pointsBack = (unit: string): boolean => functionWord().has(unit) || functionWord().has(unit.replace(/s$/, ''))
/** Ordinal endings and decades ("15th", "80s") are no unit. */
const NOT_A_UNIT = /^(?:th|st|nd|rd|s)$/

/** "at least" / "more than" written right before a figure, so a side reads as its reports hedge it. */
function hedgeStart(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 25), start).toLowerCase()
  let best = start
  for (const phrase of numberWords().comparators.keys()) if (before.endsWith(`${phrase} `) && start - phrase.length - 1 < best) best = start - phrase.length - 1
  return best
}

/**
 * The figures of a claim with their unit and event word. A figure without a
 * unit counts what the figure before it in the claim counts ("killing 1,037
 * people and injuring another 1,204"); a first figure without one ("Valieva,
 * 17,") is left out: nothing says what it counts.
 */
function figuresIn(text: string): Omit<Figure, 'claim'>[] {
  const out: Omit<Figure, 'claim'>[] = []
  let tokens: ReturnType<typeof clauseTokens> | null = null
  let previous: string | null = null
  for (const q of quantities(text)) {
    if (q.amount === null || NOT_A_UNIT.test(q.unit)) continue
    const unit: string | null = q.unit === '' || pointsBack(q.unit) ? previous : q.unit
    if (!unit) continue
    previous = unit
    tokens ??= clauseTokens(text)
    out.push({
      amount: q.amount,
      unit,
      unitKey: lemma(unit),
      event: eventWordAt(tokens, q.start, q.end, unit),
      text: text.slice(hedgeStart(text, q.start), q.end).replace(/\s+/g, ' ')
    })
  }
  return out
}

/** Reports that tell at least one claim together are one story; figures of different stories never meet. */
function stories(claims: readonly Claim[]): Map<string, string> {
  const firstReport = new Map<string, string>()
  const uf = new UnionFind<string>()
  for (const c of claims) {
    uf.add(c.reportId)
    const first = firstReport.get(c.clusterId)
    if (first === undefined) firstReport.set(c.clusterId, c.reportId)
    else uf.union(first, c.reportId)
  }
  return new Map(claims.map((c) => [c.reportId, uf.find(c.reportId)]))
}

export function numberDisagreements(ctx: DetectorContext): Discrepancy[] {
  const story = stories(ctx.claims)
  // Wire copy repeats one text many times: its figures are read once.
  const byText = new Map<string, Omit<Figure, 'claim'>[]>()
  const figures = ctx.claims.flatMap((claim) => {
    let found = byText.get(claim.text)
    if (!found) byText.set(claim.text, (found = figuresIn(claim.text)))
    return found.map((f) => ({
      ...f,
      claim,
      cluster: `${claim.clusterId}\u0000${f.unitKey}`,
      scope: `${story.get(claim.reportId)}\u0000${f.unitKey}`
    }))
  })
  const out: Discrepancy[] = []
  for (const group of sameEvent(figures)) {
    if (group.length < 2) continue
    const unit = commonest(group.map((f) => f.unit))
    const statements: Statement[] = group.map((f) => ({ claim: f.claim, value: `${f.amount} ${unit}`, text: f.text }))
    const sides = sidesOf(statements).sort((a, b) => parseFloat(a.value) - parseFloat(b.value))
    if (sides.length < 2 || !disagree(sides)) continue
    const event = commonest(group.flatMap((f) => (f.event ? [f.event.surface] : [])))
    const topic = event ? `${unit} (${event})` : unit
    out.push(discrepancy('number', topic, sides, ctx.order, topic))
  }
  return out
}

function commonest(values: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best = ''
  let n = 0
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c]
  return best
}
