/**
 * What the brief takes from the desk's analyses (issue 3): where sources disagree
 * and who said what. Derived from the claims on every build, never stored, and the
 * same functions the desk shows, so the brief and the desk never disagree.
 */
import { findDiscrepancies } from '../discrepancy'
import type { Discrepancy, Person, StoreData } from '../model'
import { buildPeopleIndex } from '../people'

export interface BriefDerived {
  discrepancies: Discrepancy[]
  people: Person[]
}

export function derive(data: StoreData): BriefDerived {
  return { discrepancies: findDiscrepancies(data.claims, data.reports), people: buildPeopleIndex(data.claims, data.reports) }
}
