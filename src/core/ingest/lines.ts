/**
 * Classifies body lines by shape, not by known strings, so new sources' trailers,
 * section labels and captions fall out the same way the seeds' do.
 */

export type LineRole = 'body' | 'credit' | 'dateline' | 'section' | 'caption' | 'boilerplate'

/** "* With AFP, Ansa and Reuters", "*With information from AFP and EFE", "(With Reuters)". */
const CREDIT = /^(?:\*+\s*|\(\s*)(with\b[^)]*?)\)?\s*$/i

/** Link placeholders and URLs: a line that points elsewhere is not reporting. */
const LINKISH = /\[[^\]]{0,60}\]|https?:\/\/|www\.\S+|\S+@\S+\.\w{2,}/i

/** Calls to action that close agency feeds and video pages. */
const CALL_TO_ACTION =
  /^(?:find out more|read more|see more|watch more|more videos?|more on this|subscribe|follow us|follow (?:\S+ )?on (?:twitter|facebook|instagram|telegram|youtube|tiktok|x)\b|share (?:this|on)|like us|sign up|download (?:our|the app)|click (?:here|to)|you can license|license this|to license|for more (?:news|videos|stories)|related:|advertisement\s*$|copyright (?:©|\d)|©|all rights reserved)/i

/** "Twitter:", "Facebook -": social network labels, whatever the network. */
const SOCIAL_LABEL = /^(?:[\p{L}\s]{2,20}):\s*(?:\[|https?:|@|$)/u

/** "Photo: EFE/EPA/NAME", "Photo by …", "(Image: Reuters)"; or a line ending in an agency credit "REUTERS/Name". */
const CAPTION = /\b(?:photo|foto|image|picture|credit)s?\s*(?::|by\b)\s*\S|\bgetty images\b/i
const AGENCY_CREDIT = /\b[A-Z]{2,}\/[A-Z][A-Z .'-]+\s*$/

/** The script of one letter, by code point block; `null` for anything that is not a letter. */
function scriptOf(code: number): string | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'latin'
  if (code < 0xc0) return null
  if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff)) return code === 0xd7 || code === 0xf7 ? null : 'latin'
  if (code >= 0x370 && code <= 0x3ff) return 'greek'
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic'
  if (code >= 0x600 && code <= 0x6ff) return 'arabic'
  return /\p{L}/u.test(String.fromCodePoint(code)) ? 'other' : null
}

function isAllCaps(line: string): boolean {
  let cased = 0
  for (const ch of line) {
    const upper = ch.toUpperCase()
    if (upper === ch.toLowerCase()) continue
    if (ch !== upper) return false
    cased++
  }
  return cased >= 3
}

/**
 * The script most letters are written in (latin, cyrillic, greek, arabic or
 * other), or null when there are none. One pass over code points: this runs on
 * every short line of every report.
 */
export function dominantScript(text: string): string | null {
  const counts = new Map<string, number>()
  let seen = 0
  for (let i = 0; i < text.length && seen < 5000; i++) {
    const code = text.codePointAt(i)!
    if (code > 0xffff) i++
    const script = scriptOf(code)
    if (script === null) continue
    seen++
    counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [script, n] of counts) if (best === null || n > counts.get(best)!) best = script
  return best
}

export interface LineVerdict {
  role: LineRole
  /** For credits and datelines: the value to keep as metadata. */
  value?: string
}

export function classifyLine(line: string, script: string): LineVerdict {
  const t = line.trim()
  if (t === '') return { role: 'body' }
  const credit = CREDIT.exec(t)
  if (credit && t.split(/\s+/).length <= 12) return { role: 'credit', value: (credit[1] ?? '').trim() }
  const words = t.split(/\s+/).length
  if (LINKISH.test(t) && words <= 15) return { role: 'boilerplate' }
  if (CALL_TO_ACTION.test(t) && words <= 20) return { role: 'boilerplate' }
  if (SOCIAL_LABEL.test(t) && words <= 6) return { role: 'boilerplate' }
  // A short line in another script than the report (a player's "more videos!") is page chrome.
  if (words <= 6) {
    const own = dominantScript(t)
    if (own !== null && own !== script) return { role: 'boilerplate' }
  }
  if (isAllCaps(t) && words <= 6 && !/[.!?]$/.test(t)) {
    // "BRUSSELS, FRANCE" has the place shape; "INTERNATIONAL WRITING" is a desk label.
    return /^[^,]+,[^,]+$/.test(t) || /\(\w+\)\s*$/.test(t) ? { role: 'dateline', value: t } : { role: 'section' }
  }
  if ((CAPTION.test(t) || AGENCY_CREDIT.test(t)) && words <= 40) return { role: 'caption' }
  return { role: 'body' }
}

/** "BRUSSELS (AP) — …" / "KYIV, Ukraine — …" at the start of a paragraph. */
const INLINE_DATELINE = /^([A-Z][A-Z .'-]{2,}(?:, [A-Z][\p{L} .'-]+)?(?: \([A-Za-z]+\))?)\s*[—–-]{1,2}\s+(?=\S)/u

export function takeInlineDateline(line: string): { dateline: string; rest: string } | null {
  const m = INLINE_DATELINE.exec(line)
  if (!m) return null
  return { dateline: (m[1] ?? '').trim(), rest: line.slice(m[0].length) }
}
