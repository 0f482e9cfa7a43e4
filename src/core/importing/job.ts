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
import { reportFileToText } from '../input/importFile'
import type { Claim, Report } from '../model'
import { importClaims, type ClaimsImport, type PipelineStep, type ReportInput } from '../pipeline'

/** A report file as picked, dropped or named on the command line (bytes), or pasted (text). */
export type ImportFile = { name: string; bytes: Uint8Array } | { name: string; text: string }

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
}

/** Analyses files on their own, as `factdesk extract` shows them. */
export interface ExtractJob {
  kind: 'extract'
  files: ImportFile[]
  now: string
}

export type Job = ImportJob | ExtractJob

export interface ImportJobResult extends ClaimsImport {
  /** The analyses of the store's claims after the import (null when nothing was added). */
  analysis: ClaimAnalysis | null
}

export interface ExtractJobResult extends ClaimAnalysis {
  reports: Report[]
  claims: Claim[]
}

export type JobResult<J extends Job> = J extends ImportJob ? ImportJobResult : ExtractJobResult

export function fileBytes(files: ImportFile[]): number {
  return files.reduce((sum, f) => sum + ('bytes' in f ? f.bytes.byteLength : f.text.length), 0)
}

/** Every file as text, or the first file's refusal: one bad file imports nothing. */
export async function readFiles(files: ImportFile[], onProgress: OnProgress): Promise<ReportInput[]> {
  const inputs: ReportInput[] = []
  for (const [i, file] of files.entries()) {
    onProgress({ stage: 'read', file: file.name, done: i, total: files.length })
    if ('text' in file) {
      const content = cleanReportText(file.text)
      if (content.trim() === '') throw new UserError(`${file.name} is empty: there is no text to check.`)
      inputs.push({ file: file.name, content })
      continue
    }
    try {
      inputs.push({ file: file.name, content: await reportFileToText(file.bytes, file.name) })
    } catch (error) {
      if (error instanceof UserError) throw error
      // A reader library failing on a hostile file (a stack overflow on deep nesting, say) is the file's problem.
      throw new UserError(`${file.name} could not be read: ${(error as Error).message}.`)
    }
  }
  return inputs
}

export async function runJob<J extends Job>(job: J, onProgress: OnProgress): Promise<JobResult<J>> {
  const inputs = await readFiles(job.files, onProgress)
  const now = new Date(job.now)
  const step = (stage: PipelineStep, done: number, total: number, file: string | null): void => onProgress({ stage, file, done, total })
  if (job.kind === 'extract') {
    const { added: reports, claims } = importClaims({ reports: [], claims: [] }, inputs, now, step)
    onProgress({ stage: 'analyse', file: null, done: 0, total: 1 })
    return { reports, claims, ...analyseClaims(claims, reports) } as JobResult<J>
  }
  const result = importClaims({ reports: job.reports, claims: job.claims }, inputs, now, step)
  let analysis: ClaimAnalysis | null = null
  if (result.added.length > 0) {
    onProgress({ stage: 'analyse', file: null, done: 0, total: 1 })
    analysis = analyseClaims(result.claims, [...job.reports, ...result.added])
  }
  return { ...result, analysis } as JobResult<J>
}
