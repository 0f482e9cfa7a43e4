/** The CLI on bad input, a damaged store, and a store another factdesk is writing. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnCli } from './spawn'

let dir: string
let store: string

const cli = (...args: string[]) => spawnCli(dir, args)

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-safety-'))
  store = join(dir, 'store.json')
  expect(cli('import', 'seeds/000_96f84a8b6cd11933.txt', 'seeds/001_a118197baa28df96.txt', '--store', store).code).toBe(0)
  const first = (JSON.parse(cli('claims', '--store', store, '--json').stdout) as { id: string }[])[0]!.id
  for (const verdict of ['verified', 'disputed', 'unconfirmed']) expect(cli('verdict', first, verdict, '--store', store).code).toBe(0)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('bad report files', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kuleba said the withdrawal would be believed when seen, not heard.', 'utf16le')])
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]), /binary\.txt looks like a binary file/],
    ['report.pdf', '%PDF-1.4 1 0 obj', /report\.pdf is not a readable PDF/],
    ['empty.txt', '', /empty\.txt is empty/],
    ['latin1.txt', new Uint8Array([0x53, 0x61, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f, 0x20, 0xe9, 0x20]), /latin1\.txt is not UTF-8 text/]
  ]

  it.each(cases)('%s is refused by name, exit 2, store unchanged', (name, bytes, message) => {
    const before = readFileSync(store)
    const result = cli('import', file(name, bytes), '--store', store)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(Buffer.compare(readFileSync(store), before)).toBe(0)
  })

  it('a UTF-16 report with a byte-order mark is imported as text', () => {
    const result = cli('import', file('utf16.txt', utf16), '--store', store)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('1 added')
  })

  it('an HTML report with scripts and handlers is imported as its text only', () => {
    const html =
      '<html><body onload="x()"><script>alert(1)</script><p>Moscow announced that 10 units had returned to garrisons on Tuesday.</p><img onerror="alert(2)" src=x></body></html>'
    const result = cli('extract', file('page.html', html), '--json')
    expect(result.code).toBe(0)
    const { reports } = JSON.parse(result.stdout) as { reports: { text: string }[] }
    expect(reports[0]!.text).toBe('Moscow announced that 10 units had returned to garrisons on Tuesday.')
  })
})

describe('a store held by another factdesk', () => {
  it('is not written, and the holder is named', () => {
    // The lock names a live process (this test runner's parent), as the running app would.
    writeFileSync(`${store}.lock`, JSON.stringify({ pid: process.ppid, owner: 'the factdesk app', since: '' }))
    try {
      const before = readFileSync(store)
      const result = cli('import', 'seeds/002_c5c7fe9300333a23.txt', '--store', store)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`is in use by the factdesk app (process ${process.ppid})`)
      expect(Buffer.compare(readFileSync(store), before)).toBe(0)
    } finally {
      rmSync(`${store}.lock`)
    }
  })
})

describe('a damaged store', () => {
  it('is reported by name with the restore command, and restore brings back the last acknowledged state', () => {
    const first = (JSON.parse(cli('claims', '--store', store, '--json').stdout) as { id: string }[])[1]!.id
    const recorded = cli('verdict', first, 'disputed', '--note', 'the last verdict before the damage', '--store', store)
    expect(recorded.code).toBe(0)
    const good = JSON.parse(readFileSync(store, 'utf8')) as { reports: unknown[] }
    writeFileSync(store, readFileSync(store, 'utf8').slice(0, 200))
    const listed = cli('claims', '--store', store)
    expect(listed.code).toBe(2)
    expect(listed.stderr).toContain(`The store ${store} is damaged: it is not valid JSON`)
    expect(listed.stderr).toContain(`npm run --silent cli -- restore --store ${store}`)

    const restored = cli('restore', '--store', store)
    expect(restored.code).toBe(0)
    expect(restored.stdout).toMatch(/restored .* from .*store\.json\.backups/)
    expect(readdirSync(dir).some((n) => n.startsWith('store.json.damaged-'))).toBe(true)
    const after = JSON.parse(readFileSync(store, 'utf8')) as { reports: unknown[]; reviews: Record<string, { verdict: string; note: string }> }
    // The newest backup is the state last written: nothing acknowledged is rolled back.
    expect(after.reports.length).toBe(good.reports.length)
    expect(after.reviews[first]).toMatchObject({ verdict: 'disputed', note: 'the last verdict before the damage' })
    expect(cli('claims', '--store', store).code).toBe(0)
  })

  it('restore refuses a store that loads, and changes nothing', () => {
    const before = readFileSync(store)
    const aside = readdirSync(dir).filter((n) => n.includes('.damaged-')).length
    const result = cli('restore', '--store', store)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`The store ${store} is not damaged`)
    expect(Buffer.compare(readFileSync(store), before)).toBe(0)
    expect(readdirSync(dir).filter((n) => n.includes('.damaged-'))).toHaveLength(aside)
  })
})
