import * as chrono from 'chrono-node'

/**
 * Dates a claim mentions, resolved against the report's own date ("Tuesday" in
 * a 2022-02-15 report is 2022-02-15). Without a report date, relative
 * expressions cannot be resolved honestly, so only absolute ones are kept.
 * Values are as precise as the text: "2022-02-15", "2021-12", "2014".
 */

/** chrono is the slow part; most claims name no date, so a cheap test skips them. */
// Month names only capitalised: "may" and "march" are common verbs, and chrono is the slow part.
const DATE_HINT =
  /\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekend|Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:1[89]|20)\d\d|ago|last (?:week|month|year)|next (?:week|month|year))\b/
const YEAR = /\b(?:in|since|late|early|mid|by|until|of|from)(?:-|\s+)((?:19|20)\d\d)\b/g

export interface DateMention {
  text: string
  value: string
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** Wire copy repeats sentences verbatim across reports; parsing each once per report date is enough. */
const cache = new Map<string, DateMention[]>()
const CACHE_MAX = 50_000

export function datesIn(text: string, reportDate: string | null): DateMention[] {
  if (!DATE_HINT.test(text)) return []
  const key = `${reportDate ?? ''}\u0000${text}`
  const hit = cache.get(key)
  if (hit) return hit.map((d) => ({ ...d }))
  const found = parseDates(text, reportDate)
  if (cache.size >= CACHE_MAX) cache.clear()
  cache.set(key, found)
  return found.map((d) => ({ ...d }))
}

function parseDates(text: string, reportDate: string | null): DateMention[] {
  const out: DateMention[] = []
  const ref = reportDate ? new Date(`${reportDate}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z')
  for (const r of chrono.parse(text, { instant: ref, timezone: 'UTC' }, { forwardDate: false })) {
    const s = r.start
    // chrono marks "today" as certain relative to the reference; only a written year is absolute.
    const absolute = /\b(?:1[89]|20)\d\d\b/.test(r.text)
    if (!reportDate && !absolute) continue
    // chrono reads a bare weekday as this week's; after "since"/"last" it can only be in the past.
    let when = s.date()
    if (/\b(?:since|last)\s+$/i.test(text.slice(Math.max(0, r.index - 7), r.index)) && when > ref) when = new Date(when.getTime() - 7 * 86_400_000)
    const y = when.getUTCFullYear()
    const m = when.getUTCMonth() + 1
    const d = when.getUTCDate()
    const value = s.isCertain('day') || s.isCertain('weekday') ? `${y}-${pad(m)}-${pad(d)}` : s.isCertain('month') ? `${y}-${pad(m)}` : String(y)
    out.push({ text: r.text.replace(/[,.\s]+$/, ''), value })
  }
  for (const m of text.matchAll(YEAR)) {
    if (!out.some((o) => o.text.includes(m[1]!))) out.push({ text: m[0], value: m[1]! })
  }
  return out
}
