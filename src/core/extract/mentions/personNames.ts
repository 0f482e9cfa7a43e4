/**
 * Personal names and which of them are one person. A name is recorded with
 * its key (folded tokens without particles or a regnal number); once every
 * name is read, the longest names establish the people and a shorter form
 * joins the one name that contains it: "Lula" and "Da Silva" join "Luiz
 * Inácio Lula da Silva". Linking waits for the whole report because a short
 * form often comes before the full name.
 */
import { collectiveSpeakers, eventHeads, nameParticles, placeFeatureHeads } from '../../lexicon'
import { fold } from '../../text/fold'
import { addRole, type Findings } from './findings'
import { isRoleWord, ROMAN } from './shapes'
import type { Mention, NamedEntity } from './types'

/** A name written at tokens [first, last), its title starting at `titleFirst`; ordinary capitalised words are left out. */
export function addName(found: Findings, first: number, last: number, titleFirst: number): void {
  const report = found.report
  const tokens = report.tokens
  const name = report.slice(first, last)
  // A lone capitalised word at the start of a sentence, never capitalised elsewhere, is an ordinary word
  // ("Rescue", "Updated"); before a reporting verb it is a name ("Lula said") unless it is a common noun
  // ("Residents said", "Officials added") or the report writes it in lower case elsewhere.
  const lone = last - first === 1
  const word = tokens[first]!.lower
  if (lone && report.sentenceInitial[first] && titleFirst === first && !report.capitalisedInside.has(word) && !found.acronyms.has(fold(name))) {
    if (!tokens[first + 1]?.verb || collectiveSpeakers().has(word) || isRoleWord(word) || isRoleWord(word.replace(/s$/, '')) || report.lowercaseWords.has(word)) return
  }
  const lastLower = tokens[last - 1]!.lower
  if (eventHeads().has(lastLower)) return
  const acronym = lone ? found.acronyms.get(fold(name)) : undefined
  if (acronym) {
    acronym.variants.add(name)
    found.pushMention(first, last, 'name', acronym)
    return
  }
  if (placeFeatureHeads().has(lastLower) && last - first > 1) {
    const e = found.newEntity(name, [fold(name)], 'place')
    found.pushMention(first, last, 'name', e)
    return
  }
  const key = tokens
    .slice(first, last)
    .filter((t) => !nameParticles().has(t.lower) && !ROMAN.test(t.text))
    .map((t) => fold(t.text))
  if (key.length === 0) return
  const m = found.pushMention(first, last, 'name', null, titleFirst)
  found.names.push({ mention: m, key, name })
}

/** Longest names first establish the entities; a shorter form joins the one name that contains it. */
export function linkNames(found: Findings): void {
  const order = [...found.names].sort((a, b) => b.key.length - a.key.length || a.mention.start - b.mention.start)
  const named: NamedEntity[] = []
  for (const n of order) {
    const owners = named.filter((e) => containsKey(e.key, n.key))
    let owner = owners.length === 1 ? owners[0] : owners.length > 1 ? nearestBefore(found.mentions, owners, n.mention.start) : undefined
    if (!owner) {
      owner = found.newEntity(n.name, n.key, null)
      named.push(owner)
    }
    owner.variants.add(n.name)
    n.mention.entity = owner
    if (n.mention.titleFirst < n.mention.first) addRole(owner, found.report.slice(n.mention.titleFirst, n.mention.first))
  }
}

/** Of several people a short form fits, the one mentioned last before it (else the first of them). */
function nearestBefore(mentions: readonly Mention[], candidates: NamedEntity[], at: number): NamedEntity | undefined {
  let best: Mention | undefined
  for (const m of mentions) if (m.end <= at && m.entity && candidates.includes(m.entity) && (!best || m.start > best.start)) best = m
  return best?.entity ?? candidates[0]
}

/** `short` names the same one as `long`: its tokens appear together, in order, inside `long` ("lula" in "luiz inacio lula silva"). */
function containsKey(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer
    return true
  }
  return false
}
