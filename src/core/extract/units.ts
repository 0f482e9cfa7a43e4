/**
 * Claim units: one per checkable assertion. Wire copy packs several facts into
 * one sentence and runs one quotation over several sentences; a unit is cut so
 * that each holds one assertion and never cuts a quotation in two:
 * - a quotation that runs past its sentence gives one unit per sentence of
 *   quoted words (marks and attribution left out; the whole quotation is its context);
 * - narrative is split at ";", at ", and/but/while …" when a new clause with its
 *   own subject and verb follows, at a participle clause (", killing at least …"),
 *   at a causal, concessive or "after"/"before" clause, and at "with X saying …";
 * - a piece too short to assert anything stays with its neighbour.
 */
import { functionWord, nonVerbIng } from '../lexicon'
import type { Quotation, Span } from '../text/quotes'
import { tokenAt, type Token } from '../text/tokenize'
import { countWords } from '../text/words'
import { looksFinite, opensClause } from './clause'

export interface Unit extends Span {
  sentence: number
  /** The quotation this unit's words come from, when the unit is quoted words only. */
  quotation: Quotation | null
  /** Where the unit was cut from: its sentence, or the whole quotation. */
  context: Span
}

const MIN_WORDS = 5
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'yet'])
/**
 * Words that open a causal, concessive or sequencing clause: with its own
 * subject and finite verb, such a clause asserts something apart from the main
 * one ("declared three days of mourning | after a deadly earthquake killed more
 * than 1,000 people"). "When" and "until" stay: they set the circumstance of
 * the main event ("were damaged when the surge hit"); so do "as" and "since",
 * which are as often temporal ("as it docked") as causal.
 */
const SUBORDINATORS = new Set(['because', 'though', 'although', 'while', 'whereas', 'after', 'before'])
const RELATIVES = new Set(['where', 'which', 'who', 'whose'])

interface Ctx {
  text: string
  tokens: readonly Token[]
  /** Per token: inside a quotation's words. */
  quoted: readonly boolean[]
  sentences: readonly Span[]
  quotations: readonly Quotation[]
  counts: Counts
}

/** Running counts per token, so "is there a finite verb between these tokens?" costs two lookups. */
interface Counts {
  finite: Int32Array
  speech: Int32Array
}

function countsOf(tokens: readonly Token[]): Counts {
  const finite = new Int32Array(tokens.length + 1)
  const speech = new Int32Array(tokens.length + 1)
  tokens.forEach((t, i) => {
    finite[i + 1] = finite[i]! + (looksFinite(t) ? 1 : 0)
    speech[i + 1] = speech[i]! + (t.verb ? 1 : 0)
  })
  return { finite, speech }
}

export function claimUnits(input: Omit<Ctx, 'counts'>): Unit[] {
  const ctx: Ctx = { ...input, counts: countsOf(input.tokens) }
  const out: Unit[] = []
  let q = 0
  ctx.sentences.forEach((s, index) => {
    while (q < ctx.quotations.length && ctx.quotations[q]!.end <= s.start) q++
    const crossing: { part: Span; quotation: Quotation }[] = []
    for (let k = q; k < ctx.quotations.length && ctx.quotations[k]!.start < s.end; k++) {
      const quotation = ctx.quotations[k]!
      for (const part of quotation.parts) {
        if (part.end <= s.start || part.start >= s.end) continue
        // A quotation wholly inside its sentence stays with it; one that runs past it is cut out.
        const runsPast = quotation.parts.length > 1 || part.start < s.start || part.end > s.end
        if (runsPast) crossing.push({ part: { start: Math.max(part.start, s.start), end: Math.min(part.end, s.end) }, quotation })
      }
    }
    if (crossing.length === 0) {
      for (const piece of splitClauses(ctx, s)) out.push({ ...piece, sentence: index, quotation: null, context: s })
      return
    }
    let at = s.start
    for (const { part, quotation } of crossing) {
      // The crossing quotation's own marks go with it; marks of quotations wholly inside a piece stay.
      const outside = trim(ctx.text, at, stripMarkBefore(ctx.text, at, part.start))
      if (outside && hasClaim(ctx, outside)) for (const piece of splitClauses(ctx, outside)) out.push({ ...piece, sentence: index, quotation: null, context: s })
      const inside = trim(ctx.text, part.start, part.end)
      if (inside) out.push({ ...inside, sentence: index, quotation, context: { start: quotation.start, end: quotation.end } })
      at = stripMarkAfter(ctx.text, part.end, s.end)
    }
    const rest = trim(ctx.text, at, s.end)
    if (rest && hasClaim(ctx, rest)) for (const piece of splitClauses(ctx, rest)) out.push({ ...piece, sentence: index, quotation: null, context: s })
  })
  return mergeShort(ctx.text, out)
}

const MARK = /[“”„«»"‘’']/

/** Trimmed of spaces and of the commas and dashes left where a piece was cut off. */
function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++
  while (end > start && /[\s,;:—–(-]/.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}

/** End of the text before a quotation part, without the part's opening mark(s). */
function stripMarkBefore(text: string, from: number, partStart: number): number {
  let end = partStart
  for (let k = 0; k < 2 && end > from && MARK.test(text[end - 1]!); k++) end--
  return end
}

/** Start of the text after a quotation part, past its closing mark(s). */
function stripMarkAfter(text: string, partEnd: number, limit: number): number {
  let start = partEnd
  // A comma or full stop inside the closing mark (",”") belongs to the quotation.
  while (start < limit && /[,.!?;:…]/.test(text[start]!) && MARK.test(text[start + 1] ?? '')) start++
  for (let k = 0; k < 2 && start < limit && MARK.test(text[start]!); k++) start++
  return start
}

/**
 * Not only an attribution left over once a quotation is cut out ("Kremlin
 * spokesman Dmitry Peskov told Russian news agencies."): a short piece with a
 * reporting verb and no quotation of its own asserts nothing.
 */
function hasClaim(ctx: Ctx, s: Span): boolean {
  const words = countWords(ctx.text, s.start, s.end, 13)
  if (words < MIN_WORDS) return false
  if (words > 12 || /[“”"«»]/.test(ctx.text.slice(s.start, s.end))) return true
  for (let i = tokenAt(ctx.tokens, s.start); i < ctx.tokens.length && ctx.tokens[i]!.start < s.end; i++) if (ctx.tokens[i]!.verb) return false
  return true
}

/** Units shorter than an assertion join the unit before them from the same quotation or sentence. */
function mergeShort(text: string, units: Unit[]): Unit[] {
  const out: Unit[] = []
  for (const u of units) {
    const prev = out[out.length - 1]
    const short = countWords(text, u.start, u.end, MIN_WORDS) < MIN_WORDS
    const prevShort = prev && countWords(text, prev.start, prev.end, MIN_WORDS) < MIN_WORDS
    const sameSource =
      prev && ((prev.quotation !== null && prev.quotation === u.quotation) || (prev.quotation === null && u.quotation === null && prev.sentence === u.sentence))
    if (prev && sameSource && (short || prevShort)) {
      prev.end = u.end
      continue
    }
    out.push({ ...u })
  }
  return out
}

/** Narrative split into clauses that each assert something of their own. */
function splitClauses(ctx: Ctx, span: Span): Span[] {
  const { tokens, text } = ctx
  const cuts: { end: number; start: number }[] = []
  let depth = 0
  const first = tokenAt(tokens, span.start)
  for (let i = first; i < tokens.length && tokens[i]!.start < span.end; i++) {
    const t = tokens[i]!
    // Never split inside a quotation or brackets.
    if (t.text === '(' || t.text === '[') depth++
    else if ((t.text === ')' || t.text === ']') && depth > 0) depth--
    if (depth > 0 || ctx.quoted[i]) continue
    const next = tokens[i + 1]
    if (!next || next.start >= span.end) break
    if (t.text === ';') {
      cuts.push({ end: t.start, start: next.start })
      continue
    }
    const dash = t.text === '—' || t.text === '–' || (t.text === '-' && text[t.start - 1] === ' ')
    const pieceStart = cuts.length > 0 ? cuts[cuts.length - 1]!.start : span.start
    if (t.text === ',' || dash) {
      // ", and the panel has ordered …", "- and the Cas panel …", ", while also expressing …"
      // ", but warned that …": a second reporting verb is a second statement by the same speaker.
      const secondStatement = tokens[i + 2]?.verb !== undefined && looksFinite(tokens[i + 2]) && between(ctx.counts.speech, tokens, pieceStart, t.start) > 0
      if (
        CONJUNCTIONS.has(next.lower) &&
        between(ctx.counts.finite, tokens, pieceStart, t.start) > 0 &&
        (secondStatement || opensClause(tokens, i + 2, span.end) || participleAt(tokens, i + 2, span.end))
      ) {
        cuts.push({ end: t.start, start: tokens[i + 2]!.start })
        continue
      }
      // ", killing at least 1,037 people" — but not a reporting verb going on with the same statement ("welcomed the decision, describing it as …").
      if (participleAt(tokens, i + 1, span.end) && !(next.verb && between(ctx.counts.speech, tokens, pieceStart, t.start) > 0)) {
        cuts.push({ end: t.start, start: next.start })
        continue
      }
    }
    // ", where she won team gold at age 15": a closing relative clause states a fact of its own.
    if (t.text === ',' && RELATIVES.has(next.lower) && lastClauseOfSpan(tokens, i + 1, span.end) && looksFiniteWithin(tokens, i + 2, span.end, 4)) {
      cuts.push({ end: t.start, start: next.start })
      continue
    }
    // "… after a deadly earthquake killed …", "… as he could not attend …": a subordinate clause with its own subject and verb.
    if (t.kind === 'word' && i > first && opensSubordinate(tokens, i, span.end) && between(ctx.counts.finite, tokens, pieceStart, t.start) > 0) {
      cuts.push({ end: tokens[i - 1]!.end, start: next.start })
      continue
    }
    // "Though it appears there was no decision, member states agreed …": an opening subordinate clause ends at its comma.
    if (
      t.text === ',' &&
      pieceStart === span.start &&
      opensSubordinate(tokens, first, span.end) &&
      // The main clause comes next, whatever its subject ("member states agreed …").
      looksFiniteWithin(tokens, i + 1, span.end, 6) &&
      between(ctx.counts.finite, tokens, span.start, t.start) > 0
    ) {
      cuts.push({ end: t.start, start: next.start })
      continue
    }
    // "… with Russian president Vladimir Putin saying that …": an absolute clause with its own speaker.
    if (t.lower === 'with' && i > first) {
      const j = participleAfterNounPhrase(tokens, i + 1, span.end)
      if (j > 0 && tokens[j]!.verb) cuts.push({ end: tokens[i - 1]!.end, start: next.start })
    }
  }
  const out: Span[] = []
  let start = span.start
  for (const c of cuts) {
    const piece = trim(text, start, c.end)
    const rest = trim(text, c.start, span.end)
    // Both sides must assert something; otherwise the cut is not made.
    if (!piece || !rest || countWords(text, piece.start, piece.end, MIN_WORDS) < MIN_WORDS || countWords(text, rest.start, rest.end, MIN_WORDS) < MIN_WORDS - 1) continue
    out.push(piece)
    start = c.start
  }
  const last = trim(text, start, span.end)
  if (last) out.push(last)
  return out
}

function between(counts: Int32Array, tokens: readonly Token[], start: number, end: number): number {
  return counts[tokenAt(tokens, end)]! - counts[tokenAt(tokens, start)]!
}

function opensSubordinate(tokens: readonly Token[], k: number, end: number): boolean {
  return SUBORDINATORS.has(tokens[k]!.lower) && opensClause(tokens, k + 1, end)
}

/** No clause boundary (comma, semicolon) after token k before the span ends: the relative clause closes the sentence. */
function lastClauseOfSpan(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < tokens.length && tokens[j]!.start < end; j++) if (tokens[j]!.text === ';') return false
  return true
}

function looksFiniteWithin(tokens: readonly Token[], k: number, end: number, limit: number): boolean {
  for (let j = k; j < tokens.length && j - k < limit && tokens[j]!.start < end; j++) if (looksFinite(tokens[j])) return true
  return false
}

/** A participle opening a clause at token k: "killing", "sending", "saying" (not "including", "according"). */
function participleAt(tokens: readonly Token[], k: number, end: number): boolean {
  let t = tokens[k]
  if (t?.lower === 'also') t = tokens[k + 1]
  if (!t || t.start >= end || t.kind !== 'word' || t.cap) return false
  return t.lower.length > 5 && t.lower.endsWith('ing') && !nonVerbIng().has(t.lower) && !functionWord().has(t.lower)
}

/** After "with": a short noun phrase then a participle ("Russian president Vladimir Putin saying"); its index or -1. */
function participleAfterNounPhrase(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k; j < tokens.length && j - k <= 6 && tokens[j]!.start < end; j++) {
    const t = tokens[j]!
    if (t.kind === 'punct') return -1
    if (j > k && participleAt(tokens, j, end)) return j
  }
  return -1
}
