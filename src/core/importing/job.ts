/**
 * What an import worker does, as plain functions of plain data: read the
 * files (decode, .docx, HTML), ingest and extract the reports, match every
 * claim again, and derive the desk's analyses — all the work an import needs
 * that could take long, none of the store. Runs inside the worker
 * (worker.ts); tests may call it directly.
 */
import { analyseClaims, type ClaimAnalysis } from '../analysis'
import { UserError } from '../errors'
import { cleanReportText } from '../input/decode'
import { readReportContent } from '../input/importFile'
import type { Claim, Report } from '../model'
import { importClaims, type ClaimsImport, type PipelineStep, type ReportInput } from '../pipeline'
import { FETCH_LIMITS, type FetchLimits } from '../web/fetchPage'
import { readWebReport } from '../web/importPage'

/** A report file as picked, dropped or named on the command line (bytes), pasted (text), or a web page to fetch (url). */
export type ImportFile = { name: string; bytes: Uint8Array } | { name: string; text: string } | { name: string; url: string }

/** A file that was not imported, and why. */
export interface Refused {
  name: string
  reason: string
}

/** A fetched page's bytes, to be kept in the store's archive by its hash. */
export interface PageBytes {
  sha256: string
  bytes: Uint8Array
}

export type ImportStage = 'read' | PipelineStep | 'analyse'

export interface ImportProgress {
  stage: ImportStage
  /** The file being worked on, when the stage is per file. */
  file: string | null
  /** Files done in this stage, and how many it has. */
  done: number
  total: number
}

export type OnProgress = (progress: ImportProgress) => void

/** Adds files to a store's reports and claims (the store's current ones are passed in). */
export interface ImportJob {
  kind: 'import'
  files: ImportFile[]
  reports: Report[]
  claims: Claim[]
  now: string
  /** Limits for fetching web pages (FETCH_LIMITS by default). */
  fetch?: FetchLimits
}

/** Analyses files on their own, as `factdesk extract` shows them. */
export interface ExtractJob {
  kind: 'extract'
  files: ImportFile[]
  now: string
  fetch?: FetchLimits
}

export type Job = ImportJob | ExtractJob

export interface ImportJobResult extends ClaimsImport {
  /** The analyses of the store's claims after the import (null when nothing was added). */
  analysis: ClaimAnalysis | null
  /** Files that could not be read, each with its reason; the others were imported. */
  refused: Refused[]
  /** The fetched pages of web reports, to archive. */
  pages: PageBytes[]
}

export interface ExtractJobResult extends ClaimAnalysis {
  reports: Report[]
  claims: Claim[]
  refused: Refused[]
}

export type JobResult<J extends Job> = J extends ImportJob ? ImportJobResult : ExtractJobResult

export function fileBytes(files: ImportFile[]): number {
  return files.reduce((sum, f) => sum + ('bytes' in f ? f.bytes.byteLength : 'text' in f ? f.text.length : 0), 0)
}

export function webPages(files: ImportFile[]): number {
  return files.filter((f) => 'url' in f).length
}

async function readOne(file: ImportFile, limits: FetchLimits, now: Date): Promise<{ input: ReportInput; page?: PageBytes }> {
  if ('url' in file) {
    const web = await readWebReport(file.url, limits, () => now)
    return { input: web.input, page: { sha256: web.input.meta!.archive!.sha256, bytes: web.bytes } }
  }
  if ('text' in file) {
    const content = cleanReportText(file.text)
    if (content.trim() === '') throw new UserError(`${file.name} is empty: there is no text to check.`)
    return { input: { file: file.name, content } }
  }
  const { content, pages } = await readReportContent(file.bytes, file.name)
  return { input: pages ? { file: file.name, content, pages } : { file: file.name, content } }
}

export interface FilesRead {
  inputs: ReportInput[]
  refused: Refused[]
  pages: PageBytes[]
}

/** Every file as text; a file that cannot be read is refused with its reason and the others go on. */
export async function readFiles(files: ImportFile[], onProgress: OnProgress, limits: FetchLimits = FETCH_LIMITS, now = new Date()): Promise<FilesRead> {
  const read: FilesRead = { inputs: [], refused: [], pages: [] }
  for (const [i, file] of files.entries()) {
    onProgress({ stage: 'read', file: file.name, done: i, total: files.length })
    try {
      const { input, page } = await readOne(file, limits, now)
      read.inputs.push(input)
      if (page) read.pages.push(page)
    } catch (error) {
      // A reader library failing on a hostile file (a stack overflow on deep nesting, say) is the file's problem.
      const reason = error instanceof UserError ? error.message : `${file.name} could not be read: ${(error as Error).message}.`
      read.refused.push({ name: file.name, reason })
    }
  }
  if (read.inputs.length === 0) {
    throw new UserError(read.refused.length === 1 ? read.refused[0]!.reason : read.refused.map((r) => r.reason).join(' '))
  }
  return read
}

export async function runJob<J extends Job>(job: J, onProgress: OnProgress): Promise<JobResult<J>> {
  const now = new Date(job.now)
  const { inputs, refused, pages } = await readFiles(job.files, onProgress, job.fetch ?? FETCH_LIMITS, now)
  const step = (stage: PipelineStep, done: number, total: number, file: string | null): void => onProgress({ stage, file, done, total })
  if (job.kind === 'extract') {
    const { added: reports, claims } = importClaims({ reports: [], claims: [] }, inputs, now, step)
    onProgress({ stage: 'analyse', file: null, done: 0, total: 1 })
    return { reports, claims, refused, ...analyseClaims(claims, reports) } as JobResult<J>
  }
  const result = importClaims({ reports: job.reports, claims: job.claims }, inputs, now, step)
  let analysis: ClaimAnalysis | null = null
  if (result.added.length > 0) {
    onProgress({ stage: 'analyse', file: null, done: 0, total: 1 })
    analysis = analyseClaims(result.claims, [...job.reports, ...result.added])
  }
  // Only the pages of reports actually added are archived.
  const kept = new Set(result.added.flatMap((r) => (r.archive ? [r.archive.sha256] : [])))
  return { ...result, analysis, refused, pages: pages.filter((p) => kept.has(p.sha256)) } as JobResult<J>
}
