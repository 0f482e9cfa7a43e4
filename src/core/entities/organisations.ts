/**
 * Organisations by name: a short list of the institutions news copy names
 * most, ministries by shape ("Ministry of Defense", "Foreign Ministry"), and
 * acronyms that are not countries. Values are canonical ("the Kremlin" → Kremlin).
 */

const KNOWN: [RegExp, string][] = [
  [/\bNATO\b|\bNorth Atlantic Treaty Organi[sz]ation\b|\bAtlantic Alliance\b/g, 'NATO'],
  [/\b(?:the )?Kremlin\b/g, 'Kremlin'],
  [/\bEuropean Union\b|\bEU\b/g, 'European Union'],
  [/\bEuropean Commission\b/g, 'European Commission'],
  [/\bUnited Nations\b|\bUN\b|\bU\.N\.(?=\s)/g, 'United Nations'],
  [/\b(?:UN |U\.N\. )?Security Council\b/g, 'UN Security Council'],
  [/\bOSCE\b/g, 'OSCE'],
  [/\bPentagon\b/g, 'Pentagon'],
  [/\bWhite House\b/g, 'White House'],
  [/\bState Department\b/g, 'State Department'],
  [/\bDowning Street\b/g, 'Downing Street'],
  [/\bElysee\b|\bÉlysée\b/g, 'Élysée'],
  [/\bNorthern Fleet\b|\bBlack Sea Fleet\b|\bBaltic Fleet\b/g, ''],
  [/\bNational Guard(?: of \p{Lu}\p{Ll}+)?\b/gu, ''],
  [/\b(?:AFP|Reuters|Associated Press|AP|EFE|Ansa|TASS|Interfax|DPA|Xinhua)\b/g, ''],
  [/\bG7\b|\bG20\b|\bIMF\b|\bWorld Bank\b|\bWHO\b|\bCongress\b|\bDuma\b|\bBundestag\b/g, ''],
  [/\b(?:Ministry|Department) of (?:Foreign Affairs|Defen[cs]e|the Interior|Interior|Finance|Health|Justice|Emergency Situations)\b/g, ''],
  [/\b(?:Foreign|Defen[cs]e|Interior|Finance|Health) Ministry\b/g, '']
]

const NOT_ORG = new Set(['US', 'UK', 'USA', 'TV', 'AM', 'PM', 'OK', 'CEO', 'ID'])

export interface OrgMention {
  start: number
  end: number
  text: string
  value: string
}

/** All known names in one alternation, one group per entry, so a claim is scanned once. */
const ALL = new RegExp(KNOWN.map(([re]) => `(${re.source})`).join('|'), 'gu')
const GROUP_STARTS: number[] = []
{
  let g = 1
  for (const [re] of KNOWN) {
    GROUP_STARTS.push(g)
    g += 1 + (new RegExp(`${re.source}|`, 'u').exec('')!.length - 1)
  }
}

export function organisationsIn(text: string): OrgMention[] {
  const out: OrgMention[] = []
  const taken = (s: number, e: number): boolean => out.some((o) => s < o.end && e > o.start)
  for (const m of text.matchAll(ALL)) {
    const k = GROUP_STARTS.findIndex((g) => m[g] !== undefined)
    const canonical = KNOWN[k]?.[1] ?? ''
    const name = m[0].replace(/^the /, '')
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: canonical || name.replace(/Defence/, 'Defense') })
  }
  for (const m of text.matchAll(/\b[A-Z]{2,5}\b/g)) {
    if (NOT_ORG.has(m[0]) || taken(m.index, m.index + m[0].length) || /[\p{L}.]/u.test(text[m.index - 1] ?? '') || /\p{L}/u.test(text[m.index + m[0].length] ?? ''))
      continue
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: m[0] })
  }
  return out.sort((a, b) => a.start - b.start)
}
