/**
 * Dates a claim mentions, resolved against the report's own date ("Tuesday" in
 * a 2022-02-15 report is 2022-02-15). Without a report date, relative
 * expressions cannot be resolved honestly, so only dates with a year are kept.
 * Values are as precise as the text: "2022-02-15", "2021-12", "2014".
 *
 * A small resolver rather than chrono-node (which ingest uses for datelines and
 * time stamps): it runs on every claim of every report, and chrono costs tens
 * of microseconds per string for the handful of shapes a claim's dates take.
 * Month and weekday names come from the one calendar table in the lexicon.
 */
import { monthNumber, monthWords, weekdayNumber } from '../lexicon'

export interface DateMention {
  text: string
  value: string
}

const DAY = 86_400_000

// Month names only capitalised: "may" and "march" are common verbs.
const MONTH = String.raw`(?:${monthWords()
  .sort((a, b) => b.length - a.length)
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .join('|')})\.?`
const PATTERNS: [RegExp, (m: RegExpExecArray, ref: Date | null) => string | null][] = [
  // 15 Feb 2022 / 15 February
  [new RegExp(String.raw`\b(\d{1,2}) (${MONTH})(?:,? ((?:19|20)\d\d))?\b`, 'g'), (m, ref) => dayOf(m[2]!, Number(m[1]), m[3], ref)],
  // February 15, 2022 / February 15
  [new RegExp(String.raw`\b(${MONTH}) (\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\d\d))?\b`, 'g'), (m, ref) => dayOf(m[1]!, Number(m[2]), m[3], ref)],
  // January next year / December last year
  [
    new RegExp(String.raw`\b(${MONTH}) (next|last|this) year\b`, 'g'),
    (m, ref) => (ref ? monthOf(m[1]!, String(ref.getUTCFullYear() + ({ next: 1, last: -1, this: 0 } as Record<string, number>)[m[2]!]!), ref) : null)
  ],
  // December 2021 / since December; a bare "May" needs a preposition or a year to be a month.
  [
    new RegExp(
      String.raw`\b(?:((?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Dd]uring)-?\s*)\s?)?(${MONTH})(?: ((?:19|20)\d\d))?\b`,
      'g'
    ),
    (m, ref) => (m[1] || m[3] ? monthOf(m[2]!, m[3], ref) : null)
  ],
  [/\b(today|tonight|yesterday|tomorrow)\b/gi, (m, ref) => (ref ? iso(shift(ref, { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase()]!)) : null)],
  [/\b(?:(last|next|since|this|on)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g, (m, ref) => (ref ? iso(weekday(ref, m[2]!, m[1])) : null)],
  [/\b(?:in|since|late|early|mid|by|until|of|from|before|after)(?:-|\s+)((?:19|20)\d\d)\b(?![-/]\d)/g, (m) => m[1]!]
]

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
function shift(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY)
}
function monthIndex(name: string): number {
  return (monthNumber(name) ?? 0) - 1
}
/** A month without a year is the latest one not after the report's month: news looks back. */
function yearFor(month: number, ref: Date): number {
  return month <= ref.getUTCMonth() ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1
}
function dayOf(monthName: string, day: number, year: string | undefined, ref: Date | null): string | null {
  const m = monthIndex(monthName)
  if (m < 0 || day < 1 || day > 31) return null
  if (year) return `${year}-${pad(m + 1)}-${pad(day)}`
  return ref ? `${yearFor(m, ref)}-${pad(m + 1)}-${pad(day)}` : null
}
function monthOf(monthName: string, year: string | undefined, ref: Date | null): string | null {
  const m = monthIndex(monthName)
  if (m < 0) return null
  if (year) return `${year}-${pad(m + 1)}`
  return ref ? `${yearFor(m, ref)}-${pad(m + 1)}` : null
}
/** "last"/"since" look back, "next" forward; a bare weekday is the nearest one, the past on a tie. */
function weekday(ref: Date, name: string, marker: string | undefined): Date {
  // The table counts Monday as 1; JavaScript's days count Sunday as 0.
  const diff = (((weekdayNumber(name) ?? 0) % 7) - ref.getUTCDay() + 7) % 7
  const ahead = diff
  const back = diff === 0 ? 0 : diff - 7
  const m = marker?.toLowerCase()
  if (m === 'last' || m === 'since') return shift(ref, back === 0 ? -7 : back)
  if (m === 'next') return shift(ref, ahead === 0 ? 7 : ahead)
  return shift(ref, Math.abs(back) <= ahead ? back : ahead)
}

const DATE_HINT =
  /\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:19|20)\d\d)/

export function datesIn(text: string, reportDate: string | null): DateMention[] {
  if (!DATE_HINT.test(text)) return []
  const ref = reportDate ? new Date(`${reportDate}T12:00:00Z`) : null
  const out: DateMention[] = []
  const taken: [number, number][] = []
  for (const [re, resolve] of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.some(([s, e]) => start < e && end > s)) continue
      const value = resolve(m, ref)
      if (!value) continue
      taken.push([start, end])
      out.push({ text: m[0], value })
    }
  }
  return out
}
