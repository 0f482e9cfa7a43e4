/**
 * Whom a description or a pronoun stands for: the last fitting entity before
 * it. "He" and "she" are the first person named in the sentence (its subject,
 * most often) or the one before; "it" the last organisation; "the ministry"
 * the last organisation with that head; "the president" the last person given
 * that title; "the BRICS chair, Cyril Ramaphosa" the name in apposition.
 * Names inside quotations are not antecedents: a speaker's words rarely say
 * whom the report's "he" means.
 */
import { genericOrganisationHeads, organisationHeads } from '../../lexicon'
import { addRole, type Findings } from './findings'
import { isRoleHead, POSSESSIVE } from './shapes'
import type { Mention, NamedEntity } from './types'

/** Antecedents are looked for among the last few hundred mentions: a description refers back a page, not a book. */
const LOOKBACK = 300

/** Descriptions and pronouns point at the last fitting entity before them. `found.mentions` is in text order. */
export function resolveReferences(found: Findings): void {
  const { sentenceOf, quoted } = found.report.ctx
  const tokens = found.report.tokens
  let lastPerson: NamedEntity | null = null
  let lastOrganisation: NamedEntity | null = null
  // The first person named in each sentence: its subject, most often, and the likeliest "he" of the next.
  const subjectOf = new Map<number, NamedEntity>()
  for (const [index, m] of found.mentions.entries()) {
    const s = sentenceOf[m.first]!
    if (m.kind === 'pronoun') {
      const p = tokens[m.first]!.lower
      if (p === 'it') m.entity = lastOrganisation
      else {
        const own = subjectOf.get(s)
        m.entity = own ?? subjectOf.get(s - 1) ?? lastPerson
      }
      continue
    }
    if (m.kind === 'description') {
      m.entity = resolveDescription(found, m, index)
      const possessor = POSSESSIVE.has(tokens[m.first + 1]?.lower ?? '') ? found.nameAt.get(m.first) : undefined
      if (possessor) m.owner = possessor.entity
    }
    const e = m.entity
    if (quoted[m.first]) continue
    if (e?.kind === 'person') {
      lastPerson = e
      if (!subjectOf.has(s)) subjectOf.set(s, e)
    } else if (e?.kind === 'organisation') lastOrganisation = e
  }
}

function resolveDescription(found: Findings, m: Mention, index: number): NamedEntity | null {
  const { text, quoted } = found.report.ctx
  const mentions = found.mentions
  const head = found.report.tokens[m.last - 1]!.lower
  const oldest = Math.max(0, index - LOOKBACK)
  if (organisationHeads().has(head) && !isRoleHead(head)) {
    // "the ministry": the last organisation named with that head; "the company", "the group": the last one named.
    let last: NamedEntity | null = null
    for (let k = index - 1; k >= oldest; k--) {
      const e = mentions[k]!.entity
      if (e?.kind !== 'organisation' || quoted[mentions[k]!.first]) continue
      if (e.key[0]!.split(/\s+/).includes(head)) return e
      last ??= e
    }
    return genericOrganisationHeads().has(head) ? last : null
  }
  // "the BRICS chair, Cyril Ramaphosa": an apposition right after names the person.
  const next = mentions[index + 1]
  if (next?.kind === 'name' && next.entity && next.entity.kind !== 'place' && next.entity.kind !== 'organisation' && text.slice(m.end, next.start).trim() === ',') {
    addRole(next.entity, m.text.replace(/^(?:the|a|an|his|her|its|their)\s+/i, ''))
    return next.entity
  }
  let topic: NamedEntity | null = null
  for (let k = index - 1; k >= oldest; k--) {
    const earlier = mentions[k]!
    const e = earlier.entity
    if (e?.kind === 'person' && e.roleHeads.has(head)) return e
    if (!topic && e?.kind === 'person' && earlier.kind === 'name' && !quoted[earlier.first]) topic = e
  }
  // "The Norwegian politician said": a definite description nobody else fits is the person the story is about.
  return found.report.tokens[m.first]!.lower === 'the' ? topic : null
}
