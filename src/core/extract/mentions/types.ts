/**
 * What mention finding hands to the rest of extraction: the entities a report
 * names and every mention of them. Kept apart from the passes so that
 * attribution and enrichment can import the shapes without the machinery.
 */
import type { Token } from '../../text/tokenize'

export type EntityKind = 'person' | 'organisation' | 'place'

export interface NamedEntity {
  id: number
  /** Null while nothing in the report says what it is. */
  kind: EntityKind | null
  /** The fullest form seen: "Luiz Inácio Lula da Silva". */
  name: string
  /** Every form seen, as written. */
  variants: Set<string>
  /** Titles and roles written with the name: "Russian President", "professor emeritus at University College London". */
  roles: string[]
  /** Lowercase head words of those roles ("president", "professor"), for "the president" to find them. */
  roleHeads: Set<string>
  /** Name tokens folded for matching (no honorifics, no particles, no accents). */
  key: string[]
  evidence: { person: number; organisation: number; place: number }
}

export type MentionKind = 'name' | 'description' | 'pronoun'

export interface Mention {
  start: number
  end: number
  /** Token range [first, last) of the mention itself (a name without its title). */
  first: number
  last: number
  kind: MentionKind
  entity: NamedEntity | null
  text: string
  /** Token where the title written before a name starts (= first when there is none). */
  titleFirst: number
  /** For "Macron's office", "the utility's director": whose it is, when the report names them. */
  owner?: NamedEntity | null
}

export interface MentionContext {
  text: string
  tokens: readonly Token[]
  /** Per token: inside a quotation (names there are rarely what "he" or "it" refers to). */
  quoted: readonly boolean[]
  /** Per token: index of its sentence. */
  sentenceOf: readonly number[]
}

export interface ReportMentions {
  /** In text order. */
  mentions: Mention[]
  entities: NamedEntity[]
}
