/**
 * What a figure or a date in a claim is about: the content word nearest to it
 * inside its clause ("has killed at least 820 people" → kill; "672 people were
 * injured" → injure; "the 6.8-magnitude quake" → quake). Two reports' figures
 * are the same quantity when they count the same unit for the same event word;
 * the clause bound (punctuation, a conjunction) keeps "2,012 people were killed
 * and 2,059 others injured" two quantities.
 */
import { contentWords } from '../cluster/features'
import { conjunctions, monthNumber, nonVerbIng, numberWords, weekdayNumber } from '../lexicon'
import { addTo } from '../groupBy'
import { synsetsOf } from '../lexicon/wordnet'
import { lemma } from '../text/lemma'
import { UnionFind } from '../unionFind'

export interface EventWord {
  /** The lemma two reports' words meet on ("kill"). */
  key: string
  /** As written ("killed"), for an editor to read. */
  surface: string
}

interface Tok {
  text: string
  start: number
  end: number
  /** Punctuation or a conjunction: the clause ends here. */
  bound: boolean
}

const TOKEN = /[\p{L}][\p{L}'’-]*|\d+(?:[.,]\d+)*|[,;:()[\]—–"“”«»!?]|\.(?=\s|$)/gu

export function clauseTokens(text: string): Tok[] {
  const out: Tok[] = []
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0]
    const word = /^\p{L}/u.test(t)
    out.push({ text: t, start: m.index, end: m.index + t.length, bound: !word && !/^\d/.test(t) ? true : word && conjunctions().has(t.toLowerCase()) })
  }
  return out
}

let hedges: Set<string> | null = null
/** The words of "at least", "more than", "nearly": hedges before a figure. */
function hedgeWords(): Set<string> {
  return (hedges ??= new Set([...numberWords().comparators.keys()].flatMap((phrase) => phrase.split(' '))))
}

/** Words around a figure that say nothing about what it counts: hedges, number words, calendar words. */
function neutral(lower: string): boolean {
  const n = numberWords()
  return (
    n.units.has(lower) ||
    n.tens.has(lower) ||
    n.scales.has(lower) ||
    n.ordinals.has(lower) ||
    n.approximate.has(lower) ||
    hedgeWords().has(lower) ||
    nonVerbIng().has(lower) ||
    monthNumber(lower) !== undefined ||
    weekdayNumber(lower) !== undefined
  )
}

function asEventWord(t: Tok, except: string): EventWord | null {
  if (t.bound || !/^\p{L}/u.test(t.text)) return null
  const lower = t.text.toLowerCase()
  if (neutral(lower)) return null
  const word = contentWords(t.text)[0]
  if (!word || word.lemma === except) return null
  return { key: word.lemma, surface: lower }
}

/**
 * The event word of the stretch [start, end) of `text` (a figure with its unit,
 * or a date): a content word inside the stretch other than the unit, else the
 * nearest one on either side within the clause, the right one on a tie
 * ("2,012 people were killed").
 */
export function eventWordAt(tokens: readonly Tok[], start: number, end: number, unit = ''): EventWord | null {
  const except = unit ? lemma(unit.toLowerCase()) : ''
  let first = tokens.findIndex((t) => t.end > start)
  if (first < 0) first = tokens.length
  let after = first
  while (after < tokens.length && tokens[after]!.start < end) {
    const t = tokens[after]!
    const inside = asEventWord(t, except)
    if (inside && !/^\d/.test(t.text)) return inside
    after++
  }
  const walk = (from: number, step: 1 | -1): { word: EventWord; distance: number } | null => {
    let distance = 0
    for (let i = from; i >= 0 && i < tokens.length; i += step) {
      const t = tokens[i]!
      if (t.bound) return null
      distance++
      const w = asEventWord(t, except)
      if (w) return { word: w, distance }
    }
    return null
  }
  const left = walk(first - 1, -1)
  const right = walk(after, 1)
  if (left && (!right || left.distance < right.distance)) return left.word
  return right?.word ?? null
}

export interface Placed {
  event: EventWord | null
  /** Items of one cluster that count the same unit (or give dates) share this. */
  cluster: string
  /** Items of one story that count the same unit share this; null keeps an item to its cluster. */
  scope: string | null
}

/**
 * Items telling the same quantity or date: joined when they share a cluster or
 * a scope and their event word, or one WordNet sense of it ("injured",
 * "wounded"). An item without an event word joins its cluster's items when
 * those agree on one word, or the other items without one when none has a word.
 */
export function sameEvent<T extends Placed>(items: readonly T[]): T[][] {
  const senses = synsetsOf(items.flatMap((f) => (f.event ? [f.event.surface] : [])))
  const uf = new UnionFind<number>()
  const buckets = new Map<string, number>()
  const join = (bucket: string, i: number): void => {
    const first = buckets.get(bucket)
    if (first === undefined) buckets.set(bucket, i)
    else uf.union(first, i)
  }
  const unkeyed = new Map<string, number[]>()
  const keysIn = new Map<string, Set<string>>()
  items.forEach((f, i) => {
    uf.add(i)
    if (!f.event) {
      addTo(unkeyed, f.cluster, i)
      return
    }
    keysIn.set(f.cluster, (keysIn.get(f.cluster) ?? new Set()).add(f.event.key))
    join(`c\u0000${f.cluster}\u0000${f.event.key}`, i)
    const scopes = f.scope === null ? [`c\u0000${f.cluster}`] : [`c\u0000${f.cluster}`, `s\u0000${f.scope}`]
    for (const scope of scopes) {
      join(`${scope}\u0000${f.event.key}`, i)
      for (const id of senses.get(f.event.surface) ?? []) join(`${scope}\u0000~${id}`, i)
    }
  })
  for (const [cluster, list] of unkeyed) {
    const keys = keysIn.get(cluster)
    const target = keys?.size === 1 ? buckets.get(`c\u0000${cluster}\u0000${[...keys][0]}`) : !keys ? list[0] : undefined
    if (target !== undefined) for (const i of list) uf.union(target, i)
  }
  return uf.groups(items.map((_, i) => i)).map((g) => g.map((i) => items[i]!))
}
