/** Exporting from the desk: every format through the handlers, recorded versions, and "Show in folder". */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDeskStore } from '../../src/core/store/deskStore'
import { openStore } from '../../src/core/store/jsonStore'
import { createHandlers } from '../../src/main/ipc/handlers'
import { dispatch } from '../../src/main/ipc/dispatch'
import { BRIEF_FORMATS, type DeskSnapshot, type Handlers } from '../../src/shared/contract'

const seedsDir = resolve(import.meta.dirname, '../../seeds')
let dir: string
let storePath: string
let handlers: Handlers
let revealed: string[]

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-export-'))
  storePath = join(dir, 'factdesk.json')
  revealed = []
  const store = await openDeskStore(storePath, seedsDir, () => new Date('2022-02-16T09:00:00Z'))
  handlers = createHandlers({
    store,
    now: () => new Date('2022-02-16T10:00:00Z'),
    chooseSavePath: async (name) => join(dir, name),
    writeFile: (path, content) => writeFile(path, content),
    // A stand-in printer: the real ones (Chromium, printToPDF) are exercised in briefFormats and e2e.
    renderPdf: async (html) => new TextEncoder().encode(`%PDF-1.4 ${html.length}`),
    revealPath: (path) => revealed.push(path)
  })
  await handlers['settings:update']({ editorName: 'Ann Editor' })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('brief:export', () => {
  it('writes every format with its own extension and records a version each time', async () => {
    const { claims } = await handlers['desk:load']({})
    await handlers['review:set']({ claimId: claims[2]!.id, verdict: 'verified' })
    const extensions = { md: 'md', html: 'html', pdf: 'pdf', docx: 'docx', csv: 'csv', claimreview: 'jsonld' }
    for (const format of BRIEF_FORMATS) {
      const { path, version } = await handlers['brief:export']({ format, options: { scope: 'reviewed' } })
      expect(path).toBe(join(dir, `factdesk-brief-2022-02-16.${extensions[format]}`))
      expect(version).toMatchObject({ format, editor: 'Ann Editor', verdicts: { [claims[2]!.id]: 'verified' } })
      expect(readFileSync(path!).length).toBeGreaterThan(0)
    }
    expect(readFileSync(join(dir, 'factdesk-brief-2022-02-16.docx')).subarray(0, 2).toString()).toBe('PK')
    const stored = (await openStore(storePath)).data.briefVersions
    expect(stored.map((v) => v.format)).toEqual([...BRIEF_FORMATS])
  })

  it('marks claims whose verdict changed since the last exported brief', async () => {
    const { claims } = await handlers['desk:load']({})
    const [a, b] = [claims[0]!.id, claims[1]!.id]
    await handlers['review:set']({ claimId: a, verdict: 'verified' })
    const changed = (snapshot: DeskSnapshot) => snapshot.claims.filter((c) => c.changedSinceBrief).map((c) => c.id)
    expect(changed(await handlers['desk:load']({}))).toEqual([])
    await handlers['brief:export']({ format: 'md', options: { scope: 'reviewed' } })
    await handlers['review:set']({ claimId: a, verdict: 'disputed' })
    await handlers['review:set']({ claimId: b, verdict: 'unconfirmed' })
    const snapshot = await handlers['desk:load']({})
    expect(changed(snapshot)).toEqual([a, b])
    expect(snapshot.lastBrief?.verdicts).toEqual({ [a]: 'verified' })
  })
})

describe('brief:reveal', () => {
  it('shows only a file this session exported', async () => {
    const { path } = await handlers['brief:export']({ format: 'csv', options: { scope: 'reviewed' } })
    expect(await handlers['brief:reveal']({ path: path! })).toEqual({ revealed: true })
    expect(revealed).toEqual([path])
    const refused = await dispatch(handlers, 'brief:reveal', { path: '/etc/passwd' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(revealed).toEqual([path])
  })

  it('refuses binary formats on brief:render', async () => {
    const result = await dispatch(handlers, 'brief:render', { format: 'docx' })
    expect(result.ok).toBe(false)
  })
})

describe('the one table of export formats', () => {
  it('is what the contract accepts, what the CLI reads from --format and --out, and what its help lists', async () => {
    const { BRIEF_FORMAT_TABLE, formatOfExtension, extensionOf } = await import('../../src/core/brief/formats')
    const { BriefFormat, BriefTextFormat } = await import('../../src/shared/contract')
    const { USAGE } = await import('../../src/cli/commands/help')
    expect(BriefFormat.options).toEqual(BRIEF_FORMAT_TABLE.map((f) => f.id))
    expect(BriefTextFormat.options).toEqual(BRIEF_FORMAT_TABLE.filter((f) => !f.binary).map((f) => f.id))
    expect(USAGE).toContain(`--format ${BRIEF_FORMAT_TABLE.map((f) => f.id).join('|')}`)
    for (const f of BRIEF_FORMAT_TABLE) {
      for (const ext of f.extensions) expect(formatOfExtension(`.${ext.toUpperCase()}`)).toBe(f.id)
      expect(extensionOf(f.id)).toBe(f.extensions[0])
    }
  })
})
