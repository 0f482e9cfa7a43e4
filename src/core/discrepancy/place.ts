/**
 * A capital put in the wrong country: a dateline "BRUSSELS, FRANCE", or "in
 * Vienna, Germany" inside a claim. Which country a capital is in comes from
 * the lexicon (world-countries); the other side is that reference, joined by
 * any report that places the capital right.
 */
import { placeWord } from '../lexicon'
import type { Claim, Discrepancy, DiscrepancySide } from '../model'
import { groupBy } from '../groupBy'
import type { DetectorContext } from './context'
import { discrepancy, sidesOf } from './sides'

interface Placed {
  /** As written: "BRUSSELS, FRANCE". */
  text: string
  capital: string
  /** The country the text puts it in. */
  said: string
  /** The country it is the capital of. */
  actual: string
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())

/** Every "Capital, Country" pair in a text, right or wrong. */
function capitalsWithCountry(text: string): Placed[] {
  const out: Placed[] = []
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}),\s*(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})/gu)) {
    const capital = placeWord(m[1]!) ?? placeWord(titleCase(m[1]!))
    const country = placeWord(m[2]!) ?? placeWord(titleCase(m[2]!))
    if (capital?.role !== 'capital' || country?.role !== 'country') continue
    out.push({ text: m[0], capital: titleCase(m[1]!), said: country.country.name, actual: capital.country.name })
  }
  return out
}

export function placeDisagreements(ctx: DetectorContext): Discrepancy[] {
  const firstClaim = new Map<string, Claim>()
  for (const c of ctx.claims) if (!firstClaim.has(c.reportId)) firstClaim.set(c.reportId, c)
  // Where each statement stands: a dateline heads its report's lead claim.
  const found: { placed: Placed; claim: Claim }[] = []
  for (const r of ctx.reports) {
    const lead = firstClaim.get(r.id)
    if (lead && r.dateline) for (const placed of capitalsWithCountry(r.dateline)) found.push({ placed, claim: lead })
  }
  // Reprints of one text are read once.
  const byText = new Map<string, Placed[]>()
  for (const c of ctx.claims) {
    let placed = byText.get(c.text)
    if (!placed) byText.set(c.text, (placed = capitalsWithCountry(c.text)))
    for (const p of placed) found.push({ placed: p, claim: c })
  }
  // One disagreement per capital put in one wrong country, however many reports say it.
  const right = groupBy(
    found.filter((f) => f.placed.said === f.placed.actual),
    (f) => f.placed.capital
  )
  const out: Discrepancy[] = []
  for (const wrong of groupBy(found, (f) => (f.placed.said === f.placed.actual ? null : `${f.placed.capital}\u0000${f.placed.said}`)).values()) {
    const { capital, actual } = wrong[0]!.placed
    const placedRight = right.get(capital) ?? []
    const sides: DiscrepancySide[] = [
      ...sidesOf(wrong.map((f) => ({ claim: f.claim, value: f.placed.said, text: f.placed.text }))),
      {
        text: `${capital}, ${actual}`,
        value: actual,
        claimIds: [...new Set(placedRight.map((f) => f.claim.id))],
        reportIds: [...new Set(placedRight.map((f) => f.claim.reportId))]
      }
    ]
    out.push(discrepancy('place', capital, sides, ctx.order, wrong[0]!.placed.said))
  }
  return out
}
