import type { Entity } from '../model'
import { placesIn, type PlaceMention } from '../text/gazetteer'
import { datesIn } from './dates'
import { quantities } from './numbers'
import { organisationsIn, type OrgMention } from './organisations'

export { quantities } from './numbers'
export { datesIn } from './dates'
export { organisationsIn } from './organisations'

export interface PersonRef {
  text: string
  /** Canonical name. */
  value: string
}

/** Organisation and place names in a text, by position. */
export interface NameMentions {
  organisations: OrgMention[]
  places: PlaceMention[]
}

/** Found once per report; each claim takes the names inside its span. */
export function namesIn(text: string): NameMentions {
  return { organisations: organisationsIn(text), places: placesIn(text) }
}

/**
 * Entities of one claim: people (resolved by the caller, who knows the report's
 * mentions), organisations, places, quantities and dates. Deduplicated by type
 * and value, in order of first mention.
 */
export function claimEntities(text: string, reportDate: string | null, people: readonly PersonRef[], names: NameMentions = namesIn(text)): Entity[] {
  const out: Entity[] = []
  const seen = new Set<string>()
  const add = (type: Entity['type'], t: string, value: string): void => {
    const key = `${type}\u0000${value}`
    if (!value || seen.has(key)) return
    seen.add(key)
    out.push({ type, text: t, value })
  }
  for (const p of people) add('person', p.text, p.value)
  const orgs = names.organisations
  for (const o of orgs) add('organisation', o.text, o.value)
  // "US" inside "US-NATO" or a place inside an organisation's name ("National Guard of Ukraine") is still a place.
  for (const p of names.places) if (!orgs.some((o) => o.value === p.text)) add('place', p.text, p.value)
  for (const q of quantities(text)) add('number', q.text, q.value)
  for (const d of datesIn(text, reportDate)) add('date', d.text, d.value)
  return out
}
