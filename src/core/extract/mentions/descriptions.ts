/**
 * Mentions that name nobody by themselves: descriptions built on a role or an
 * organisation's head ("the minister", "the Moroccan monarch", "Morocco's
 * prime minister", "the port authority") and the pronouns "he", "she", "it".
 * They are found here, outside the names and titles already read, and
 * resolved to an entity in references.ts once every name has its kind.
 */
import { functionWord, organisationHeads, seatsOfPower } from '../../lexicon'
import type { Findings } from './findings'
import { DETERMINERS, isCapWord, isRoleHead, isRoleWord, looksVerbal, POSSESSIVE } from './shapes'

/** "the minister", "the Moroccan monarch", "Morocco's prime minister", "the ministry"; "he", "she", "it". */
export function findDescriptionsAndPronouns(found: Findings): void {
  const report = found.report
  const tokens = report.tokens
  const nameTokens = new Set<number>()
  for (const m of found.mentions) for (let k = m.titleFirst; k < m.last; k++) nameTokens.add(k)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== 'word' || nameTokens.has(i)) continue
    if (t.lower === 'he' || t.lower === 'she' || t.lower === 'it') {
      found.pushMention(i, i + 1, 'pronoun', null)
      continue
    }
    const person = isRoleHead(t.lower)
    const organisation = !t.cap && organisationHeads().has(t.lower)
    if (!person && !organisation) continue
    // A head followed by another role word or a name is part of a longer title ("chair president Cyril").
    const next = tokens[i + 1]
    if (next && report.adjacent(t, next) && (isRoleWord(next.lower) || isCapWord(next))) continue
    // A head followed by a noun is a modifier ("a press conference", "the court ruling").
    if (next && report.adjacent(t, next) && next.kind === 'word' && !functionWord().has(next.lower) && !next.verb && !looksVerbal(next.lower)) continue
    let k = i
    // Modifiers: other role words, a country or its people ("the Norwegian politician"), an organisation's short name.
    while (
      k - 1 >= 0 &&
      report.adjacent(tokens[k - 1]!, tokens[k]!) &&
      (report.placeAt(k - 1, k) || (!nameTokens.has(k - 1) && (isRoleWord(tokens[k - 1]!.lower) || report.isAcronym(k - 1) || seatsOfPower().has(tokens[k - 1]!.text))))
    )
      k--
    // "the port authority", "the state news agency": a noun or two modifying an organisation's head.
    if (organisation) {
      let m = k
      while (
        m - 1 >= 0 &&
        k - m < 2 &&
        tokens[m - 1]!.kind === 'word' &&
        !tokens[m - 1]!.cap &&
        !functionWord().has(tokens[m - 1]!.lower) &&
        !looksVerbal(tokens[m - 1]!.lower) &&
        report.adjacent(tokens[m - 1]!, tokens[m]!)
      )
        m--
      if (m < k && DETERMINERS.has(tokens[m - 1]?.lower ?? '')) k = m
    }
    const before = tokens[k - 1]
    let from = k
    if (before && DETERMINERS.has(before.lower)) from = k - 1
    else if (before && POSSESSIVE.has(before.lower) && isCapWord(tokens[k - 2])) from = k - 2
    // "the utility’s director": a common noun owning the role, after a determiner.
    else if (before && POSSESSIVE.has(before.lower) && tokens[k - 2]?.kind === 'word' && DETERMINERS.has(tokens[k - 3]?.lower ?? '')) from = k - 3
    else if (k === i && !t.cap) continue
    found.pushMention(from, i + 1, 'description', null)
  }
}
