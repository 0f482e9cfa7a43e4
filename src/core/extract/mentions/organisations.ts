/**
 * Organisations named by their head noun ("… Ministry", "… Agency") and their
 * short forms: "Court of Arbitration for Sport (CAS)" defines "CAS" for the
 * whole report, so a short form written before its definition, or alone
 * later, still names the same organisation.
 */
import { functionWord, organisationHeads } from '../../lexicon'
import { fold } from '../../text/fold'
import type { Findings } from './findings'
import { isCapWord } from './shapes'

/** "Court of Arbitration for Sport (CAS)": an organisation-shaped run followed by a bracketed short form. */
export function defineAcronym(found: Findings, first: number, last: number): void {
  const report = found.report
  const tokens = report.tokens
  const [open, inner, close] = [tokens[last], tokens[last + 1], tokens[last + 2]]
  if (open?.text !== '(' || close?.text !== ')' || !isCapWord(inner) || inner.text.length > 8 || inner.text.includes(' ')) return
  const lowers = tokens.slice(first, last).map((t) => t.lower)
  if (!lowers.some((l) => organisationHeads().has(l))) return
  while (first < last && (functionWord().has(tokens[first]!.lower) || report.placeAt(first, last))) first += Math.max(1, report.placeAt(first, last))
  if (first >= last) return
  const name = report.slice(first, last)
  const e = found.organisation(name)
  e.variants.add(inner.text)
  found.acronyms.set(fold(inner.text), e)
}

/** An organisation named by tokens [first, last), with the bracketed short form that may follow it. */
export function addOrganisation(found: Findings, first: number, last: number): void {
  const tokens = found.report.tokens
  const name = found.report.slice(first, last)
  const key = [fold(name)]
  const e = found.acronyms.get(key[0]!) ?? found.organisation(name)
  e.evidence.organisation++
  e.variants.add(name)
  found.pushMention(first, last, 'name', e)
  // "Court of Arbitration for Sport (CAS)": the bracketed short form names the same organisation.
  const [open, inner, close] = [tokens[last], tokens[last + 1], tokens[last + 2]]
  if (open?.text === '(' && close?.text === ')' && isCapWord(inner) && inner.text.length <= 8) {
    found.acronyms.set(fold(inner.text), e)
    e.variants.add(inner.text)
    found.pushMention(last + 1, last + 2, 'name', e)
  }
}
