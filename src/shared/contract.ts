/**
 * The one IPC contract: for each channel, the request it accepts and the
 * response it returns. Main's handlers, the preload bridge and the desk's
 * client are all typed from this object, so they cannot drift apart.
 */
import { z } from 'zod'
import { BRIEF_FORMATS, BRIEF_TEXT_FORMATS } from '../core/brief/formats'
import { newsroomUrlProblem } from '../core/brief/newsroom'
import { isTimeZone } from '../core/brief/time'
import { BriefScope, BriefVersion, Claim, ClusterSummary, Discrepancy, Person, Report, Review, ReviewState, Settings } from '../core/model'
import type { Channel, DeskEvent } from './channels'

export const ReportView = Report.omit({ original: true })
export type ReportView = z.infer<typeof ReportView>

export const ClaimView = Claim.extend({ review: Review })
export type ClaimView = z.infer<typeof ClaimView>

export const DeskSnapshot = z.object({
  storePath: z.string(),
  /** Claims whose verdict differs from what the last exported brief carried (empty before the first export). */
  changedSinceBrief: z.array(z.string()),
  /** The last exported brief (null before the first), so the desk can keep marking changes live. */
  lastBrief: BriefVersion.nullable(),
  reports: z.array(ReportView),
  claims: z.array(ClaimView),
  settings: Settings,
  /** Derived from the claims on every load (never stored): clusters, disagreements, people. */
  clusters: z.array(ClusterSummary),
  discrepancies: z.array(Discrepancy),
  people: z.array(Person)
})
export type DeskSnapshot = z.infer<typeof DeskSnapshot>

/** The export formats, from the one table of them (core/brief/formats.ts). */
export { BRIEF_FORMATS }
export const BriefFormat = z.enum(BRIEF_FORMATS)
export type BriefFormat = z.infer<typeof BriefFormat>
/** What brief:render returns as text (PDF and DOCX exist only as exported files). */
export const BriefTextFormat = z.enum(BRIEF_TEXT_FORMATS)

export const BriefOptions = z.object({
  scope: BriefScope.default('reviewed'),
  /** The reports the brief covers (absent: every report). */
  reportIds: z.array(z.string().min(1).max(200)).min(1).max(100_000).optional(),
  title: z.string().max(300).optional(),
  /** The editor's own lede and closing note, printed as written. */
  lede: z.string().max(5_000).optional(),
  closing: z.string().max(5_000).optional(),
  /** The editor's time zone, for the brief's time ("Europe/Rome"); UTC when absent. */
  timeZone: z.string().max(100).refine(isTimeZone, { message: 'unknown time zone' }).optional()
})
const DEFAULT_BRIEF_OPTIONS = { scope: 'reviewed' } as const

const MAX_IMPORT_CHARS = 20_000_000

/** Chosen by the desk for each import, so it can ask for progress or cancel while the import call is pending. */
export const ImportJobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/)

/** As the import worker reports it (core/importing/job.ts; main's import handlers pass one to the other, so the two cannot drift). */
export const ImportProgress = z.object({
  stage: z.enum(['read', 'ingest', 'extract', 'match', 'analyse']),
  file: z.string().nullable(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative()
})
export type ImportProgress = z.infer<typeof ImportProgress>

const id = z.string().min(1)
export const ClaimEdit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('text'), claimId: id, text: z.string().max(5000) }).strict(),
  z.object({ op: z.literal('split'), claimId: id, at: z.number().int().positive() }).strict(),
  z.object({ op: z.literal('merge'), claimIds: z.tuple([id, id]) }).strict(),
  z.object({ op: z.literal('dismiss'), claimId: id, dismissed: z.boolean() }).strict(),
  z.object({ op: z.literal('add'), reportId: id, start: z.number().int().nonnegative(), end: z.number().int().positive() }).strict(),
  z.object({ op: z.literal('cluster'), claimId: id, decision: z.enum(['confirmed', 'detached']) }).strict()
])
export type ClaimEdit = z.infer<typeof ClaimEdit>

export const contract = {
  'desk:load': {
    request: z.object({}).strict(),
    response: DeskSnapshot
  },
  /** Pasted report text. Like every import, it runs in a bounded worker; `jobId` lets the desk follow and cancel it. */
  'reports:import': {
    request: z
      .object({
        files: z.array(z.object({ file: z.string().min(1).max(1000), content: z.string().max(MAX_IMPORT_CHARS) }).strict()).min(1),
        jobId: ImportJobId.optional()
      })
      .strict(),
    response: z.object({ added: z.array(z.string()), duplicates: z.array(z.string()) })
  },
  'review:set': {
    request: z
      .object({
        claimId: z.string().min(1),
        verdict: ReviewState.optional(),
        note: z.string().max(20_000).optional()
      })
      .strict(),
    response: ClaimView
  },
  'settings:update': {
    request: Settings.partial()
      .strict()
      .superRefine(({ url }, ctx) => {
        const problem = url === undefined ? null : newsroomUrlProblem(url)
        if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: `the newsroom's URL: ${problem}` })
      }),
    response: Settings
  },
  'brief:render': {
    request: z.object({ format: BriefTextFormat, options: BriefOptions.default(DEFAULT_BRIEF_OPTIONS) }).strict(),
    /** The brief, and the lede it derives as plain text (where the editor starts when they write their own). */
    response: z.object({ content: z.string(), derivedLede: z.string() })
  },
  /** Shows a just-exported brief in the file manager; any other path is refused. */
  'brief:reveal': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.object({ revealed: z.boolean() })
  },
  'brief:export': {
    request: z.object({ format: BriefFormat, options: BriefOptions.default(DEFAULT_BRIEF_OPTIONS) }).strict(),
    /** The version recorded for this export (null when the user cancelled). */
    response: z.object({ path: z.string().nullable(), version: BriefVersion.nullable() })
  },
  /** Report files as picked or dropped in the desk: raw bytes (base64), decoded in main (.txt .md .html .docx). */
  'reports:importFiles': {
    request: z
      .object({
        files: z.array(z.object({ file: z.string().min(1).max(1000), base64: z.string().max(MAX_IMPORT_CHARS * 1.4) }).strict()).min(1),
        jobId: ImportJobId.optional()
      })
      .strict(),
    response: z.object({ added: z.array(z.string()), duplicates: z.array(z.string()) })
  },
  /** Where a running import is (`running: false` once it has finished, failed or been cancelled). */
  'reports:importProgress': {
    request: z.object({ jobId: ImportJobId }).strict(),
    response: z.object({ running: z.boolean(), progress: ImportProgress.nullable() })
  },
  /** Stops a running import: it fails as cancelled and adds nothing. */
  'reports:cancelImport': {
    request: z.object({ jobId: ImportJobId }).strict(),
    response: z.object({ cancelled: z.boolean() })
  },
  /** One verdict and/or note for many claims: a multi-selection, or every member of a cluster. */
  'review:bulk': {
    request: z
      .object({
        claimIds: z.array(z.string().min(1)).optional(),
        clusterId: z.string().min(1).optional(),
        verdict: ReviewState.optional(),
        note: z.string().max(20_000).optional()
      })
      .strict(),
    response: z.object({ claims: z.array(ClaimView) })
  },
  'review:evidence': {
    request: z.object({ claimId: z.string().min(1), links: z.array(z.string().max(2000)).max(50) }).strict(),
    response: ClaimView
  },
  /** Editors' corrections to claims; `claimId` in the answer is the claim to select next. */
  'claims:edit': {
    request: ClaimEdit,
    response: z.object({ claimId: z.string().nullable() })
  }
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>

export type Request<C extends Channel> = z.input<(typeof contract)[C]['request']>
/** What a handler receives: the request after validation and defaults. */
export type ValidRequest<C extends Channel> = z.output<(typeof contract)[C]['request']>
export type Response<C extends Channel> = z.output<(typeof contract)[C]['response']>

export type Handlers = { [C in Channel]: (request: ValidRequest<C>) => Promise<Response<C>> }

export interface IpcError {
  /** `invalid-input`, `not-found`, `io` and `store` are the user's to fix; `internal` is a bug. */
  code: string
  message: string
}

/** Errors cross IPC as values: Electron would otherwise flatten them into one string. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** `window.api`, as the preload exposes it (and the end-to-end harness stands in for it). */
export interface DeskApi {
  invoke<C extends Channel>(channel: C, request: Request<C>): Promise<IpcResult<Response<C>>>
  /** Subscribes to a main-process notification; returns the unsubscribe function. */
  on(event: DeskEvent, listener: () => void): () => void
}
