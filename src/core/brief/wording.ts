/**
 * How the brief words a claim. The one rule: quotation marks only around words
 * the speaker said, as a report prints them in quotation marks. The claim
 * engine marks those words (`claim.quoted`, offsets into the report, found by
 * the one quotation parser in core/text/quotes.ts); they become `quote` runs,
 * and everything else is `text`, with the report's own quotation marks taken
 * out so that no format can print a reporter's sentence as someone's words.
 */
import type { Claim, Report, TextSpan } from '../model'
import type { Run, Wording } from './types'

/** Marks that only ever open or close a quotation (single marks double as apostrophes). */
const DOUBLE_MARKS = /[“”„«»"]/g
const SINGLE_MARKS = "‘’'"
/** Where a quotation was cut: the mark editors use for an elision. */
export const ELISION = '…'

const squash = (s: string): string => s.replace(/\s+/g, ' ')

export type QuoteRun = Extract<Run, { kind: 'quote' }>
export const text = (t: string): Run => ({ kind: 'text', text: t })
export const quote = (t: string): QuoteRun => ({ kind: 'quote', text: t })
export const cite = (sources: number[]): Run => ({ kind: 'cite', sources })
export const status = (t: string): Run => ({ kind: 'status', text: t })

/** Adjacent text runs joined, empty ones dropped, whitespace squashed and the ends trimmed. */
export function tidy(runs: Wording): Wording {
  const out: Run[] = []
  for (const run of runs) {
    if (run.kind === 'cite') {
      if (run.sources.length > 0) out.push(run)
      continue
    }
    if (run.kind === 'status') {
      out.push({ kind: 'status', text: squash(run.text).trim() })
      continue
    }
    let t = squash(run.text)
    if (t === '') continue
    // Quotation marks around no words at all (a stray “.” in the copy) quote nobody.
    const kind = run.kind === 'quote' && /[\p{L}\p{N}]/u.test(t) ? 'quote' : 'text'
    const last = out.at(-1)
    // A quotation glued to the next word in the copy ("reinforcement”Stoltenberg told") gets its space back.
    if (
      last &&
      (last.kind === 'text' || last.kind === 'quote') &&
      (last.kind === 'quote' || kind === 'quote') &&
      /[\p{L}\p{N}]$/u.test(last.text) &&
      /^[\p{L}\p{N}]/u.test(t)
    )
      t = ` ${t}`
    if (kind === 'text' && last?.kind === 'text') last.text += t
    else if (kind === 'text') out.push(text(t))
    else {
      if (t.startsWith(' ') && last) out.push(text(' '))
      out.push(quote(t.trim()))
    }
  }
  const first = out[0]
  if (first?.kind === 'text') first.text = first.text.trimStart()
  const last = out.at(-1)
  if (last?.kind === 'text') last.text = last.text.trimEnd()
  // A quotation that ends the wording ends with its words: the comma that led on to "he said" goes with it.
  if (last?.kind === 'quote') last.text = last.text.replace(/\s*[,;:]$/u, '')
  return out.filter((r) => r.kind !== 'text' || r.text !== '')
}

/** The claim's quoted spans inside it, in order, clipped to the claim. */
function spansIn(claim: Claim): TextSpan[] {
  return (claim.quoted ?? [])
    .map((s) => ({ start: Math.max(s.start, claim.start), end: Math.min(s.end, claim.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start)
}

/**
 * The claim as the brief words it: its quoted spans as quotes, the rest as text
 * without quotation marks. An editor's rewording is theirs and printed as they
 * typed it.
 */
export function claimWording(claim: Claim): Wording {
  if (claim.editedText) return tidy([text(claim.editedText)])
  const runs: Run[] = []
  let at = claim.start
  const slice = (from: number, to: number): string => claim.text.slice(from - claim.start, to - claim.start)
  for (const span of spansIn(claim)) {
    if (span.start < at) continue
    runs.push(text(stripMarks(slice(at, span.start), 'before')))
    runs.push(quote(slice(span.start, span.end)))
    at = span.end
  }
  runs.push(text(stripMarks(slice(at, claim.end), 'after')))
  return tidy(runs)
}

/**
 * A text stretch without quotation marks: double marks go wherever they are
 * (never apostrophes); a single mark goes only where it touches the quoted span
 * it opened or closed ("don’t" keeps its apostrophe).
 */
function stripMarks(s: string, side: 'before' | 'after'): string {
  let out = s.replace(DOUBLE_MARKS, '')
  if (side === 'before' && SINGLE_MARKS.includes(out.at(-1) ?? '')) out = out.slice(0, -1)
  if (side === 'after' && SINGLE_MARKS.includes(out[0] ?? '')) out = out.slice(1)
  return out
}

/** Subject pronouns a reporter uses for the speaker just named ("He said…"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it'])

/**
 * The wording with its speaker in front when it opens with the reporting verb
 * of a sentence the claim was cut from ("urged that Moscow…" → "Jens
 * Stoltenberg urged that Moscow…"), or in place of the pronoun the reporter
 * used for them ("He stated that…" → "Jens Stoltenberg stated that…"): the
 * report's own attribution, put back, never inside quotation marks.
 */
export function attributed(wording: Wording, speaker: string | null, isVerb: (word: string) => boolean): Wording {
  if (!speaker || namesSpeaker(wording, speaker)) return wording
  const verb = firstWord(wording)
  if (verb && isVerb(verb)) return tidy([text(`${speaker} `), ...wording])
  const first = wording[0]
  const opening = first?.kind === 'text' ? /^([\p{L}]+)\s+([\p{L}’']+)/u.exec(first.text) : null
  if (first?.kind === 'text' && opening && SUBJECT_PRONOUNS.has(opening[1]!.toLowerCase()) && isVerb(opening[2]!.toLowerCase())) {
    return tidy([text(`${speaker}${first.text.slice(opening[1]!.length)}`), ...wording.slice(1)])
  }
  return wording
}

/** The speaker's exact words in the claim, one quote: several quoted spans joined with an elision. Null when the claim quotes nobody. */
export function quotedWords(claim: Claim): QuoteRun | null {
  if (claim.editedText) return null
  const parts = spansIn(claim).map((s) => squash(claim.text.slice(s.start - claim.start, s.end - claim.start)).trim())
  const words = parts.filter(Boolean)
  return words.length === 0 ? null : quote(words.join(` ${ELISION} `))
}

/** How many characters of quoted words a claim carries (the most complete quotation wins). */
export function quotedLength(claim: Claim): number {
  return claim.editedText ? 0 : spansIn(claim).reduce((n, s) => n + s.end - s.start, 0)
}

/** The claim a group is printed with: the most complete quotation, else the longest wording (it usually carries the most context). */
export function canonicalOf(claims: readonly Claim[]): Claim {
  const weight = (c: Claim): number => quotedLength(c) * 100_000 + (c.editedText ?? c.text).length
  return claims.reduce((best, c) => (weight(c) > weight(best) ? c : best))
}

/**
 * The stretch of a quoted span of these claims that says `words` — the same
 * words in the same order, whatever the punctuation between them — exactly as
 * the report prints it, elisions kept; null when no span says them. How a
 * normalised phrase ("for the moment we") is quoted without changing a comma.
 */
export function verbatimStretch(words: string, claims: readonly Claim[], reportsById: ReadonlyMap<string, Report>): string | null {
  const pieces = words
    .split(ELISION)
    .map((p) => p.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((p) => p.length > 0)
  if (pieces.length === 0) return null
  // Letters and digits only: nothing in a piece needs escaping.
  const patterns = pieces.map((p) => new RegExp(`(?<![\\p{L}\\p{N}])${p.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu'))
  for (const c of claims) {
    const report = reportsById.get(c.reportId)
    if (!report) continue
    for (const s of spansIn(c)) {
      const span = squash(report.text.slice(s.start, s.end))
      const found: string[] = []
      let from = 0
      for (const re of patterns) {
        const m = re.exec(span.slice(from))
        if (!m) break
        found.push(m[0])
        from += m.index + m[0].length
      }
      if (found.length === patterns.length) return found.join(` ${ELISION} `)
    }
  }
  return null
}

/**
 * True when `words` stand verbatim (whitespace aside, elisions marked with …)
 * inside a quoted span of one of these claims: the test a phrase must pass to
 * be printed in quotation marks when it does not come straight from a span.
 */
export function quotedBy(words: string, claims: readonly Claim[], reportsById: ReadonlyMap<string, Report>): boolean {
  const pieces = words
    .split(ELISION)
    .map((p) => squash(p).trim())
    .filter(Boolean)
  if (pieces.length === 0) return false
  const spans = claims.flatMap((c) => {
    const report = reportsById.get(c.reportId)
    return report ? spansIn(c).map((s) => squash(report.text.slice(s.start, s.end))) : []
  })
  return spans.some((span) => {
    // Pieces in order, each after the last.
    let from = 0
    for (const piece of pieces) {
      const at = span.indexOf(piece, from)
      if (at < 0) return false
      from = at + piece.length
    }
    return true
  })
}

/** The wording's words (quotes included, marks and citations not): to test what it mentions. */
export function wordsOf(wording: Wording): string {
  return wording.map((r) => (r.kind === 'text' || r.kind === 'quote' ? r.text : '')).join('')
}

/** True when the wording names the speaker (their last name will do): then "— Speaker" after it says nothing new. */
export function namesSpeaker(wording: Wording, speaker: string): boolean {
  const last = speaker.trim().split(/\s+/).at(-1) ?? speaker
  return new RegExp(`(?<![\\p{L}])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(wordsOf(wording))
}

/**
 * The wording cut to about `max` characters at a word boundary, the cut marked
 * with an elision (inside the quotation when it falls in one). Citations are kept.
 */
export function shorten(wording: Wording, max: number): Wording {
  let left = max
  const out: Run[] = []
  for (const run of wording) {
    if (run.kind === 'cite') {
      out.push(run)
      continue
    }
    if (left <= 0) break
    if (run.text.length <= left) {
      out.push(run)
      left -= run.text.length
      continue
    }
    const cut = run.text.slice(0, left)
    const space = cut.lastIndexOf(' ')
    const kept = (space > left / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…-]+$/u, '')
    if (kept) out.push({ ...run, text: `${kept}${ELISION}` })
    else if (run.kind === 'text') out.push(text(ELISION))
    left = 0
  }
  return tidy(out)
}

/** The wording as plain text: quotes in “…”, citations as [n]. What the editor edits, and what ClaimReview and CSV carry. */
export function plainText(wording: Wording): string {
  return wording.map((r) => (r.kind === 'cite' ? r.sources.map((n) => `[${n}]`).join('') : r.kind === 'quote' ? `“${r.text}”` : r.text)).join('')
}

/** Whether the wording reads as a sentence of its own (starts with a capital, a digit or a quotation). */
export function startsSentence(wording: Wording): boolean {
  const first = wording[0]
  if (!first || first.kind === 'cite') return false
  return first.kind === 'quote' || /^[\p{Lu}\p{N}]/u.test(first.text)
}

/** The first word of the wording, lowercased, when it is text. */
export function firstWord(wording: Wording): string | null {
  const first = wording[0]
  return first?.kind === 'text' ? (/^[\p{L}’']+/u.exec(first.text)?.[0].toLowerCase() ?? null) : null
}
