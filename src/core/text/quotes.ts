/**
 * The one quotation parser. Quotation marks are how a report says "these are
 * someone's exact words", so everything that quotes (claim units, speakers,
 * the brief) reads quotations from here. One pass over the marks only.
 *
 * Conventions it follows, as English-language copy writes them:
 * - curly “…”, straight "…", guillemets «…» and „…“; single quotes ‘…’ or '…'
 *   as the outer marks when no double quote is open (headline style);
 * - a quotation running over several paragraphs opens each paragraph again and
 *   closes only at its end;
 * - typewriter doubles ’’ and ‘‘ count as one mark;
 * - a mark glued to a word ("on the way“So") is the closing mark it was meant to be;
 * - an unclosed quotation never runs past its paragraph.
 */

import { placeWord, speechVerb } from '../lexicon'

export interface Span {
  start: number
  end: number
}

export interface Quotation {
  /** From the first opening mark to the last closing mark (or the paragraph end when unclosed). */
  start: number
  end: number
  /** The quoted words, one span per paragraph, marks excluded. */
  parts: Span[]
  /** False when the last part never closed. */
  closed: boolean
}

const DOUBLE_OPEN = '“„«'
const DOUBLE_CLOSE = '”»'
const SINGLE_OPEN = '‘'
const SINGLE_CLOSE = '’'
const MARKS = /[“”„«»"‘’']/g

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
const isSpace = (ch: string | undefined): boolean => ch === undefined || ch === ' ' || ch === '\n' || ch === '\t'
/** Characters after which a straight or single mark opens a quotation. */
const beforeOpen = (ch: string | undefined): boolean => isSpace(ch) || (ch !== undefined && '([{—–-/:;,'.includes(ch))

interface Mark {
  at: number
  /** Length in characters: 2 for typewriter doubles. */
  width: number
  role: 'open' | 'close' | 'either'
  single: boolean
}

/** Classifies every quotation mark of the text by its shape and neighbours. */
function marksOf(text: string): Mark[] {
  const out: Mark[] = []
  for (const m of text.matchAll(MARKS)) {
    const at = m.index
    const ch = m[0]
    const prev = text[at - 1]
    const next = text[at + 1]
    const last = out[out.length - 1]
    // ’’ / '' / ‘‘: one double mark written with two singles.
    if (last && last.single && last.at + last.width === at && (ch === SINGLE_CLOSE || ch === "'" || ch === SINGLE_OPEN) && text[last.at] === ch) {
      last.width = 2
      last.single = false
      continue
    }
    if (DOUBLE_OPEN.includes(ch)) out.push({ at, width: 1, role: 'open', single: false })
    else if (DOUBLE_CLOSE.includes(ch)) out.push({ at, width: 1, role: 'close', single: false })
    else if (ch === '"') out.push({ at, width: 1, role: 'either', single: false })
    else {
      // Single marks: an apostrophe inside or after a word ("don’t", "Putin’s", "players’") is not a quote.
      const opens = beforeOpen(prev) && isWordChar(next)
      const closes = !isSpace(prev) && !isWordChar(next)
      if (ch === SINGLE_OPEN && opens) out.push({ at, width: 1, role: 'open', single: true })
      else if (ch === "'" && opens) out.push({ at, width: 1, role: 'open', single: true })
      else if (closes && (ch === SINGLE_CLOSE || ch === "'")) out.push({ at, width: 1, role: 'close', single: true })
    }
  }
  return out
}

function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from)
  return nl < 0 ? text.length : nl
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1])) end--
  return end
}

export function quotations(text: string): Quotation[] {
  const marks = marksOf(text)
  const out: Quotation[] = []
  let current: Quotation | null = null
  /** Opening mark of the part being read, and whether it is a single quote. */
  let openAt = -1
  let openSingle = false
  let paraEnd = -1

  const finish = (closeAt: number, closed: boolean): void => {
    const q = current!
    const innerStart = openAt + markWidth(openAt)
    // An unclosed quotation usually ends where its attribution begins: "…the military reinforcementStoltenberg told reporters".
    if (!closed) closeAt = attributionInside(text, innerStart, closeAt) ?? closeAt
    const innerEnd = closed ? closeAt : trimEnd(text, innerStart, closeAt)
    if (innerEnd > innerStart) q.parts.push({ start: innerStart, end: innerEnd })
    q.end = closed ? closeAt + markWidth(closeAt) : innerEnd
    q.closed = closed
    if (q.parts.length > 0) out.push(q)
    current = null
    openAt = -1
  }
  const widths = new Map(marks.map((m) => [m.at, m.width]))
  const markWidth = (at: number): number => widths.get(at) ?? 1

  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!
    // A paragraph ended with a quotation still open: it continues only if the next paragraph reopens.
    if (openAt >= 0 && m.at > paraEnd) {
      const continues = !openSingle && m.role !== 'close' && startsParagraph(text, m.at) && isNextParagraph(text, paraEnd, m.at)
      if (continues) {
        const q = current!
        q.parts.push({ start: openAt + markWidth(openAt), end: trimEnd(text, openAt, paraEnd) })
        openAt = m.at
        paraEnd = paragraphEnd(text, m.at)
        continue
      }
      finish(paraEnd, false)
    }
    if (openAt < 0) {
      if (m.role === 'close') continue
      if (m.role === 'either' && !beforeOpen(text[m.at - 1])) continue
      current = { start: m.at, end: m.at, parts: [], closed: false }
      openAt = m.at
      openSingle = m.single
      paraEnd = paragraphEnd(text, m.at)
      continue
    }
    // Inside a double quotation, single marks are nested quotes or apostrophes.
    if (!openSingle && m.single) continue
    if (openSingle && !m.single) {
      // A double mark inside single quotes: the single "quote" was an apostrophe after all.
      current = null
      openAt = -1
      k--
      continue
    }
    if (m.role === 'close' || m.role === 'either') {
      finish(m.at, true)
      continue
    }
    // An opening mark while one is open: glued to a word it was meant to close; after a space the first never closed.
    if (isWordChar(text[m.at - 1]) || /[,.;:!?]/.test(text[m.at - 1] ?? '')) finish(m.at, true)
    else {
      finish(m.at, false)
      current = { start: m.at, end: m.at, parts: [], closed: false }
      openAt = m.at
      openSingle = m.single
      paraEnd = paragraphEnd(text, m.at)
    }
  }
  if (openAt >= 0) {
    if (openSingle) return out.sort((a, b) => a.start - b.start)
    finish(paraEnd, false)
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Where a capitalised name followed by a reporting verb starts inside [from, to), if anywhere after the first words. */
function attributionInside(text: string, from: number, to: number): number | null {
  const re = /(?<=[\p{Ll},;.])\s*((?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+) (\p{Ll}+)/gu
  // Only the quotation's own stretch is read: a regex left to run would scan to the end of the report.
  const window = text.slice(from, to)
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (m.index < 10) continue
    // A past reporting verb after a name that is no country: "Stoltenberg told", not "Russia continues".
    const past = /(?:ed|told|said|wrote|spoke)$/.test(m[2]!)
    if (past && speechVerb(m[2]!)?.frame === 'speech' && !placeWord(m[1]!)) return from + m.index + m[0].indexOf(m[1]!)
  }
  return null
}

/** The mark is the first non-space character of its line. */
function startsParagraph(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  return i < 0 || text[i] === '\n'
}

/** Only blank lines lie between the end of one paragraph and `at`. */
function isNextParagraph(text: string, paraEnd: number, at: number): boolean {
  for (let i = paraEnd; i < at; i++) if (!isSpace(text[i])) return false
  return true
}

/** Text with every quoted stretch (marks included) blanked, same length: frames are read outside quotes. */
export function maskQuotations(text: string, quotes: readonly Quotation[]): string {
  if (quotes.length === 0) return text
  const chars = text.split('')
  for (const q of quotes) {
    for (const p of q.parts)
      for (let i = Math.max(0, p.start - 2); i < Math.min(chars.length, p.end + 2); i++) {
        if (i >= p.start && i < p.end) chars[i] = chars[i] === '\n' ? '\n' : ' '
        else if ('“”„«»"‘’\''.includes(chars[i]!)) chars[i] = ' '
      }
  }
  return chars.join('')
}

/** True when the quotation marks in `s` pair up: every opened quotation closes inside it. */
export function balanced(s: string): boolean {
  const qs = quotations(s)
  return qs.every((q) => q.closed && q.parts.length === 1) && !/^[”»]|[“„«]$/.test(s.trim())
}
