import { PLACE_WORDS } from '../text/places'

/**
 * Who the report names: people found by shape (a title before a capitalised
 * name, or a two-word name before a reporting verb), with aliases so later
 * "Stoltenberg", "he" or "the secretary general" resolve to one canonical name.
 */

export const REPORTING_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|warned|warns|announced|announces|declared|declares|insisted|reiterated|specified|explained|indicated|acknowledged|assured|denied|denies|accused|urged|stressed|noted|claimed|argued|confirmed|considered|assessed|believes|wrote|tweeted|acknowledges|admitted|suggested|replied|asserted|emphasized|emphasised|revealed|reported'

/** A reporting verb right after a name ("Kuleba said", "Smith, who also told"). Compiled once: it runs per capitalised word. */
const SPEAKS_NEXT = new RegExp(String.raw`^(?:,? who)?,?\s+(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+)?(?:${REPORTING_VERBS})\b`, 'u')

const TITLE =
  /^(?:secretary|general|secretary-general|minister|president|vice-president|chancellor|ambassador|spokesman|spokeswoman|spokesperson|chief|director|commander|senator|governor|mayor|king|queen|pope|premier|prime|envoy|leader|head|official|mr|mrs|ms|dr|gen|adviser|advisor)$/i

/** Capitalised words that open or join names but are never a person's name. */
const NOT_NAME = new Set(
  'The A An This That These Those It He She We They In On At By For From With After Before Since During According But And Or As If When While Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Speaking Asked Both Shortly Instead Therefore Unfortunately Of Foreign Defense Defence Interior Finance State Affairs Alliance Ministry Fleet Federation Union Council Sea Kremlin Government Army Forces Guard National Northern Southern Western Eastern European Cold War West East'.split(
    ' '
  )
)

export interface Person {
  name: string
  /** Lowercased title words seen before the name ("nato secretary general"). */
  title: string
}

export interface Mention {
  start: number
  end: number
  /** Null for pronouns and descriptions, resolved later against earlier mentions. */
  person: Person | null
  kind: 'name' | 'pronoun' | 'description'
  /** For descriptions: the head noun ("secretary", "politician"). */
  head?: string
}

const WORD = /[\p{L}][\p{L}'’.-]*/gu

const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u
const LOWER = /^\p{Ll}/u

function isNameToken(w: string): boolean {
  return NAME_SHAPE.test(w) && !NOT_NAME.has(w) && !PLACE_WORDS.has(w) && !TITLE.test(w) && !/\p{Ll}\p{Lu}/u.test(w)
}

interface Token {
  w: string
  start: number
  end: number
  name: boolean
}

/** Word tokens, trailing periods and apostrophes stripped; most words are lowercase and skip the name tests. */
function wordTokens(text: string): Token[] {
  const known = new Map<string, boolean>()
  const out: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const raw = m[0]
    const last = raw[raw.length - 1]
    const w = last === '.' || last === '’' || last === "'" ? raw.replace(/[.’']+$/, '') : raw
    const first = w.charCodeAt(0)
    let name = false
    if (!(first >= 97 && first <= 122) && !LOWER.test(w)) {
      name = known.get(w) ?? isNameToken(w)
      known.set(w, name)
    }
    out.push({ w, start: m.index, end: m.index + raw.length, name })
  }
  return out
}

/** Finds people in the whole report before any attribution, so order of first mention does not matter. */
export function collectPeople(text: string): Person[] {
  const people = new Map<string, Person>()
  const tokens = wordTokens(text)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.name) continue
    // A run of name tokens separated by single spaces.
    let j = i
    while (j + 1 < tokens.length && tokens[j + 1]!.name && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' ' && j - i < 2) j++
    const name = tokens
      .slice(i, j + 1)
      .map((x) => x.w)
      .join(' ')
    const before = tokens.slice(Math.max(0, i - 4), i)
    // Skip "to NATO" in "Ambassador to NATO Julianne Smith" to reach the title.
    let k = before.length - 1
    while (k > 0 && /^(?:\p{Lu}{2,}|to|of|the)$/u.test(before[k]!.w)) k--
    const titleTok = before[k]
    const gap = text.slice(before.at(-1)?.end ?? t.start, t.start)
    const titled = titleTok !== undefined && TITLE.test(titleTok.w) && /^(?: |, )$/.test(gap)
    const after = text.slice(tokens[j]!.end, tokens[j]!.end + 40)
    const speaks = SPEAKS_NEXT.test(after)
    const words = j - i + 1
    if ((titled && words >= 1) || (speaks && words >= 2)) {
      let title = ''
      if (titled) {
        let m = k
        while (m >= 0 && (TITLE.test(before[m]!.w) || /^\p{Lu}/u.test(before[m]!.w))) m--
        title = before
          .slice(m + 1, k + 1)
          .map((x) => x.w.toLowerCase())
          .join(' ')
      }
      const existing = people.get(name)
      if (existing) existing.title ||= title
      else people.set(name, { name, title })
    }
    i = j
  }
  return mergePartial([...people.values()], text)
}

/**
 * A lone first name ("Prime Minister Boris said") joins the full name it belongs
 * to; with no full name elsewhere, a stray "Surname." fragment nearby completes it.
 */
function mergePartial(people: Person[], text: string): Person[] {
  const full = people.filter((p) => p.name.includes(' '))
  const out = [...full]
  for (const p of people.filter((x) => !x.name.includes(' '))) {
    const owner = full.find((f) => f.name.split(' ').includes(p.name))
    if (owner) {
      owner.title ||= p.title
      continue
    }
    const stray = new RegExp(String.raw`\b${p.name}\b[^\n]{0,80}?\.\s+(\p{Lu}\p{Ll}+)\.`, 'u').exec(text)
    out.push(stray ? { name: `${p.name} ${stray[1]}`, title: p.title } : p)
  }
  return out
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const DESCRIPTION =
  /\b[Tt]he ((?:[\p{L}-]+ ){0,3}?)(secretary[- ]general|secretary|minister|chancellor|president|spokes(?:man|woman|person)|ambassador|politician|official|diplomat|leader|premier|envoy)\b/gu

/** Every mention of a person in the text, in order. Glued names ("reinforcementStoltenberg") count. */
export function findMentions(text: string, people: Person[]): Mention[] {
  const out: Mention[] = []
  const alias = new Map<string, Person>()
  for (const p of people) {
    alias.set(p.name, p)
    for (const part of p.name.split(' ')) {
      const clash = people.some((o) => o !== p && o.name.split(' ').includes(part))
      if (!clash && !alias.has(part)) alias.set(part, p)
    }
  }
  const names = [...alias.keys()].sort((a, b) => b.length - a.length).map(escape)
  if (names.length > 0) {
    // One alternation, longest name first: its matches never overlap.
    for (const m of text.matchAll(new RegExp(String.raw`(?<!\p{Lu})(?:${names.join('|')})(?![\p{L}])`, 'gu'))) {
      out.push({ start: m.index, end: m.index + m[0].length, person: alias.get(m[0]) ?? null, kind: 'name' })
    }
  }
  for (const m of text.matchAll(/\b(?:he|she|He|She)\b/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, person: null, kind: 'pronoun' })
  }
  for (const m of text.matchAll(DESCRIPTION)) {
    out.push({ start: m.index, end: m.index + m[0].length, person: null, kind: 'description', head: (m[2] ?? '').toLowerCase() })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** "he" → the last person named before; "the secretary general" → the last one with that title. */
export function resolve(mention: Mention, all: Mention[]): Person | null {
  if (mention.person) return mention.person
  // Apposition: "the Alliance Secretary General, Jens Stoltenberg" names the person right after.
  if (mention.kind === 'description') {
    const next = all.find((m) => m.kind === 'name' && m.person && m.start >= mention.end && m.start - mention.end <= 2)
    if (next) return next.person
  }
  const earlier = all.filter((m) => m.kind === 'name' && m.end <= mention.start && m.person)
  if (mention.kind === 'description' && mention.head) {
    const key = mention.head.split(/[- ]/)[0] ?? ''
    const titled = earlier.filter((m) => m.person!.title.includes(key))
    if (titled.length > 0) return titled.at(-1)!.person
  }
  return earlier.at(-1)?.person ?? null
}
