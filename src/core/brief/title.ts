import type { Claim } from '../model'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2022-02-15" → "15 February 2022"; fixed English so output never depends on the machine's locale. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${MONTHS[(m ?? 1) - 1] ?? ''} ${y}`
}

/**
 * What the reports are about: the people, organisations and places their
 * claims name, counted by how many reports name them (then by mentions, then
 * alphabetically, so the result is deterministic). With several reports a name
 * must recur in two of them; with one, twice in it.
 */
export function sharedNames(claims: readonly Claim[], limit = 3): string[] {
  const reports = new Map<string, Set<string>>()
  const mentions = new Map<string, number>()
  for (const claim of claims) {
    for (const e of claim.entities ?? []) {
      if (e.type !== 'person' && e.type !== 'organisation' && e.type !== 'place') continue
      const name = e.value
      mentions.set(name, (mentions.get(name) ?? 0) + 1)
      reports.set(name, (reports.get(name) ?? new Set()).add(claim.reportId))
    }
  }
  const reportCount = new Set(claims.map((c) => c.reportId)).size
  const minReports = reportCount > 1 ? 2 : 1
  return [...reports.entries()]
    .map(([name, rs]) => ({ name, reports: rs.size, mentions: mentions.get(name) ?? 0 }))
    .filter((n) => n.reports >= minReports && n.mentions >= 2)
    .sort((a, b) => b.reports - a.reports || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map((n) => n.name)
}

/** "Situation brief: NATO, Russia, Ukraine". The time goes in the line under it, so a long title never strands a date. */
export function deriveTitle(claims: readonly Claim[]): string {
  const names = sharedNames(claims)
  return names.length > 0 ? `Situation brief: ${names.join(', ')}` : 'Situation brief'
}
