import type { ClaimKind, Entity } from '../model'

/**
 * Check-worthiness in 0..1 with the reasons behind it. Additive and readable on
 * purpose: an editor can see why a claim ranks where it does. What makes a
 * sentence checkable: a figure, a named party, someone on record, a verb that
 * asserts an event, a quotation. Questions, sub-headlines, framing and page
 * chrome assert nothing checkable and are held below 0.3.
 */

/** Verbs that assert an event or act (deliberately not "is"/"has": those assert nothing on their own). */
const FACTUAL_VERB =
  /\b(?:announc|deploy|sent\b|send|withdr[ae]w|withdrawing|amass|annex|invad|attack|kill|launch|sign|increas|decreas|reduc|reject|denied|deny|denies|confirm|approv|agree|began|begun|begin|start|receiv|arriv|return|moved|moving|pull(?:ed|ing) back|built|build|issu|accus|support|rais|fired|firing|captur|destroy|damag|injur|wound|evacuat|displac|arrest|charg|cancel|clos|open|won\b|lost\b|vot|elect|banned|sanction|impos|concentrat|stationed|maintain)\w*/i
const FRAMING =
  /^(?:the world is|it is (?:the|a) |that (?:muddied|is why)|this (?:meeting|crisis|move) is aimed|european leaders have been|instead,|the truth is|in any case)|\b(?:glimmers? of hope|raising fears|leading \w+ to fear|aimed at defusing|scrambling to)\b/i
const BOILERPLATE =
  /(?:\b(?:follow us|subscribe|sign up|read more|find out more|click here|all rights reserved|license this|watch the video|more videos)\b|https?:\/\/|\[\s*[^\]]*\])/i

export interface ScoreInput {
  text: string
  kind: ClaimKind
  speaker: string | null
  entities: readonly Entity[]
  /** True when the claim is a whole line with no closing punctuation: a sub-headline. */
  headline: boolean
  /** A reporting verb attributes it, whoever the speaker. */
  reporting: boolean
}

export function scoreClaim(c: ScoreInput): { score: number; reasons: string[] } {
  const reasons: string[] = []
  let score = 0.15
  const has = (t: Entity['type']): boolean => c.entities.some((e) => e.type === t)
  const add = (points: number, reason: string): void => {
    score += points
    reasons.push(reason)
  }
  // Penalties cap rather than subtract, so a framing line stays low however many names it drops.
  const cap = (most: number, reason: string): void => {
    score = Math.min(score, most)
    reasons.push(reason)
  }
  if (has('number')) add(0.25, 'number')
  if (has('person') || has('organisation') || has('place')) add(0.15, 'named entity')
  if (c.speaker || c.reporting) add(0.2, 'attribution')
  if (FACTUAL_VERB.test(c.text)) add(0.15, 'factual verb')
  if (c.kind === 'quote') add(0.1, 'quote')
  if (has('date')) add(0.05, 'date')
  if (/\?["”»’]?\s*$/.test(c.text)) cap(0.1, 'question')
  if (c.headline) cap(0.25, 'sub-headline')
  if (FRAMING.test(c.text.trim()) && !has('number') && !c.speaker) cap(0.25, 'framing')
  if (BOILERPLATE.test(c.text)) cap(0.05, 'boilerplate')
  return { score: Math.round(Math.min(1, score) * 100) / 100, reasons }
}
