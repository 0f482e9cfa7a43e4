import * as chrono from 'chrono-node'

/**
 * Dates a claim mentions, resolved against the report's own date ("Tuesday" in
 * a 2022-02-15 report is 2022-02-15). Without a report date, relative
 * expressions cannot be resolved honestly, so only absolute ones are kept.
 * Values are as precise as the text: "2022-02-15", "2021-12", "2014".
 */

/** chrono is the slow part; most claims name no date, so a cheap test skips them. */
const DATE_HINT =
  /\b(?:today|tonight|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:1[89]|20)\d\d|ago|last (?:week|month|year)|next (?:week|month|year))\b/i
const YEAR = /\b(?:in|since|late|early|mid|by|until|of|from)(?:-|\s+)((?:19|20)\d\d)\b/g

export interface DateMention {
  text: string
  value: string
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

export function datesIn(text: string, reportDate: string | null): DateMention[] {
  if (!DATE_HINT.test(text)) return []
  const out: DateMention[] = []
  const ref = reportDate ? new Date(`${reportDate}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z')
  for (const r of chrono.parse(text, { instant: ref, timezone: 'UTC' }, { forwardDate: false })) {
    const s = r.start
    // chrono marks "today" as certain relative to the reference; only a written year is absolute.
    const absolute = /\b(?:1[89]|20)\d\d\b/.test(r.text)
    if (!reportDate && !absolute) continue
    const y = s.get('year')!
    const m = s.get('month')!
    const d = s.get('day')!
    const value = s.isCertain('day') || s.isCertain('weekday') ? `${y}-${pad(m)}-${pad(d)}` : s.isCertain('month') ? `${y}-${pad(m)}` : String(y)
    out.push({ text: r.text.replace(/[,.\s]+$/, ''), value })
  }
  for (const m of text.matchAll(YEAR)) {
    if (!out.some((o) => o.text.includes(m[1]!))) out.push({ text: m[0], value: m[1]! })
  }
  return out
}
