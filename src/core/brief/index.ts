import type { ClaimAnalysis } from '../analysis'
import type { StoreData } from '../model'
import { briefFormat, type BriefFormat, type BriefTextFormat } from './formats'
import { briefOf, buildBrief } from './model'
import { RENDERERS, type RenderPdf } from './render'
import { selectionOf } from './selection'
import type { BriefModel, BriefOptions } from './types'
import { plainText } from './wording'

export { buildBrief }
export { renderClaimReview } from './claimReview'
export { renderCsv } from './csv'
export { renderHtml } from './html'
export { renderMarkdown } from './markdown'
export { changedSince } from './changes'
export { briefVerdicts, changedSinceLastBrief, recordBriefVersion } from './versions'
export * from './formats'
export type { RenderPdf } from './render'
export type * from './types'

export interface BriefFile {
  content: string | Uint8Array
  model: BriefModel
}

const noPdf: RenderPdf = async () => {
  throw new Error('PDF needs a printer')
}

/** Any format, as the file to write: the one entry point the desk and the CLI export through. Deterministic: the only clock is `now`. */
export async function renderBriefFile(
  data: StoreData,
  format: BriefFormat,
  options: BriefOptions,
  now: Date,
  renderPdf: RenderPdf = noPdf,
  derived?: ClaimAnalysis
): Promise<BriefFile> {
  const selection = selectionOf(data, options.scope, options.reportIds)
  const model = briefOf(selection, options, now, derived)
  const content = await RENDERERS[format]({ model, selection, data, now, renderPdf })
  if (briefFormat(format).binary !== content instanceof Uint8Array) throw new Error(`the ${format} renderer returned ${typeof content === 'string' ? 'text' : 'bytes'}`)
  return { content, model }
}

/** A text format of the brief, and the lede it derives (as plain text, where an editor starts from when they write their own). */
export async function renderBrief(data: StoreData, format: BriefTextFormat, options: BriefOptions, now: Date): Promise<{ content: string; derivedLede: string }> {
  const { content, model } = await renderBriefFile(data, format, options, now)
  return { content: content as string, derivedLede: ledeText(model) }
}

/** The derived lede as plain text: quotes in “…”, citations as [n], one sentence after another. */
export function ledeText(model: BriefModel): string {
  return model.derivedLede.map(plainText).join(' ')
}
