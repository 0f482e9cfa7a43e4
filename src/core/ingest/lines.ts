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

function letters(line: string): string {
  return line.replace(/[^\p{L}]/gu, '')
}

function isAllCaps(line: string): boolean {
  const l = letters(line)
  return l.length >= 3 && l === l.toUpperCase() && l !== l.toLowerCase()
}

/** The script most letters of the report are written in (Latin, Cyrillic, …). */
export function dominantScript(text: string): string {
  // One regex pass per script over the sample, not four regex tests per letter: this runs on every line.
  const sample = letters(text).slice(0, 5000)
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0
  const counts: [string, number][] = [
    ['latin', count(/\p{Script=Latin}/gu)],
    ['cyrillic', count(/\p{Script=Cyrillic}/gu)],
    ['greek', count(/\p{Script=Greek}/gu)],
    ['arabic', count(/\p{Script=Arabic}/gu)]
  ]
  counts.push(['other', sample.length - counts.reduce((n, [, c]) => n + c, 0)])
  const best = counts.filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1])[0]
  return best?.[0] ?? 'latin'
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
  if (words <= 6 && letters(t).length > 0 && dominantScript(t) !== script) return { role: 'boilerplate' }
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
