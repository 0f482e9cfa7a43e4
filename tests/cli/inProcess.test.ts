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
