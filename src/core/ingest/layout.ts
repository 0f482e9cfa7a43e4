/**
 * The rules that need a line's neighbours, over the shapes from ./lines:
 *
 * - A line rendered twice in a row is a caption (pages print a caption under
 *   the picture and again in its viewer).
 * - A picture credit alone on a line ("Image: REUTERS", or agency names
 *   ("AFP") with more of the story after them) makes the line right above it a
 *   caption. Agency names closing the report credit the text instead.
 * - A line that the report repeats further down, word for word, is a
 *   standfirst or pull quote: the earlier copy is set aside, the later kept.
 * - The first line of content is the headline when it has no closing
 *   punctuation (a headline is not a sentence); a line ending like a sentence
 *   is the lede and stays.
 * - Later short lines without closing punctuation are subheads when they look
 *   like one: capitals, opening with a quotation, Title Case, at most five
 *   words, or standing alone between blank lines.
 * - A summary label ("In Summary", "Key points") and its bullets: the bullets
 *   the body repeats are set aside (role `summary`); a bullet the body does
 *   not repeat stays in the body, since it is the only place that fact is told.
 * - A place alone on a line is the dateline only in the page's head (after at
 *   most a headline and a standfirst); further down it heads a section.
 * - "The line right above" a credit means something only where blank lines
 *   keep paragraphs apart; in one-paragraph-a-line copy that line must also
 *   not read as a sentence to become a caption.
 */
import type { FurnitureRole } from '../model'
import { functionWord, speechVerb } from '../lexicon'
import type { Part } from './headers'
import { shapeOf, type LineShape } from './lines'
import { bare, charsIn, endsWithPunctuation, firstWords, isAllCaps, startsUpper, trimWhere, wordCount } from './words'

export interface Layout {
  /** Per line: null when it stays in the body, else the parts set aside (in order). */
  aside: (Part[] | null)[]
  headline: string | null
  byline: string | null
  /** Credits for the text, by the line that carries them. */
  creditAt: Map<number, string>
  /** Dates from time stamps: the publication stamp's and any other's. */
  publishedDate: string | null
  stampDate: string | null
  /** A dateline on a line of its own. */
  dateline: { place: string | null; credit: string | null; date: string | null } | null
}

/** Repeats are looked for among lines of at least this many words (a caption, a standfirst). */
const REPEAT_WORDS = 4
/** At most this many summary bullets are checked against the body (each check reads the body once). */
const SUMMARY_CHECKS = 32
/** A page's head (headline, standfirst, byline, summary box, captions) spans at most this many lines of content. */
const HEAD_LINES = 12
/** Lines longer than this are never headlines or subheads. */
const HEADING_CHARS = 250

/** A quotation opening the line and closing in it: "'Unbearable' screams", "‘Important group’". */
const OPENING_QUOTE = /^["“‘'«][^"”’'»]{1,80}["”’'»]/u

const words = wordCount

/** Most content words capitalised: "Powerful Quake In Morocco Kills More Than 1,000 People". */
function isTitleCase(line: string): boolean {
  let content = 0
  let upper = 0
  for (const w of firstWords(line, 20)) {
    const b = bare(w)
    if (b.length < 4 || functionWord().has(b.toLowerCase())) continue
    content++
    if (startsUpper(b)) upper++
  }
  return content >= 2 && upper / content >= 0.8
}

/** Every bracket and double quotation mark closed: a heading is a whole phrase. */
function balanced(line: string): boolean {
  let depth = 0
  let quotes = 0
  for (const ch of line) {
    if (ch === '(' || ch === '[' || ch === '“' || ch === '«') depth++
    else if (ch === ')' || ch === ']' || ch === '”' || ch === '»') depth--
    else if (ch === '"') quotes++
    if (depth < 0) return false
  }
  return depth === 0 && quotes % 2 === 0
}

/** No closing punctuation, short, opening with a capital, a digit or a quotation mark, brackets closed. */
function headingShaped(line: string, maxWords: number): boolean {
  if (line.length > HEADING_CHARS || endsWithPunctuation(line)) return false
  if (!/^["“‘'«(]?[\p{Lu}\p{N}]/u.test(line) || !balanced(line)) return false
  const n = words(line, maxWords)
  return n <= maxWords && /\p{L}.*\p{L}.*\p{L}/u.test(line)
}

export function layOut(lines: string[], script: string, reference: Date): Layout {
  const n = lines.length
  const shapes: LineShape[] = lines.map((l) => shapeOf(l, script, reference))
  const role: (FurnitureRole | null)[] = shapes.map((s) => {
    switch (s.kind) {
      case 'boilerplate':
        return 'boilerplate'
      case 'credit':
      case 'agency':
      case 'photoCredit':
        return 'credit'
      case 'caption':
        return 'caption'
      case 'byline':
        return 'byline'
      case 'timestamp':
        return 'timestamp'
      case 'summaryLabel':
        return 'summary'
      case 'dateline':
        return 'dateline'
      default:
        return null
    }
  })
  const out: Layout = { aside: [], headline: null, byline: null, creditAt: new Map(), publishedDate: null, stampDate: null, dateline: null }
  const isContent = (i: number): boolean => i >= 0 && i < n && shapes[i]!.kind !== 'blank'
  const isBody = (i: number): boolean => role[i] === null && isContent(i)

  // Next and previous non-blank lines, and whether story text follows a line.
  const next = new Array<number>(n).fill(-1)
  const prev = new Array<number>(n).fill(-1)
  for (let i = n - 2, k = isContent(n - 1) ? n - 1 : -1; i >= 0; i--) {
    next[i] = k
    if (isContent(i)) k = i
  }
  for (let i = 1, k = isContent(0) ? 0 : -1; i < n; i++) {
    prev[i] = k
    if (isContent(i)) k = i
  }
  const storyAfter = new Array<boolean>(n).fill(false)
  for (let i = n - 2, seen = false; i >= 0; i--) {
    const s = shapes[i + 1]!.kind
    seen ||= s === 'body' || s === 'bullet' || s === 'caption'
    storyAfter[i] = seen
  }

  // A line printed two or three times in a row is a caption (longer runs are pasted text, not a page's doing).
  // Earlier copies of a line repeated further down, in the page's head, are its standfirst.
  const copies = new Map<string, number[]>()
  for (let i = 0; i < n; i++) {
    if (!isContent(i) || words(lines[i]!, REPEAT_WORDS) < REPEAT_WORDS) continue
    const list = copies.get(lines[i]!)
    if (list) list.push(i)
    else copies.set(lines[i]!, [i])
  }
  const repeatedLater = new Set<number>()
  for (const list of copies.values()) {
    for (let k = 0; k < list.length;) {
      let end = k + 1
      while (end < list.length && next[list[end - 1]!] === list[end]) end++
      if (end - k >= 2 && end - k <= 3) for (let j = k; j < end; j++) role[list[j]!] ??= 'caption'
      if (end < list.length) repeatedLater.add(list[end - 1]!)
      k = end
    }
  }
  // The head: the lines above the first paragraph (a line ending like a sentence) that is not told again below.
  for (let i = 0, seen = 0; i < n && seen < HEAD_LINES; i++) {
    if (!isContent(i)) continue
    seen++
    if (!isBody(i) || !endsWithPunctuation(lines[i]!)) continue
    if (!repeatedLater.has(i)) break
    role[i] = 'summary'
  }

  // Paragraphs kept apart by blank lines (most pages), or one a line (many agency feeds).
  let blanks = 0
  for (let i = 1; i < n; i++) if (!isContent(i) && isContent(i - 1)) blanks++
  const blankSeparated = blanks * 3 >= shapes.filter((s) => s.kind !== 'blank').length

  // A credit line alone: a picture's credit (the line right above is its caption), or the text's at its foot.
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!
    if (s.kind !== 'agency' && s.kind !== 'photoCredit' && s.kind !== 'credit') continue
    const picture = s.kind === 'photoCredit' || (s.kind === 'agency' && storyAfter[i])
    if (!picture) {
      out.creditAt.set(i, s.value)
      continue
    }
    // Only the line right above, with no blank between. Where paragraphs are not kept apart by blank lines,
    // "right above" is any paragraph, so the line must not read as one (no closing punctuation).
    const above = i - 1
    if (above < 0 || !isBody(above) || words(lines[above]!, 60) > 60) continue
    if (blankSeparated || !endsWithPunctuation(lines[above]!)) role[above] = 'caption'
  }

  // A dateline alone on a line opens the story: it comes in the page's head, after at most a headline and a
  // standfirst written as sentences. Further down, a place in capitals is a section's subhead.
  for (let i = 0, sentences = 0, seen = 0, taken = false; i < n; i++) {
    if (role[i] !== 'dateline' && (taken || seen > HEAD_LINES)) continue
    if (!isContent(i)) continue
    seen++
    if (role[i] === 'dateline') {
      if (taken || sentences > 2 || seen > HEAD_LINES) role[i] = 'subhead'
      taken = true
    }
    if (isBody(i) && endsWithPunctuation(lines[i]!)) sentences++
  }

  // Summary boxes: the label, then its bullets.
  const summaryItems: number[] = []
  for (let i = 0; i < n; i++) {
    if (shapes[i]!.kind !== 'summaryLabel') continue
    for (let j = next[i]!; j !== -1 && shapes[j]!.kind === 'bullet' && role[j] === null; j = next[j]!) summaryItems.push(j)
  }
  const inSummary = new Set(summaryItems)

  // The headline: the first line of content, when it is not a sentence.
  let first = -1
  for (let i = 0; i < n && first === -1; i++) if (isBody(i)) first = i
  if (first !== -1 && headingShaped(lines[first]!, 30) && shapes[first]!.kind === 'body') {
    let later = false
    for (let j = next[first]!; j !== -1 && !later; j = next[j]!) later = isBody(j)
    if (later) {
      // A short label in capitals over the headline ("WORLD", "EXCLUSIVE") is a section, not the headline.
      const kicker = isAllCaps(lines[first]!) && words(lines[first]!, 3) <= 3
      role[first] = kicker ? 'subhead' : 'headline'
      if (!kicker) out.headline = lines[first]!
    }
  }

  // Subheads between paragraphs.
  for (let i = 0; i < n; i++) {
    if (!isBody(i) || i === first || inSummary.has(i) || shapes[i]!.kind !== 'body') continue
    const line = lines[i]!
    if (!headingShaped(line, 14)) continue
    const p = prev[i]!
    if (p !== -1 && /[:,;–—-]$/u.test(lines[p]!)) continue
    const alone = (i === 0 || !isContent(i - 1)) && (i === n - 1 || !isContent(i + 1))
    if (attributed(line)) continue
    if (isAllCaps(line) || OPENING_QUOTE.test(line) || isTitleCase(line) || words(line, 5) <= 5 || alone) role[i] = 'subhead'
  }

  // Summary bullets the body repeats leave it.
  if (summaryItems.length > 0) {
    const body = lines.filter((_l, i) => isBody(i) && !inSummary.has(i)).join('\n')
    for (const i of summaryItems.slice(0, SUMMARY_CHECKS)) {
      const item = trimWhere(lines[i]!.replace(/^(?:[•·▪◦‣●○■□➢➤►▶✓✔]|[-–—*]|\d{1,2}[.)])\s*/u, ''), charsIn(' .'), 'end')
      if (item.length >= 12 && body.includes(item)) role[i] = 'summary'
    }
  }

  // Parts, and the metadata the set-aside lines carry.
  for (let i = 0; i < n; i++) {
    const r = role[i]
    if (r === null || r === undefined) {
      out.aside.push(null)
      continue
    }
    const s = shapes[i]!
    const line = lines[i]!
    if (s.kind === 'byline') {
      out.byline ??= s.byline
      if (s.stampAt === null) out.aside.push([{ role: 'byline', text: line }])
      else {
        out.aside.push([
          { role: 'byline', text: trimWhere(line.slice(0, s.stampAt), charsIn(' |·,–—-'), 'end') },
          { role: 'timestamp', text: line.slice(s.stampAt) }
        ])
      }
    } else out.aside.push([{ role: r, text: line }])
    if (s.kind === 'byline' || s.kind === 'timestamp') {
      if (s.published) out.publishedDate ??= s.date
      else out.stampDate ??= s.date
    }
    if (s.kind === 'dateline' && r === 'dateline' && out.dateline === null) {
      out.dateline = s.dateline
      if (s.dateline.credit) out.creditAt.set(i, s.dateline.credit)
    }
  }
  return out
}

/**
 * "'WAR DECLARED' ON RUSSIAN SPORT, ROC SAYS": a heading that ends by naming who
 * says it reports a statement, which the desk checks like any other; a label
 * ("Skilled negotiator", "GROUP EXPANSION") names no one.
 */
function attributed(line: string): boolean {
  const m = /,\s+(?:[\p{L}.'’-]+\s+){1,4}([\p{L}]+)[.!]?\s*$/u.exec(line)
  const verb = m?.[1]?.toLowerCase()
  return verb !== undefined && speechVerb(verb)?.frame === 'speech'
}
