/**
 * Which claims' verdicts changed since an exported brief. Types only, no runtime
 * imports: the renderer uses this, and must not pull core/model's zod schemas into its bundle.
 */
import type { BriefVersion, ReviewState } from '../model'

/** Claims whose verdict differs from what `version` carried (none when there is no version yet). */
export function changedSince(version: Pick<BriefVersion, 'verdicts'> | null | undefined, claims: Array<{ id: string; verdict: ReviewState }>): string[] {
  if (!version) return []
  return claims.filter((c) => c.verdict !== (version.verdicts[c.id] ?? 'unreviewed')).map((c) => c.id)
}
