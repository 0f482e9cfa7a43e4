/** The brief as data: every output format renders this one model and nothing else. */
import type { BriefScope, DiscrepancyKind, ReviewState } from '../model'

export interface BriefOptions {
  /** Which claims the brief carries: all, the reviewed ones, or only the verified ones. */
  scope: BriefScope
  /** The reports it covers, by id; absent: every report. */
  reportIds?: readonly string[] | undefined
  /** The editor's own words; when absent the brief derives them from the store. */
  title?: string | undefined
  lede?: string | undefined
  closing?: string | undefined
  /** The IANA time zone the brief's time is written in (UTC when absent): the editor's own, in the desk and the CLI. */
  timeZone?: string | undefined
}

/**
 * A stretch of the brief's prose. Every format prints `quote` runs in quotation
 * marks and nothing else in them; a run is a quote only when its words stand
 * verbatim in quotation marks in a report (wording.ts). `cite` runs are source
 * numbers; `status` runs say how far a lede sentence is established ("Not yet
 * verified, reported by 4 of 5 sources:"), set apart so a reader sees it first.
 */
export type Run = { kind: 'text'; text: string } | { kind: 'quote'; text: string } | { kind: 'cite'; sources: number[] } | { kind: 'status'; text: string }
export type Wording = Run[]

export interface BriefSource {
  /** The citation number: the same on the desk and in every brief (numbering.ts). */
  n: number
  reportId: string
  /** Who published it as editors know it: the page's site name, else its web address's host; null when the report has neither. */
  outlet: string | null
  headline: string | null
  date: string | null
  url: string | null
  /** Agency credits such as "With AFP, Ansa and Reuters". */
  credits: string[]
  byline: string | null
  dateline: string | null
  /** The file it was imported from (base name). */
  file: string
  /** The page as factdesk fetched and kept it (a web import): when, and the SHA-256 that names the archived copy. */
  archived: BriefArchived | null
}

/** When and under which hash a page was archived (core/web): what it said when it was checked. */
export interface BriefArchived {
  at: string
  sha256: string
}

/** A link an editor checked a claim against, with its archived page or why there is none. */
export interface BriefEvidence {
  link: string
  archived: BriefArchived | null
  /** Why the page was not archived ("404 Not Found"), when it was tried and failed. */
  problem: string | null
}

export interface BriefNote {
  note: string
  editor: string | null
}

/** One report's wording of a claim: "which source says what". */
export interface BriefAccount {
  claimId: string
  wording: Wording
  speaker: string | null
  citation: number
  verdict: ReviewState
}

export interface BriefItem {
  /** `claim-<first claim id>`: the item's anchor in the HTML brief and in its ClaimReview url. */
  anchor: string
  clusterId: string
  claimIds: string[]
  /** The claim whose words the item prints: of its confirmed members, the most complete quotation, else the longest wording. */
  claimId: string
  /** That claim's wording, its speaker put back in front of a bare reporting verb. */
  wording: Wording
  speaker: string | null
  speakerKind: 'person' | 'organisation' | null
  notes: BriefNote[]
  /** The links editors checked its claims against, each once. */
  evidence: BriefEvidence[]
  /** Source numbers of the reports carrying these claims, ascending. */
  citations: number[]
  /** Each report's own wording, in source order. */
  accounts: BriefAccount[]
  /** Show the accounts: the item is disputed, or its sources put the quotation in different words. */
  showAccounts: boolean
  /**
   * Source numbers of the reports carrying a confirmed member of the cluster: its corroboration
   * (ClusterSummary's, within the brief's reports). Suggested members, matched below the bar, do not count.
   */
  corroborating: number[]
  /** The highest check-worthiness among its claims (0 when unscored). */
  score: number
  /** When its latest verdict was recorded (ISO), or null. */
  reviewedAt: string | null
}

export interface BriefTopic {
  /** A person, organisation or place the items share; null for the rest. */
  label: string | null
  items: BriefItem[]
}

export interface BriefSection {
  verdict: ReviewState
  heading: string
  /** What to print when the section has no items. */
  empty: string
  /** Every item, in source order... */
  items: BriefItem[]
  /** ...and the same items grouped by topic, which is how the formats print them. */
  topics: BriefTopic[]
}

/** One side of a disagreement: what its sources say, their source numbers, their verdicts and each one's wording. */
export interface BriefDisagreementSide {
  wording: Wording
  /** Source numbers, ascending; empty for a side taken from reference data. */
  citations: number[]
  /** The distinct verdicts of its reviewed claims (none when no claim of it is reviewed). */
  verdicts: Array<Exclude<ReviewState, 'unreviewed'>>
  accounts: BriefAccount[]
}

export interface BriefDisagreement {
  id: string
  kind: DiscrepancyKind
  /** "Figures", "Spelling": the kind as editors call it. */
  label: string
  topic: string
  sides: BriefDisagreementSide[]
}

export interface BriefStatement {
  wording: Wording
  verdict: ReviewState
  citations: number[]
}

export interface BriefSpeaker {
  name: string
  kind: 'person' | 'organisation'
  /** "Secretary General, NATO" when known. */
  role: string | null
  statements: BriefStatement[]
}

export interface BriefCoverage {
  /** Claims of the brief's reports under review (dismissed ones aside), and how many have a verdict. */
  total: number
  reviewed: number
}

export interface BriefModel {
  title: string
  scope: BriefScope
  /** The brief's time (ISO) and as printed: "15 Feb 2022, 18:40 UTC". */
  asOf: string
  asOfLabel: string
  coverage: BriefCoverage
  preparedBy: string | null
  /** The lede as printed: paragraphs of runs. */
  lede: Wording[]
  /** True when the editor wrote it. */
  ledeByEditor: boolean
  /** The lede the brief derives, one sentence per entry: printed unless the editor wrote their own, and where they start from. */
  derivedLede: Wording[]
  sections: BriefSection[]
  disagreements: BriefDisagreement[]
  speakers: BriefSpeaker[]
  closing: string | null
  sources: BriefSource[]
}

export const VERDICT_LABELS: Record<ReviewState, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  unconfirmed: 'Unconfirmed',
  unreviewed: 'Not reviewed'
}

export const SCOPE_LABELS: Record<BriefScope, string> = {
  all: 'All claims',
  reviewed: 'Reviewed claims only',
  verified: 'Verified claims only'
}
