/**
 * Runs of capitalised words and what each names. A run ("Interior Ministry
 * Spokesman Ali X", "Maria Alvarez of Chile", "Casablanca and Essaouira") may
 * hold several things at once: it is cut at seats of power, organisation
 * heads, "of"/"for" and place names, and what is left is a personal name with
 * the title written before it.
 */
import { nameParticles, organisationHeads, seatsOfPower } from '../../lexicon'
import type { Token } from '../../text/tokenize'
import type { Findings } from './findings'
import { addOrganisation } from './organisations'
import { addName } from './personNames'
import type { ReportTokens } from './reportTokens'
import { isCapWord, isHonorific, isRoleHead, isRoleWord, roleHeadAt, ROMAN, RUN_CONNECTORS } from './shapes'

export interface Run {
  first: number
  last: number
}

/** Runs of capitalised words, joined by name particles and "of/for/the" ("Court of Arbitration for Sport"). */
export function capitalRuns(report: ReportTokens): Run[] {
  const tokens = report.tokens
  const out: Run[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapWord(tokens[i])) continue
    let j = i
    for (;;) {
      const next = tokens[j + 1]
      if (isCapWord(next) && report.adjacent(tokens[j]!, next)) {
        j++
        continue
      }
      // One or two lowercase joiners between capitalised words: "Court of Arbitration", "Ursula von der Leyen".
      const joiner = (t: Token | undefined): boolean => t?.kind === 'word' && !t.cap && (RUN_CONNECTORS.has(t.lower) || nameParticles().has(t.lower))
      let width = 0
      if (joiner(next) && report.adjacent(tokens[j]!, next!))
        width = joiner(tokens[j + 2]) && nameParticles().has(tokens[j + 2]!.lower) && report.adjacent(next!, tokens[j + 2]!) ? 2 : 1
      const after = tokens[j + 1 + width]
      if (width > 0 && isCapWord(after) && report.adjacent(tokens[j + width]!, after)) {
        j += width + 1
        continue
      }
      break
    }
    out.push({ first: i, last: j + 1 })
    i = j
  }
  return out
}

/** Records what the run at tokens [first, last) names: organisations, places, personal names. */
export function analyseRun(found: Findings, first: number, last: number): void {
  const report = found.report
  const tokens = report.tokens
  // Sentence openers and calendar words start runs without naming anything ("In", "The", "Saturday").
  while (
    first < last &&
    !report.nameLike(first) &&
    !report.isAcronym(first) &&
    !report.placeAt(first, last) &&
    !isRoleWord(tokens[first]!.lower) &&
    !isHonorific(tokens[first]!.lower) &&
    !organisationHeads().has(tokens[first]!.lower)
  )
    first++
  if (first >= last) return
  // A seat of power inside a run ("Kremlin Calls Valieva") is an organisation of its own.
  for (let k = first; k < last; k++) {
    if (last - first > 1 && seatsOfPower().has(tokens[k]!.text)) {
      if (k > first) analyseRun(found, first, k)
      addOrganisation(found, k, k + 1)
      if (k + 1 < last) analyseRun(found, k + 1, last)
      return
    }
  }
  const text = report.slice(first, last)
  const lowers = tokens.slice(first, last).map((t) => t.lower)
  const head = lowers.findLastIndex((l, k) => organisationHeads().has(l) && tokens[first + k]!.cap && !isRoleHead(l))
  if (seatsOfPower().has(text) || head >= 0) {
    // "Alliance Secretary General", "Interior Ministry Spokesman Ali X": the organisation ends at its head; a title may follow.
    const end = head >= 0 && lowers.slice(head + 1).some((l) => isRoleHead(l)) ? first + head + 1 : last
    addOrganisation(found, first, end)
    if (end < last) analyseRun(found, end, last)
    return
  }
  // Without an organisation's head, "of"/"for" joins two names, not one: "Maria Alvarez of Chile";
  // unless the whole run is a country's name ("Arab Republic of Egypt").
  const joiner = lowers.findIndex((l, k) => k > 0 && (l === 'of' || l === 'for') && !tokens[first + k]!.cap)
  if (joiner > 0 && report.placeAt(first, last) !== last - first) {
    analyseRun(found, first, first + joiner)
    analyseRun(found, first + joiner + 1, last)
    return
  }
  // Places inside the run ("South Africa", "United Arab Emirates") are never part of a personal name.
  const inPlace = new Set<number>()
  for (let k = first; k < last;) {
    const len = report.placeAt(k, last)
    for (let x = k; x < k + len; x++) inPlace.add(x)
    k += len || 1
  }
  // The name is the longest tail of name-like tokens (particles and a regnal number inside).
  let s = last
  while (s - 1 >= first) {
    const k = s - 1
    const t = tokens[k]!
    if (inPlace.has(k)) break
    const particle = nameParticles().has(t.lower.replace(/-$/, '')) && k > first && s < last
    const regnal = ROMAN.test(t.text) && s === last && k > first
    if (report.nameLike(k) || particle || regnal) s--
    else break
  }
  while (s < last && !tokens[s]!.cap) s++
  if (last - s > 5) s = last - 5
  const prefixHasTitle = lowers.slice(0, s - first).some((l) => isRoleWord(l) || isHonorific(l))
  // A prefix with no title is something else named next to the name ("Casablanca" in "Casablanca and Essaouira").
  for (let k = first; k < s;) {
    const place = report.placeAt(k, s)
    if (place) {
      found.addPlace(k, k + place)
      k += place
      continue
    }
    if (report.isAcronym(k)) addOrganisation(found, k, k + 1)
    else if (!prefixHasTitle && report.nameLike(k)) {
      let e = k + 1
      while (e < s && report.nameLike(e)) e++
      addName(found, k, e, k)
      k = e
      continue
    }
    k++
  }
  if (s < last) addName(found, s, last, titleStart(report, first, s))
}

/** Where the title before a name starts: role words, honorifics, and an organisation or country right before them. */
function titleStart(report: ReportTokens, runFirst: number, nameFirst: number): number {
  const tokens = report.tokens
  let k = nameFirst
  while (
    k > runFirst &&
    (isRoleWord(tokens[k - 1]!.lower) ||
      isHonorific(tokens[k - 1]!.lower) ||
      report.isAcronym(k - 1) ||
      report.placeAt(k - 1, nameFirst) ||
      RUN_CONNECTORS.has(tokens[k - 1]!.lower))
  )
    k--
  // Lowercase role words before the run: "Kremlin spokesperson Dmitry Peskov", "WADA director general Olivier Niggli",
  // and a role's complement: "Ambassador to NATO Julianne Smith".
  while (k > 0) {
    const t = tokens[k - 1]!
    if (t.kind !== 'word' || !report.adjacent(t, tokens[k]!)) break
    const complement = (t.lower === 'to' || t.lower === 'of' || t.lower === 'for') && k - 2 >= 0 && isRoleWord(tokens[k - 2]!.lower)
    // A role of several words ("harbour master", "chief executive") is taken whole.
    const phrase = roleHeadAt(tokens, k - 1)
    if (phrase > 1) k -= phrase
    else if (complement || isRoleWord(t.lower) || (t.cap && (report.isAcronym(k - 1) || report.placeAt(k - 1, k) || organisationHeads().has(t.lower)))) k--
    else break
  }
  return k
}
