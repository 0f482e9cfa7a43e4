import type { StoreData } from '../model'
import { renderHtml } from './html'
import { renderMarkdown } from './markdown'
import { buildBrief, type BriefOptions } from './model'

export { buildBrief, renderHtml, renderMarkdown }
export type { BriefItem, BriefModel, BriefNote, BriefOptions, BriefSection, BriefSource } from './model'

export type BriefTextFormat = 'md' | 'html'

/** The brief as the desk and the CLI export it. Deterministic: the only clock is `now`. */
export function renderBrief(data: StoreData, format: BriefTextFormat, options: BriefOptions, now: Date): string {
  const model = buildBrief(data, options, now)
  return format === 'html' ? renderHtml(model) : renderMarkdown(model)
}
