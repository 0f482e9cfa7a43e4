import { tokens } from '../text/tokens'
import { countWords } from '../text/words'

/**
 * Evidence that two claims tell the same thing even when their overall wording
 * overlaps little: a short quoted phrase one repeats from the other
 * ("with “cautious optimism,” he said"), or the same speaker reported with the
 * same run of content words ("not seen any de-escalation on the ground").
 * Used only to lift a pair that already shares rare words, never on its own.
 */

/** Quoted phrases of two to four content words: too short for the quoted core, distinctive enough to match. */
export function shortQuotes(text: string): string[][] {
  const out: string[][] = []
  for (const m of text.matchAll(/[“"«]([^“”"«»\n]{3,60})[”"»]/gu)) {
    const t = tokens(m[1]!)
    if (t.length >= 2 && countWords(m[1]!, 0, m[1]!.length, 5) <= 4) out.push(t)
  }
  return out
}

/** Content words without the capitalised ones: names and titles ("NATO Secretary-General Jens Stoltenberg") say who, not what. */
export function contentWords(text: string): string[] {
  return tokens(text.replace(/(?<![\p{L}])\p{Lu}[\p{L}'’-]*/gu, ' '))
}

/** Ordered triples of content words within a five-word window: tolerant to one inserted or dropped word. */
export function skipTrigrams(toks: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i < toks.length; i++) {
    for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
      for (let k = j + 1; k < Math.min(toks.length, i + 5); k++) out.add(`${toks[i]} ${toks[j]} ${toks[k]}`)
    }
  }
  return out
}

export function sharesGram(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a]
  for (const g of small) if (big.has(g)) return true
  return false
}

/** `phrase` appears, all its words, in `words`. */
export function repeats(phrase: readonly string[], words: ReadonlySet<string>): boolean {
  return phrase.every((t) => words.has(t))
}
