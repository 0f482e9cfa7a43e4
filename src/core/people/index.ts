/**
 * The people index: one entry per person across reports, and one per
 * organisation that speaks. Each report already links its own mentions (the
 * engine's `report.named`: "Luiz Inácio Lula da Silva", "Lula", "Da Silva" are
 * one entity there); across reports, entities fold by identity (identity.ts):
 * the same name tokens, a shorter name inside exactly one longer one, a lone
 * name owned by exactly one person. Two people who share a surname stay apart
 * when their given names differ, and a lone surname both could own joins
 * neither. A name any report uses for a place, or the lexicon knows as a
 * country, capital or nationality, is never a person.
 */
import { functionWord, honorifics, nameParticles, placeFeatureHeads, placeWord } from '../lexicon'
import type { Claim, Person, Report } from '../model'
import { addTo } from '../groupBy'
import { UnionFind } from '../unionFind'
import { foldName, nameTokens, within } from './identity'

export interface PeopleIndex {
  people: Person[]
  /** Per person id, per report id: the roles that report writes with the name. */
  rolesIn: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>
}

type Kind = 'person' | 'organisation'

/** One entity of one report. */
interface Local {
  reportId: string
  kind: Kind
  name: string
  forms: string[]
  roles: string[]
  said: Set<string>
  named: Set<string>
  tokens: string[]
}

const localKey = (reportId: string, kind: Kind, name: string): string => `${reportId}\u0000${kind}\u0000${name}`

/** Roles that are only honorifics or joining words ("Ms", "of") say nothing. */
function meaningfulRole(role: string): boolean {
  return foldName(role)
    .split(/[\s-]+/)
    .some((w) => /\p{L}{2}/u.test(w) && !honorifics().has(w.replace(/\.$/, '')) && !nameParticles().has(w) && !functionWord().has(w))
}

function collect(claims: readonly Claim[], reports: readonly Report[]): Local[] {
  const locals = new Map<string, Local>()
  const local = (reportId: string, kind: Kind, name: string): Local => {
    const key = localKey(reportId, kind, name)
    let l = locals.get(key)
    if (!l) locals.set(key, (l = { reportId, kind, name, forms: [name], roles: [], said: new Set(), named: new Set(), tokens: nameTokens(name) }))
    return l
  }
  for (const r of reports) {
    for (const n of r.named) {
      const l = local(r.id, n.kind, n.name)
      for (const v of n.variants) if (!l.forms.includes(v)) l.forms.push(v)
      for (const role of n.roles) if (meaningfulRole(role) && !l.roles.includes(role)) l.roles.push(role)
    }
  }
  for (const c of claims) {
    if (c.speaker) local(c.reportId, c.speakerKind ?? 'person', c.speaker).said.add(c.id)
    for (const e of c.entities ?? []) {
      if (e.type !== 'person' && e.type !== 'organisation') continue
      if (e.value === c.speaker) continue
      const l = local(c.reportId, e.type, e.value)
      l.named.add(c.id)
    }
  }
  return [...locals.values()]
}

/** Names some claim gives to a place, folded: such a name is never a person. */
function placeNames(claims: readonly Claim[]): Set<string> {
  const out = new Set<string>()
  for (const c of claims) for (const e of c.entities ?? []) if (e.type === 'place') out.add(foldName(e.value)).add(foldName(e.text))
  return out
}

function isPlace(name: string, places: ReadonlySet<string>): boolean {
  const last = foldName(name).split(' ').at(-1) ?? ''
  return places.has(foldName(name)) || placeWord(name) !== undefined || placeFeatureHeads().has(last)
}

/** A person's name starts with a capital letter, or a particle before one ("de Gaulle"); "ministry" speaking is an extraction slip, not a name. */
function nameShaped(name: string): boolean {
  const [first = '', second = ''] = name.split(/\s+/)
  return /^\p{Lu}/u.test(first) || (nameParticles().has(first.toLowerCase()) && /^\p{Lu}/u.test(second))
}

function foldPeople(people: Local[], uf: UnionFind<Local>): void {
  const byForm = new Map<string, Local[]>()
  for (const p of people) {
    uf.add(p)
    const form = p.tokens.join(' ')
    addTo(byForm, form, p)
  }
  for (const same of byForm.values()) for (const p of same.slice(1)) uf.union(same[0]!, p)
  const forms = [...byForm.entries()].map(([form, ps]) => ({ tokens: form.split(' '), rep: ps[0]! }))
  const multi = forms.filter((f) => f.tokens.length > 1)
  const postings = new Map<string, number[]>()
  multi.forEach((f, i) => {
    for (const t of new Set(f.tokens)) addTo(postings, t, i)
  })
  // A shorter name joins the longer names holding it, when those are all one person (each inside the next).
  multi.forEach((f, i) => {
    const rarest = f.tokens
      .filter((t, k) => t.length > 1 && (k === 0 || !nameParticles().has(t)))
      .sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0))[0]
    const holders = (postings.get(rarest ?? f.tokens.at(-1)!) ?? []).filter((j) => j !== i && within(f.tokens, multi[j]!.tokens))
    if (holders.length === 0 || holders.length > 12) return
    const chain = holders.every((a) => holders.every((b) => a === b || within(multi[a]!.tokens, multi[b]!.tokens) || within(multi[b]!.tokens, multi[a]!.tokens)))
    if (chain) for (const j of holders) uf.union(f.rep, multi[j]!.rep)
  })
  // A lone name ("Lula", "Putin") joins the one person whose name holds it.
  for (const f of forms.filter((x) => x.tokens.length === 1)) {
    const owners = new Set((postings.get(f.tokens[0]!) ?? []).map((j) => uf.find(multi[j]!.rep)))
    if (owners.size === 1) uf.union([...owners][0]!, f.rep)
  }
}

function foldOrganisations(orgs: Local[], uf: UnionFind<Local>): void {
  const byForm = new Map<string, Local>()
  for (const o of orgs) {
    uf.add(o)
    for (const form of o.forms) {
      const key = foldName(form)
      const seen = byForm.get(key)
      if (seen) uf.union(seen, o)
      else byForm.set(key, o)
    }
  }
}

const accents = (s: string): number => s.normalize('NFKD').length - s.length

/** The fullest name: most name tokens, then used by most reports, then without an honorific, then with its accents, then alphabetical. */
function canonicalName(group: readonly Local[]): string {
  const reportsOf = new Map<string, Set<string>>()
  for (const l of group) reportsOf.set(l.name, (reportsOf.get(l.name) ?? new Set()).add(l.reportId))
  return [...reportsOf.keys()].sort(
    (a, b) =>
      nameTokens(b).length - nameTokens(a).length ||
      reportsOf.get(b)!.size - reportsOf.get(a)!.size ||
      a.split(' ').length - b.split(' ').length ||
      accents(b) - accents(a) ||
      (a < b ? -1 : a > b ? 1 : 0)
  )[0]!
}

function ranked(values: readonly string[], key: (s: string) => string): string[] {
  const counts = new Map<string, { text: string; n: number; first: number }>()
  values.forEach((v, i) => {
    const k = key(v)
    const seen = counts.get(k)
    if (seen) seen.n++
    else counts.set(k, { text: v, n: 1, first: i })
  })
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((x) => x.text)
}

export function indexPeople(claims: readonly Claim[], reports: readonly Report[]): PeopleIndex {
  const places = placeNames(claims)
  const locals = collect(claims, reports)
  const people = locals.filter((l) => l.kind === 'person' && nameShaped(l.name) && l.tokens.length > 0 && !l.forms.some((f) => isPlace(f, places)))
  const orgs = locals.filter((l) => l.kind === 'organisation')
  const uf = new UnionFind<Local>()
  foldPeople(people, uf)
  foldOrganisations(orgs, uf)

  const out: Person[] = []
  const rolesIn = new Map<string, Map<string, string[]>>()
  for (const group of uf.groups([...people, ...orgs])) {
    const kind = group[0]!.kind
    const said = new Set(group.flatMap((l) => [...l.said]))
    const namedIn = [...new Set(group.flatMap((l) => [...l.named]))].filter((id) => !said.has(id))
    if (said.size === 0 && (kind === 'organisation' || namedIn.length === 0)) continue
    const name = canonicalName(group)
    const id = `${kind}:${(kind === 'person' ? nameTokens(name) : [foldName(name)]).join('-')}`
    const roles = new Map<string, string[]>()
    for (const l of group) for (const role of l.roles) addTo(roles, l.reportId, role)
    rolesIn.set(id, roles)
    out.push({
      id,
      name,
      kind,
      variants: ranked(
        group.flatMap((l) => l.forms),
        (s) => s
      ).filter((v) => v !== name),
      roles: ranked(
        group.flatMap((l) => l.roles),
        (s) => foldName(s)
      ),
      saidClaimIds: [...said],
      namedInClaimIds: namedIn,
      reportIds: [...new Set(group.map((l) => l.reportId))]
    })
  }
  out.sort(
    (a, b) => b.saidClaimIds.length - a.saidClaimIds.length || b.namedInClaimIds.length - a.namedInClaimIds.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  )
  return { people: out, rolesIn }
}

/** Everyone the reports quote or name, one entry each, speakers first. */
export function buildPeopleIndex(claims: readonly Claim[], reports: readonly Report[]): Person[] {
  return indexPeople(claims, reports).people
}
