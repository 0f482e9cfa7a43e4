/**
 * The renderer of each export format: the renderer column of the formats table
 * (formats.ts), kept here because that table is also read by the desk's bundle,
 * which must not load the renderers. Its type holds it to every format id.
 */
import type { StoreData } from '../model'
import { renderClaimReview } from './claimReview'
import { renderCsv } from './csv'
import type { BriefFormat } from './formats'
import { renderHtml } from './html'
import { renderMarkdown } from './markdown'
import type { Selection } from './selection'
import type { BriefModel } from './types'

/** What turns the brief's HTML into a PDF: Electron's printToPDF in the app, Chromium in the CLI and tests. */
export type RenderPdf = (html: string) => Promise<Uint8Array>

export interface RenderInput {
  model: BriefModel
  selection: Selection
  data: StoreData
  now: Date
  renderPdf: RenderPdf
}

export const RENDERERS: Record<BriefFormat, (input: RenderInput) => Promise<string | Uint8Array>> = {
  pdf: async ({ model, renderPdf }) => renderPdf(renderHtml(model, { forPdf: true })),
  docx: async ({ model }) => {
    // Loaded on demand: the docx library is large, and most CLI commands never write Word files.
    const { renderDocx } = await import('./docx')
    return renderDocx(model)
  },
  md: async ({ model }) => renderMarkdown(model),
  html: async ({ model }) => renderHtml(model),
  csv: async ({ selection }) => renderCsv(selection),
  claimreview: async ({ model, data, now }) => renderClaimReview(model, data.settings, now)
}
