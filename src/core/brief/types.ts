/** The brief as data: every output format renders this one model and nothing else. */
import type { Discrepancy, ReviewState } from '../model'

export interface BriefOptions {
  includeUnreviewed: boolean
  /** The editor's own words; when absent the brief derives them from the store. */
  title?: string | undefined
  lede?: string | undefined
  closing?: string | undefined
}

export interface BriefSource {
  /** 1-based citation number, in import order. */
  n: number
  reportId: string
  /** The report's title, or its file name when it has none. */
  label: string
  file: string
  date: string | null
  credits: string[]
  dateline: string | null
  /** Claims from this report that the brief carries, and how many of those are verified. */
  claimsUsed: number
  verified: number
}

export interface BriefNote {
  note: string
  editor: string | null
}

/** One report's wording of a claim: "which source says what". */
export interface BriefAccount {
  claimId: string
  text: string
  speaker: string | null
  citation: number
}

export interface BriefItem {
  clusterId: string
  claimIds: string[]
  /** The longest wording among the grouped claims: it usually carries the most context. */
  text: string
  speaker: string | null
  notes: BriefNote[]
  /** Source numbers of the reports carrying these claims, ascending. */
  citations: number[]
  /** Each report's own wording, in source order. */
  accounts: BriefAccount[]
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

/** A sentence of the lede: a verified claim quoted as written, or the editor's own lede (no citations). */
export interface BriefLedeSentence {
  text: string
  speaker: string | null
  citations: number[]
  quoted: boolean
}

/** One side of a disagreement: what its sources say, their source numbers, and each one's wording. */
export interface BriefDisagreementSide {
  text: string
  /** Source numbers, ascending; empty for a side taken from reference data. */
  citations: number[]
  accounts: BriefAccount[]
}

export interface BriefDisagreement {
  kind: Discrepancy['kind']
  /** "Figures", "Spelling": the kind as editors call it. */
  label: string
  topic: string
  sides: BriefDisagreementSide[]
}

export interface BriefStatement {
  text: string
  verdict: ReviewState
  citations: number[]
}

export interface BriefSpeaker {
  name: string
  /** "Secretary General, NATO" when known. */
  role: string | null
  statements: BriefStatement[]
}

export interface BriefModel {
  title: string
  /** YYYY-MM-DD: the latest report date, or `now` when no report is dated. */
  date: string
  dateLabel: string
  preparedBy: string | null
  lede: BriefLedeSentence[]
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
