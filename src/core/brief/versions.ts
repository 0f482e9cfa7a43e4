/** Exported brief versions: what each export carried, so a later correction is never missed. */
import { reviewOf, type BriefVersion, type ReviewState, type StoreData } from '../model'
import type { BriefOptions } from './types'
import { changedSince } from './changes'

/** The verdict of every reviewed claim, as an export carries it. */
export function briefVerdicts(data: StoreData): Record<string, ReviewState> {
  const verdicts: Record<string, ReviewState> = {}
  for (const claim of data.claims) {
    const { verdict } = reviewOf(data, claim.id)
    if (verdict !== 'unreviewed') verdicts[claim.id] = verdict
  }
  return verdicts
}

/**
 * Records an export: its format and title, every verdict as it stood, what it
 * covered (scope, reports) and the editor's own words in it, as sent.
 */
export function recordBriefVersion(data: StoreData, entry: { format: string; title: string; options: BriefOptions }, now: Date): StoreData {
  const at = now.toISOString()
  const { scope, reportIds, title, lede, closing } = entry.options
  const own = (text: string | undefined): string | undefined => (text?.trim() ? text.trim() : undefined)
  const editorText = Object.fromEntries(Object.entries({ title: own(title), lede: own(lede), closing: own(closing) }).filter(([, v]) => v !== undefined)) as NonNullable<
    BriefVersion['editorText']
  >
  const version: BriefVersion = {
    // Time plus sequence: unique even for two exports in the same millisecond.
    id: `brief-${at}-${data.briefVersions.length + 1}`,
    at,
    editor: data.settings.editorName.trim() || null,
    format: entry.format,
    title: entry.title,
    verdicts: briefVerdicts(data),
    scope,
    ...(reportIds !== undefined ? { reportIds: [...reportIds] } : {}),
    ...(Object.keys(editorText).length > 0 ? { editorText } : {})
  }
  return { ...data, briefVersions: [...data.briefVersions, version] }
}

/** Claims whose verdict differs from what the last exported brief said (none before the first export). */
export function changedSinceLastBrief(data: StoreData): string[] {
  return changedSince(
    data.briefVersions.at(-1),
    data.claims.map((c) => ({ id: c.id, verdict: reviewOf(data, c.id).verdict }))
  )
}
