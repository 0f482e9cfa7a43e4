import type { Claim, Discrepancy, Report } from '../model'
import { countryNamed, countryOfCity } from '../text/gazetteer'
import { reportLabel } from './common'

/** "BRUSSELS, FRANCE": a known city followed by a country it is not in. */
export function cityCountryClash(text: string): { city: string; said: string; actual: string } | null {
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}[\p{L}.]*)?),\s*(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)/gu)) {
    const actual = countryOfCity(m[1]!)
    const said = countryNamed(m[2]!)
    // Names as an editor would write them, whatever the dateline's capitals.
    if (actual && said && actual !== said) return { city: m[1]!.toLowerCase().replace(/(^|[ -])\p{L}/gu, (x) => x.toUpperCase()), said, actual }
  }
  return null
}

/**
 * A dateline (or an "in City, Country" in a claim) that puts a city in the
 * wrong country. A dateline flag is attached to the report's lead claim, the
 * one the dateline heads.
 */
export function placeClashes(claims: readonly Claim[], reports: readonly Report[]): Discrepancy[] {
  const out: Discrepancy[] = []
  const firstClaim = new Map<string, Claim>()
  for (const c of claims) if (!firstClaim.has(c.reportId)) firstClaim.set(c.reportId, c)
  for (const r of reports) {
    const lead = firstClaim.get(r.id)
    const clash = r.dateline ? cityCountryClash(r.dateline) : null
    if (!lead || !clash) continue
    out.push({
      id: `d-place-${lead.id}`,
      kind: 'place',
      detail: `Dateline “${r.dateline}” (${reportLabel(r)}): ${clash.city} is in ${clash.actual}, not ${clash.said}`,
      claimIds: [lead.id]
    })
  }
  const byId = new Map(reports.map((r) => [r.id, r]))
  for (const c of claims) {
    const clash = cityCountryClash(c.text)
    if (!clash) continue
    out.push({
      id: `d-place-${c.id}`,
      kind: 'place',
      detail: `“${clash.city}, ${clash.said}” in a claim (${reportLabel(byId.get(c.reportId))}): ${clash.city} is in ${clash.actual}, not ${clash.said}`,
      claimIds: [c.id]
    })
  }
  return out
}
