/**
 * The CLI as a function (runCli with its output captured), for the fast loop
 * (npm run test:fast): import, list, verdict, brief and the exit codes of
 * mistakes, without a child process per command. cli.test.ts runs the CLI as
 * a user does, in a child process, with every error path.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run'

const root = resolve(import.meta.dirname, '../..')
const seeds = readdirSync(join(root, 'seeds'))
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => join(root, 'seeds', n))
let dir: string
let store: string

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: { write: (chunk) => (stdout += chunk) },
    stderr: { write: (chunk) => (stderr += chunk) },
    // Without --store the CLI uses the desk's own store: keep it in the test's folder.
    env: { XDG_CONFIG_HOME: join(dir, 'config'), APPDATA: join(dir, 'config') },
    now: () => new Date('2022-02-16T12:00:00Z')
  })
  return { code, stdout, stderr }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-in-process-'))
  store = join(dir, 'store.json')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('runCli', () => {
  it('imports, lists, records a verdict and briefs it', async () => {
    const imported = await cli('import', ...seeds, '--store', store)
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(imported.stdout).toContain(`${seeds.length} added, 0 skipped`)
    const rows = JSON.parse((await cli('claims', '--store', store, '--json')).stdout) as { id: string; verdict: string; note: string }[]
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.every((r) => r.verdict === 'unreviewed')).toBe(true)

    const target = rows[3]!
    expect(await cli('verdict', target.id, 'disputed', '--note', 'No outlet names a source', '--store', store)).toMatchObject({ code: 0, stderr: '' })
    const after = JSON.parse((await cli('claims', '--store', store, '--json')).stdout) as typeof rows
    expect(after.find((r) => r.id === target.id)).toMatchObject({ verdict: 'disputed', note: 'No outlet names a source' })

    const out = join(dir, 'brief.md')
    expect((await cli('brief', '--store', store, '--format', 'md', '--out', out)).code).toBe(0)
    const md = readFileSync(out, 'utf8')
    expect(md.slice(md.indexOf('## What is disputed'))).toContain('No outlet names a source')
  })

  it.each([
    ['a bad verdict word', ['verdict', 'x-1', 'maybe']],
    ['an unknown claim id', ['verdict', 'nope-1', 'verified']],
    ['an unknown option', ['claims', '--frobnicate']],
    ['an unknown command', ['frobnicate']]
  ])('refuses %s with exit 2 and one line, leaving the store as it was', async (_what, args) => {
    const before = readFileSync(store)
    const result = await cli(...args, '--store', store)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^factdesk: [^\n]+\n$/)
    expect(result.stdout).toBe('')
    expect(readFileSync(store).equals(before)).toBe(true)
  })

  it('extract --json touches no store; without --store the desk’s own store is seeded', async () => {
    const extracted = await cli('extract', seeds[0]!, '--json')
    expect(extracted.code).toBe(0)
    expect((JSON.parse(extracted.stdout) as { reports: unknown[] }).reports).toHaveLength(1)
    expect(existsSync(join(dir, 'config'))).toBe(false)
    const listed = await cli('claims', '--json')
    expect(listed.code).toBe(0)
    expect(existsSync(join(dir, 'config', 'factdesk', 'factdesk.json'))).toBe(true)
  })
})

describe('settings and the brief’s scope', () => {
  let settled: string
  beforeAll(async () => {
    settled = join(dir, 'settled.json')
    expect((await cli('import', ...seeds, '--store', settled)).code).toBe(0)
    const rows = JSON.parse((await cli('claims', '--store', settled, '--json')).stdout) as { id: string; reportId: string }[]
    // One verified claim of the first report, one disputed of the last.
    const last = rows.findLast((r) => r.reportId !== rows[0]!.reportId)!
    expect((await cli('verdict', rows[0]!.id, 'verified', '--store', settled)).code).toBe(0)
    expect((await cli('verdict', last.id, 'disputed', '--store', settled)).code).toBe(0)
  })

  it('settings prints the newsroom, and ClaimReview says what it lacks until it is set', async () => {
    const shown = await cli('settings', '--store', settled)
    expect(shown.stdout).toContain('organisation  (not set)')
    expect(shown.stdout).toContain('ClaimReview exports will lack')
    const lacking = await cli('brief', '--format', 'claimreview', '--store', settled)
    expect(lacking.code).toBe(0)
    expect(lacking.stderr).toMatch(/^factdesk: warning: this ClaimReview lacks each review's url/)
    const bad = await cli('settings', '--url', 'check.example', '--store', settled)
    expect(bad).toMatchObject({ code: 2, stdout: '' })
    expect(bad.stderr).toContain('--url: "check.example" is not a web address')

    const set = await cli('settings', '--organisation', 'The Daily Check', '--url', 'https://check.example/briefs', '--editor', 'Ann Editor', '--store', settled)
    expect(set).toMatchObject({ code: 0, stderr: '' })
    expect(set.stdout).toBe('organisation  The Daily Check\nurl           https://check.example/briefs\neditor        Ann Editor\n')
    const complete = await cli('brief', '--format', 'claimreview', '--store', settled)
    expect(complete.stderr).toBe('')
    const reviews = (JSON.parse(complete.stdout) as { '@graph': Array<Record<string, unknown>> })['@graph']
    expect(reviews).toHaveLength(2)
    for (const review of reviews) {
      expect(review.url).toMatch(/^https:\/\/check\.example\/briefs#claim-/)
      expect(review).toMatchObject({
        author: { '@type': 'Organization', name: 'The Daily Check', url: 'https://check.example' },
        inLanguage: 'en',
        datePublished: '2022-02-16',
        itemReviewed: { '@type': 'Claim' }
      })
      const { appearance } = review.itemReviewed as { appearance: Array<{ '@type': string }> }
      expect(appearance.length).toBeGreaterThan(0)
      for (const a of appearance) expect(a['@type']).toBe('CreativeWork')
      expect(['Verified', 'Disputed']).toContain((review.reviewRating as { alternateName: string }).alternateName)
      expect(typeof review.claimReviewed === 'string' && review.claimReviewed.length <= 201).toBe(true)
    }
  })

  it('--scope and --reports choose what the brief covers, and name what they refuse', async () => {
    const verified = (await cli('brief', '--scope', 'verified', '--store', settled)).stdout
    expect(verified).toContain('## What we know')
    expect(verified).not.toContain('## What is disputed')
    expect(verified).toContain('Verified claims only')
    const first = (await cli('brief', '--reports', '1', '--scope', 'all', '--store', settled)).stdout
    expect(first).toContain('· 1 report ·')
    expect(first.slice(first.indexOf('## Sources'))).toMatch(/- \[1\] [^\n]+\n?$/)
    expect(await cli('brief', '--reports', '9', '--store', settled)).toMatchObject({ code: 2 })
    expect((await cli('brief', '--scope', 'some', '--store', settled)).stderr).toContain('unknown scope "some" (expected all, reviewed, verified)')
  })
})
