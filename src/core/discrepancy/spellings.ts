/**
 * One name spelt two ways: "Marrakesh" / "Marrakech", "Luiz Inácio" / "Luiz
 * Inacio", "Al-Haouz" / "Al Haouz". Names are the people, organisations and
 * places the claims name, as written there. Two forms are one name spelt
 * differently when they read the same once accents, spaces and hyphens are
 * folded away, or differ by one letter in a name of six letters or more. Case
 * is house style ("Brics", "BRICS"), not spelling; a surname beside the full
 * name is another form of it, not another spelling; two names one report uses
 * for two different things are two names.
 */
import { functionWord, placeWord } from '../lexicon'
import type { Claim, Discrepancy } from '../model'
import { addTo } from '../groupBy'
import { foldName } from '../people/identity'
import { UnionFind } from '../unionFind'
import type { DetectorContext } from './context'
import { discrepancy, sidesOf, type Statement } from './sides'

interface Written {
  claim: Claim
  /** As written in the claim. */
  text: string
  /** The entity the report links it to. */
  value: string
  /** Letters only, folded: "alhaouz". */
  key: string
  /** As spelt, case aside: "al-haouz". */
  spelling: string
}

/** Near spellings: a name this long or longer may differ by one letter and still be the same name. */
const FUZZY_FROM = 6

function nameShaped(text: string): boolean {
  const first = text.split(/\s+/)[0] ?? ''
  return /^\p{Lu}/u.test(text) && !functionWord().has(first.toLowerCase()) && !/\d/.test(text)
}

type Form = Pick<Written, 'key' | 'spelling'>

/** How a name form compares with others, or null when it is no name to compare. */
function formOf(text: string): Form | null {
  if (!nameShaped(text)) return null
  // "Moroccan" is how a report says Morocco's, not a spelling of it.
  if (placeWord(text)?.role === 'demonym') return null
  const key = foldName(text).replace(/[^\p{L}\p{N}]/gu, '')
  if (key.length < 2) return null
  return { key, spelling: text.toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim() }
}

function writtenNames(claim: Claim, forms: Map<string, Form | null>): Written[] {
  const out: Written[] = []
  for (const e of claim.entities ?? []) {
    if (e.type !== 'person' && e.type !== 'organisation' && e.type !== 'place') continue
    if (!claim.text.includes(e.text)) continue
    let form = forms.get(e.text)
    if (form === undefined) forms.set(e.text, (form = formOf(e.text)))
    if (form) out.push({ claim, text: e.text, value: e.value, ...form })
  }
  return out
}

/** Keys one letter apart meet on a shared deletion: "marrakesh" and "marrakech" both give "marrakeh". */
function nearKeys(keys: readonly string[]): [string, string][] {
  const byDeletion = new Map<string, string[]>()
  for (const k of keys) {
    if (k.length < FUZZY_FROM) continue
    const variants = new Set([k])
    for (let i = 0; i < k.length; i++) variants.add(k.slice(0, i) + k.slice(i + 1))
    for (const v of variants) addTo(byDeletion, v, k)
  }
  const pairs: [string, string][] = []
  for (const list of byDeletion.values()) for (const other of list.slice(1)) if (other !== list[0]) pairs.push([list[0]!, other])
  return pairs
}

/** Two names known apart: a plural ("Russians"), or two different countries or capitals ("Gambia", "Zambia"). */
function knownApart(a: Written, b: Written): boolean {
  if (a.key + 's' === b.key || b.key + 's' === a.key) return true
  const pa = placeWord(a.text)
  const pb = placeWord(b.text)
  return pa !== undefined && pb !== undefined && pa.country.name !== pb.country.name
}

export function spellingDisagreements(ctx: DetectorContext): Discrepancy[] {
  const forms = new Map<string, Form | null>()
  const names = ctx.claims.flatMap((c) => writtenNames(c, forms))
  const byKey = new Map<string, Written[]>()
  for (const n of names) addTo(byKey, n.key, n)
  const uf = new UnionFind<string>()
  for (const k of byKey.keys()) uf.add(k)
  for (const [a, b] of nearKeys([...byKey.keys()])) {
    const x = byKey.get(a)!
    const y = byKey.get(b)!
    if (knownApart(x[0]!, y[0]!)) continue
    // One report naming both, as two different things, says they are two names.
    const valuesIn = new Map<string, Set<string>>()
    for (const n of x) valuesIn.set(n.claim.reportId, (valuesIn.get(n.claim.reportId) ?? new Set()).add(n.value))
    if (y.some((n) => valuesIn.has(n.claim.reportId) && !valuesIn.get(n.claim.reportId)!.has(n.value))) continue
    uf.union(a, b)
  }
  const out: Discrepancy[] = []
  for (const keys of uf.groups(byKey.keys())) {
    const written = keys.flatMap((k) => byKey.get(k)!)
    const statements: Statement[] = written.map((n) => ({ claim: n.claim, value: n.spelling, text: n.text }))
    const sides = sidesOf(statements).sort((a, b) => b.reportIds.length - a.reportIds.length || b.claimIds.length - a.claimIds.length)
    // A report spelling a name two ways counts too: which spelling to print is the editor's question either way.
    if (sides.length < 2 || new Set(written.map((n) => n.claim.reportId)).size < 2) continue
    out.push(discrepancy('spelling', sides[0]!.text, sides, ctx.order, sides[0]!.value))
  }
  return out
}
