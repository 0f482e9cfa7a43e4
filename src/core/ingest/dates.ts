/**
 * Dates in header lines, time stamps and datelines, read by chrono-node
 * ("Sept 9", "30th Jan, 2024", "29 JAN 24 09:12 ET", "2022-02-15").
 *
 * chrono costs ~0.1–0.2 s to load and warm up, so it is required on first use
 * (synchronously: ingest is synchronous) and only ever sees short strings that
 * already look like they hold a date or a time; it never sees a whole body.
 */
import { createRequire } from 'node:module'
import { monthNumber } from '../lexicon'

type Chrono = typeof import('chrono-node/en')
let chrono: Chrono | undefined
function loadChrono(): Chrono {
  chrono ??= createRequire(import.meta.url)('chrono-node/en') as Chrono
  return chrono
}

/** The longest text chrono is asked about: a header value, a time-stamp line, a dateline's head. */
const MAX = 160

/** Digits that read as a clock time or a numeric date. */
const NUMERIC = /\d{1,2}[:.]\d{2}\b|\d{4}-\d{1,2}-\d{1,2}|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/
const WORD = /\p{L}+/gu

/** Cheap check before chrono: a month word next to a number, a clock time or a numeric date. */
export function looksLikeDate(text: string): boolean {
  const t = text.slice(0, MAX)
  if (!/\d/.test(t)) return false
  if (NUMERIC.test(t)) return true
  for (const m of t.matchAll(WORD)) if (monthNumber(m[0]) !== undefined) return true
  return false
}

export interface FoundDate {
  /** YYYY-MM-DD when the text names a day; null for a time alone ("14:32 GMT"). */
  iso: string | null
  /** Where the date text starts and ends in the string given. */
  index: number
  end: number
}

/** News is dated between the telegraph and the next century; anything else is a misread number. */
const plausible = (day: string): boolean => day >= '1900-01-01' && day <= '2100-12-31'

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * A day without a year takes the reference's year (the report's own date, or
 * the import day), or the year before when that would put it more than a week
 * after the reference: news is dated on or before the day it is read.
 */
function withYear(month: number, day: number, reference: Date): string {
  let year = reference.getUTCFullYear()
  if (Date.UTC(year, month - 1, day) > reference.getTime() + 7 * 86_400_000) year--
  return iso(year, month, day)
}

/**
 * Every absolute date or time in a short text, in order. Relative phrases
 * ("4 hours ago", "yesterday") are not publication dates and are skipped.
 */
export function findDates(text: string, reference: Date): readonly FoundDate[] {
  if (!looksLikeDate(text)) return []
  // Pages repeat their stamps ("Updated 14:52 GMT" on every entry): parse each string once.
  const key = `${reference.getTime()} ${text.slice(0, MAX)}`
  const known = seen.get(key)
  if (known) return known
  if (seen.size >= SEEN_MAX) seen.clear()
  const found = parse(text, reference)
  seen.set(key, found)
  return found
}
const seen = new Map<string, readonly FoundDate[]>()
const SEEN_MAX = 1024

function parse(text: string, reference: Date): FoundDate[] {
  const out: FoundDate[] = []
  for (const r of loadChrono().strict.parse(text.slice(0, MAX), reference)) {
    if ([...r.tags()].some((t) => t.startsWith('result/relative'))) continue
    const s = r.start
    const hasDay = s.isCertain('day') && s.isCertain('month')
    const y = s.get('year')
    const m = s.get('month')
    const d = s.get('day')
    const day = hasDay && m !== null && d !== null ? (s.isCertain('year') && y !== null ? iso(y, m, d) : withYear(m, d, reference)) : null
    const text = r.text.trimEnd()
    out.push({ iso: day !== null && plausible(day) ? day : null, index: r.index, end: r.index + text.length })
  }
  return out
}

/** The first day named in a short text, as YYYY-MM-DD; null when there is none. */
export function parseDate(text: string, reference: Date = new Date()): string | null {
  return findDates(text, reference).find((d) => d.iso !== null)?.iso ?? null
}
