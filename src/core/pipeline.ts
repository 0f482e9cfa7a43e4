import { clusterClaims } from './cluster'
import { extractClaims } from './extract'
import { ingestReport, type ReportInput } from './ingest'
import type { Claim, Report, StoreData } from './model'

export type { ReportInput }

export interface Analysis {
  reports: Report[]
  claims: Claim[]
}

/** Ingest, extract and cluster reports without touching any store. */
export function analyseReports(inputs: ReportInput[], now: Date): Analysis {
  const reports = dedupeById(inputs.map((input) => ingestReport(input, now.toISOString())))
  return { reports, claims: clusterClaims(reports.flatMap(extractClaims)) }
}

export interface ImportOutcome {
  data: StoreData
  added: Report[]
  /** Reports already in the store (same content), left as they were. */
  duplicates: Report[]
}

/**
 * Adds reports to the store. Claims of every report are re-clustered together,
 * since a new report can join claims that were alone before; reviews are keyed
 * by claim id and so survive untouched.
 */
export function importReports(data: StoreData, inputs: ReportInput[], now: Date): ImportOutcome {
  const known = new Set(data.reports.map((r) => r.id))
  const added: Report[] = []
  const duplicates: Report[] = []
  for (const report of dedupeById(inputs.map((input) => ingestReport(input, now.toISOString())))) {
    ;(known.has(report.id) ? duplicates : added).push(report)
  }
  if (added.length === 0) return { data, added, duplicates }
  const reports = [...data.reports, ...added]
  const existingDrafts = data.claims.map(({ clusterId: _clusterId, ...draft }) => draft)
  const claims = clusterClaims([...existingDrafts, ...added.flatMap(extractClaims)]).map(keepDetached)
  return { data: { ...data, reports, claims }, added, duplicates }
}

/** An editor's "not the same claim" outlives re-clustering: a detached claim stays in its own cluster. */
function keepDetached(claim: Claim): Claim {
  return claim.clusterDecision === 'detached' ? { ...claim, clusterId: `solo-${claim.id}` } : claim
}

function dedupeById(reports: Report[]): Report[] {
  const seen = new Set<string>()
  return reports.filter((r) => !seen.has(r.id) && seen.add(r.id))
}
