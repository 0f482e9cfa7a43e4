import { countWords } from '../text/words'

/**
 * The part of a claim that carries its content: the quoted words when it quotes
 * someone. Attribution tails ("…,” Stoltenberg told reporters today ahead of a
 * two-day meeting…) differ between agencies and would drown the shared quote.
 */

const OPEN = '“«„"'
const CLOSE = '”»"'

export function quotedCore(text: string): string | null {
  // Most claims quote nobody: skip the character walk (the hot spot of clustering and summaries).
  if (!/[“«„"”»]/.test(text)) return null
  const parts: string[] = []
  let open = -1
  // Only quotation marks change state, so only they are visited.
  for (const m of text.matchAll(/[“«„"”»]/g)) {
    const i = m.index
    const ch = m[0]
    // A straight quote right after punctuation ('season," she said') closes a quotation begun in an earlier sentence.
    const closesEarlier = ch === '"' && open < 0 && parts.length === 0 && /[,.!?;:]/.test(text[i - 1] ?? '')
    if (closesEarlier) {
      parts.push(text.slice(0, i))
    } else if (open < 0 && OPEN.includes(ch) && !(ch === '"' && /\p{L}/u.test(text[i - 1] ?? ''))) {
      open = i
    } else if (open >= 0 && (CLOSE.includes(ch) || (OPEN.includes(ch) && /\S/.test(text[i - 1] ?? '')))) {
      parts.push(text.slice(open + 1, i))
      open = -1
    } else if (open < 0 && CLOSE.includes(ch) && parts.length === 0) {
      // The quote began in an earlier sentence: everything before this mark is quoted.
      parts.push(text.slice(0, i))
    }
  }
  if (open >= 0) parts.push(text.slice(open + 1))
  const core = parts.join(' ').trim()
  return countWords(core, 0, core.length, 3) >= 3 ? core : null
}
