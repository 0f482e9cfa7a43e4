/**
 * The header block some files open with: `source: URL`, `date: 2023-09-09`,
 * `title: …`, `author: …` — keys from the furniture lexicon, one a line. The
 * seeds' form `date 2022-02-15 The secretary general…` (a date key and a date
 * running straight into the body) is the same thing on one line.
 */
import type { FurnitureRole } from '../model'
import { furniture, type HeaderKind } from '../lexicon'
import { findDates } from './dates'
import { charsIn, isAgencyList, trimWhere } from './words'

export interface Part {
  role: FurnitureRole
  text: string
}

export interface HeaderBlock {
  parts: Part[]
  url: string | null
  date: string | null
  title: string | null
  byline: string | null
  /** The publication's own name ("outlet: Reuters", an HTML page's site name). */
  outlet: string | null
  credits: string[]
  /** Lines the block used up, from the top. */
  consumed: number
  /** What is left of the last line the block touched, when the body starts on it. */
  remainder: string | null
}

const KEYED = /^(\p{L}[\p{L} ]{0,24}?)\s*:\s*(.*)$/u
/** A key of one or two words with no colon, before a date: "date 2022-02-15 …", "First published 3 March 2023". */
function bareDateKey(line: string): string | null {
  const m = /^(\p{L}+)(?: (\p{L}+))?(?= \S)/u.exec(line)
  if (!m) return null
  for (const key of m[2] ? [`${m[1]} ${m[2]}`, m[1]!] : [m[1]!]) {
    const kind = kindOf(key)
    if (kind === 'date' || kind === 'updated') return key
  }
  return null
}
const URL_VALUE = /^(?:https?:\/\/|www\.)\S+$/i

function kindOf(key: string): HeaderKind | undefined {
  return furniture().headerKeys.get(key.toLowerCase())
}

/** A date opening `value`: its ISO form and where the text after it starts. */
function leadingDate(value: string, reference: Date): { iso: string; end: number } | null {
  const found = findDates(value.slice(0, 80), reference)[0]
  if (!found || found.index !== 0 || found.iso === null) return null
  return { iso: found.iso, end: found.end }
}

export function readHeaders(lines: string[], reference: Date): HeaderBlock {
  const block: HeaderBlock = { parts: [], url: null, date: null, title: null, byline: null, outlet: null, credits: [], consumed: 0, remainder: null }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const keyed = line.length <= 2000 ? KEYED.exec(line) : null
    const bareKey = keyed ? null : bareDateKey(line)
    const key = keyed?.[1] ?? bareKey
    const kind = key == null ? undefined : kindOf(key)
    if (kind === undefined) break
    const value = keyed ? keyed[2]!.trim() : line.slice(bareKey!.length).trimStart()
    if (kind === 'date' || kind === 'updated') {
      const date = leadingDate(value, reference)
      if (!date && !keyed) break
      const valueAt = line.length - value.length
      const stampEnd = date ? valueAt + date.end : line.length
      block.parts.push({ role: 'timestamp', text: line.slice(0, stampEnd).trim() })
      if (kind === 'date' && date) block.date ??= date.iso
      const rest = trimWhere(line.slice(stampEnd), charsIn(' -–—|:,'), 'start')
      block.consumed = i + 1
      if (rest !== '') {
        block.remainder = rest
        break
      }
      continue
    }
    if (!keyed) break
    block.consumed = i + 1
    if (kind === 'url') {
      if (URL_VALUE.test(value)) block.url ??= value
      else if (isAgencyList(value)) {
        block.credits.push(value)
        block.parts.push({ role: 'credit', text: line })
        continue
      }
      block.parts.push({ role: 'boilerplate', text: line })
    } else if (kind === 'title') {
      block.title ??= value || null
      block.parts.push({ role: 'headline', text: line })
    } else if (kind === 'byline') {
      block.byline ??= value || null
      block.parts.push({ role: 'byline', text: line })
    } else if (kind === 'outlet') {
      block.outlet ??= value || null
      block.parts.push({ role: 'boilerplate', text: line })
    } else {
      block.parts.push({ role: 'boilerplate', text: line })
    }
  }
  return block
}
