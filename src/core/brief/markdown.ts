import type { BriefItem, BriefModel, BriefSection, BriefSource } from './model'
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

export function renderMarkdown(model: BriefModel): string {
  const out: string[] = [`# ${escapeMarkdown(model.title)}`, '']
  out.push(`*${model.dateLabel} · ${model.sources.length} ${model.sources.length === 1 ? 'report' : 'reports'}${model.preparedBy ? ` · Prepared by ${escapeMarkdown(model.preparedBy)}` : ''}*`, '')
  for (const section of model.sections) out.push(...sectionLines(section), '')
  out.push('## Sources', '')
  if (model.sources.length === 0) out.push('No reports imported.')
  for (const source of model.sources) out.push(sourceLine(source))
  return `${out.join('\n').trimEnd()}\n`
}

function sectionLines(section: BriefSection): string[] {
  const lines = [`## ${section.heading}`, '']
  if (section.items.length === 0) return [...lines, section.empty]
  for (const item of section.items) lines.push(...itemLines(item))
  return lines
}

function itemLines(item: BriefItem): string[] {
  const speaker = item.speaker ? ` — ${escapeMarkdown(item.speaker)}` : ''
  const lines = [`- ${escapeMarkdown(item.text)}${speaker} ${citationList(item.citations)}`]
  for (const { note, editor } of item.notes) {
    lines.push(`  - *Editor's note${editor ? ` (${escapeMarkdown(editor)})` : ''}:* ${escapeMarkdown(note)}`)
  }
  return lines
}

function sourceLine(s: BriefSource): string {
  const details = [s.date ? formatDate(s.date) : 'undated', s.dateline, ...s.credits].filter(Boolean).map((d) => escapeMarkdown(d!))
  const file = s.label !== s.file ? ` (${escapeMarkdown(s.file)})` : ''
  return `- [${s.n}] ${escapeMarkdown(s.label)}${file} — ${details.join(' — ')}`
}
