/**
 * The CLI's `import URL`, `import FILE.pdf`, `reports`, `remove` and `stories`
 * (issue 15), spawned as a user runs them; the pages come from a server on
 * loopback in this process, the PDFs are built by hand in the test.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StoreData } from '../../src/core/model'
import { buildPdf, PRESS_RELEASE } from '../fixtures/pdf'
import { ARTICLE, articleHtml, serveLoopback, type LoopbackServer } from '../fixtures/webPages'
import { spawnCliAsync } from './spawn'

let dir: string
let store: string
let server: LoopbackServer
const cli = (...args: string[]) => spawnCliAsync(dir, args)
const read = (): StoreData => JSON.parse(readFileSync(store, 'utf8')) as StoreData

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-web-'))
  store = join(dir, 'story.json')
  server = await serveLoopback()
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('import from the web, PDFs, reports, remove, stories', () => {
  it('imports a web page as its article, archives the page, and lists it with `reports`', async () => {
    const r = await cli('import', `${server.url}/article`, '--store', store)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const sha256 = createHash('sha256').update(articleHtml()).digest('hex')
    expect(r.stdout).toContain(`page archived, sha256 ${sha256.slice(0, 12)}`)
    const data = read()
    expect(data.reports).toHaveLength(1)
    expect(data.reports[0]).toMatchObject({ title: ARTICLE.title, outlet: ARTICLE.site, date: ARTICLE.date, archive: { sha256 } })
    for (const furniture of ARTICLE.furniture) expect(data.reports[0]!.text).not.toContain(furniture)
    // The archived bytes are kept beside the store, under their hash, exactly as served.
    expect(readFileSync(join(`${store}.archive`, `${sha256}.page`), 'utf8')).toBe(articleHtml())

    const listed = await cli('reports', '--store', store)
    expect(listed.code).toBe(0)
    expect(listed.stdout).toContain(`${ARTICLE.site} · ${ARTICLE.title} · ${ARTICLE.date}`)
    expect(listed.stdout).toContain(`archived ${server.url}/article`)
    const json = JSON.parse((await cli('reports', '--store', store, '--json')).stdout) as { id: string; label: string; claims: number; archive: { sha256: string } }[]
    expect(json[0]).toMatchObject({ id: data.reports[0]!.id, claims: data.claims.length, archive: { sha256 } })

    const claims = await cli('claims', '--store', store)
    expect(claims.stdout).toMatch(/said by Marloes Jansen; cluster \S+ \(1 source\)/)
  })

  // One child process each: a page's failure must not wait on the others' start-up under one test's time limit.
  it.each([
    ['/missing', 'answered 404 Not Found'],
    ['/loop-a', 'redirects in a loop'],
    ['/huge', 'is too large'],
    ['/index', 'does not look like an article']
  ] as const)('a page that fails (%s) is named with the reason, exits 2 and adds nothing', async (path, reason) => {
    const before = read()
    const r = await cli('import', `${server.url}${path}`, '--store', store)
    expect(r.code, path).toBe(2)
    expect(r.stderr).toContain(reason)
    expect(r.stderr).toMatch(/^factdesk: [^\n]+\n$/)
    expect(read().reports).toEqual(before.reports)
    expect(read().claims).toEqual(before.claims)
  })

  it('imports a PDF with its pages; a scan and an encrypted PDF are listed as refused, the good one still added', async () => {
    writeFileSync(join(dir, 'release.pdf'), buildPdf(PRESS_RELEASE))
    writeFileSync(join(dir, 'scan.pdf'), buildPdf([[]]))
    writeFileSync(join(dir, 'locked.pdf'), buildPdf(PRESS_RELEASE, { encrypted: true }))
    const r = await cli('import', join(dir, 'release.pdf'), join(dir, 'scan.pdf'), join(dir, 'locked.pdf'), '--store', store)
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(/added {4}\S*release\.pdf/)
    expect(r.stdout).toMatch(/refused {2}\S*scan\.pdf: \S*scan\.pdf has no text layer/)
    expect(r.stdout).toMatch(/refused {2}\S*locked\.pdf: \S*locked\.pdf is an encrypted PDF/)
    expect(r.stderr).toContain('2 of 3 were not imported')
    const report = read().reports.find((x) => x.file.endsWith('release.pdf'))!
    expect(report.pages?.map((p) => p.page)).toEqual([1, 2])
  })

  it('`remove` takes a report with its claims and reviews, as one recorded change', async () => {
    const before = read()
    const report = before.reports.find((x) => x.file.endsWith('release.pdf'))!
    const claimId = before.claims.find((c) => c.reportId === report.id)!.id
    expect((await cli('verdict', claimId, 'disputed', '--store', store)).code).toBe(0)
    const r = await cli('remove', report.id, '--store', store, '--editor', 'Ana Ruiz')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`(report ${report.id}, ${before.claims.filter((c) => c.reportId === report.id).length} claims; change`)
    const after = read()
    expect(after.reports.map((x) => x.id)).toEqual(before.reports.filter((x) => x.id !== report.id).map((x) => x.id))
    expect(after.claims.some((c) => c.reportId === report.id)).toBe(false)
    expect(after.reviews[claimId]).toBeUndefined()
    expect(after.changes.at(-1)).toMatchObject({ kind: 'remove-report', editor: 'Ana Ruiz', reportIds: [report.id] })
    // The verdict before it was recorded in the change log too (the claim's history).
    expect(after.changes.at(-2)).toMatchObject({ kind: 'verdict', claimIds: [claimId] })

    const unknown = await cli('remove', 'no-such-report', '--store', store)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown report id "no-such-report" (list them with "npm run --silent cli -- reports")')
  })

  it('`stories` lists the stories the desk opened, newest first, with their stores', async () => {
    expect((await cli('stories')).stdout).toContain('No stories opened yet')
    const userData = join(dir, 'config', 'factdesk')
    mkdirSync(userData, { recursive: true })
    const recent = [
      { path: join(userData, 'stories', 'port-strike.json'), name: 'Port strike, Rotterdam', openedAt: '2026-12-01T06:00:00.000Z' },
      { path: join(userData, 'factdesk.json'), name: 'Russia, Ukraine, NATO', openedAt: '2026-11-30T18:00:00.000Z' }
    ]
    writeFileSync(join(userData, 'recent-stories.json'), JSON.stringify(recent))
    const r = await cli('stories')
    expect(r.code).toBe(0)
    expect(r.stdout.indexOf('Port strike, Rotterdam')).toBeLessThan(r.stdout.indexOf('Russia, Ukraine, NATO'))
    expect(r.stdout).toContain(`--store ${recent[0]!.path}`)
    expect(JSON.parse((await cli('stories', '--json')).stdout)).toEqual(recent)
  })

  it('help names the command users really run', async () => {
    const r = await cli('help')
    expect(r.stdout).toContain('Usage: npm run --silent cli -- <command>')
    for (const command of ['import FILE|URL', 'reports', 'remove REPORT_ID', 'stories']) expect(r.stdout).toContain(command)
    expect(r.stdout).not.toMatch(/^\s+factdesk /m)
  })
})
