/**
 * Comparison tokens: lowercase, light stemming, numbers without separators and
 * "more than"/"over"/"above" folded into one marker, so paraphrases of the same
 * figure or wording meet on the same tokens.
 */

const STOP = new Set(
  `a an the and or but if then than that this these those there their they them it its is are was were be been being has have had having do does did of in on at by for from to with without into onto about as so such not no nor very can could would should must may might will shall we you he she his her our your i me my us who whom which what when where why how also just still only even yet while after before since during all any some more most other each both few many much own same too here today tuesday monday wednesday thursday friday saturday sunday said says say told added stated warned according`.split(
    /\s+/
  )
)

/** "more than 100,000" and "over 100,000" mean the same for a fact-checker. */
const COMPARATIVE = /\b(?:more than|over|above|upwards of|in excess of)\s+(?=\d)/gi
const FEWER = /\b(?:less than|fewer than|under|below)\s+(?=\d)/gi

/** Deliberately light: merge inflections without conflating distinct words. */
export function stem(word: string): string {
  let w = word
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y'
  else if (w.length > 4 && /(?:ss|us|is)$/.test(w)) return w
  else if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1)
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2)
  return w.replace(/e$/, '')
}

export function tokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(COMPARATIVE, ' gt ')
    .replace(FEWER, ' lt ')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    // "de-escalation" is one idea; split, "de" would be noise and "escalation" its opposite.
    .replace(/\b(de|re|anti|non|pre|counter)-(?=\p{L})/gu, '$1')
  const out: string[] = []
  for (const m of folded.matchAll(/\d+(?:\.\d+)?|\p{L}+/gu)) {
    const w = m[0]
    if (/^\d/.test(w)) out.push('#' + w)
    else if (!STOP.has(w) && w.length > 1) out.push(stem(w))
  }
  return out
}

/** Numbers mentioned, as normalised tokens ("#100000"); used to veto merges of different figures. */
export function numbers(toks: readonly string[]): Set<string> {
  return new Set(toks.filter((t) => t.startsWith('#')))
}
