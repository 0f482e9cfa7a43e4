/**
 * A person's title or affiliation written differently by different reports:
 * "professor emeritus at Britain's University College London" against
 * "professor emeritus of geophysical and climate hazards at University College
 * London". Roles come from the people index (each report's roles written with
 * the name). Two roles conflict when they describe the same thing (they share
 * a word, or a WordNet synonym) and neither holds the other: "President" inside
 * "Russian President" is only less precise, "spokesman" and "spokesperson" are
 * one title, "skater" and "Olympic champion" are two facets, not a conflict.
 */
import { contentWords } from '../cluster/features'
import { synsetsOf } from '../lexicon/wordnet'
import type { Claim, Discrepancy, DiscrepancySide } from '../model'
import { foldName } from '../people/identity'
import type { DetectorContext } from './context'
import { discrepancy } from './sides'

interface Role {
  text: string
  value: string
  words: { lemma: string; surface: string }[]
  reports: string[]
}

type Senses = ReadonlyMap<string, readonly string[]>

/** "chairperson" and "chair", "spokesman" and "spokesperson": English -man/-woman/-person compounds name one office. */
const office = (lemma: string): string => lemma.replace(/(?:wo)?man$|person$/, '')

function sameWord(a: Role['words'][number], b: Role['words'][number], senses: Senses): boolean {
  if (a.lemma === b.lemma || (office(a.lemma).length > 2 && office(a.lemma) === office(b.lemma))) return true
  const ids = new Set(senses.get(a.surface) ?? [])
  return (senses.get(b.surface) ?? []).some((id) => ids.has(id))
}

const holds = (outer: Role, inner: Role, senses: Senses): boolean => inner.words.every((w) => outer.words.some((o) => sameWord(o, w, senses)))

/** A past role ("former shipping executive") says what someone was, so it never contradicts what they are. */
const past = (r: Role): boolean => /^(?:former|ex)\b/i.test(r.text)

function conflict(a: Role, b: Role, senses: Senses): boolean {
  if (past(a) !== past(b) || holds(a, b, senses) || holds(b, a, senses)) return false
  return a.words.some((w) => b.words.some((o) => sameWord(w, o, senses)))
}

export function titleDisagreements(ctx: DetectorContext): Discrepancy[] {
  const claimById = new Map(ctx.claims.map((c) => [c.id, c]))
  const out: Discrepancy[] = []
  for (const person of ctx.people.people) {
    const byReport = ctx.people.rolesIn.get(person.id)
    if (!byReport || byReport.size < 2) continue
    const roles = new Map<string, Role>()
    for (const [reportId, written] of byReport) {
      for (const text of written) {
        const value = foldName(text)
        const role = roles.get(value) ?? { text, value, words: contentWords(text).map((w) => ({ lemma: w.lemma, surface: w.surface })), reports: [] }
        if (!role.reports.includes(reportId)) role.reports.push(reportId)
        roles.set(value, role)
      }
    }
    const list = [...roles.values()].filter((r) => r.words.length > 0)
    if (list.length < 2) continue
    const senses = synsetsOf(list.flatMap((r) => r.words.map((w) => w.surface)))
    const involved = new Set<Role>()
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!]
        // One report giving both is its own business; the sources disagree only when each is given without the other.
        const onlyA = a.reports.some((r) => !b.reports.includes(r))
        const onlyB = b.reports.some((r) => !a.reports.includes(r))
        if (onlyA && onlyB && conflict(a, b, senses)) involved.add(a).add(b)
      }
    }
    if (involved.size < 2) continue
    const claims = [...person.saidClaimIds, ...person.namedInClaimIds].map((id) => claimById.get(id)).filter((c): c is Claim => c !== undefined)
    const sides: DiscrepancySide[] = [...involved].map((role) => {
      const inReports = claims.filter((c) => role.reports.includes(c.reportId))
      const writing = inReports.filter((c) => foldName(c.text).includes(role.value))
      return { text: role.text, value: role.value, claimIds: (writing.length > 0 ? writing : inReports).map((c) => c.id), reportIds: role.reports }
    })
    if (!sides.some((s) => s.claimIds.length > 0)) continue
    out.push(discrepancy('title', person.name, sides, ctx.order, person.name))
  }
  return out
}
