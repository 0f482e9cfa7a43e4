import type { StoreData } from '../model'

export interface BriefOptions {
  includeUnreviewed: boolean
  title?: string | undefined
}

export type BriefTextFormat = 'md' | 'html'

/** Placeholder signature; implemented by the brief module. */
export function renderBrief(_data: StoreData, _format: BriefTextFormat, _options: BriefOptions, _now: Date): string {
  throw new Error('not implemented')
}
