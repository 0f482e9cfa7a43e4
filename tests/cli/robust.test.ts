/**
 * The CLI against hostile input and a hostile environment (issue 13): a zip
 * bomb, terminal escape sequences in reports and stores, option values that
 * begin with "-", file-system failures, and reading without writing.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zipBomb } from '../bench/shapes'
import { docx, paragraphs } from '../bench/zip'
import { spawnCli } from './spawn'

let dir: string
let store: string
const cli = (...args: string[]) => spawnCli(dir, args)
/** What may reach a terminal: no C0 control but tab and newline, no DEL, no C1, no bidi controls. */
// eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

const claimIds = (): string[] => (JSON.parse(cli('claims', '--store', store, '--json').stdout) as { id: string }[]).map((c) => c.id)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-robust-'))
  store = join(dir, 'store.json')
  expect(cli('import', 'seeds/000_96f84a8b6cd11933.txt', '--store', store).code).toBe(0)
})
afterAll(() => {
  chmodSync(dir, 0o755)
  rmSync(dir, { recursive: true, force: true })
})

describe('hostile report files', () => {
  it('a zip bomb (.docx inflating to 300 MB) is refused by name, and the store is unchanged', () => {
    const before = readFileSync(store)
    const result = cli('import', file('bomb.docx', zipBomb(300)), '--store', store)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/bomb\.docx is refused: .*zip bomb/)
    expect(Buffer.compare(readFileSync(store), before)).toBe(0)
  })

  it('escape sequences in a report, its name or a note never reach the terminal raw', () => {
    const hostile =
      'Officials in Kyiv said on Tuesday that 4,000 troops had left the border.\u001b[2K\r\u001b[1A  verified ✓ ' +
      '\u001b]52;c;aGVsbG8=\u0007 The ministry said \u202eyadseuT\u202c 12 bridges were repaired, according to a statement.\u009b31m'
    const name = file('wire\u001b[31m.txt', hostile)
    const imported = cli('import', name, '--store', store)
    expect(imported.code).toBe(0)
    expect(imported.stdout).not.toMatch(RAW_CONTROLS)
    expect(imported.stdout).toContain('wire\\u001b[31m.txt')
    // Stored without the control characters (bidi marks are kept, and escaped when printed).
    const report = (JSON.parse(readFileSync(store, 'utf8')) as { reports: { file: string; text: string }[] }).reports.at(-1)!
    // eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
    expect(report.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/)

    const id = claimIds()[0]!
    expect(cli('verdict', id, 'verified', '--note', 'ok\r\u001b[1A\u001b[2Kforged', '--store', store).code).toBe(0)
    for (const output of [cli('claims', '--store', store), cli('claims', '--store', store, '--json'), cli('extract', name), cli('extract', name, '--json')]) {
      expect(output.code).toBe(0)
      expect(output.stdout).not.toMatch(RAW_CONTROLS)
    }
    expect(cli('claims', '--store', store).stdout).toContain('note: ok \\u001b[1A\\u001b[2Kforged')
    // JSON output stays JSON, with the same strings.
    const listed = JSON.parse(cli('claims', '--store', store, '--json').stdout) as { id: string; note: string }[]
    expect(listed.find((c) => c.id === id)!.note).toBe('ok\r\u001b[1A\u001b[2Kforged')
  }, 90_000)

  it('character references in a .docx pass the same filter as plain text', () => {
    const bytes = docx(
      `${paragraphs(['The ministry said on Monday that 300 soldiers had returned to base, according to Reuters.'])}<w:p><w:r><w:t>Troops left&#x1b;[2K&#x1b;]52;c;aGk=&#7; the area on Tuesday, officials said.</w:t></w:r></w:p>`
    )
    const result = cli('extract', file('refs.docx', bytes), '--json')
    expect(result.code).toBe(0)
    const { reports } = JSON.parse(result.stdout) as { reports: { text: string; original: string }[] }
    expect(reports[0]!.original).toContain('Troops left[2K]52;c;aGk= the area')
    // eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
    expect(reports[0]!.original).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
  })
})

describe('options', () => {
  it('a value that begins with "-" is taken as the value', () => {
    const id = claimIds()[1]!
    const result = cli('verdict', id, 'disputed', '--note', '-5% since Monday, not -10%', '--store', store)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('note: -5% since Monday, not -10%')
  })
})

describe('file-system failures name the path and exit 2', () => {
  it('a read-only store is refused, not replaced', () => {
    const copy = join(dir, 'readonly.json')
    writeFileSync(copy, readFileSync(store))
    chmodSync(copy, 0o444)
    const result = cli('verdict', claimIds()[0]!, 'verified', '--store', copy)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`The store ${copy} is read-only`)
    expect(statSync(copy).mode & 0o777).toBe(0o444)
    expect(readFileSync(copy).equals(readFileSync(store))).toBe(true)
  })

  it('a folder where the brief should go', () => {
    mkdirSync(join(dir, 'brief.md'))
    const result = cli('brief', '--out', join(dir, 'brief.md'), '--store', store)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`Cannot write ${join(dir, 'brief.md')}: it is a folder`)
  })

  it('a folder given as a report', () => {
    const result = cli('import', dir, '--store', store)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`Cannot read report ${dir}: it is a folder`)
  })
})

describe('stores', () => {
  it('a claim id that collides with a built-in name is refused as damage, not a crash', () => {
    const doc = JSON.parse(readFileSync(store, 'utf8')) as { claims: { id: string }[] }
    doc.claims[0]!.id = 'constructor'
    const bad = file('constructor.json', JSON.stringify(doc))
    for (const args of [['claims'], ['brief', '--format', 'md']]) {
      const result = cli(...args, '--store', bad)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/is damaged: .*claims\.0\.id/)
    }
  })

  it("reading the desk's own store writes nothing beside it (no lock): it works on a read-only disk", () => {
    expect(cli('claims').code).toBe(0) // first use: seeds the desk's store
    const deskDir = join(dir, 'config', 'factdesk')
    const listing = readdirSync(deskDir).sort()
    const mtime = statSync(deskDir).mtimeMs
    expect(cli('claims').code).toBe(0)
    expect(cli('brief', '--format', 'md').code).toBe(0)
    expect(readdirSync(deskDir).sort()).toEqual(listing)
    expect(statSync(deskDir).mtimeMs).toBe(mtime)
  })
})
