/**
 * Clause shapes without a tagger: is this token a finite verb, does a new
 * clause (its own subject and finite verb) start here. Claim units cut
 * sentences where a new clause starts; attribution tells a reporting frame
 * that introduces what is said from a speech verb used on its own.
 */
import { irregularPast } from '../lexicon'
import type { Token } from '../text/tokenize'

export const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets'])
const MODALS = new Set(['has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'shall'])
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there'])
/** Quantifiers that open a clause only to say more of the one before ("injured, and many were critical"). */
const ELABORATING = new Set(['many', 'most', 'some', 'all', 'several', 'few', 'none', 'both', 'half', 'each', 'others', 'one', 'two', 'three'])
const NP_BREAK = new Set(['and', 'or', 'but', 'to', 'as', 'than', 'with', 'for', 'from', 'by', 'on', 'at', 'into'])
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'another',
  'other',
  'no'
])

/** True when a token is a finite verb form without a tagger: an auxiliary, a past tense, a reporting verb. */
export function looksFinite(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false
  const l = t.lower
  if (PASSIVE.has(l) || MODALS.has(l)) return true
  if (irregularPast().has(l)) return true
  if (t.verb && !l.endsWith('ing')) return true
  return l.length > 4 && l.endsWith('ed')
}

/** A new clause starts at token k: a subject (pronoun, name, or determiner + noun) and a finite verb within a few words. */
export function opensClause(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k]
  if (!t || t.start >= end || ELABORATING.has(t.lower)) return false
  let j: number
  if (SUBJECT_PRONOUNS.has(t.lower)) j = k + 1
  else if (DETERMINERS.has(t.lower) || t.cap || t.kind === 'number') {
    j = k + 1
    // The subject noun phrase: a few words, not running into "and" or a preposition's object.
    while (j < tokens.length && j - k <= 5 && tokens[j]!.start < end && !looksFinite(tokens[j]) && tokens[j]!.kind !== 'punct' && !NP_BREAK.has(tokens[j]!.lower)) j++
  } else return false
  // Skip adverbs between subject and verb ("has also ordered").
  while (j < tokens.length && tokens[j]!.kind === 'word' && (tokens[j]!.lower.endsWith('ly') || tokens[j]!.lower === 'also')) j++
  if ((tokens[j]?.start ?? end) >= end) return false
  return looksFinite(tokens[j]) || (SINGULAR_PRONOUNS.has(t.lower) && j === k + 1 && presentTense(tokens[j]))
}

/** "it appears", "there remains": after he, she, it or there, a word in -s is the verb (no noun stands there). */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it', 'there'])
function presentTense(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.cap && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss')
}
