/**
 * What a claim says, as features two claims can share whatever their wording:
 * content words reduced to a common form, figures with their unit ("820
 * people", a duration in days whether written in days or weeks), dates as ISO
 * days, the people, organisations and places it names by identity, and who
 * says it. Built once per claim from what extraction already found.
 */
import type { ClaimDraft, Entity } from '../model'
import { durationSeconds, functionWord, nameParticles, speechVerb } from '../lexicon'
import { fold } from '../text/fold'
import { lemma } from '../text/lemma'

export type FeatureKind = 'word' | 'number' | 'unit' | 'date' | 'entity'

export interface ClaimFeatures {
  /** Every feature as "<kind>:<value>". */
  all: Set<string>
  /** The quoted words' features, when the claim quotes someone (else the same set as `all`). */
  core: Set<string>
  quoted: boolean
  /** The person speaking, by identity key (folded surname), or null. */
  speaker: string | null
  /** Figures as written → normalised, for "why these match" and for telling the same quantity apart from a new one. */
  figures: Map<string, string>
  /** WordNet senses of each word feature ("word:half-mast" → its synset ids), for synonyms two claims word differently. */
  senses: Map<string, readonly string[]>
  /** Every synset id of the claim's words. */
  synsets: Set<string>
}

export function kindOf(feature: string): FeatureKind {
  return feature.slice(0, feature.indexOf(':')) as FeatureKind
}

/** A person's identity across reports: the last name ("mcguire"), without particles or accents. */
export function personKey(name: string): string {
  const words = fold(name)
    .split(/[\s-]+/)
    .filter(Boolean)
  return words.at(-1) ?? ''
}

/** Every word capitalised, name particles aside ("Ursula von der Leyen", not "Ghana's health minister"). */
function isProperName(name: string): boolean {
  return name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || nameParticles().has(w.toLowerCase()) || /^(?:al|el|bin|ibn)-/.test(w))
}

function entityFeature(e: Entity): string | null {
  if (e.type === 'person') return `entity:p:${personKey(e.value)}`
  if (e.type === 'organisation') return `entity:o:${fold(e.value)}`
  if (e.type === 'place') return `entity:l:${fold(e.value)}`
  return null
}

const WORD = /[\p{L}][\p{L}'’-]*|\d+(?:[.,]\d+)*/gu

export interface ContentWord {
  /** As written, lowercase, for the thesaurus. */
  surface: string
  /** The form its inflections share ("killed", "killing" → "kill"). */
  lemma: string
}

/** Content words of a text: no function words, no reporting verbs (they say who spoke, not what). */
export function contentWords(text: string): ContentWord[] {
  const out: ContentWord[] = []
  for (const m of text.matchAll(WORD)) {
    const w = fold(m[0])
      .replace(/['’]s$/, '')
      .replace(/['’]/g, '')
    if (/^\d/.test(w)) continue
    // "de-escalation", "anti-doping": one idea; other hyphenated words count by their parts too.
    const parts = w.includes('-') && !/^(?:de|re|anti|non|pre|post|counter|co|ex)-/.test(w) ? [w, ...w.split('-')] : [w.replace(/-/g, '')]
    for (const p of parts) {
      if (p.length < 2 || functionWord().has(p) || speechVerb(p)) continue
      out.push({ surface: p, lemma: lemma(p) })
    }
  }
  return out
}

/** WordNet synsets by surface word, looked up once for a whole set of claims. */
export type Thesaurus = ReadonlyMap<string, readonly string[]>

/** "820 people" → "number:820 people" and "unit:people"; "three weeks" → "number:duration 1814400". */
function figureFeatures(e: Entity, into: Set<string>, figures: Map<string, string>): void {
  const [amountText, ...unitWords] = e.value.split(' ')
  const amount = Number(amountText)
  const unit = unitWords
    .map((w) => lemma(w))
    .join(' ')
    .replace(/^of /, '')
  const seconds = durationSeconds(unitWords.at(-1) ?? '')
  const value = Number.isFinite(amount) && seconds !== undefined ? `duration ${amount * seconds}` : `${Number.isFinite(amount) ? amount : amountText} ${unit}`.trim()
  into.add(`number:${value}`)
  if (unit) into.add(`unit:${seconds !== undefined ? 'duration' : unit}`)
  figures.set(e.text, value)
}

function addWords(words: readonly ContentWord[], into: Set<string>, thesaurus: Thesaurus, senses: Map<string, readonly string[]>): void {
  for (const w of words) {
    const feature = `word:${w.lemma}`
    into.add(feature)
    const ids = thesaurus.get(w.surface)
    if (ids && ids.length > 0 && !senses.has(feature)) senses.set(feature, ids)
  }
}

/**
 * What the claim says, without the words naming who says it ("NATO Secretary-General Jens
 * Stoltenberg said"): two things one person said share his name, not their content; who
 * speaks is compared apart, by identity.
 */
export function saidText(claim: Pick<ClaimDraft, 'text' | 'start' | 'attribution'>): string {
  if (!claim.attribution) return claim.text
  const { start, end } = claim.attribution
  return `${claim.text.slice(0, start - claim.start)} ${claim.text.slice(end - claim.start)}`
}

/** `words` are the content words of the claim's `saidText` when the caller has them already. */
export function claimFeatures(claim: ClaimDraft, thesaurus: Thesaurus = new Map(), words: readonly ContentWord[] = contentWords(saidText(claim))): ClaimFeatures {
  const all = new Set<string>()
  const figures = new Map<string, string>()
  const senses = new Map<string, readonly string[]>()
  addWords(words, all, thesaurus, senses)
  const said = claim.attribution ? saidText(claim) : null
  // Only a proper name identifies a speaker: "Kremlin spokesman" may be the Dmitry Peskov of another report.
  const speaker = claim.speaker && claim.speakerKind !== 'organisation' && isProperName(claim.speaker) ? personKey(claim.speaker) : null
  for (const e of claim.entities ?? []) {
    // Who speaks is compared apart, by identity (below): their name is not what they said.
    if (said !== null && (e.type === 'person' || e.type === 'organisation') && !said.includes(e.text)) continue
    if (speaker !== null && e.type === 'person' && personKey(e.value) === speaker) continue
    if (e.type === 'number') figureFeatures(e, all, figures)
    else if (e.type === 'date') {
      // A day also names its month: "1 January 2024" and "January next year" agree on January 2024.
      all.add(`date:${e.value}`)
      if (e.value.length === 10) all.add(`date:${e.value.slice(0, 7)}`)
    } else {
      const f = entityFeature(e)
      if (f) all.add(f)
    }
  }
  const quotedSpans = claim.quoted ?? []
  let core = all
  const quoted = quotedSpans.length > 0 && claim.kind === 'quote'
  if (quoted) {
    core = new Set<string>()
    for (const q of quotedSpans) {
      const text = claim.text.slice(Math.max(0, q.start - claim.start), q.end - claim.start)
      addWords(contentWords(text), core, thesaurus, senses)
    }
    if (core.size < 3) core = all
  }
  const synsets = new Set<string>()
  for (const ids of senses.values()) for (const id of ids) synsets.add(id)
  return { all, core, quoted, speaker, figures, senses, synsets }
}
