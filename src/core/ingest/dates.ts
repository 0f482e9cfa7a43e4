/** Date prefixes that agencies put before the body, turned into YYYY-MM-DD. */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0
}

/** "2022-02-15", "15 Feb 2022", "February 15, 2022" → ISO date, else null. */
export function parseDate(s: string): string | null {
  const t = s.trim().replace(/\.$/, '')
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})\.? ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(t)
  if (m) return iso(Number(m[3]), monthOf(m[2] ?? ''), Number(m[1]))
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t)
  if (m) return iso(Number(m[3]), monthOf(m[1] ?? ''), Number(m[2]))
  return null
}

const DATE_WORDS = String.raw`\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.? [A-Za-z]{3,9}\.?,? \d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}`

/** `date 2022-02-15 …`, `Date: 15 Feb 2022 …`, `(15 Feb 2022) …` at the very start. */
const LEADING = new RegExp(String.raw`^(?:(?:date|dated|published)\s*:?\s*(${DATE_WORDS})|\((${DATE_WORDS})\))[ \t]*(?:[-–—:|][ \t]*)?`, 'i')

/** Splits a leading date marker off the text; `rest` starts where the body does. */
export function takeLeadingDate(text: string): { date: string | null; rest: string } {
  const m = LEADING.exec(text)
  if (!m) return { date: null, rest: text }
  const date = parseDate(m[1] ?? m[2] ?? '')
  if (!date) return { date: null, rest: text }
  return { date, rest: text.slice(m[0].length).replace(/^\s+/, '') }
}
