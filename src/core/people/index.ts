import { collectPeople, findMentions, resolve } from '../extract/people'
import type { Claim, Person, Report } from '../model'
import { groupBy } from '../groupBy'
import { titleBefore } from './roles'

interface Acc {
  name: string
  roles: Map<string, number>
  orgs: Map<string, number>
  aliases: Map<string, string>
  claimIds: Set<string>
  reportIds: Set<string>
}

function bump(m: Map<string, number>, k: string | null): void {
  if (k) m.set(k, (m.get(k) ?? 0) + 1)
}

function top(m: Map<string, number>): string | null {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null
}

/**
 * Everyone the reports quote or name, folded to one canonical name across
 * reports, with the role and organisation the text gives most often, the ways
 * they are referred to ("Stoltenberg", "the Norwegian politician"), and the
 * claims that quote or mention them. One pass per report: linear in text size.
 */
export function buildPeopleIndex(claims: Claim[], reports: Report[]): Person[] {
  const people = new Map<string, Acc>()
  const acc = (name: string): Acc => {
    let a = people.get(name)
    if (!a) people.set(name, (a = { name, roles: new Map(), orgs: new Map(), aliases: new Map(), claimIds: new Set(), reportIds: new Set() }))
    return a
  }
  const alias = (a: Acc, text: string): void => {
    const t = text.replace(/\s+/g, ' ').trim()
    if (t && t !== a.name && !a.aliases.has(t.toLowerCase())) a.aliases.set(t.toLowerCase(), t)
  }
  for (const report of reports) {
    const found = collectPeople(report.text)
    const mentions = findMentions(report.text, found)
    for (const m of mentions) {
      if (m.kind === 'pronoun') continue
      const p = resolve(m, mentions)
      if (!p) continue
      const a = acc(p.name)
      a.reportIds.add(report.id)
      alias(a, report.text.slice(m.start, m.end))
      if (m.kind !== 'name') continue
      const title = titleBefore(report.text.slice(Math.max(0, m.start - 60), m.start))
      if (!title) continue
      bump(a.roles, title.role)
      bump(a.orgs, title.organisation)
      alias(a, `${title.text} ${report.text.slice(m.start, m.end)}`)
    }
  }
  mentionSurnames(people, reports, claims)
  for (const c of claims) {
    const names = new Set([c.speaker, ...(c.entities ?? []).filter((e) => e.type === 'person').map((e) => e.value)])
    for (const n of names) {
      if (!n) continue
      const a = acc(n)
      a.claimIds.add(c.id)
      a.reportIds.add(c.reportId)
    }
  }
  return foldSurnames([...people.values()])
    .filter((a) => a.claimIds.size > 0 || a.name.includes(' '))
    .map((a) => ({
      name: a.name,
      role: top(a.roles),
      organisation: top(a.orgs),
      aliases: [...a.aliases.values()].sort(),
      claimIds: [...a.claimIds],
      reportIds: [...a.reportIds].sort()
    }))
    .sort((x, y) => y.claimIds.length - x.claimIds.length || (x.name < y.name ? -1 : 1))
}

/**
 * A report that names someone only by surname ("Moedas told reporters") never
 * makes them a person on its own; a full name known from another report does.
 * One alternation over unambiguous surnames, one pass per report.
 */
function mentionSurnames(people: Map<string, Acc>, reports: Report[], claims: Claim[]): void {
  const bySurname = new Map<string, Acc | null>()
  for (const a of people.values()) {
    const last = a.name.split(' ').at(-1)!
    if (!a.name.includes(' ') || last.length < 4) continue
    bySurname.set(last, bySurname.has(last) ? null : a)
  }
  const names = [...bySurname.entries()].filter(([, a]) => a !== null).map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (names.length === 0) return
  const re = new RegExp(String.raw`(?<![\p{L}])(?:${names.join('|')})(?![\p{L}])`, 'u')
  const byReport = groupBy(claims, (c) => c.reportId)
  for (const r of reports) {
    if (!re.test(r.text)) continue
    for (const c of byReport.get(r.id) ?? []) {
      const m = re.exec(c.text)
      const a = m ? bySurname.get(m[0]) : null
      if (!a) continue
      a.claimIds.add(c.id)
      a.reportIds.add(r.id)
    }
  }
}

/** A report naming only "Stoltenberg" joins the one full name ending in it, when exactly one does. */
function foldSurnames(all: Acc[]): Acc[] {
  const full = all.filter((a) => a.name.includes(' '))
  const out = [...full]
  for (const a of all.filter((x) => !x.name.includes(' '))) {
    const owners = full.filter((f) => f.name.split(' ').includes(a.name))
    if (owners.length !== 1) {
      out.push(a)
      continue
    }
    const o = owners[0]!
    for (const [k, v] of a.roles) o.roles.set(k, (o.roles.get(k) ?? 0) + v)
    for (const [k, v] of a.orgs) o.orgs.set(k, (o.orgs.get(k) ?? 0) + v)
    for (const [k, v] of a.aliases) if (!o.aliases.has(k)) o.aliases.set(k, v)
    if (!o.aliases.has(a.name.toLowerCase())) o.aliases.set(a.name.toLowerCase(), a.name)
    for (const id of a.claimIds) o.claimIds.add(id)
    for (const id of a.reportIds) o.reportIds.add(id)
  }
  return out
}
