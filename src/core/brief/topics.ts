/**
 * Groups a section's items by what they are about: the people, organisations and
 * places they share. Deterministic, and nothing is invented: a topic's label is a
 * name the claims themselves carry.
 */
import type { Claim } from '../model'

export interface Topical {
  claimIds: string[]
}

export interface Topic<T> {
  /** The shared name, or null for items that share none with the others. */
  label: string | null
  items: T[]
}

/** Names a claim is about: the people, organisations and places extraction found in it, and its speaker. */
export function namesOf(claim: Claim): string[] {
  const names = new Set<string>()
  for (const e of claim.entities ?? []) if (e.type === 'person' || e.type === 'organisation' || e.type === 'place') names.add(e.value)
  if (claim.speaker) names.add(claim.speaker)
  return [...names]
}

/**
 * Each item joins the topic of its most widely shared name (shared by at least two
 * items; ties broken alphabetically); the rest go last under a null label. Sections
 * too small to be worth grouping stay one unlabelled topic.
 */
export function groupByTopic<T extends Topical>(items: T[], claimsById: Map<string, Claim>): Topic<T>[] {
  if (items.length < 4) return items.length === 0 ? [] : [{ label: null, items }]
  const namesPerItem = items.map((item) => {
    const names = new Set<string>()
    for (const id of item.claimIds) {
      const claim = claimsById.get(id)
      if (claim) for (const n of namesOf(claim)) names.add(n)
    }
    return [...names]
  })
  const count = new Map<string, number>()
  for (const names of namesPerItem) for (const n of names) count.set(n, (count.get(n) ?? 0) + 1)

  const topics = new Map<string | null, T[]>()
  items.forEach((item, i) => {
    const best = namesPerItem[i]!.filter((n) => (count.get(n) ?? 0) >= 2).sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0))[0]
    const label = best ?? null
    topics.set(label, [...(topics.get(label) ?? []), item])
  })
  // A topic of one claim is no grouping: it joins the rest.
  for (const [label, list] of topics) {
    if (label !== null && list.length < 2) {
      topics.delete(label)
      topics.set(null, [...(topics.get(null) ?? []), ...list])
    }
  }
  // One topic holding everything says nothing: show the section flat, in source order.
  if (topics.size === 1) return [{ label: null, items }]
  const named = [...topics.entries()].filter(([label]) => label !== null).map(([label, list]) => ({ label, items: list }))
  const rest = topics.get(null)?.sort((a, b) => items.indexOf(a) - items.indexOf(b))
  return rest ? [...named, { label: null, items: rest }] : named
}
