import type { BriefAccount, BriefDisagreement, BriefDisagreementSide, BriefItem, BriefLedeSentence, BriefModel, BriefSection, BriefSource } from './types'
import { VERDICT_LABELS } from './types'
import { quoted } from './quotes'
import { formatDate } from './title'

/** Report text is untrusted: backslash-escape what Markdown (or HTML inside it) would interpret. */
export function escapeMarkdown(text: string): string {
  // Intraword underscores (file_names) are literal in CommonMark, so they stay readable.
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*[\]<>#|]/g, (c) => `\\${c}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
}

export function citationList(numbers: number[]): string {
  return numbers.map((n) => `[${n}]`).join('')
}

/** "3 claims used, 1 verified (33%)": shared by every format so they say the same thing. */
export function usageLine(s: BriefSource): string {
  if (s.claimsUsed === 0) return 'no claims used'
  const share = Math.round((100 * s.verified) / s.claimsUsed)
  return `${s.claimsUsed} ${s.claimsUsed === 1 ? 'claim' : 'claims'} used, ${s.verified} verified (${share}%)`
}

/** The source's description after its label: date, dateline, credits. */
export function sourceDetails(s: BriefSource): string[] {
  return [s.date ? formatDate(s.date) : 'undated', s.dateline, ...s.credits].filter((d): d is string => Boolean(d))
}

/** Where a side stands when no report states it: the lexicon's world data. */
export const REFERENCE = 'reference data'

/** "Figures — people (killed)": what a disagreement is about, the same in every format. */
export function disagreementHeading(d: BriefDisagreement): string {
  return `${d.label} — ${d.topic}`
}

/** A side as every format prints it before its citations: its words as written, quoted. */
export function sideText(side: BriefDisagreementSide): string {
  return `“${side.text}”`
}

export function metaLine(model: BriefModel): string {
  const n = model.sources.length
  return [model.dateLabel, `${n} ${n === 1 ? 'report' : 'reports'}`, model.preparedBy ? `Prepared by ${model.preparedBy}` : null].filter(Boolean).join(' · ')
}

export function renderMarkdown(model: BriefModel): string {
  const out: string[] = [`# ${escapeMarkdown(model.title)}`, '', `*${escapeMarkdown(metaLine(model))}*`, '']
  if (model.lede.length > 0) out.push(model.lede.map(ledeSentence).join(' '), '')
  for (const section of model.sections) out.push(...sectionLines(section), '')
  out.push('## Where sources disagree', '')
  if (model.disagreements.length === 0) out.push('No disagreements found between the sources.')
  for (const d of model.disagreements) {
    const sides = d.sides.map((side) => `${escapeMarkdown(sideText(side))} ${side.citations.length > 0 ? citationList(side.citations) : `(${REFERENCE})`}`)
    out.push(`- **${escapeMarkdown(disagreementHeading(d))}:** ${sides.join(' vs ')}`, ...d.sides.flatMap((side) => side.accounts.map((a) => `  - ${account(a)}`)))
  }
  out.push('', '## Who said what', '')
  if (model.speakers.length === 0) out.push('No attributed statements.')
  for (const s of model.speakers) {
    out.push(`### ${escapeMarkdown(s.name)}${s.role ? ` (${escapeMarkdown(s.role)})` : ''}`, '')
    for (const st of s.statements) out.push(`- ${escapeMarkdown(quoted(st.text))} *(${VERDICT_LABELS[st.verdict]})* ${citationList(st.citations)}`)
    out.push('')
  }
  if (model.closing) out.push('## Closing note', '', escapeMarkdown(model.closing), '')
  out.push('## Sources', '')
  if (model.sources.length === 0) out.push('No reports imported.')
  for (const source of model.sources) out.push(sourceLine(source))
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}

function ledeSentence(s: BriefLedeSentence): string {
  if (!s.quoted) return escapeMarkdown(s.text)
  return `${s.speaker ? `${escapeMarkdown(s.speaker)}: ` : ''}${escapeMarkdown(quoted(s.text))} ${citationList(s.citations)}`
}

function sectionLines(section: BriefSection): string[] {
  const lines = [`## ${section.heading}`, '']
  if (section.items.length === 0) return [...lines, section.empty]
  for (const topic of section.topics) {
    if (section.topics.length > 1) lines.push(`### ${topic.label ? escapeMarkdown(topic.label) : 'Other claims'}`, '')
    for (const item of topic.items) lines.push(...itemLines(item, section.verdict === 'disputed'))
    lines.push('')
  }
  return lines
}

function itemLines(item: BriefItem, withAccounts: boolean): string[] {
  const speaker = item.speaker ? ` — ${escapeMarkdown(item.speaker)}` : ''
  const lines = [`- ${escapeMarkdown(item.text)}${speaker} ${citationList(item.citations)}`]
  for (const { note, editor } of item.notes) {
    lines.push(`  - *Editor's note${editor ? ` (${escapeMarkdown(editor)})` : ''}:* ${escapeMarkdown(note)}`)
  }
  // A disputed claim shows how each source put it, so the reader sees who says what.
  if (withAccounts && item.accounts.length > 1) lines.push(...item.accounts.map((a) => `  - ${account(a)}`))
  return lines
}

function account(a: BriefAccount): string {
  return `[${a.citation}] ${escapeMarkdown(quoted(a.text))}${a.speaker ? ` — ${escapeMarkdown(a.speaker)}` : ''}`
}

function sourceLine(s: BriefSource): string {
  const file = s.label !== s.file ? ` (${escapeMarkdown(s.file)})` : ''
  return `- [${s.n}] ${escapeMarkdown(s.label)}${file} — ${[...sourceDetails(s), usageLine(s)].map(escapeMarkdown).join(' — ')}`
}
