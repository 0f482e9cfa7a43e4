import { REPORTING_VERBS, resolve, type Mention, type Person } from './people'
import type { Span } from './sentences'

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

export interface Attribution {
  person: Person | null
  /** Where the reporting verb sits, so callers can tell a quote's tail from its head. */
  at: number
}

export function attributionIn(masked: string, span: Span, mentions: Mention[]): Attribution | null {
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end && masked[m.start] !== ' ')
  const text = masked.slice(span.start, span.end)
  for (const v of text.matchAll(VERB)) {
    const vStart = span.start + v.index
    const vEnd = vStart + v[0].length
    const isAccording = /^according/i.test(v[0])
    if (!isAccording) {
      const before = inside.filter((m) => m.end <= vStart).at(-1)
      if (before && SUBJECT_GAP.test(masked.slice(before.end, vStart))) {
        const person = resolve(before, mentions)
        if (person) return { person, at: vStart }
      }
    }
    for (const after of inside.filter((m) => m.start >= vEnd)) {
      if (!OBJECT_GAP.test(masked.slice(vEnd, after.start))) break
      const person = resolve(after, mentions)
      if (person) return { person, at: vStart }
    }
  }
  return null
}

/** True when some reporting verb appears outside quotes, whoever its subject is. */
export function hasReportingVerb(masked: string, span: Span): boolean {
  return new RegExp(VERB.source, 'iu').test(masked.slice(span.start, span.end))
}
