import { quantities } from '../entities'
import type { ClaimDraft, NamedInReport, Report } from '../model'
import { quotations, type Quotation } from '../text/quotes'
import { tokenAt, tokenize, type Token } from '../text/tokenize'
import { countWords } from '../text/words'
import { FrameFinder, type Frame, type Speaker } from './attribution'
import { attributionSpan } from './attributionSpan'
import { looksFinite } from './clause'
import { enrich } from './enrich'
import { isClaimLike, kindOf } from './kind'
import { findMentions, type Mention, type NamedEntity } from './mentions'
import { sentences } from './sentences'
import { claimUnits, type Unit } from './units'

export { sentences, paragraphs } from './sentences'

/** What extraction learns about one report: its claims and who it names. */
export interface Extraction {
  claims: ClaimDraft[]
  named: NamedInReport[]
}

/**
 * Claims of one report: one per checkable assertion, each a span of the
 * report's text, with who said it when the report attributes it. Every step
 * reads the report's tokens once; nothing rescans the text per claim.
 */
export function extractReport(report: Report): Extraction {
  const text = report.text
  const tokens = tokenize(text)
  const quotes = quotations(text)
  const sents = sentences(text)
  const sentenceOf = indexTokens(tokens, sents)
  const quoted = markQuoted(tokens, quotes)
  const paragraphOf = paragraphIndex(text, tokens)
  const { mentions, entities } = findMentions({ text, tokens, quoted, sentenceOf })
  const mentionStartingAt = new Map<number, Mention>()
  const mentionEndingAt = new Map<number, Mention>()
  for (const m of mentions) {
    mentionStartingAt.set(m.first, m)
    mentionEndingAt.set(m.last - 1, m)
  }
  const frames = new FrameFinder({ text, tokens, quoted, sentenceOf, mentionStartingAt, mentionEndingAt }).frames()
  const units = claimUnits({ text, tokens, quoted, sentences: sents, quotations: quotes })
  const speakers = new Speakers(tokens, sentenceOf, paragraphOf, frames, quotes, sents, text)

  const claims: ClaimDraft[] = []
  for (const unit of units) {
    const claimText = text.slice(unit.start, unit.end)
    if (!isClaimLike(claimText)) continue
    const quotedSpans = quotedIn(unit, quotes)
    const quotedWords = quotedSpans.reduce((n, q) => n + countWords(text, q.start, q.end), 0)
    const frame = speakers.frameFor(unit, quotedWords)
    const inner = unit.quotation ?? (frame ? null : quotationInside(unit, quotes))
    const speaker = inner ? speakers.ofQuotation(inner) : (frame?.speaker ?? null)
    const reporting = frame !== null || unit.quotation !== null
    const figures = quantities(claimText)
    const kind = kindOf({ quotedWords, words: countWords(text, unit.start, unit.end), wholeQuote: unit.quotation !== null, reporting, quantity: figures.length > 0 })
    const context = unit.context.start < unit.start || unit.context.end > unit.end ? unit.context : undefined
    const attribution = frame && !inner ? attributionSpan(tokens, quoted, frame, unit.start, unit.end) : null
    claims.push({
      id: `${report.id}-${claims.length + 1}`,
      reportId: report.id,
      text: claimText,
      start: unit.start,
      end: unit.end,
      kind,
      speaker: speaker?.name ?? null,
      ...(speaker ? { speakerKind: speaker.kind } : {}),
      quoted: quotedSpans,
      ...(context ? { context } : {}),
      ...(attribution ? { attribution } : {}),
      ...enrich(
        report,
        unit,
        { kind, speaker: speaker?.name ?? null, speakerKind: speaker?.kind ?? null, reporting, asserts: asserts(tokens, quoted, unit) },
        { mentions, tokens },
        figures
      )
    })
  }
  return { claims, named: namedIn(entities) }
}

/** People and organisations the report names: the ones extraction could type, with their forms and roles. */
function namedIn(entities: readonly NamedEntity[]): NamedInReport[] {
  const out: NamedInReport[] = []
  for (const e of entities) {
    if (e.kind !== 'person' && e.kind !== 'organisation') continue
    out.push({ name: e.name, kind: e.kind, variants: [...e.variants].filter((v) => v !== e.name), roles: [...e.roles] })
  }
  return out
}

/** The unit has a finite verb of its own, outside quotation marks (quoted words alone assert nothing of the report's). */
function asserts(tokens: readonly Token[], quoted: readonly boolean[], unit: Unit): boolean {
  for (let i = tokenAt(tokens, unit.start); i < tokens.length && tokens[i]!.start < unit.end; i++) if (!quoted[i] && looksFinite(tokens[i])) return true
  return unit.quotation !== null
}

/** Claims only, for callers that do not need the report's entities. */
export function extractClaims(report: Report): ClaimDraft[] {
  return extractReport(report).claims
}

/** Per token, the index of the sentence it starts in (tokens and sentences are both in text order). */
function indexTokens(tokens: readonly Token[], spans: readonly { start: number; end: number }[]): number[] {
  const out = new Array<number>(tokens.length)
  let s = 0
  for (let i = 0; i < tokens.length; i++) {
    while (s + 1 < spans.length && spans[s]!.end <= tokens[i]!.start) s++
    out[i] = s
  }
  return out
}

function markQuoted(tokens: readonly Token[], quotes: readonly Quotation[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false)
  const parts = quotes.flatMap((q) => q.parts)
  let p = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    while (p < parts.length && parts[p]!.end <= t.start) p++
    if (p < parts.length && t.start >= parts[p]!.start && t.end <= parts[p]!.end) out[i] = true
  }
  return out
}

function paragraphIndex(text: string, tokens: readonly Token[]): number[] {
  const out = new Array<number>(tokens.length)
  let paragraph = 0
  let scanned = 0
  for (let i = 0; i < tokens.length; i++) {
    // Count the line breaks between the previous token and this one: each character is looked at once.
    // A run of line breaks (blank lines between paragraphs) is one break.
    const start = tokens[i]!.start
    let broke = false
    for (; scanned < start; scanned++) if (text.charCodeAt(scanned) === 10) broke = true
    if (broke) paragraph++
    out[i] = paragraph
  }
  return out
}

/** Index of the first quotation ending after `at` (quotations are in text order and do not overlap). */
function firstQuotationAfter(quotes: readonly Quotation[], at: number): number {
  let lo = 0
  let hi = quotes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (quotes[mid]!.end <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The longest quotation wholly inside a unit, if any. */
function quotationInside(unit: Unit, quotes: readonly Quotation[]): Quotation | null {
  let best: Quotation | null = null
  for (let k = firstQuotationAfter(quotes, unit.start); k < quotes.length && quotes[k]!.start < unit.end; k++) {
    const q = quotes[k]!
    if (q.start >= unit.start && q.end <= unit.end && (!best || q.end - q.start > best.end - best.start)) best = q
  }
  return best
}

/** The quoted words inside a unit, as spans (marks excluded). */
function quotedIn(unit: Unit, quotes: readonly Quotation[]): { start: number; end: number }[] {
  if (unit.quotation) return [{ start: unit.start, end: unit.end }]
  const out: { start: number; end: number }[] = []
  for (let k = firstQuotationAfter(quotes, unit.start); k < quotes.length && quotes[k]!.start < unit.end; k++) {
    for (const p of quotes[k]!.parts) if (p.start >= unit.start && p.end <= unit.end) out.push({ start: p.start, end: p.end })
  }
  return out
}

/**
 * Speakers of quotations and units. A quotation is attributed by a frame in its
 * own sentence, else one opening the next sentence ("…continue.” Stoltenberg
 * said.), else a colon frame just before it; otherwise it continues the last
 * speaker quoted in the same or the previous paragraph.
 */
class Speakers {
  private readonly ofQuote = new Map<Quotation, Speaker | null>()
  private readonly framesBySentence = new Map<number, Frame[]>()

  constructor(
    private readonly tokens: readonly Token[],
    private readonly sentenceOf: readonly number[],
    private readonly paragraphOf: readonly number[],
    frames: readonly Frame[],
    quotes: readonly Quotation[],
    private readonly sents: readonly { start: number; end: number }[],
    private readonly text: string
  ) {
    for (const f of frames) {
      const s = sentenceOf[f.verb]!
      const list = this.framesBySentence.get(s)
      if (list) list.push(f)
      else this.framesBySentence.set(s, [f])
    }
    let last: { speaker: Speaker; paragraph: number } | null = null
    for (const q of quotes) {
      const own = this.quotationFrame(q)
      const paragraph = this.paragraphAt(q.start)
      let speaker: Speaker | null = own?.speaker ?? null
      // Only a quotation standing as its own sentence carries on the last speaker; a phrase quoted inside narrative does not.
      if (!own && last && paragraph - last.paragraph <= 1 && this.opensSentence(q.start)) speaker = last.speaker
      this.ofQuote.set(q, speaker)
      if (speaker) last = { speaker, paragraph: this.paragraphAt(q.end - 1) }
    }
  }

  private opensSentence(at: number): boolean {
    const sentence = this.sents[this.sentenceAt(at)]
    return sentence !== undefined && this.text.slice(sentence.start, at).trim() === ''
  }

  ofQuotation(q: Quotation): Speaker | null {
    return this.ofQuote.get(q) ?? null
  }

  private tokenIndexAt(at: number): number {
    let lo = 0
    let hi = this.tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.tokens[mid]!.start < at) lo = mid + 1
      else hi = mid
    }
    return Math.min(lo, this.tokens.length - 1)
  }

  private paragraphAt(at: number): number {
    return this.paragraphOf[this.tokenIndexAt(at)] ?? 0
  }

  private sentenceAt(at: number): number {
    return this.sentenceOf[this.tokenIndexAt(at)] ?? 0
  }

  /** The frame attributing a quotation: in its sentence (nearest to it), the next sentence, or a colon frame before it. */
  private quotationFrame(q: Quotation): Frame | null {
    const startSentence = this.sentenceAt(q.start)
    const endSentence = this.sentenceAt(q.end - 1)
    const named = (fs: Frame[] | undefined): Frame[] => (fs ?? []).filter((f) => f.speaker !== null && f.frame !== 'act')
    const outside = (f: Frame): boolean => this.tokens[f.verb]!.start >= q.end || this.tokens[f.verb]!.end <= q.start
    const candidates = [
      ...named(this.framesBySentence.get(endSentence)),
      ...(startSentence !== endSentence ? named(this.framesBySentence.get(startSentence)) : [])
    ].filter(outside)
    if (candidates.length > 0) {
      // The frame closest to the quotation's edges.
      const distance = (f: Frame): number => {
        const at = this.tokens[f.verb]!.start
        return at >= q.end ? at - q.end : q.start - at
      }
      return candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a))
    }
    // "…continue.” Stoltenberg said." — the attribution is its own sentence right after.
    const next = this.sents[endSentence + 1]
    if (next && /^[\s”"’»]*$/.test(this.text.slice(q.end, next.start))) {
      const f = named(this.framesBySentence.get(endSentence + 1))[0]
      if (f && countWords(this.text, next.start, next.end) <= 12) return f
    }
    // "Ramaphosa said:" closing the sentence before.
    const prev = this.sents[startSentence - 1]
    if (prev && /:\s*$/.test(this.text.slice(prev.start, q.start).trimEnd() + (this.text.slice(prev.end - 1, prev.end) === ':' ? ':' : ''))) {
      const f = named(this.framesBySentence.get(startSentence - 1)).at(-1)
      if (f) return f
    }
    return null
  }

  /** The frame that attributes a narrative unit: one inside it, else a speech frame of its sentence. */
  frameFor(unit: Unit, quotedWords: number): Frame | null {
    if (unit.quotation) return null
    const frames = this.framesBySentence.get(unit.sentence) ?? []
    const inside = frames.filter((f) => this.tokens[f.verb]!.start >= unit.start && this.tokens[f.verb]!.end <= unit.end)
    if (inside.length > 0) return inside.find((f) => f.speaker !== null) ?? inside[0]!
    // A sentence's reporting frame covers all of its clauses ("…, officials said, causing …"); a speech act only its own.
    const speech = frames.filter((f) => f.frame !== 'act')
    if (speech.length === 0) return null
    const centre = (unit.start + unit.end) / 2
    const nearest = speech.reduce((a, b) => (Math.abs(this.tokens[b.verb]!.start - centre) < Math.abs(this.tokens[a.verb]!.start - centre) ? b : a))
    return quotedWords > 0 || nearest ? nearest : null
  }
}
