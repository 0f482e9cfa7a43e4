/**
 * The one IPC contract: for each channel, the request it accepts and the
 * response it returns. Main's handlers, the preload bridge and the desk's
 * client are all typed from this object, so they cannot drift apart.
 */
import { z } from 'zod'
import { BRIEF_FORMATS, BRIEF_TEXT_FORMATS } from '../core/brief/formats'
import { newsroomUrlProblem } from '../core/brief/newsroom'
import { isTimeZone } from '../core/brief/time'
import {
  ArchivedPage,
  BriefScope,
  BriefVersion,
  ChangeKind,
  ChangeRecord,
  Claim,
  ClusterSummary,
  Discrepancy,
  Person,
  Report,
  Review,
  ReviewState,
  Settings
} from '../core/model'
import type { Channel, DeskEvent } from './channels'

export const ReportView = Report.omit({ original: true })
export type ReportView = z.infer<typeof ReportView>

export const ClaimView = Claim.extend({
  review: Review,
  /** The version of the review as the desk read it, on a team desk (0: none yet); null on a file story. A review change names it as `seen`. */
  reviewVersion: z.number().int().nonnegative().nullable(),
  /** The verdict differs from what the last exported brief carried (false before the first export). */
  changedSinceBrief: z.boolean()
})
export type ClaimView = z.infer<typeof ClaimView>

/** Derived from the claims (never stored): clusters, disagreements, people. */
export const ClaimAnalysisView = z.object({
  clusters: z.array(ClusterSummary),
  discrepancies: z.array(Discrepancy),
  people: z.array(Person)
})

/** The story the desk has open: each story is its own store. */
export const StoryView = z.object({ path: z.string(), name: z.string() })
export type StoryView = z.infer<typeof StoryView>

export const DeskSnapshot = z
  .object({
    storePath: z.string(),
    story: StoryView,
    /** The last exported brief (null before the first). */
    lastBrief: BriefVersion.nullable(),
    reports: z.array(ReportView),
    claims: z.array(ClaimView),
    settings: Settings
  })
  .extend(ClaimAnalysisView.shape)
export type DeskSnapshot = z.infer<typeof DeskSnapshot>

/** A recorded change as the desk sees it: what, who, when, which claims (its row values stay in main). */
export const ChangeSummary = ChangeRecord.omit({ ops: true })
export type ChangeSummary = z.infer<typeof ChangeSummary>

/**
 * What a mutation changed, for the desk to apply to what it shows instead of
 * loading everything again: the change as recorded, the claims and reports it
 * touched as they are now (or their ids, when they went), and the derived
 * analyses when claims themselves changed (not for a verdict or a note).
 */
export const DeskPatch = z.object({
  change: ChangeSummary.nullable(),
  claims: z.array(ClaimView),
  removedClaimIds: z.array(z.string()),
  reports: z.array(ReportView),
  removedReportIds: z.array(z.string()),
  /** Every report id in store order, when reports came or went. */
  reportOrder: z.array(z.string()).nullable(),
  analysis: ClaimAnalysisView.nullable(),
  /** The claim to select next (the new half of a split, an added claim), when the edit names one. */
  select: z.string().nullable()
})
export type DeskPatch = z.infer<typeof DeskPatch>

/** A claim's history as core derives it from the change log (core/changes/history.ts), newest first. */
export const HistoryEntryView = z.object({
  seq: z.number().int(),
  kind: ChangeKind,
  at: z.string(),
  editor: z.string().nullable(),
  undoes: z.object({ seq: z.number().int(), kind: ChangeKind }).nullable(),
  claimId: z.string(),
  row: z.enum(['created', 'removed', 'changed']),
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  claimCount: z.number().int()
})
export type HistoryEntryView = z.infer<typeof HistoryEntryView>

/**
 * The review versions the desk showed when the editor made a change, by claim id (each claim's
 * `reviewVersion`): on a team desk, a review that is at another version by now is not overwritten,
 * the change is refused with both sides (StaleWrite). Absent, or on a file story: nothing to compare.
 */
export const SeenVersions = z.record(z.string().min(1).max(200), z.number().int().nonnegative())
export type SeenVersions = z.infer<typeof SeenVersions>

/** A claim's review as one side of a conflict shows it. */
export const ReviewSideView = z.object({ verdict: ReviewState, note: z.string(), evidence: z.array(z.string()) })
export type ReviewSideView = z.infer<typeof ReviewSideView>

/** One claim of a stale write: the review stored now (who, when, at which version) and mine. */
export const StaleReview = z.object({
  claimId: z.string(),
  /** What the database holds now (unreviewed, nobody, version 0: no review any more). */
  theirs: ReviewSideView.extend({ editor: z.string().nullable(), at: z.string().nullable(), version: z.number().int().nonnegative() }),
  /** My change on top of theirs: what "Apply mine" writes if theirs is still there. */
  mine: ReviewSideView,
  /** The fields my change set (the others are theirs, untouched). */
  changed: z.array(z.enum(['verdict', 'note', 'evidence']))
})
export type StaleReview = z.infer<typeof StaleReview>

/** A review change refused because claims changed since the desk showed them: nothing of it was written. */
export const StaleWrite = z.object({
  /** Every claim the change covered (a bulk change is one write: none of them was written). */
  claimIds: z.array(z.string()),
  reviews: z.array(StaleReview).min(1)
})
export type StaleWrite = z.infer<typeof StaleWrite>

/** A team desk's connection: who this editor is on it (the PostgreSQL role) and whether it is live. */
export const TeamStatusView = z.object({
  role: z.string(),
  address: z.string(),
  status: z.enum(['connected', 'reconnecting', 'offline']),
  /** Why it is not connected (scrubbed of credentials). */
  problem: z.string().nullable(),
  /** The other editors and the claim each has open ("Ana is on this claim": a notice, not a lock). */
  present: z.array(z.object({ editor: z.string(), claimId: z.string() }))
})
export type TeamStatusView = z.infer<typeof TeamStatusView>

/** What an import did: reports added, ones already on the desk, and files refused with the reason. */
export const ImportOutcome = z.object({
  added: z.array(z.string()),
  duplicates: z.array(z.string()),
  refused: z.array(z.object({ name: z.string(), reason: z.string() }))
})
export type ImportOutcome = z.infer<typeof ImportOutcome>

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
    response: ImportOutcome
  },
  'review:set': {
    request: z
      .object({
        claimId: z.string().min(1),
        verdict: ReviewState.optional(),
        note: z.string().max(20_000).optional(),
        seen: SeenVersions.optional()
      })
      .strict(),
    response: DeskPatch
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
    response: ImportOutcome
  },
  /** A web page to fetch (http/https) and import as a report, its page archived; like files, in the bounded worker. */
  'reports:importUrl': {
    request: z.object({ url: z.string().min(1).max(4000), jobId: ImportJobId.optional() }).strict(),
    response: ImportOutcome
  },
  /** Removes a report with its claims and their reviews: one change, undoable. */
  'reports:remove': {
    request: z.object({ reportId: z.string().min(1) }).strict(),
    response: DeskPatch
  },
  /** A page kept in the archive (a web report's source, an evidence link), as fetched. */
  'archive:read': {
    request: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    response: z.object({ page: ArchivedPage, html: z.string() })
  },
  /** Reverts a change this desk made (an undo is a change too: reverting it is redo). */
  'changes:undo': {
    request: z.object({ seq: z.number().int().positive() }).strict(),
    response: DeskPatch
  },
  /** A claim's history from the change log. */
  'claims:history': {
    request: z.object({ claimId: z.string().min(1) }).strict(),
    response: z.object({ entries: z.array(HistoryEntryView) })
  },
  /** The open story and the recent ones (kept in the app's user-data folder, not in a store). */
  'stories:list': {
    request: z.object({}).strict(),
    response: z.object({ current: StoryView, recent: z.array(StoryView.extend({ openedAt: z.string() })) })
  },
  /** Starts a new, empty story (its own store) and opens it. */
  'stories:new': {
    request: z.object({ name: z.string().trim().min(1).max(200) }).strict(),
    response: StoryView
  },
  /** Opens another story: a recent one by path, or one chosen in a file dialog (no path). */
  'stories:open': {
    request: z.object({ path: z.string().min(1).max(4096).optional() }).strict(),
    response: StoryView.nullable()
  },
  /**
   * Opens a team desk (postgresql://ROLE@HOST:PORT/DB) in place of the file story. The password, when given,
   * is kept encrypted with the system's keychain (safeStorage) for the next connection; without one, the kept
   * one is used. Errors never carry it.
   */
  'team:connect': {
    request: z
      .object({
        url: z
          .string()
          .trim()
          .min(1)
          .max(2000)
          .regex(/^postgres(ql)?:\/\//, { message: 'a team desk URL starts with postgresql://' }),
        password: z.string().max(1000).optional()
      })
      .strict(),
    response: StoryView
  },
  /** Leaves the team desk for the last file story. */
  'team:disconnect': {
    request: z.object({}).strict(),
    response: StoryView
  },
  /** The team connection as the top bar shows it (null: the desk is on a file). */
  'team:status': {
    request: z.object({}).strict(),
    response: TeamStatusView.nullable()
  },
  /** Tells the other editors which claim this editor has open (null: none); nothing on a file story. */
  'team:presence': {
    request: z.object({ claimId: z.string().min(1).max(200).nullable() }).strict(),
    response: z.object({}).strict()
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
  /** One verdict and/or note for many claims: a multi-selection, or every member of a cluster. `seen`: see SeenVersions. */
  'review:bulk': {
    request: z
      .object({
        claimIds: z.array(z.string().min(1)).optional(),
        clusterId: z.string().min(1).optional(),
        verdict: ReviewState.optional(),
        note: z.string().max(20_000).optional(),
        seen: SeenVersions.optional()
      })
      .strict(),
    response: DeskPatch
  },
  /** Replaces a claim's evidence links; each new link's page is fetched and archived (a page that fails is kept as a link, with why). */
  'review:evidence': {
    request: z.object({ claimId: z.string().min(1), links: z.array(z.string().max(2000)).max(50), seen: SeenVersions.optional() }).strict(),
    response: DeskPatch
  },
  /** Editors' corrections to claims; the patch's `select` is the claim to select next. */
  'claims:edit': {
    request: ClaimEdit,
    response: DeskPatch
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
  /** A review change refused as stale (code `conflict`): both sides of each claim, for the desk to show and let the editor choose. */
  stale?: StaleWrite
}

/** Errors cross IPC as values: Electron would otherwise flatten them into one string. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** `window.api`, as the preload exposes it (and the end-to-end harness stands in for it). */
export interface DeskApi {
  invoke<C extends Channel>(channel: C, request: Request<C>): Promise<IpcResult<Response<C>>>
  /** Subscribes to a main-process notification; returns the unsubscribe function. */
  on(event: DeskEvent, listener: () => void): () => void
}
