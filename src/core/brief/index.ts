import type { StoreData } from '../model'
import { renderClaimReview } from './claimReview'
import { renderCsv } from './csv'
import { renderHtml } from './html'
import { renderMarkdown } from './markdown'
import { buildBrief } from './model'
import type { BriefOptions } from './types'

export { buildBrief, renderClaimReview, renderCsv, renderHtml, renderMarkdown }
export { changedSince } from './changes'
export { briefVerdicts, changedSinceLastBrief, recordBriefVersion } from './versions'
export type * from './types'

export const BRIEF_TEXT_FORMATS = ['md', 'html', 'csv', 'claimreview'] as const
export type BriefTextFormat = (typeof BRIEF_TEXT_FORMATS)[number]
export type BriefFileFormat = BriefTextFormat | 'pdf' | 'docx'

/** What turns the brief's HTML into a PDF: Electron's printToPDF in the app, Chromium in the CLI and tests. */
export type RenderPdf = (html: string) => Promise<Uint8Array>

export interface BriefFile {
  content: string | Uint8Array
  title: string
}

/** A text format of the brief. Deterministic: the only clock is `now`. */
export function renderBrief(data: StoreData, format: BriefTextFormat, options: BriefOptions, now: Date): string {
  if (format === 'csv') return renderCsv(data)
  const model = buildBrief(data, options, now)
  if (format === 'claimreview') return renderClaimReview(model, data, now)
  return format === 'html' ? renderHtml(model) : renderMarkdown(model)
}

/** Any format, as the file to write: the one entry point the desk and the CLI export through. */
export async function renderBriefFile(data: StoreData, format: BriefFileFormat, options: BriefOptions, now: Date, renderPdf: RenderPdf): Promise<BriefFile> {
  const model = buildBrief(data, options, now)
  if (format === 'pdf') return { content: await renderPdf(renderHtml(model, { forPdf: true })), title: model.title }
  if (format === 'docx') {
    // Loaded on demand: the docx library is large, and most CLI commands never write Word files.
    const { renderDocx } = await import('./docx')
    return { content: await renderDocx(model), title: model.title }
  }
  return { content: renderBrief(data, format, options, now), title: model.title }
}

/** File extension per format (ClaimReview is JSON-LD). */
export const BRIEF_EXTENSIONS: Record<BriefFileFormat, string> = { md: 'md', html: 'html', pdf: 'pdf', docx: 'docx', csv: 'csv', claimreview: 'jsonld' }
