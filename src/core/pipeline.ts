import { clusterClaims } from './cluster'
import { extractReport } from './extract'
import { canonicalNames } from './extract/canonical'
import { ingestReport, type ReportInput } from './ingest'
import type { Claim, ClaimDraft, Report, StoreData } from './model'

export type { ReportInput }

export interface Analysis {
  reports: Report[]
  claims: Claim[]
}

/** Ingest, extract and cluster reports without touching any store. */
export function analyseReports(inputs: ReportInput[], now: Date): Analysis {
  const extracted = dedupeById(inputs.map((input) => ingestReport(input, now.toISOString()))).map(extract)
  const reports = extracted.map((x) => x.report)
  return { reports, claims: clusterClaims(canonicalNames(extracted.flatMap((x) => x.claims), reports)) }
}

/** A report with the people and organisations it names, and its claims before clustering. */
function extract(report: Report): { report: Report; claims: ClaimDraft[] } {
  const { claims, named } = extractReport(report)
  return { report: { ...report, named }, claims }
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
  const fresh: { report: Report; claims: ClaimDraft[] }[] = []
  const duplicates: Report[] = []
  for (const report of dedupeById(inputs.map((input) => ingestReport(input, now.toISOString())))) {
    if (known.has(report.id)) duplicates.push(report)
    else fresh.push(extract(report))
  }
  const added = fresh.map((x) => x.report)
  if (added.length === 0) return { data, added, duplicates }
  const reports = [...data.reports, ...added]
  const existingDrafts = data.claims.map(({ clusterId: _clusterId, ...draft }) => draft)
  const claims = clusterClaims(canonicalNames([...existingDrafts, ...fresh.flatMap((x) => x.claims)], reports)).map(keepDetached)
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
