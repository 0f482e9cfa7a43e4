/**
 * One form for the inflections and spellings of a word, so "killed",
 * "killing" and "kills", "won" and "win", "politicised" and "politicized",
 * "invitation" and "invited" meet: irregular verbs by their lemma, British
 * "-ise" spellings as "-ize", then the Porter2 (Snowball English) stemmer.
 */
import porter2 from 'wink-porter2-stemmer'
import { irregularPast } from '../lexicon'

const cache = new Map<string, string>()

/** `word` is lowercase. */
export function lemma(word: string): string {
  let out = cache.get(word)
  if (out !== undefined) return out
  const base = irregularPast().get(word) ?? word
  const american = base.replace(/(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$/u, '$1iz$2')
  out = porter2(american)
  if (cache.size > 100_000) cache.clear()
  cache.set(word, out)
  return out
}
