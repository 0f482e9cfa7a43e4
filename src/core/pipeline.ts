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

/** The pipeline's steps, for progress: each report is ingested, then its claims extracted; then all claims are matched. */
export type PipelineStep = 'ingest' | 'extract' | 'match'
export type OnStep = (step: PipelineStep, index: number, total: number, file: string | null) => void

/** What an import needs from the store: the reports it has (their names, to name people alike), and its claims (to match new ones against). */
export interface KnownClaims {
  reports: readonly Report[]
  claims: readonly Claim[]
}

export interface ClaimsImport {
  added: Report[]
  /** Reports already known (same content), left as they were. */
  duplicates: Report[]
  /** Every claim, old and new, matched across reports again. */
  claims: Claim[]
}

/**
 * The work of an import, apart from the store: ingest and extract the new
 * reports, then re-cluster every claim, since a new report can join claims
 * that were alone before. Reviews are keyed by claim id and so survive untouched.
 */
export function importClaims(known: KnownClaims, inputs: ReportInput[], now: Date, onStep: OnStep = () => {}): ClaimsImport {
  const ids = new Set(known.reports.map((r) => r.id))
  const at = now.toISOString()
  const reports = dedupeById(
    inputs.map((input, i) => {
      onStep('ingest', i, inputs.length, input.file)
      return ingestReport(input, at)
    })
  )
  const fresh: Report[] = []
  const duplicates: Report[] = []
  for (const report of reports) (ids.has(report.id) ? duplicates : fresh).push(report)
  if (fresh.length === 0) return { added: [], duplicates, claims: [...known.claims] }
  const drafts: ClaimDraft[] = known.claims.map(({ clusterId: _clusterId, ...draft }) => draft)
  // Each new report keeps the people and organisations it names, as extraction linked them.
  const added = fresh.map((report, i) => {
    onStep('extract', i, fresh.length, report.file)
    const { claims, named } = extractReport(report)
    drafts.push(...claims)
    return { ...report, named }
  })
  onStep('match', 0, 1, null)
  const named = canonicalNames(drafts, [...known.reports, ...added])
  return { added, duplicates, claims: clusterClaims(named).map(keepDetached) }
}

/** Ingest, extract and cluster reports without touching any store. */
export function analyseReports(inputs: ReportInput[], now: Date, onStep?: OnStep): Analysis {
  const { added, claims } = importClaims({ reports: [], claims: [] }, inputs, now, onStep)
  return { reports: added, claims }
}

export interface ImportOutcome {
  data: StoreData
  added: Report[]
  /** Reports already in the store (same content), left as they were. */
  duplicates: Report[]
}

/** Puts an import's result into the store it was computed from. */
export function applyImport(data: StoreData, result: ClaimsImport): StoreData {
  if (result.added.length === 0) return data
  return { ...data, reports: [...data.reports, ...result.added], claims: result.claims }
}

/** Adds reports to the store (see importClaims). */
export function importReports(data: StoreData, inputs: ReportInput[], now: Date): ImportOutcome {
  const result = importClaims({ reports: data.reports, claims: data.claims }, inputs, now)
  return { data: applyImport(data, result), added: result.added, duplicates: result.duplicates }
}

/** An editor's "not the same claim" outlives re-clustering: a detached claim stays in its own cluster. */
function keepDetached(claim: Claim): Claim {
  return claim.clusterDecision === 'detached' ? { ...claim, clusterId: `solo-${claim.id}` } : claim
}

function dedupeById(reports: Report[]): Report[] {
  const seen = new Set<string>()
  return reports.filter((r) => !seen.has(r.id) && seen.add(r.id))
}
