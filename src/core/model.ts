/**
 * The domain model: every persistent shape is a zod schema here, and every
 * TypeScript type is inferred from one. Nothing else declares these shapes.
 */
import { z } from 'zod'

export const VERDICTS = ['verified', 'disputed', 'unconfirmed'] as const
export const Verdict = z.enum(VERDICTS)
export type Verdict = z.infer<typeof Verdict>

/** A claim nobody has judged yet is `unreviewed`; clearing a verdict returns it there. */
export const ReviewState = z.enum(['unreviewed', ...VERDICTS])
export type ReviewState = z.infer<typeof ReviewState>

export const CLAIM_KINDS = ['quote', 'reported', 'numeric', 'statement'] as const
export const ClaimKind = z.enum(CLAIM_KINDS)
export type ClaimKind = z.infer<typeof ClaimKind>

/**
 * Ids of reports and claims. They become keys of plain objects (reviews,
 * exported verdicts), where a name every object already has ("constructor",
 * "__proto__", "toString"…) would read back a built-in instead of a review.
 */
const RESERVED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype))
export const Id = z
  .string()
  .min(1)
  .refine((id) => !RESERVED_NAMES.has(id), { message: 'an id may not be a name that JavaScript objects reserve (such as "constructor")' })

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
export const Timestamp = z.string().datetime({ offset: true })

export const FURNITURE_ROLES = ['headline', 'subhead', 'caption', 'credit', 'byline', 'timestamp', 'dateline', 'summary', 'boilerplate'] as const
export const FurnitureRole = z.enum(FURNITURE_ROLES)
export type FurnitureRole = z.infer<typeof FurnitureRole>

export const NamedInReport = z.object({
  name: z.string(),
  kind: z.enum(['person', 'organisation']),
  variants: z.array(z.string()),
  roles: z.array(z.string())
})
export type NamedInReport = z.infer<typeof NamedInReport>

/**
 * A web page as fetched when it was imported or cited as evidence: what the
 * page said at that moment, kept so a brief can say what was checked. The
 * bytes live in the store's archive, addressed by their SHA-256.
 */
export const ArchivedPage = z.object({
  /** The address asked for. */
  url: z.string(),
  /** The address that answered, after redirects. */
  finalUrl: z.string(),
  fetchedAt: Timestamp,
  /** SHA-256 of the bytes as received, hex: the archive's key. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  contentType: z.string(),
  /** The page's own title, when it has one. */
  title: z.string().nullable().default(null)
})
export type ArchivedPage = z.infer<typeof ArchivedPage>

export const Report = z.object({
  /** Stable id derived from the report's content, so re-importing it is idempotent. */
  id: Id,
  /** The file name (or label) the report was imported under. */
  file: z.string(),
  title: z.string().nullable(),
  /** Publication date from a metadata line or prefix, when the report states one. */
  date: IsoDate.nullable(),
  /** Agency credit lines such as "With AFP, Ansa and Reuters". */
  credits: z.array(z.string()),
  /** Dateline such as "BRUSSELS, FRANCE", when the report carries one. */
  dateline: z.string().nullable(),
  /** The page the report was taken from (a `source:` line, or the address it was imported from). */
  url: z.string().nullable().default(null),
  /** The page as it was fetched, when the report was imported from the web (see ArchivedPage). */
  archive: ArchivedPage.optional(),
  /**
   * Where each page of a PDF begins in `text` (offsets, ascending), so a claim can be cited by page.
   * Absent for reports that are not paged.
   */
  pages: z.array(z.object({ page: z.number().int().positive(), start: z.number().int().nonnegative() })).optional(),
  /** "By George Ramsay and Ben Morse, CNN", when the report carries a byline. */
  byline: z.string().nullable().default(null),
  /** The publication's own name, when the report states it (an `outlet:` line, an HTML page's site name). Optional: older stores lack it. */
  outlet: z.string().nullable().optional(),
  /**
   * Lines set aside from the body because they are page furniture, not reporting: the headline,
   * subheads, photo captions and credits, bylines and time stamps, summary boxes, subscription
   * banners. Kept in order, so nothing the file held is lost and the desk can show them.
   */
  furniture: z.array(z.object({ role: FurnitureRole, text: z.string() })).default([]),
  /**
   * The people and organisations the report names, as extraction linked its mentions: one entry per
   * one of them, with every form the report uses ("Luiz Inácio Lula da Silva", "Lula", "Da Silva")
   * and the titles and roles it gives them. Derived at import; the people index reads it.
   */
  named: z.array(NamedInReport).default([]),
  /** The report's body text after normalisation and metadata removal; claim offsets point here. */
  text: z.string(),
  /** The file's text exactly as imported, so nothing is ever lost. */
  original: z.string(),
  importedAt: Timestamp
})
export type Report = z.infer<typeof Report>

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'number', 'date'] as const
export const Entity = z.object({
  type: z.enum(ENTITY_TYPES),
  /** As written in the claim. */
  text: z.string(),
  /** Normalised: canonical name, ISO date, plain number with unit (e.g. "100000 troops"). */
  value: z.string()
})
export type Entity = z.infer<typeof Entity>

/** A stretch of a report's text, by offsets into `report.text`. */
export const TextSpan = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
export type TextSpan = z.infer<typeof TextSpan>

export const Claim = z.object({
  /** `<reportId>-<n>`: stable across re-extraction of the same report text. */
  id: Id,
  reportId: Id,
  /** Exactly `report.text.slice(start, end)`. */
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  kind: ClaimKind,
  /** Canonical name of who said it, when the text attributes it. */
  speaker: z.string().nullable(),
  /** A person speaking, or an organisation (a ministry, a court, a government) speaking as one. */
  speakerKind: z.enum(['person', 'organisation']).optional(),
  /**
   * Where the speaker's exact words stand in quotation marks inside this claim (marks excluded),
   * by offsets into the report. Only these may ever be printed inside quotation marks.
   */
  quoted: z.array(TextSpan).optional(),
  /** The sentence or the whole quotation the claim was cut from, when larger than the claim. */
  context: TextSpan.optional(),
  /**
   * The words inside the claim that say who says it ("NATO Secretary-General Jens Stoltenberg said",
   * "according to the ministry"), by offsets into the report: what is said is the rest.
   */
  attribution: TextSpan.optional(),
  /** Claims telling the same thing in different reports share a cluster id. */
  clusterId: z.string().min(1),
  /** Check-worthiness in 0..1 and the reasons behind it (absent in stores made before scoring). */
  score: z.number().min(0).max(1).optional(),
  reasons: z.array(z.string()).optional(),
  entities: z.array(Entity).optional(),
  /** Editor's wording of the claim; `text` stays the exact source slice so offsets hold. */
  editedText: z.string().min(1).optional(),
  /** Dismissed as "not a claim": hidden from review and brief, recoverable. */
  dismissed: z.boolean().optional(),
  /** `editor`: added by hand from a selection in the report (absent = extracted). */
  origin: z.enum(['extracted', 'editor']).optional(),
  /** An editor's decision on a suggested cluster membership. */
  clusterDecision: z.enum(['confirmed', 'detached']).optional()
})
export type Claim = z.infer<typeof Claim>

/** A claim as extraction produces it, before clustering across reports. */
export type ClaimDraft = Omit<Claim, 'clusterId'>

export const DISCREPANCY_KINDS = ['number', 'date', 'timing', 'title', 'spelling', 'quote-wording', 'place'] as const
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number]

/** One account in a disagreement: what these sources say, and which claims and reports say it. */
export const DiscrepancySide = z.object({
  /** As the side's sources write it (its commonest form): "at least 820 people", "Marrakech", "upon arrival at a meeting". */
  text: z.string().min(1),
  /** What the side stands for, normalised, so sides differ in it: "820 people", "2021-12-25", "before". */
  value: z.string().min(1),
  /** The claims stating it; empty only for a side taken from reference data (which country a capital is in). */
  claimIds: z.array(z.string()),
  reportIds: z.array(z.string())
})
export type DiscrepancySide = z.infer<typeof DiscrepancySide>

/**
 * Where sources disagree: derived from the claims and reports, never stored.
 * Structured, never a formatted line: every consumer renders the sides and
 * cites their reports by id.
 */
export const Discrepancy = z.object({
  /** `d-<kind>-<first claim id>[-<topic>]`: stable across runs on the same claims. */
  id: z.string().min(1),
  kind: z.enum(DISCREPANCY_KINDS),
  /** What the sides disagree about, in a few words: "people killed", "Bill McGuire", "Marrakesh". */
  topic: z.string().min(1),
  sides: z.array(DiscrepancySide).min(2),
  /** Every claim on any side. */
  claimIds: z.array(z.string()).min(1)
})
export type Discrepancy = z.infer<typeof Discrepancy>

/**
 * A person (or an organisation speaking as one) across reports: the names each
 * report links to one entity, folded across reports by identity. Derived, never stored.
 */
export const Person = z.object({
  /** `person:<folded name>` / `organisation:<folded name>`: stable while the name is. */
  id: z.string().min(1),
  /** The fullest form seen: "Luiz Inácio Lula da Silva". */
  name: z.string().min(1),
  kind: z.enum(['person', 'organisation']),
  /** Every other form seen in any report, as written: "Lula", "Da Silva", "Luiz Inacio Lula da Silva". */
  variants: z.array(z.string()),
  /** Titles and roles written with the name, the commonest first: "professor emeritus at University College London". */
  roles: z.array(z.string()),
  /** Claims they said (they are the claim's speaker). */
  saidClaimIds: z.array(z.string()),
  /** Claims that name them without being theirs. */
  namedInClaimIds: z.array(z.string()),
  reportIds: z.array(z.string())
})
export type Person = z.infer<typeof Person>

/** Why a member is matched to its cluster: what it shares with the cluster's most central member. */
export const MatchEvidence = z.object({
  /** Content words both say (as the central member writes them). */
  terms: z.array(z.string()),
  /** Words said differently: [central member's word, this member's word] ("half-mast", "half-staff"). */
  synonyms: z.array(z.tuple([z.string(), z.string()])),
  /** Figures both state, normalised ("820 people", "duration 1209600"). */
  figures: z.array(z.string()),
  /** Dates both give (ISO). */
  dates: z.array(z.string()),
  /** People, organisations and places both name. */
  entities: z.array(z.string())
})
export type MatchEvidence = z.infer<typeof MatchEvidence>

export const ClusterMember = z.object({
  claimId: z.string().min(1),
  /** Similarity to the cluster's most central member, 0..1 (1 for the central member and its verbatim copies). */
  confidence: z.number().min(0).max(1),
  /** `suggested` below the matching's confidence bar, until an editor confirms the membership. */
  status: z.enum(['confirmed', 'suggested']),
  why: MatchEvidence
})
export type ClusterMember = z.infer<typeof ClusterMember>

/** A cluster as the desk and CLI show it. Derived, never stored. */
export const ClusterSummary = z.object({
  id: z.string().min(1),
  /** Every member, confirmed and suggested, in claim order. */
  claimIds: z.array(z.string()).min(1),
  /** Reports of every member. */
  reportIds: z.array(z.string()).min(1),
  canonical: z.string(),
  /** The member the others are compared with: the one most similar to the rest. */
  centralClaimId: z.string().min(1),
  /** Distinct reports carrying a confirmed member. */
  corroboration: z.number().int().positive(),
  /** Confirmed members, the most confident first (the central member leads). */
  members: z.array(ClusterMember).min(1),
  /** Members matched below the confidence bar: shown apart as suggested until an editor confirms or detaches them. */
  suggested: z.array(ClusterMember)
})
export type ClusterSummary = z.infer<typeof ClusterSummary>

export const ReviewEvent = z.object({
  at: Timestamp,
  editor: z.string().nullable(),
  verdict: ReviewState,
  note: z.string(),
  /** Evidence links after this change (absent in events recorded before evidence existed). */
  evidence: z.array(z.string()).optional(),
  /** Recorded on another claim that was later merged into this one (absent: on this claim). */
  claimId: Id.optional(),
  /**
   * A merge of claims: each claim's verdict at that moment. Verdicts that
   * disagreed leave the merged claim unreviewed, for an editor to decide.
   */
  merged: z.array(z.object({ claimId: Id, verdict: ReviewState })).optional()
})
export type ReviewEvent = z.infer<typeof ReviewEvent>

export const Review = z.object({
  verdict: ReviewState,
  note: z.string(),
  editor: z.string().nullable(),
  updatedAt: Timestamp.nullable(),
  /** Every change, oldest first; the current state is always the last entry. */
  history: z.array(ReviewEvent),
  /** Links an editor checked the claim against (http or https URLs). */
  evidence: z.array(z.string()),
  /**
   * Each evidence link's page as it was when added (absent for links added before archiving, or a
   * link whose page could not be fetched: then `problem` says why).
   */
  archives: z.array(z.object({ link: z.string(), page: ArchivedPage.nullable(), problem: z.string().nullable() })).optional()
})
export type Review = z.infer<typeof Review>

export const Settings = z.object({
  editorName: z.string(),
  /** The newsroom publishing the brief (ClaimReview `author`). */
  organisation: z.string(),
  /** Where the organisation publishes its fact-checks (ClaimReview `url`), or ''. */
  url: z.string()
})
export type Settings = z.infer<typeof Settings>

/** Which claims a brief carries: all of them, the reviewed ones, or only the verified ones. */
export const BRIEF_SCOPES = ['all', 'reviewed', 'verified'] as const
export const BriefScope = z.enum(BRIEF_SCOPES)
export type BriefScope = z.infer<typeof BriefScope>

export const BriefVersion = z.object({
  id: z.string().min(1),
  at: Timestamp,
  editor: z.string().nullable(),
  format: z.string(),
  title: z.string(),
  /** The verdict of every reviewed claim as this export carried it. */
  verdicts: z.record(Id, ReviewState),
  /*
   * What the export covered and the editor's own words in it, as sent. Optional, so stores written
   * before they existed read as they are (no schema change): absent scope and reports mean the
   * reviewed claims of every report, an absent text that the brief derived it.
   */
  scope: BriefScope.optional(),
  /** The reports the brief covered, when the editor chose some (absent: every report). */
  reportIds: z.array(Id).optional(),
  /** The editor's title, lede and closing note as exported (each absent when the brief derived it). */
  editorText: z.object({ title: z.string().optional(), lede: z.string().optional(), closing: z.string().optional() }).optional()
})
export type BriefVersion = z.infer<typeof BriefVersion>

/** The tables of the store a change touches; rows are keyed by id (a review by its claim's id). */
export const TABLES = ['reports', 'claims', 'reviews'] as const
export const Table = z.enum(TABLES)
export type Table = z.infer<typeof Table>

const Row = z.record(z.string(), z.unknown())
/**
 * One row's part in a change. `insert` and `delete` carry the whole row and
 * where it stood in its list (`index`); `update` names the fields it changed,
 * with their values before and after (a field missing from `before` or `after`
 * was absent). Applying one checks that the row is as the op expects first
 * (compare-and-set), so an undo never overwrites work done since.
 * A review update without `history` among its fields appends one event to the
 * review's history when applied: the review's trail only ever grows.
 */
export const RowOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('insert'), table: Table, id: Id, index: z.number().int().nonnegative(), row: Row }),
  z.object({ op: z.literal('delete'), table: Table, id: Id, index: z.number().int().nonnegative(), row: Row }),
  z.object({ op: z.literal('update'), table: Table, id: Id, fields: z.array(z.string()).min(1), before: Row, after: Row })
])
export type RowOp = z.infer<typeof RowOp>

export const CHANGE_KINDS = [
  'verdict',
  'note',
  'evidence',
  'wording',
  'split',
  'merge',
  'dismiss',
  'restore',
  'add',
  'confirm',
  'detach',
  'remove-report',
  'undo'
] as const
export const ChangeKind = z.enum(CHANGE_KINDS)
export type ChangeKind = z.infer<typeof ChangeKind>

/**
 * One change to the desk, as recorded in the store's change log (append-only):
 * what kind, which claims and reports it touched, who and when, and each row
 * before and after. An undo is itself a change (`undoes` names the one it
 * reverts), so the log never loses anything.
 */
export const ChangeRecord = z.object({
  /** 1, 2, 3…: the log's order. */
  seq: z.number().int().positive(),
  kind: ChangeKind,
  at: Timestamp,
  editor: z.string().nullable(),
  claimIds: z.array(Id),
  reportIds: z.array(Id),
  ops: z.array(RowOp),
  /** For an undo: the change it reverts, and that change's kind. */
  undoes: z.object({ seq: z.number().int().positive(), kind: ChangeKind }).optional()
})
export type ChangeRecord = z.infer<typeof ChangeRecord>

export const SCHEMA_VERSION = 3

export const StoreData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  reports: z.array(Report),
  claims: z.array(Claim),
  /** Reviews are kept apart from claims (keyed by claim id) so re-extraction never loses a verdict. */
  reviews: z.record(Id, Review),
  settings: Settings,
  /** Every exported brief, oldest first, so the desk can flag verdicts changed since the last one. */
  briefVersions: z.array(BriefVersion),
  /** The story this store holds (each story is its own store); '' until named. */
  story: z.object({ name: z.string() }).default({ name: '' }),
  /** Every change to reports, claims and reviews, oldest first: the history and what undo reverts. */
  changes: z.array(ChangeRecord).default([])
})
export type StoreData = z.infer<typeof StoreData>

export function emptyStore(): StoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    reports: [],
    claims: [],
    reviews: {},
    settings: { editorName: '', organisation: '', url: '' },
    briefVersions: [],
    story: { name: '' },
    changes: []
  }
}

export const UNREVIEWED: Review = Object.freeze({
  verdict: 'unreviewed',
  note: '',
  editor: null,
  updatedAt: null,
  history: [],
  evidence: []
})

export function reviewOf(data: StoreData, claimId: string): Review {
  return Object.hasOwn(data.reviews, claimId) ? data.reviews[claimId]! : UNREVIEWED
}
