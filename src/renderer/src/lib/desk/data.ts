/**
 * The desk's data: what `desk:load` returned, and each mutation's patch applied
 * to it (the claims and reports it touched, the analyses when claims changed),
 * so an edit never reloads the whole desk. Pure: every function returns a new
 * value and leaves its input untouched.
 */
import type { BriefVersion, ClusterSummary, Discrepancy, Person, Settings } from '../../../../core/model'
import type { ClaimView, DeskPatch, DeskSnapshot, ReportView, StoryView } from '../../../../shared/contract'

export interface DeskData {
  storePath: string
  story: StoryView
  reports: ReportView[]
  claims: ClaimView[]
  clusters: ClusterSummary[]
  discrepancies: Discrepancy[]
  people: Person[]
  settings: Settings
  lastBrief: BriefVersion | null
}

export const EMPTY: DeskData = {
  storePath: '',
  story: { path: '', name: '' },
  reports: [],
  claims: [],
  clusters: [],
  discrepancies: [],
  people: [],
  settings: { editorName: '', organisation: '', url: '' },
  lastBrief: null
}

export function fromSnapshot({ storePath, story, reports, claims, clusters, discrepancies, people, settings, lastBrief }: DeskSnapshot): DeskData {
  return { storePath, story, reports, claims, clusters, discrepancies, people, settings, lastBrief }
}

/** Claims in reading order: by report, then by where they stand in it (the store's own order). */
export function inReadingOrder(claims: readonly ClaimView[], reports: readonly ReportView[]): ClaimView[] {
  const rank = new Map(reports.map((r, i) => [r.id, i]))
  return [...claims].sort((a, b) => (rank.get(a.reportId) ?? 0) - (rank.get(b.reportId) ?? 0) || a.start - b.start || a.end - b.end)
}

function patchReports(reports: ReportView[], patch: DeskPatch): ReportView[] {
  if (patch.reportOrder === null && patch.reports.length === 0) return reports
  const byId = new Map([...reports, ...patch.reports].map((r) => [r.id, r]))
  const order = patch.reportOrder ?? reports.map((r) => r.id)
  return order.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}

function patchClaims(claims: ClaimView[], reports: ReportView[], patch: DeskPatch): ClaimView[] {
  if (patch.claims.length === 0 && patch.removedClaimIds.length === 0) return claims
  const updated = new Map(patch.claims.map((c) => [c.id, c]))
  const removed = new Set(patch.removedClaimIds)
  const known = new Set<string>()
  const kept = claims.flatMap((c) => {
    if (removed.has(c.id)) return []
    known.add(c.id)
    return [updated.get(c.id) ?? c]
  })
  const fresh = patch.claims.filter((c) => !known.has(c.id))
  return fresh.length === 0 ? kept : inReadingOrder([...kept, ...fresh], reports)
}

export function applyPatch(data: DeskData, patch: DeskPatch): DeskData {
  const reports = patchReports(data.reports, patch)
  const next: DeskData = { ...data, reports, claims: patchClaims(data.claims, reports, patch) }
  if (patch.analysis) Object.assign(next, patch.analysis)
  return next
}
