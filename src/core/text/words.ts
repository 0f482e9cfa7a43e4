const WORD_CHAR = /^[\p{L}\p{N}]$/u

/**
 * The number of words (runs of letters and digits, as /[\p{L}\p{N}]+/gu
 * matches them) in text[start, end), counted up to `limit`. Extraction asks
 * "at least five words?" of every sentence, so it counts without building the
 * array of matches.
 */
export function countWords(text: string, start = 0, end = text.length, limit = Infinity): number {
  let n = 0
  let inWord = false
  for (let i = start; i < end && n < limit; i++) {
    const c = text.charCodeAt(i)
    let word: boolean
    if (c < 128) word = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)
    else {
      // A surrogate pair is one character, unless the slice cuts it in half.
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 0
      const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
      word = WORD_CHAR.test(pair ? text.slice(i, i + 2) : text[i]!)
      if (pair) i++
    }
    if (word && !inWord) n++
    inWord = word
  }
  return n
}
