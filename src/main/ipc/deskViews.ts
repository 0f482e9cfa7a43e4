/**
 * What the desk is sent: claims with their review and whether their verdict
 * changed since the last exported brief, the snapshot on load, and the patch
 * a mutation answers with. Every value is derived in core; this only packs it.
 */
import { analyseClaims } from '../../core/analysis'
import { changedSinceLastBrief } from '../../core/brief'
import { reviewOf, type ChangeRecord, type Claim, type Report, type StoreData } from '../../core/model'
import { storyName } from '../../core/store/stories'
import type { Store } from '../../core/store/jsonStore'
import type { ClaimView, DeskPatch, DeskSnapshot, ReportView } from '../../shared/contract'

export function reportView({ original: _original, ...view }: Report): ReportView {
  return view
}

function changedSinceBrief(data: StoreData, claim: Claim): boolean {
  const last = data.briefVersions.at(-1)
  if (!last) return false
  return reviewOf(data, claim.id).verdict !== (Object.hasOwn(last.verdicts, claim.id) ? last.verdicts[claim.id] : 'unreviewed')
}

/** `versions`: the store the data was read from, for each review's version (a team desk's; null on a file). */
export function claimView(data: StoreData, claim: Claim, versions: Pick<Store, 'reviewVersion'>, changed = changedSinceBrief(data, claim)): ClaimView {
  return { ...claim, review: reviewOf(data, claim.id), reviewVersion: versions.reviewVersion(claim.id), changedSinceBrief: changed }
}

export function snapshotOf(store: Store): DeskSnapshot {
  const data = store.data
  const changed = new Set(changedSinceLastBrief(data))
  return {
    storePath: store.path,
    story: { path: store.path, name: storyName(data, store.path) },
    lastBrief: data.briefVersions.at(-1) ?? null,
    reports: data.reports.map(reportView),
    claims: data.claims.map((claim) => claimView(data, claim, store, changed.has(claim.id))),
    settings: data.settings,
    ...analyseClaims(data.claims, data.reports)
  }
}

/**
 * The patch for `change` (null: nothing changed), read from the store after it (`data` is what the write
 * returned; the review versions are the store's as of that write, read before anything else can run on it).
 */
export function patchOf(store: Pick<Store, 'reviewVersion'>, data: StoreData, change: ChangeRecord | null, select: string | null = null): DeskPatch {
  const none: DeskPatch = { change: null, claims: [], removedClaimIds: [], reports: [], removedReportIds: [], reportOrder: null, analysis: null, select }
  if (!change) return none
  const { ops, ...summary } = change
  const claimIds = new Set(change.claimIds)
  const claims = data.claims.filter((c) => claimIds.has(c.id))
  const present = new Set(claims.map((c) => c.id))
  const reportsChanged = ops.some((op) => op.table === 'reports')
  const reportIds = new Set(ops.filter((op) => op.table === 'reports').map((op) => op.id))
  const reports = data.reports.filter((r) => reportIds.has(r.id))
  const claimsChanged = ops.some((op) => op.table === 'claims')
  return {
    change: summary,
    claims: claims.map((claim) => claimView(data, claim, store)),
    removedClaimIds: change.claimIds.filter((id) => !present.has(id)),
    reports: reports.map(reportView),
    removedReportIds: [...reportIds].filter((id) => !reports.some((r) => r.id === id)),
    reportOrder: reportsChanged ? data.reports.map((r) => r.id) : null,
    analysis: claimsChanged ? analyseClaims(data.claims, data.reports) : null,
    select
  }
}
