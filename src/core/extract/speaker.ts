import { REPORTING_VERBS, resolve, type Mention, type Person } from './people'
import type { Span } from './sentences'
import { within } from './spans'

/**
 * Attribution inside one stretch of text: a person (or "he", "the secretary
 * general") right before or right after a reporting verb, or "according to X".
 * `masked` has quotations blanked, so words inside a quote never attribute it.
 */

const VERB = new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b|\baccording to\b`, 'giu')

/** What may stand between a subject and its verb: "Stoltenberg, who …," "he also". */
const SUBJECT_GAP = /^(?:,[^,]{0,80},|,)?\s*(?:(?:\p{Ll}+ly|also|has|had|then|later|meanwhile|on \p{Lu}\p{Ll}+)\s+)*$/u
/** What may stand between a verb and its subject: "warned the Alliance Secretary General, Jens". */
const OBJECT_GAP = /^[\s,]*(?:(?:the|[\p{Lu}][\p{L}-]*|secretary|general|minister|spokesman)[\s,]+){0,6}$/u

/** A reporting verb outside quotes, or "according to". */
export interface Verb extends Span {
  according: boolean
}

/** Every reporting verb of a report, found in one pass so each claim only looks up its own. */
export function reportingVerbs(masked: string): Verb[] {
  return [...masked.matchAll(VERB)].map((v) => ({ start: v.index, end: v.index + v[0].length, according: /^according/i.test(v[0]) }))
}

export interface Attribution {
  person: Person | null
  /** Where the reporting verb sits, so callers can tell a quote's tail from its head. */
  at: number
}

export function attributionIn(masked: string, span: Span, mentions: Mention[], verbs: readonly Verb[]): Attribution | null {
  const inside = within(mentions, span).filter((m) => masked[m.start] !== ' ')
  for (const v of within(verbs, span)) {
    if (!v.according) {
      const before = inside.filter((m) => m.end <= v.start).at(-1)
      if (before && SUBJECT_GAP.test(masked.slice(before.end, v.start))) {
        const person = resolve(before, mentions)
        if (person) return { person, at: v.start }
      }
    }
    for (const after of inside.filter((m) => m.start >= v.end)) {
      if (!OBJECT_GAP.test(masked.slice(v.end, after.start))) break
      const person = resolve(after, mentions)
      if (person) return { person, at: v.start }
    }
  }
  return null
}

/** True when some reporting verb appears outside quotes, whoever its subject is. */
export function hasReportingVerb(verbs: readonly Verb[], span: Span): boolean {
  return within(verbs, span).length > 0
}
