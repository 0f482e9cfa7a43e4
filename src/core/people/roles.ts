import { DEMONYMS, countryNamed } from '../text/gazetteer'

/**
 * Role and organisation from the words written before a name:
 * "NATO Secretary-General Jens Stoltenberg" → Secretary-General, NATO;
 * "Russian Foreign Minister Sergei Lavrov" → Foreign Minister, Russia;
 * "US Ambassador to NATO Julianne Smith" → Ambassador to NATO, United States.
 */

const TITLE_WORD =
  /^(?:secretary|general|secretary-general|minister|president|vice-president|chancellor|ambassador|spokes(?:man|woman|person)|chief|director|commander|senator|governor|mayor|premier|prime|envoy|head|deputy|foreign|defen[cs]e|interior|finance|government|state|high|representative|king|queen|leader|official|executive|chairman|chairwoman|chair|prosecutor|judge|colonel|captain|lieutenant|admiral|marshal|inspector|officer|manager|founder|editor|professor|coach|superintendent)$/i
const LINK = /^(?:to|of|for)$/
/** Capitalised words that open a sentence or a date, never an organisation's name. */
const NOT_ORG_WORD =
  /^(?:The|A|An|On|In|At|By|For|And|But|As|Said|Says|According|Speaking|Meanwhile|Former|Then|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/

export interface Title {
  role: string | null
  organisation: string | null
  /** The title as written, for the alias list. */
  text: string
}

function tidyRole(words: string[]): string {
  return words
    .map((w) => (LINK.test(w) ? w.toLowerCase() : /^\p{Lu}{2,}$/u.test(w) ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ')
    .replace(/Secretary[ -]General/i, 'Secretary-General')
}

/** `before` is the text right before the name (a few dozen characters is enough). */
export function titleBefore(before: string): Title | null {
  const toks = before
    .replace(/[,(]\s*$/, ' ')
    .trimEnd()
    .split(/\s+/)
  // Only a title that runs straight into the name counts; a comma in between ("…NATO, Jens") is an apposition.
  if (/,\s*$/.test(before)) return null
  let i = toks.length
  while (i > 0) {
    const w = toks[i - 1]!
    const ok =
      TITLE_WORD.test(w) || /^\p{Lu}{2,5}$/u.test(w) || /^U\.S\.$/.test(w) || DEMONYMS[w] !== undefined || countryNamed(w) !== null || (LINK.test(w) && i < toks.length)
    if (!ok) break
    i--
  }
  // Capitalised words before the title name the organisation: "Port Authority chief executive".
  let orgStart = i
  while (orgStart > 0 && i - orgStart < 3 && /^\p{Lu}[\p{L}&-]*$/u.test(toks[orgStart - 1]!) && !NOT_ORG_WORD.test(toks[orgStart - 1]!)) orgStart--
  // "According to NATO Secretary-General": a link word before the title means no organisation precedes it.
  const named = orgStart < i && !LINK.test(toks[i] ?? '') ? toks.slice(orgStart, i).join(' ') : null
  let words = toks.slice(i)
  while (words.length > 0 && LINK.test(words[0]!)) words = words.slice(1)
  if (!words.some((w) => TITLE_WORD.test(w))) return null
  const first = words[0]!
  const org = /^\p{Lu}{2,5}$/u.test(first) && countryNamed(first) === null ? first : (DEMONYMS[first] ?? countryNamed(first))
  const roleWords = org !== null && org !== undefined ? words.slice(1) : words
  const role = roleWords.length > 0 ? tidyRole(roleWords) : null
  return { role, organisation: org ?? named, text: named ? `${named} ${words.join(' ')}` : words.join(' ') }
}
