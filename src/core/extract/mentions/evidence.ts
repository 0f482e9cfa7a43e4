/**
 * What kind of thing a name is, when its shape alone did not say: a title
 * before it, an age or a role in apposition, a reporting verb next to it make
 * it a person; "in …", "the streets of …" a place; a name right before
 * another name's title ("Nordline Ferries chief executive Tomas …") an
 * organisation. Each sign adds to a count; the largest decides, and a name
 * with no sign stays without a kind.
 */
import { placeFeatureHeads, placePrepositions } from '../../lexicon'
import { addRole, type Findings } from './findings'
import { isRoleHead, isRoleWord } from './shapes'

/** Gives every name entity still without a kind the kind its mentions' surroundings point to (name mentions indexed by first token on the way). */
export function gatherEvidence(found: Findings): void {
  const tokens = found.report.tokens
  for (const m of found.mentions) if (m.kind === 'name') found.nameAt.set(m.first, m)
  for (const m of found.mentions) {
    const e = m.entity
    if (!e || m.kind !== 'name' || e.kind === 'place' || e.kind === 'organisation') continue
    const before = tokens[m.first - 1]
    const after = tokens[m.last]
    if (m.titleFirst < m.first) e.evidence.person += 2
    if (after?.text === ',') {
      const apposition = appositionAfter(found, m.last)
      if (apposition?.age) e.evidence.person += 3
      if (apposition?.role) {
        e.evidence.person += 2
        addRole(e, apposition.role)
      }
    }
    // "Lula said", "said Putin": a reporting verb right next to the name.
    if (after?.verb || before?.verb) e.evidence.person += 1
    if (before && placePrepositions().has(before.lower)) e.evidence.place += 2
    // "the historic city of Marrakech", "the streets of Rabat".
    const feature = tokens[m.first - 2]?.lower ?? ''
    if (before?.lower === 'of' && (placeFeatureHeads().has(feature) || placeFeatureHeads().has(feature.replace(/s$/, '')))) e.evidence.place += 2
    if (after && !after.cap && placeFeatureHeads().has(after.lower)) e.evidence.place += 2
    // Two or more name words ("Cyril Ramaphosa") read as a person unless something says otherwise.
    if (m.last - m.first >= 2) e.evidence.person += 1
    // "Nordline Ferries chief executive Tomas …": a name right before the title of another name is the employer.
    if (after && isRoleWord(after.lower) && !after.cap && titleOfNameAt(found, m.last)) e.evidence.organisation += 3
  }
  for (const e of found.entities) {
    if (e.kind !== null) continue
    const { person, place, organisation } = e.evidence
    if (organisation > person && organisation > place) e.kind = 'organisation'
    else if (person > place) e.kind = 'person'
    else if (place > 0) e.kind = 'place'
  }
}

/** A person's name whose written title starts at token k ("chief executive Tomas Ferreira-Lind"). */
function titleOfNameAt(found: Findings, k: number): boolean {
  for (let j = k; j < Math.min(k + 6, found.report.tokens.length); j++) {
    const m = found.nameAt.get(j)
    if (m) return m.titleFirst <= k
  }
  return false
}

/** ", 33," / ", professor emeritus at X" / ", a Casablanca resident in her 80s" after a name (token `comma` is the comma). */
function appositionAfter(found: Findings, comma: number): { age: boolean; role: string | null } | null {
  const tokens = found.report.tokens
  const first = tokens[comma + 1]
  if (!first) return null
  if (first.kind === 'number' && /^\d{1,3}$/.test(first.text) && [',', '.', ')'].includes(tokens[comma + 2]?.text ?? '')) return { age: true, role: null }
  let k = comma + 1
  let sawRole = false
  while (k < tokens.length && k - comma <= 14) {
    const t = tokens[k]!
    if (t.kind === 'punct' && !"-'’".includes(t.text)) break
    if (k > comma + 1 && t.verb && !isRoleHead(t.lower)) break
    if (isRoleHead(t.lower)) sawRole = true
    k++
  }
  if (!sawRole) return null
  return { age: false, role: found.report.slice(comma + 1, k).replace(/^(?:the|a|an)\s+/i, '') }
}
