import {
  coverageLine,
  disagreementHeading,
  evidenceStatus,
  metaLine,
  oneAccountPerSource,
  sideStatus,
  sourceDetails,
  sourceFile,
  sourceHeadline,
  sourceName
} from './phrases'
import { linkOf } from '../reports/label'
import type { BriefAccount, BriefItem, BriefModel, BriefSection, BriefSource, Wording } from './types'
import { VERDICT_LABELS } from './types'
import { namesSpeaker } from './wording'

/** Report text is untrusted: backslash-escape what Markdown (or HTML inside it) would interpret. */
export function escapeMarkdown(text: string): string {
  // Intraword underscores (file_names) are literal in CommonMark, so they stay readable.
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*[\]<>#|]/g, (c) => `\\${c}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
}

export function citationList(numbers: readonly number[]): string {
  return numbers.map((n) => `[${n}]`).join('')
}

/** Runs as Markdown: quotes in “…”, citations as [n], a status in italics. */
export function markdownRuns(wording: Wording): string {
  return wording
    .map((r) => {
      switch (r.kind) {
        case 'text':
          return escapeMarkdown(r.text)
        case 'quote':
          return `“${escapeMarkdown(r.text)}”`
        case 'cite':
          return citationList(r.sources)
        case 'status':
          return `*${escapeMarkdown(r.text)}*`
      }
    })
    .join('')
}

const speakerSuffix = (wording: Wording, speaker: string | null): string => (speaker && !namesSpeaker(wording, speaker) ? ` — ${escapeMarkdown(speaker)}` : '')

export function renderMarkdown(model: BriefModel): string {
  const out: string[] = [`# ${escapeMarkdown(model.title)}`, '', `*${escapeMarkdown(metaLine(model))}*`, '']
  for (const paragraph of model.lede) out.push(markdownRuns(paragraph), '')
  for (const section of model.sections) out.push(...sectionLines(section), '')
  out.push('## Where sources disagree', '')
  if (model.disagreements.length === 0) out.push('No disagreements found between the sources.')
  for (const d of model.disagreements) {
    const sides = d.sides.map((side) => `${markdownRuns(side.wording)} ${citationList(side.citations)} *(${sideStatus(side)})*`.replace(/ {2,}/g, ' '))
    out.push(`- **${escapeMarkdown(disagreementHeading(d))}:** ${sides.join(' vs ')}`)
    for (const side of d.sides) out.push(...oneAccountPerSource(side.accounts).map((a) => `  - ${account(a, true)}`))
  }
  out.push('', '## Who said what', '')
  if (model.speakers.length === 0) out.push('No attributed statements.')
  for (const s of model.speakers) {
    out.push(`### ${escapeMarkdown(s.name)}${s.role ? ` (${escapeMarkdown(s.role)})` : ''}`, '')
    for (const st of s.statements) out.push(`- ${markdownRuns(st.wording)} *(${VERDICT_LABELS[st.verdict]})* ${citationList(st.citations)}`)
    out.push('')
  }
  if (model.closing) out.push('## Closing note', '', escapeMarkdown(model.closing), '')
  out.push('## Sources', '', `*${escapeMarkdown(coverageLine(model))} · ${escapeMarkdown(model.asOfLabel)}*`, '')
  if (model.sources.length === 0) out.push('No reports imported.')
  for (const source of model.sources) out.push(sourceLine(source))
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}

function sectionLines(section: BriefSection): string[] {
  const lines = [`## ${section.heading}`, '']
  if (section.items.length === 0) return [...lines, section.empty]
  for (const topic of section.topics) {
    if (section.topics.length > 1) lines.push(`### ${topic.label ? escapeMarkdown(topic.label) : 'Other claims'}`, '')
    for (const item of topic.items) lines.push(...itemLines(item))
    lines.push('')
  }
  return lines
}

function itemLines(item: BriefItem): string[] {
  const lines = [`- ${markdownRuns(item.wording)}${speakerSuffix(item.wording, item.speaker)} ${citationList(item.citations)}`]
  for (const { note, editor } of item.notes) {
    lines.push(`  - *Editor's note${editor ? ` (${escapeMarkdown(editor)})` : ''}:* ${escapeMarkdown(note)}`)
  }
  for (const e of item.evidence) {
    // An autolink only for an address a reader can open, normalised so it cannot close the <…> early.
    const href = linkOf({ url: e.link })
    lines.push(`  - *Evidence:* ${href ? `<${href}>` : escapeMarkdown(e.link)} (${escapeMarkdown(evidenceStatus(e))})`)
  }
  // How each source put it, so the reader sees who says what.
  if (item.showAccounts) lines.push(...item.accounts.map((a) => `  - ${account(a, false)}`))
  return lines
}

function account(a: BriefAccount, withVerdict: boolean): string {
  const verdict = withVerdict && a.verdict !== 'unreviewed' ? ` *(${VERDICT_LABELS[a.verdict]})*` : ''
  return `[${a.citation}] ${markdownRuns(a.wording)}${speakerSuffix(a.wording, a.speaker)}${verdict}`
}

function sourceLine(s: BriefSource): string {
  const headline = sourceHeadline(s)
  const parts = [`**${escapeMarkdown(sourceName(s))}**${headline ? ` — *${escapeMarkdown(headline)}*` : ''}`, ...sourceDetails(s).map(escapeMarkdown)]
  const file = sourceFile(s)
  if (s.url) parts.push(`<${s.url}>`)
  else if (file) parts.push(escapeMarkdown(file))
  return `- [${s.n}] ${parts.join(' · ')}`
}
