/** The real CLI, spawned as a user would run it, over a temporary store. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnCli } from './spawn'

const root = resolve(import.meta.dirname, '../..')
const seeds = readdirSync(join(root, 'seeds'))
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => `seeds/${n}`)
let dir: string
let store: string

const cli = (...args: string[]) => spawnCli(dir, args)

interface ClaimRow {
  id: string
  reportId: string
  text: string
  clusterId: string
  verdict: string
  note: string
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-'))
  store = join(dir, 'store.json')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('factdesk CLI', () => {
  let rows: ClaimRow[]

  it('imports the seeds into a new store and lists the claims as JSON', () => {
    const imported = cli('import', ...seeds, '--store', store)
    expect(imported.stderr).toBe('')
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain(`${seeds.length} added, 0 skipped`)
    const listed = cli('claims', '--store', store, '--json')
    expect(listed.code).toBe(0)
    rows = JSON.parse(listed.stdout) as ClaimRow[]
    expect(rows.length).toBeGreaterThan(10)
    expect(Object.keys(rows[0]!).sort()).toEqual(['clusterId', 'id', 'note', 'reportId', 'sources', 'speaker', 'text', 'verdict'])
    expect(rows.every((r) => r.verdict === 'unreviewed' && r.note === '')).toBe(true)
  })

  it('does not duplicate a report imported again', () => {
    const before = readFileSync(store, 'utf8')
    const again = cli('import', seeds[0]!, '--store', store)
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/skipped\s+seeds\/\S+/)
    expect(again.stdout).toContain('0 added, 1 skipped')
    expect(readFileSync(store, 'utf8')).toBe(before)
  })

  it('records a disputed verdict with a note and briefs it under the disputed section with its sources', () => {
    const target = rows[3]!
    const set = cli('verdict', target.id, 'disputed', '--note', 'Ministry gave no evidence', '--editor', 'Ann Editor', '--store', store)
    expect(set.stderr).toBe('')
    expect(set.code).toBe(0)
    const after = (JSON.parse(cli('claims', '--store', store, '--json').stdout) as ClaimRow[]).find((r) => r.id === target.id)
    expect(after).toMatchObject({ verdict: 'disputed', note: 'Ministry gave no evidence' })

    const out = join(dir, 'brief.md')
    const brief = cli('brief', '--store', store, '--format', 'md', '--out', out)
    expect(brief.code).toBe(0)
    expect(brief.stdout.trim()).toBe(out)
    const md = readFileSync(out, 'utf8')
    const disputed = md.slice(md.indexOf('## What is disputed'), md.indexOf('## Not yet confirmed'))
    expect(disputed).toContain("Editor's note (Ann Editor):* Ministry gave no evidence")
    const reportIds = [...new Set(rows.map((r) => r.reportId))]
    const n = reportIds.indexOf(target.reportId) + 1
    expect(disputed).toContain(`[${n}]`)
    const sources = md.slice(md.indexOf('## Sources'))
    const file = basename(seeds[n - 1]!)
    expect(sources).toMatch(new RegExp(`- \\[${n}\\] .*file ${file.replace(/[.]/g, '\\.')}`))
    expect(md).toContain('## What we know\n\nNo claims verified yet.')
  })

  it('writes an escaped, script-free HTML brief', () => {
    const out = join(dir, 'brief.html')
    const r = cli('brief', '--store', store, '--format', 'html', '--include-unreviewed', '--title', 'Desk <b>brief</b>', '--out', out)
    expect(r.code).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('<h1>Desk &lt;b&gt;brief&lt;/b&gt;</h1>')
    expect(html).toContain('Not yet reviewed')
    expect(html).not.toMatch(/<script/i)
  })

  it('writes DOCX, PDF, CSV and ClaimReview files, each recorded as a brief version', () => {
    const before = (JSON.parse(readFileSync(store, 'utf8')) as { briefVersions: unknown[] }).briefVersions.length
    const outs = { docx: 'b.docx', pdf: 'b.pdf', csv: 'b.csv', claimreview: 'b.jsonld' }
    // The newsroom, so the ClaimReview export is complete (without it the CLI warns on stderr).
    expect(cli('settings', '--organisation', 'The Daily Check', '--url', 'https://check.example/briefs', '--store', store).code).toBe(0)
    for (const [format, name] of Object.entries(outs)) {
      const out = join(dir, name)
      const r = cli('brief', '--store', store, '--format', format, '--out', out, '--title', 'Morning brief', '--lede', 'Our lede.', '--closing', 'More at six.')
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(existsSync(out)).toBe(true)
    }
    expect(readFileSync(join(dir, 'b.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
    expect(readFileSync(join(dir, 'b.docx')).subarray(0, 2).toString()).toBe('PK')
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toContain('id,source,outlet,url,speaker,claim,cluster,verdict,note,editor,reviewed at')
    expect((JSON.parse(readFileSync(join(dir, 'b.jsonld'), 'utf8')) as { '@graph': unknown[] })['@graph'][0]).toMatchObject({
      '@type': 'ClaimReview',
      author: { '@type': 'Organization', name: 'The Daily Check' },
      reviewRating: { alternateName: 'Disputed' }
    })
    const versions = (JSON.parse(readFileSync(store, 'utf8')) as { briefVersions: Array<{ format: string; title: string }> }).briefVersions
    expect(versions.slice(before).map((v) => [v.format, v.title])).toEqual(Object.keys(outs).map((f) => [f, 'Morning brief']))
  }, 60_000)

  it.each([
    ['an unknown claim id', ['verdict', 'nope-1', 'verified'], /unknown claim id "nope-1"/],
    ['a bad verdict word', ['verdict', 'x-1', 'maybe'], /unknown verdict "maybe" \(expected verified, disputed or unconfirmed/],
    ['a missing verdict', ['verdict', 'x-1'], /missing verdict/],
    ['a missing claim id', ['verdict'], /missing claim id/],
    ['a missing report file', ['import', 'seeds/does-not-exist.txt'], /does-not-exist\.txt: no such file/],
    ['one missing file among good ones', ['import', 'seeds/does-not-exist.txt', seeds[1]!], /does-not-exist\.txt/],
    ['no report files', ['import'], /missing report file/],
    ['an unknown option', ['claims', '--frobnicate'], /unknown option --frobnicate/],
    ['an option without its value', ['brief', '--format'], /--format needs a value/],
    ['a bad brief format', ['brief', '--format', 'rtf'], /unknown format "rtf" \(expected pdf, docx, md, html, csv, claimreview\)/],
    ['a binary brief without --out', ['brief', '--format', 'docx'], /--format docx writes a binary file: give --out PATH/],
    ['an unwritable brief path', ['brief', '--out', 'no/such/dir/b.md'], /cannot write the brief .*no such|its folder does not exist/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/]
  ])('rejects %s with exit 2, a one-line message and an unchanged store', (_what, args, message) => {
    const before = readFileSync(store)
    const r = cli(...args, '--store', store)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^factdesk: /)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
    expect(readFileSync(store).equals(before)).toBe(true)
  })

  it('does not create a store for a mistyped --store path', () => {
    const missing = join(dir, 'typo.json')
    const r = cli('claims', '--store', missing)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`no store at ${missing}`)
    expect(existsSync(missing)).toBe(false)
  })

  it('extract --json prints reports and claims without touching any store', () => {
    const r = cli('extract', seeds[0]!, seeds[1]!, '--json')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { reports: Array<Record<string, unknown>>; claims: Array<Record<string, unknown>> }
    expect(out.reports.map((x) => x.file)).toEqual([seeds[0], seeds[1]])
    for (const key of ['id', 'file', 'title', 'date', 'text']) expect(out.reports[0]).toHaveProperty(key)
    for (const key of ['id', 'reportId', 'text', 'start', 'end', 'kind', 'speaker', 'clusterId']) expect(out.claims[0]).toHaveProperty(key)
    expect(existsSync(join(dir, 'config'))).toBe(false)
  })

  it('prints usage for help and --help', () => {
    for (const args of [['help'], ['--help'], ['brief', '--help']]) {
      const r = cli(...args)
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/Commands:[\s\S]*import[\s\S]*verdict[\s\S]*brief/)
    }
  })

  it('uses and seeds the desk store when no --store is given', () => {
    const r = cli('claims', '--json')
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as ClaimRow[]).length).toBeGreaterThan(10)
    expect(existsSync(join(dir, 'config', 'factdesk', 'factdesk.json'))).toBe(true)
  })
})
