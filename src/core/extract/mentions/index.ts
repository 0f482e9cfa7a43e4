/**
 * Who and what a report names, and which mentions are the same one: people,
 * organisations and places found by the shape of English names and the words
 * around them (a title or honorific before, an apposition after, a reporting
 * verb), then linked inside the report: "Luiz Inácio Lula da Silva", "Lula" and
 * "Da Silva" are one person; "Court of Arbitration for Sport (CAS)", "CAS" and
 * "the court" one organisation; "the king" and "he" whoever was last named so.
 * Everything is read from the report's tokens in a few linear passes; this
 * file runs them in order, each pass in a file of its own.
 */
import { analyseRun, capitalRuns } from './capitalRuns'
import { findDescriptionsAndPronouns } from './descriptions'
import { gatherEvidence } from './evidence'
import { Findings } from './findings'
import { defineAcronym } from './organisations'
import { linkNames } from './personNames'
import { resolveReferences } from './references'
import { ReportTokens } from './reportTokens'
import type { MentionContext, ReportMentions } from './types'

export type { EntityKind, Mention, MentionContext, MentionKind, NamedEntity, ReportMentions } from './types'

export function findMentions(ctx: MentionContext): ReportMentions {
  const found = new Findings(new ReportTokens(ctx))
  const runs = capitalRuns(found.report)
  // Short forms defined anywhere ("… Agency (Wada)") name their organisation even where they come first.
  for (const run of runs) defineAcronym(found, run.first, run.last)
  for (const run of runs) analyseRun(found, run.first, run.last)
  // Only now is every name read: a short form can be linked to a full name written after it.
  linkNames(found)
  findDescriptionsAndPronouns(found)
  found.mentions.sort((a, b) => a.start - b.start)
  gatherEvidence(found)
  resolveReferences(found)
  return { mentions: found.mentions, entities: found.entities }
}
