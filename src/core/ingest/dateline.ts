/**
 * Datelines at the head of a lede, or on a line of their own, read by shape:
 *
 *   PLACE [(Region) | , Region] [, DATE | DATE] [(AGENCY [- DATE])] SEPARATOR body
 *   (AGENCY) SEPARATOR body            (DATE) body
 *
 * "RABAT (Morocco), Sept 9: A rare…", "KYIV, Ukraine, Feb 15 (Reuters) - …",
 * "Moscow, (APP - UrduPoint / Pakistan Point News - 30th Jan, 2024) The Kremlin…",
 * "BRUSSELS (AP) — …", "(CNN) — …", "(15 Feb 2022) NATO…", "BRUSSELS, FRANCE".
 *
 * A place in capitals is a dateline by its shape; a place written in mixed case
 * must be backed by a date, an agency, or the country/capital table, so an
 * ordinary sentence ("Jane Doe — the mayor — said") is never read as one.
 */
import { findDates, type FoundDate } from './dates'
import { charsIn, isAllCaps, isKnownPlace, opensWithAgency, trimWhere } from './words'

export interface Dateline {
  /** The place as written: "RABAT (Morocco)", "KYIV, Ukraine", "Moscow"; null for "(CNN) —". */
  place: string | null
  /** The agency credited in the dateline: "AP", "CNN", "APP - UrduPoint / Pakistan Point News". */
  credit: string | null
  /** The day the dateline names, YYYY-MM-DD. */
  date: string | null
  /** Where the body starts: the dateline is `text.slice(0, end)`, separator included. */
  end: number
}

/** Only the head of a paragraph is looked at. */
const HEAD = 240

const PLACE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:(?:de|da|do|del|des|du|es|el|al|la|le|of|on|upon|am|an|sur|im) )?\p{Lu}[\p{L}\p{M}.'’-]*){0,3}/u
const GROUP = /^,?\s*\(([^()\n]{1,120})\)/
const REGION = /^,\s*(\p{Lu}[\p{L}\p{M}.'’ -]{0,38}?)(?=\s*(?:[,(:—–]|-{1,2}\s|$))/u
const SEPARATOR = /^\s*(?:[—–]+|-{1,2}|:)\s*/
const BODY_START = /^["“‘'«([\p{Lu}\p{N}]/u

interface Group {
  credit: string | null
  date: string | null
  region: string | null
}

/** What a bracketed group holds: a day, an agency (maybe with a day), or a region. */
function readGroup(content: string, reference: Date): Group | null {
  const found = findDates(content, reference).find((d) => d.iso !== null)
  let rest = content
  if (found) rest = content.slice(0, found.index) + ' ' + content.slice(found.end)
  rest = trimWhere(rest, charsIn(' ,;|/–—-')).replace(/ {2,}/g, ' ')
  const date = found?.iso ?? null
  if (rest === '') return date ? { credit: null, date, region: null } : null
  if (opensWithAgency(rest)) return { credit: rest, date, region: null }
  if (!date && isKnownPlace(rest)) return { credit: null, date: null, region: rest }
  return null
}

/**
 * The dateline opening `text`, or null. `standalone`: the line must hold the
 * dateline and nothing else ("BRUSSELS, FRANCE").
 */
export function scanDateline(text: string, reference: Date, standalone: boolean): Dateline | null {
  const head = text.slice(0, HEAD)
  let pos: number
  let place: string | null = null
  let placeEnd: number
  let credit: string | null = null
  let date: string | null = null
  let known = false
  let lastWasGroup = false

  const opening = GROUP.exec(head)
  if (opening && !head.startsWith(',')) {
    const g = readGroup(opening[1]!, reference)
    if (!g || g.region) return null
    ;({ credit, date } = g)
    pos = opening[0].length
    lastWasGroup = true
  } else {
    const p = PLACE.exec(head)
    if (!p) return null
    pos = placeEnd = p[0].length
    place = p[0]
    known = isKnownPlace(place)
    for (let segment = 0; segment < 3; segment++) {
      const rest = head.slice(pos)
      const group = GROUP.exec(rest)
      if (group) {
        const g = readGroup(group[1]!, reference)
        if (!g) break
        if (g.region) {
          if (credit || date) break
          known = true
          placeEnd = pos + group[0].length
        }
        credit ??= g.credit
        date ??= g.date
        pos += group[0].length
        lastWasGroup = true
        continue
      }
      // ", Sept 9" / " Feb 15": a day straight after the place or region.
      const day = /^,?\s*/.exec(rest)![0].length
      const found: FoundDate | undefined = date ? undefined : findDates(rest.slice(day, day + 40), reference)[0]
      if (found && found.index === 0 && found.iso) {
        date = found.iso
        pos += day + found.end
        lastWasGroup = false
        continue
      }
      const region = credit || date ? null : REGION.exec(rest)
      if (region && (isKnownPlace(region[1]!) || isAllCaps(region[1]!) === isAllCaps(place))) {
        known ||= isKnownPlace(region[1]!)
        pos += region[0].length
        placeEnd = pos
        lastWasGroup = false
        continue
      }
      break
    }
    place = head.slice(0, placeEnd).trim()
    const city = place
      .replace(/\([^)]*\)/g, '')
      .split(',')[0]!
      .trim()
    // A short capitals word alone ("NATO —", "BRICS —") is an acronym more often than a city.
    const caps = isAllCaps(city) && (city.includes(' ') || city.length > 5)
    if (!caps && !known && !credit && !date) return null
  }

  const sep = SEPARATOR.exec(head.slice(pos))
  const rest = head.slice(pos + (sep ? sep[0].length : 0))
  if (standalone) {
    if (rest.trim() !== '' || text.length > HEAD) return null
    // Alone on a line, a place is a dateline in capitals and known ("BRUSSELS, FRANCE", "MOSCOW"), or with a
    // date or an agency; "GROUP EXPANSION" is a section label, and "Russia" alone a subhead.
    if (place !== null && !credit && !date && !(known && isAllCaps(place))) return null
    return { place, credit, date, end: text.length }
  }
  if (sep) {
    // "WASHINGTON: …" — a colon after a bare capitals word is as often a speaker's label or a kicker.
    if (sep[0].includes(':') && place !== null && !known && !credit && !date) return null
  } else if (!lastWasGroup) {
    return null
  }
  const bodyAt = pos + (sep ? sep[0].length : /^\s*/.exec(head.slice(pos))![0].length)
  if (!BODY_START.test(head.slice(bodyAt))) return null
  return { place, credit, date, end: bodyAt }
}
