/**
 * Where a claim names who says it: the attribution's words as a span, kept
 * apart so matching compares what is said and the desk can show who said it.
 */
import type { Span } from '../text/quotes'
import { tokenAt, type Token } from '../text/tokenize'
import type { Frame } from './attribution'
import { looksFinite, opensClause } from './clause'

/**
 * The words of a frame that say who says it, as a span inside [start, end),
 * when the frame introduces what is said: "according to X", an attribution
 * after the words ("…, the ministry said"; "…,” said X"), or one before them
 * followed by "that", a quotation, a colon or a clause ("X said on Tuesday
 * that …", "X told AFP: …", "X said dishes began falling"). A reporting verb
 * used on its own ("Putin was speaking via video link", "Morocco declared three
 * days of mourning") is what the claim asserts, and a speech act ("hailed")
 * its content: neither has an attribution apart from the claim.
 */
export function attributionSpan(tokens: readonly Token[], quoted: readonly boolean[], frame: Frame, start: number, end: number): Span | null {
  if (frame.frame === 'act') return null
  const first = Math.min(frame.subjectFirst, frame.verb)
  const last = Math.max(frame.subjectLast, frame.verb)
  const span = { start: tokens[first]!.start, end: tokens[last]!.end }
  if (span.start < start || span.end > end) return null
  // A participle far from its subject ("The BRICS invites …, while also expressing"): the clause between is content.
  if (!frame.inverted && frame.verb - frame.subjectLast > 6) return null
  if (frame.frame === 'according') return span
  // "The mayor of Lisbon, Carla Moura, said": a title set before the name by a comma is part of who speaks.
  const opening = tokenAt(tokens, start)
  if (first > opening && tokens[first - 1]!.text === ',' && first - opening <= 9) {
    let verbless = true
    for (let k = opening; k < first - 1 && verbless; k++) if (looksFinite(tokens[k]) || quoted[k]) verbless = false
    if (verbless) span.start = tokens[opening]!.start
  }
  const before = hasWords(tokens, start, span.start)
  const after = hasWords(tokens, span.end, end)
  if (!after) return before ? span : null
  // What follows the verb: a few words of when and to whom ("on Tuesday", "reporters"), then what is said.
  for (let k = last + 1; k < tokens.length && k - last <= 5 && tokens[k]!.start < end; k++) {
    const t = tokens[k]!
    if (t.lower === 'that' || t.text === ':' || quoted[k] || /^[“"«‘']/.test(t.text) || opensClause(tokens, k, end)) return span
    if (t.kind === 'punct' && t.text !== ',') break
  }
  return null
}

function hasWords(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = tokenAt(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) if (tokens[k]!.kind === 'word') return true
  return false
}
