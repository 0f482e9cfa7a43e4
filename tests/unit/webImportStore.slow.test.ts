/** Importing web pages into a store through the bounded import worker (slow: each import starts a worker). */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importFiles } from '../../src/core/importing/importFiles'
import { openStore } from '../../src/core/store/jsonStore'
import type { FetchLimits } from '../../src/core/web/fetchPage'
import { buildPdf, PRESS_RELEASE } from '../fixtures/pdf'
import { ARTICLE, serveLoopback, testRoutes, type LoopbackServer } from '../fixtures/webPages'

const LIMITS: FetchLimits = { timeoutMs: 1_500, maxBytes: 2 * 1024 * 1024, maxRedirects: 3 }
const now = () => new Date('2024-03-05T12:00:00Z')
let server: LoopbackServer

beforeAll(async () => {
  server = await serveLoopback(testRoutes({ '/release.pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(buildPdf(PRESS_RELEASE)) }))
})
afterAll(() => server.close())

describe('importing a page into a store', () => {
  it('adds the report with its archived page; a page that fails adds nothing and says why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-web-'))
    try {
      const store = await openStore(join(dir, 'story.json'))
      const ok = await importFiles(store, [{ name: 'a', url: `${server.url}/article` }], now(), { fetch: LIMITS })
      expect(ok.added).toHaveLength(1)
      const sha = ok.added[0]!.archive!.sha256
      expect(Buffer.from(await store.archive.read(sha)).toString('utf8')).toContain(ARTICLE.paragraphs[0])
      const before = store.data
      // A lone page that fails fails the import, with its reason.
      await expect(importFiles(store, [{ name: 'slow', url: `${server.url}/slow` }], now(), { fetch: LIMITS })).rejects.toThrow(/did not answer within 1\.5 s/)
      // In a batch, it is listed and the others go in.
      const batch = await importFiles(
        store,
        [
          { name: 'slow', url: `${server.url}/slow` },
          { name: 'pdf', url: `${server.url}/release.pdf` }
        ],
        now(),
        { fetch: LIMITS }
      )
      expect(batch.refused.map((r) => r.name)).toEqual(['slow'])
      expect(batch.added).toHaveLength(1)
      expect(store.data.reports.slice(0, before.reports.length)).toEqual(before.reports)
      expect(store.data.reports).toHaveLength(before.reports.length + 1)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
