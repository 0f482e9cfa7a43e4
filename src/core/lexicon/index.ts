/**
 * The one place where word lists are loaded. Every list is general English or
 * world data (closed-class words, reporting verbs, honorifics and roles,
 * countries and their people), kept as data in ./data or taken from a
 * maintained package, and turned into lookup tables once, on first use.
 * Nothing here may be fitted to particular reports.
 */
import countriesData from 'world-countries/dist/countries.json' with { type: 'json' }
import functionWords from './data/function-words.json' with { type: 'json' }
import furnitureData from './data/furniture.json' with { type: 'json' }
import numbersData from './data/numbers.json' with { type: 'json' }
import organisationsData from './data/organisations.json' with { type: 'json' }
import peopleData from './data/people.json' with { type: 'json' }
import placesData from './data/places.json' with { type: 'json' }
import speechVerbsData from './data/speech-verbs.json' with { type: 'json' }
import timeData from './data/time.json' with { type: 'json' }
import verbsData from './data/verbs.json' with { type: 'json' }

function lazy<T>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}

const lists = (record: Record<string, unknown>): string[] =>
  Object.entries(record).flatMap(([key, value]) => (key.startsWith('_') || !Array.isArray(value) ? [] : (value as string[])))

/** Closed-class words: never content, never the start of a name. */
export const functionWord = lazy(() => new Set(lists(functionWords)))
/** Conjunctions ("and", "while"): where one clause of a sentence ends and the next begins. */
export const conjunctions = lazy(() => new Set(functionWords.conjunctions))
/** Words that point back to something said before ("he", "those"): a sentence opening with one cannot stand alone. */
export const anaphors = lazy(() => new Set([...functionWords.pronouns, ...functionWords.demonstratives]))

export type SpeechFrame = 'speech' | 'act'
export interface SpeechVerb {
  lemma: string
  frame: SpeechFrame
}

/** Regular inflections of an English verb; a spurious form (e.g. "admited") costs nothing since no text has it. */
function inflections(lemma: string): string[] {
  const out = [lemma]
  const last = lemma.at(-1)!
  const consonantY = /[^aeiou]y$/.test(lemma)
  out.push(consonantY ? lemma.slice(0, -1) + 'ies' : /(?:s|x|z|ch|sh)$/.test(lemma) ? lemma + 'es' : lemma + 's')
  const stem = consonantY ? lemma.slice(0, -1) + 'i' : lemma
  out.push(last === 'e' ? lemma + 'd' : stem + 'ed')
  out.push(last === 'e' && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : lemma + 'ing')
  // Doubled final consonant ("admit" → "admitted", "slam" → "slammed").
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) out.push(lemma + last + 'ed', lemma + last + 'ing')
  return out
}

/** Reporting verbs by every written form: "said", "warns", "hailing" → lemma and frame. */
export const speechVerbForms = lazy(() => {
  const forms = new Map<string, SpeechVerb>()
  for (const frame of ['speech', 'act'] as const) {
    for (const [lemma, irregular] of Object.entries(speechVerbsData[frame] as Record<string, string[]>)) {
      for (const form of [...inflections(lemma), ...irregular]) if (!forms.has(form)) forms.set(form, { lemma, frame })
    }
  }
  return forms
})

let speechForms: Map<string, SpeechVerb> | undefined
/** The reporting verb a lowercase word form belongs to ("warns" → warn). Hot: called for every token, so the table is held directly. */
export function speechVerb(lower: string): SpeechVerb | undefined {
  speechForms ??= speechVerbForms()
  return speechForms.get(lower)
}

export const honorifics = lazy(() => new Set(peopleData.honorifics))
export const nameParticles = lazy(() => new Set(peopleData.particles))
export const roleModifiers = lazy(() => new Set(peopleData.roleModifiers))

/** Roles as lowercase word sequences, indexed by their last word so a phrase is matched from its head. */
export const roles = lazy(() => {
  const byHead = new Map<string, string[][]>()
  for (const role of peopleData.roles) {
    const words = role.split(/\s+/)
    const head = words.at(-1)!
    byHead.set(head, [...(byHead.get(head) ?? []), words])
  }
  for (const list of byHead.values()) list.sort((a, b) => b.length - a.length)
  return byHead
})

/** Head nouns that make a name an organisation, lowercased; multiword heads by their last word. */
export const organisationHeads = lazy(() => new Set(organisationsData.heads.map((h) => h.split(/\s+/).at(-1)!)))
/** "province", "mountains": a capitalised name ending in one is a place. */
export const placeFeatureHeads = lazy(() => new Set(placesData.featureHeads))
/** "summit", "games": a capitalised name ending in one is an event, never a person. */
export const eventHeads = lazy(() => new Set(placesData.eventHeads))
/** Prepositions that put the name after them on the map ("in Marrakesh"). */
export const placePrepositions = lazy(() => new Set(placesData.placePrepositions))
/** "the company", "the group": heads that stand for whichever organisation was named last. */
export const genericOrganisationHeads = lazy(() => new Set(organisationsData.genericHeads))
export const seatsOfPower = lazy(() => new Set(organisationsData.seats))
export const collectiveSpeakers = lazy(() => new Set(organisationsData.collectiveSpeakers))

export interface Country {
  /** The common English name ("Morocco"). */
  name: string
  code: string
  capitals: string[]
}
export type PlaceRole = 'country' | 'demonym' | 'capital'
export interface PlaceWord {
  country: Country
  role: PlaceRole
}

interface CountryRecord {
  name: { common: string; official: string }
  cca2: string
  altSpellings?: string[]
  capital?: string[]
  demonyms?: { eng?: { f: string; m: string } }
}

/**
 * Countries, their people and capitals by every English name news copy uses
 * ("UAE", "United Arab Emirates", "Emirati", "Abu Dhabi"), from the
 * world-countries package. Keys are as written (case matters: "US" vs "us").
 */
export const placeWords = lazy(() => {
  const out = new Map<string, PlaceWord>()
  const add = (key: string, word: PlaceWord): void => {
    if (key && !out.has(key) && /^[\p{Lu}]/u.test(key)) out.set(key, word)
  }
  for (const c of countriesData as unknown as CountryRecord[]) {
    const country: Country = { name: c.name.common, code: c.cca2, capitals: c.capital ?? [] }
    add(c.name.common, { country, role: 'country' })
    add(c.name.official, { country, role: 'country' })
    // Alternative spellings include two-letter codes ("MA") that read as words; keep only longer forms.
    for (const alt of c.altSpellings ?? []) if (alt.length > 2 && /^[\p{L} .'-]+$/u.test(alt)) add(alt, { country, role: 'country' })
    if (c.demonyms?.eng) {
      add(c.demonyms.eng.m, { country, role: 'demonym' })
      add(c.demonyms.eng.f, { country, role: 'demonym' })
    }
    for (const capital of country.capitals) add(capital, { country, role: 'capital' })
  }
  return out
})

export function placeWord(name: string): PlaceWord | undefined {
  return placeWords().get(name)
}

const monthNumbers = lazy(() => {
  const out = new Map<string, number>()
  timeData.months.forEach((names, i) => names.forEach((n) => out.set(n, i + 1)))
  return out
})
/** Every written form of a month, lowercase ("january", "jan", "sept"). */
export function monthWords(): string[] {
  return timeData.months.flat()
}

/** "September", "Sept", "sep" → 9. */
export function monthNumber(word: string): number | undefined {
  return monthNumbers().get(word.toLowerCase().replace(/\.$/, ''))
}

const weekdayNumbers = lazy(() => {
  const out = new Map<string, number>()
  timeData.weekdays.forEach((names, i) => names.forEach((n) => out.set(n, i + 1)))
  return out
})
/** Monday = 1 … Sunday = 7. */
export function weekdayNumber(word: string): number | undefined {
  return weekdayNumbers().get(word.toLowerCase().replace(/\.$/, ''))
}

/** Seconds in one unit of time ("weeks" → 604800), for comparing durations written in different units. */
export function durationSeconds(unit: string): number | undefined {
  const u = unit.toLowerCase()
  const table = timeData.durationSeconds as Record<string, number>
  return table[u] ?? table[u.replace(/s$/, '')] ?? (u === 'centuries' ? table['century'] : undefined)
}

export type RelativeTime = 'before' | 'at' | 'after'
/** "ahead of" → before, "upon arrival at" → at, "following" → after: lowercase phrases, longest first. */
export const relativeTimes = lazy(() => {
  const out: { phrase: string; when: RelativeTime }[] = []
  for (const when of ['before', 'at', 'after'] as const) for (const phrase of timeData.relative[when]) out.push({ phrase, when })
  return out.sort((a, b) => b.phrase.length - a.phrase.length)
})

export const numberWords = lazy(() => ({
  units: new Map(Object.entries(numbersData.units)),
  tens: new Map(Object.entries(numbersData.tens)),
  scales: new Map(Object.entries(numbersData.scales)),
  ordinals: new Map(Object.entries(numbersData.ordinals)),
  fractions: new Map(Object.entries(numbersData.fractions)),
  approximate: new Set(numbersData.approximate),
  comparators: new Map(Object.entries(numbersData.comparators))
}))

/** Irregular past tenses and participles ("struck" → strike, "withdrew" → withdraw): with "-ed" words and auxiliaries, the mark of a finite clause. */
export const irregularPast = lazy(() => new Map(Object.entries(verbsData.irregularPast)))
/** "-ing" words that are not verbs in a clause ("including", "according", "morning"). */
export const nonVerbIng = lazy(() => new Set(verbsData.prepositionalIng))

/**
 * The first word of a text as phrase tables key it: a run of letters, digits,
 * apostrophes and hyphens, lowercased; a text opening with a symbol ("©") keys
 * by that symbol.
 */
export function leadingWord(text: string): string {
  // Ingest asks for one line's first word from several tables in a row: remember the last answer.
  if (text === lastLeading.text) return lastLeading.word
  const m = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(0, 64))
  const word = (m ? m[0] : text.slice(0, 1)).toLowerCase()
  lastLeading = { text, word }
  return word
}
let lastLeading = { text: '', word: '' }

/** Lowercase phrases indexed by their first word, longest first, so a line's opening is matched with one lookup. */
function phraseIndex(phrases: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const p of phrases) {
    const key = leadingWord(p)
    out.set(key, [...(out.get(key) ?? []), p])
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length)
  return out
}

export type HeaderKind = 'url' | 'date' | 'updated' | 'title' | 'byline' | 'outlet' | 'other'
export type FurniturePhrases = 'published' | 'updated' | 'bylineLead' | 'creditLead' | 'photoLabel' | 'callToAction' | 'summaryLabel'

/** Page furniture vocabulary (data/furniture.json): header keys, labels, agencies, banner and share words. */
export const furniture = lazy(() => {
  const headerKeys = new Map<string, HeaderKind>()
  for (const [kind, keys] of Object.entries(furnitureData.headerKeys)) for (const k of keys) headerKeys.set(k, kind as HeaderKind)
  const phrases: Record<FurniturePhrases, Map<string, string[]>> = {
    published: phraseIndex(furnitureData.publishedLabels),
    updated: phraseIndex(furnitureData.updatedLabels),
    bylineLead: phraseIndex(furnitureData.bylineLeads),
    creditLead: phraseIndex(furnitureData.creditLeads),
    photoLabel: phraseIndex(furnitureData.photoLabels),
    callToAction: phraseIndex(furnitureData.callsToAction),
    summaryLabel: phraseIndex(furnitureData.summaryLabels)
  }
  return {
    headerKeys,
    phrases,
    summaryLabels: new Set(furnitureData.summaryLabels),
    /** As written ("Getty Images") and lowercased, for credits written in capitals ("REUTERS"). */
    agencies: new Set([...furnitureData.agencies, ...furnitureData.agencies.map((a) => a.toLowerCase())]),
    /** The first word of every agency name, lowercased: a credit line must open with one. */
    agencyHeads: new Set(furnitureData.agencies.map(leadingWord)),
    footerPhrases: furnitureData.footerPhrases,
    bannerTerms: furnitureData.bannerTerms,
    outreach: furnitureData.outreach,
    readerWords: new Set(furnitureData.readerWords),
    ownWords: new Set(furnitureData.ownWords),
    creditConnectors: new Set(furnitureData.creditConnectors),
    shareWords: new Set(furnitureData.shareWords),
    timeZones: new Set(furnitureData.timeZones)
  }
})

/**
 * The phrase of one furniture table that opens `text` ("Read more: …" → "read more"), matched
 * whole-word and case-blind; null when none does.
 */
export function openingPhrase(text: string, table: FurniturePhrases): string | null {
  const candidates = furniture().phrases[table].get(leadingWord(text))
  if (!candidates) return null
  const lower = text.slice(0, 60).toLowerCase()
  for (const p of candidates) {
    if (!lower.startsWith(p)) continue
    const next = lower.charAt(p.length)
    if (next === '' || !/[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N}]/u.test(p.at(-1)!)) return p
  }
  return null
}
