/**
 * What one line is, by its shape and the general furniture lexicon alone. The
 * rules that need a line's neighbours (captions above a credit, repeated
 * lines, the headline, subheads, summary boxes) are in ./layout.
 */
import { durationSeconds, furniture, leadingWord, monthNumber, openingPhrase, weekdayNumber } from '../lexicon'
import { findDates } from './dates'
import { scanDateline, type Dateline } from './dateline'
import { bare, charsIn, endsWithPunctuation, firstWords, isAgencyList, isNameList, trimWhere } from './words'

export type LineShape =
  | { kind: 'blank' }
  | { kind: 'body' }
  /** Reader-facing page chrome: calls to action, banners, share bars, link lines, footers. */
  | { kind: 'boilerplate' }
  /** A credit for the text: "With AFP, Ansa and Reuters", "-Additional reporting by Reuters". */
  | { kind: 'credit'; value: string }
  /** Agency names alone ("AFP"): the text's credit at its foot, a picture's credit elsewhere. */
  | { kind: 'agency'; value: string }
  /** A labelled picture credit alone: "Image: REUTERS", "Photo: EFE/EPA/NAME". */
  | { kind: 'photoCredit' }
  /** A line that ends in a picture credit: "… Moulay Brahim. Picture: REUTERS/NAME". */
  | { kind: 'caption' }
  /** "By A and B, CNN"; "NAME Published January 30, 2024 | 08:40 AM" (byline, then a time stamp part). */
  | { kind: 'byline'; byline: string; stampAt: number | null; published: boolean; date: string | null }
  | { kind: 'timestamp'; published: boolean; date: string | null }
  | { kind: 'summaryLabel' }
  | { kind: 'bullet' }
  | { kind: 'dateline'; dateline: Dateline }

/** Longer lines are body: no furniture is written at this length (banners included). */
const LONG = 800

/** "[ link ]", a URL, an e-mail address: a line that points elsewhere. */
const LINKISH = /\[[^\]\n]{0,60}\]|https?:\/\/|www\.\S|\S@[^\s@]{1,64}\.[a-z]{2,}/i
/** "Twitter: [ link ]", "Facebook:" — a network's label with nothing or a link after it. */
const SOCIAL_LABEL = /^[\p{L}\s]{2,20}:\s*(?:\[|https?:|@|$)/u
const BULLET = /^(?:[•·▪◦‣●○■□➢➤►▶✓✔]|[-–—*](?=\s)|\d{1,2}[.)](?=\s))\s*\S/u
/** Credit markers around a line: "* With AFP", "-Additional reporting by Reuters", "(With Reuters)". */
const stripMarks = (t: string): string => trimWhere(trimWhere(t, charsIn(' *•·([–—-'), 'start'), charsIn(' )].'), 'end')
/** What may follow a call to action's words on its line: a separator, then a headline or link. */
const CTA_SEPARATOR = /^\s*[:|»›>•·–—-]/

function isCallToAction(t: string, words: string[]): boolean {
  const phrase = openingPhrase(t, 'callToAction')
  if (phrase === null) return false
  const after = t.slice(phrase.length)
  if (!/[\p{L}\p{N}]/u.test(after) || CTA_SEPARATOR.test(after) || phrase.endsWith(':')) return true
  if (words.length <= 10 && !endsWithPunctuation(t)) return true
  return words.length <= 25 && speaksToReader(words)
}

/** "you", "your": the line addresses the reader; with `own`, also "our", "us": the outlet speaks of itself. */
function speaksToReader(words: string[], own = false): boolean {
  const { readerWords, ownWords } = furniture()
  return words.some((w) => {
    const b = bare(w).toLowerCase()
    return readerWords.has(b) || (own && ownWords.has(b))
  })
}

let bannerPattern: RegExp | undefined
/** Two banner terms and a word to the reader: "Support our journalism … subscribe …", however long. */
function isBanner(t: string, words: string[]): boolean {
  if (words.length > 80 || !speaksToReader(words, true)) return false
  bannerPattern ??= new RegExp(`(?<![\\p{L}])(?:${furniture().bannerTerms.map(escape).join('|')})(?![\\p{L}])`, 'gu')
  const hits = new Set<string>()
  for (const m of t.toLowerCase().matchAll(bannerPattern)) if (hits.add(m[0]).size >= 2) break
  return hits.size >= 2
}

function isShareBar(words: string[]): boolean {
  if (words.length < 2 || words.length > 14) return false
  const share = furniture().shareWords
  return words.every((w) => {
    const b = bare(w).toLowerCase()
    return b === '' || /^\d+$/.test(b) || share.has(b)
  })
}

const SCRIPTS = ['latin', 'greek', 'cyrillic', 'arabic', 'other'] as const
const NOT_A_LETTER = -1

/** The script of one letter, by code point block, as an index into SCRIPTS; NOT_A_LETTER otherwise. */
function scriptOf(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 0
  if (code < 0xc0) return NOT_A_LETTER
  if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff)) return code === 0xd7 || code === 0xf7 ? NOT_A_LETTER : 0
  if (code >= 0x370 && code <= 0x3ff) return 1
  if (code >= 0x400 && code <= 0x52f) return 2
  if (code >= 0x600 && code <= 0x6ff) return 3
  return /\p{L}/u.test(String.fromCodePoint(code)) ? 4 : NOT_A_LETTER
}

/** The script most letters are written in, from the first 5,000 letters; null when there are none. */
export function dominantScript(text: string): string | null {
  const counts = [0, 0, 0, 0, 0]
  let seen = 0
  for (let i = 0; i < text.length && seen < 5000; i++) {
    const code = text.codePointAt(i)!
    if (code > 0xffff) i++
    const script = scriptOf(code)
    if (script === NOT_A_LETTER) continue
    seen++
    counts[script]!++
  }
  if (seen === 0) return null
  let best = 0
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k
  return SCRIPTS[best]!
}

/** A credit opening ("Additional reporting by", "With") followed by names only. */
function creditValue(t: string, words: string[]): string | null {
  if (words.length > 16) return null
  const stripped = stripMarks(t)
  const lead = openingPhrase(stripped, 'creditLead')
  if (lead === null) return null
  const rest = stripped.slice(lead.length).replace(/^\s*:?\s*/, '')
  if (rest === '' || !isNameList(rest.replace(/[.]$/, ''), 14)) return null
  // A one-word opening ("With …", "Sources …") reads as prose unless marked, labelled or all agencies.
  const marked = stripped !== t || /^\s*:/.test(stripped.slice(lead.length))
  if (!lead.includes(' ') && !marked && !isAgencyList(rest.replace(/[.]$/, ''))) return null
  return stripped
}

/** "Image: REUTERS", "PHOTO: Harbour authority / handout", "Photo by Jan Nowak/Reuters", "(Photo: AFP)". */
function isPhotoCredit(t: string, words: string[]): boolean {
  if (words.length > 10) return false
  const s = t.replace(/^\(|\)$/g, '')
  const label = openingPhrase(s, 'photoLabel')
  if (label === null) return false
  const after = s.slice(label.length)
  // "Image source, Reuters": a comma only after a label of two words ("Photos, videos and … show" is prose).
  const separator = label.includes(' ') ? /^\s*(?::|,|by\b|[-–—]\s)\s*\S/i : /^\s*(?::|by\b|[-–—]\s)\s*\S/i
  return separator.test(after) && !/[.!?]\s/.test(after)
}

/** Where a picture credit starts at the end of a line ("… Picture: REUTERS/NAME", "… EPA-EFE/KIM LUDBROOK"), or -1. */
export function trailingPhotoCredit(t: string): number {
  const tail = t.slice(-120)
  if (!tail.includes(':') && !tail.includes('/') && !tail.includes(' by ') && !tail.includes('Getty')) return -1
  const offset = t.length - tail.length
  // "… after an earthquake. Photo: EFE/EPA/NAME" — a label in the last sentence of the line.
  for (const m of tail.matchAll(/(?:^|[\s(.])(\p{L}+)\s*(?::|\bby\b)\s*[^.!?:]{1,70}\)?$/gu)) {
    const at = m.index + m[0].indexOf(m[1]!)
    const rest = tail.slice(at)
    if (openingPhrase(rest, 'photoLabel') !== null && isPhotoCredit(rest, firstWords(rest, 10))) return offset + at
  }
  // "… EPA-EFE/KIM LUDBROOK": an agency, a slash and a name in capitals, ending the line.
  const slash = /(?:^|\s)(\p{Lu}[\p{Lu}\p{N}-]+(?:\/\p{Lu}[\p{Lu}\p{N}-]+)*\/\p{Lu}[\p{Lu}\p{M} .'’-]+)$/u.exec(tail)
  if (slash && isAgencyList(slash[1]!)) return offset + slash.index + slash[0].indexOf(slash[1]!)
  if (/(?:^|\s)Getty Images\)?$/.test(tail)) return offset + tail.lastIndexOf('Getty')
  return -1
}

/**
 * A time-stamp line: "Updated: 29 JAN 24 10:45 ET", "Published January 30, 2024 | 08:40 AM",
 * "14:32 GMT", "Updated 4 hours ago". Past an optional label, the line holds
 * dates, times, weekdays, zones and separators and nothing else, so a sentence
 * that opens with a label and a date ("Posted 3 March, the letter said …") stays.
 */
function readTimestamp(t: string, words: string[], reference: Date): { published: boolean; date: string | null } | null {
  if (words.length > 16 || !/\d/.test(t)) return null
  const published = openingPhrase(t, 'published')
  const label = published ?? openingPhrase(t, 'updated')
  const stamp = label === null ? t : t.slice(label.length)
  // "Updated 4 hours ago": relative times are not dates, but a label and a short line make a stamp.
  const relative = label !== null && words.length <= 6
  // Words that are no part of a date or time rule the line out before any parsing.
  if (!onlyDateWords(stamp)) return relative || isTimeAgo(stamp) ? { published: false, date: null } : null
  const found = findDates(stamp, reference)
  if (found.length === 0) return relative ? { published: false, date: null } : null
  return { published: published !== null, date: found.find((d) => d.iso !== null)?.iso ?? null }
}

/** "5 hours ago", "2 days ago": a page's relative stamp (no date can be read from it). */
function isTimeAgo(text: string): boolean {
  const w = firstWords(text, 3)
  return w.length === 3 && /^\d{1,3}$/.test(w[0]!) && durationSeconds(w[1]!) !== undefined && w[2]!.toLowerCase() === 'ago'
}

/** Every word is a number, a month, a weekday, a time zone or a joining word: "Tuesday 15 Feb 2022 | 18.05 GMT". */
function onlyDateWords(text: string): boolean {
  const zones = furniture().timeZones
  for (const w of firstWords(text, 16)) {
    const b = bare(w).toLowerCase()
    if (b === '' || /\d/.test(b) || zones.has(b) || /^(?:on|at|the|of)$/.test(b)) continue
    if (monthNumber(b) === undefined && weekdayNumber(b) === undefined) return false
  }
  return true
}

/** "Zeeshan Mehtab Published January 30, 2024 | 08:40 AM": a name, then a time stamp. */
function nameThenStamp(t: string, words: string[], reference: Date): LineShape | null {
  if (words.length > 16) return null
  const m = /\s(Published|Updated|Posted|Last updated|First published|Originally published)\b/.exec(t)
  if (!m) return null
  const name = trimWhere(t.slice(0, m.index), charsIn(' |,·–—-'), 'end')
  if (!isNameList(name, 5) || firstWords(name, 5).length < 2) return null
  const stamp = readTimestamp(t.slice(m.index + 1), firstWords(t.slice(m.index + 1), 16), reference)
  if (!stamp) return null
  return { kind: 'byline', byline: name, stampAt: m.index + 1, ...stamp }
}

function readByline(t: string, words: string[], reference: Date): LineShape | null {
  if (words.length > 20) return null
  const lead = openingPhrase(t, 'bylineLead')
  if (lead !== null) {
    const rest = t.slice(lead.length)
    // "By A, CNN | Updated 3 March 2023": the stamp after the names is a part of its own.
    const stamp = /\s[|·•–—-]?\s*(?=(?:Published|Updated|Posted|Last updated)\b)/.exec(rest)
    const names = trimWhere(stamp ? rest.slice(0, stamp.index) : rest, charsIn(' |,·'), 'end')
    if (/^\s/.test(rest) && isNameList(names, 12) && !endsWithPunctuation(names)) {
      if (!stamp) return { kind: 'byline', byline: t, stampAt: null, published: false, date: null }
      const at = lead.length + stamp.index + stamp[0].length
      const ts = readTimestamp(t.slice(at), firstWords(t.slice(at), 16), reference)
      if (ts) return { kind: 'byline', byline: t.slice(0, lead.length) + names, stampAt: at, ...ts }
    }
  }
  return nameThenStamp(t, words, reference)
}

export function isSummaryLabel(t: string): boolean {
  return t.length <= 40 && furniture().summaryLabels.has(t.toLowerCase().replace(/[\s:：.]+$/u, ''))
}

const BLANK: LineShape = { kind: 'blank' }
const BODY: LineShape = { kind: 'body' }
const BOILERPLATE: LineShape = { kind: 'boilerplate' }
const BULLET_LINE: LineShape = { kind: 'bullet' }
const TWO_LETTERS = /\p{L}[^\p{L}]*\p{L}/u

const escape = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

let outreachPattern: RegExp | undefined
/** "CNN Sport has contacted the IOC … for further comment": the outlet's note on its own reporting. */
function isOutreach(t: string, words: string[]): boolean {
  if (words.length > 60 || !furniture().agencyHeads.has(leadingWord(t))) return false
  outreachPattern ??= new RegExp(`\\b(?:${furniture().outreach.map(escape).join('|')})\\b`, 'i')
  return outreachPattern.test(t)
}

let footerPattern: RegExp | undefined
function isFooter(t: string, words: string[]): boolean {
  footerPattern ??= new RegExp(furniture().footerPhrases.map(escape).join('|'), 'i')
  return words.length <= 25 && footerPattern.test(t)
}

/**
 * The shape of one line. `script` is the report's own script: a short line in
 * another one ("Ещё видео!" under an English story) is a player's chrome.
 * The cheap tests come first and most need a short line: this runs on every
 * line of every file, up to millions of them.
 */
export function shapeOf(line: string, script: string, reference: Date): LineShape {
  const t = line.trim()
  if (t === '') return BLANK
  if (t.length > LONG) return BODY
  // Fewer than two letters: no furniture is written like that (a stray digit, a bullet glyph).
  if (!TWO_LETTERS.test(t)) return BULLET.test(t) ? BULLET_LINE : BODY
  const words = firstWords(t, 80)
  const credit = creditValue(t, words)
  if (credit !== null) return { kind: 'credit', value: credit }
  if (words.length <= 6 && isAgencyList(stripMarks(t))) return { kind: 'agency', value: stripMarks(t) }
  if (isPhotoCredit(t, words)) return { kind: 'photoCredit' }
  if (words.length <= 15 && LINKISH.test(t)) return BOILERPLATE
  if (isCallToAction(t, words) || isShareBar(words) || isBanner(t, words) || isFooter(t, words) || isOutreach(t, words)) return BOILERPLATE
  if (words.length <= 6) {
    if (SOCIAL_LABEL.test(t)) return BOILERPLATE
    const own = dominantScript(t)
    if (own !== null && own !== script) return BOILERPLATE
    if (isSummaryLabel(t)) return { kind: 'summaryLabel' }
  }
  const byline = readByline(t, words, reference)
  if (byline) return byline
  const stamp = readTimestamp(t, words, reference)
  if (stamp) return { kind: 'timestamp', ...stamp }
  if (words.length <= 8 && /^\p{Lu}/u.test(t)) {
    const dateline = scanDateline(t, reference, true)
    if (dateline) return { kind: 'dateline', dateline }
  }
  if (words.length >= 2 && words.length <= 60 && trailingPhotoCredit(t) > 0) return { kind: 'caption' }
  if (BULLET.test(t)) return BULLET_LINE
  return BODY
}
