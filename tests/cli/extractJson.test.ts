/** `factdesk extract seeds/*.txt --json`, spawned as a user would run it. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT, spawnCli } from './spawn'

const dir = mkdtempSync(join(tmpdir(), 'factdesk-extract-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => `seeds/${n}`)

interface Member {
  claimId: string
  confidence: number
  status: string
  why: { terms: string[]; synonyms: [string, string][]; figures: string[]; dates: string[]; entities: string[] }
}

interface Out {
  reports: Array<{ id: string; file: string }>
  claims: Array<Record<string, unknown> & { id: string; entities: Array<{ type: string; value: string }> }>
  clusters: Array<{
    id: string
    claimIds: string[]
    reportIds: string[]
    canonical: string
    corroboration: number
    centralClaimId: string
    members: Member[]
    suggested: Member[]
  }>
  discrepancies: Array<{
    id: string
    kind: string
    topic: string
    sides: Array<{ text: string; value: string; claimIds: string[]; reportIds: string[] }>
    claimIds: string[]
  }>
  people: Array<{ id: string; name: string; kind: string; variants: string[]; roles: string[]; saidClaimIds: string[]; namedInClaimIds: string[] }>
}

describe('extract --json', () => {
  const r = spawnCli(dir, ['extract', ...seeds, '--json'])
  const out = JSON.parse(r.stdout) as Out

  it('adds score, reasons, entities and speaker to every claim', () => {
    expect(r.code).toBe(0)
    for (const c of out.claims) {
      for (const key of ['id', 'reportId', 'text', 'start', 'end', 'kind', 'speaker', 'clusterId', 'score', 'reasons', 'entities']) expect(c).toHaveProperty(key)
    }
    const troops = out.claims.find((c) => String(c.text).startsWith('Since December'))!
    expect(troops.entities).toContainEqual(expect.objectContaining({ type: 'number', value: '100000 troops' }))
  })

  it('lists clusters with their members by confidence, the suggested apart, and why each matches', () => {
    for (const k of out.clusters) for (const key of ['id', 'claimIds', 'reportIds', 'canonical', 'centralClaimId', 'members', 'suggested']) expect(k).toHaveProperty(key)
    const shared = out.clusters.filter((k) => k.claimIds.length > 1)
    expect(shared.some((k) => k.corroboration >= 2)).toBe(true)
    for (const k of shared) {
      expect(k.members[0]!.claimId).toBe(k.centralClaimId)
      for (const m of [...k.members, ...k.suggested]) for (const key of ['terms', 'synonyms', 'figures', 'dates', 'entities']) expect(m.why).toHaveProperty(key)
      expect(k.suggested.every((m) => m.status === 'suggested')).toBe(true)
    }
    expect(shared.some((k) => k.members.slice(1).some((m) => m.why.terms.length > 0))).toBe(true)
  })

  it('lists the seeds’ disagreements with their sides, citing reports by id', () => {
    const prefix = new Map(out.reports.map((r) => [r.id, r.file.split('/').pop()!.slice(0, 3)]))
    expect([...new Set(out.discrepancies.map((d) => d.kind))]).toEqual(expect.arrayContaining(['quote-wording', 'place']))
    const must = out.discrepancies.find((d) => d.sides.some((s) => s.value === 'must continue'))!
    expect(must.sides.map((s) => [s.value, s.reportIds.map((id) => prefix.get(id))])).toEqual([
      ['must continue', ['000']],
      ['should continue', expect.arrayContaining(['002'])]
    ])
    for (const d of out.discrepancies) expect(d).not.toHaveProperty('detail')
  })

  it('lists the people index, one entry per person with the names each report uses', () => {
    expect(out.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Jens Stoltenberg', 'Sergei Lavrov', 'Dmitro Kuleba']))
    const jens = out.people.find((p) => p.name === 'Jens Stoltenberg')!
    expect(jens.variants).toContain('Stoltenberg')
    expect(jens.saidClaimIds.length).toBeGreaterThan(5)
    expect(out.people.filter((p) => p.name === 'Stoltenberg')).toEqual([])
  })

  it('shows the same in readable form', () => {
    const text = spawnCli(dir, ['extract', ...seeds]).stdout
    expect(text).toContain('Where sources disagree:')
    // A place is not anyone's words: no quotation marks around the sides.
    expect(text).toMatch(/Place — Brussels\n\s+BRUSSELS, FRANCE\s+001_\S+\.txt\n\s+Brussels, Belgium\s+reference data/)
    expect(text).toMatch(/Quotation wording — Jens Stoltenberg\n\s+“must continue”\s+000_\S+\.txt/)
    expect(text).toMatch(/✓ 1\.00 \S+\.txt/)
    expect(text).toMatch(/Jens Stoltenberg \(also Stoltenberg[^)]*\), [^:]*Secretary.General[^:]*: said \d+/)
  })
})
