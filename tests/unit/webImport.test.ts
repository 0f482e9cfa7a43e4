/**
 * Fetching and reading pages for import (core/web), against a server on
 * loopback: the article alone, and each way a page can fail, named; nothing
 * reaches the store when a page fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchPage, type FetchLimits } from '../../src/core/web/fetchPage'
import { readWebReport } from '../../src/core/web/importPage'
import { buildPdf, PRESS_RELEASE } from '../fixtures/pdf'
import { ARTICLE, serveLoopback, testRoutes, type LoopbackServer } from '../fixtures/webPages'

const LIMITS: FetchLimits = { timeoutMs: 1_500, maxBytes: 2 * 1024 * 1024, maxRedirects: 3 }
const now = () => new Date('2024-03-05T12:00:00Z')
let server: LoopbackServer

beforeAll(async () => {
  server = await serveLoopback(
    testRoutes({
      '/release.pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(buildPdf(PRESS_RELEASE)),
      '/image': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
      '/chain-1': (_req, res) => res.writeHead(302, { location: '/chain-2' }).end(),
      '/chain-2': (_req, res) => res.writeHead(302, { location: '/chain-3' }).end(),
      '/chain-3': (_req, res) => res.writeHead(302, { location: '/chain-4' }).end(),
      '/chain-4': (_req, res) => res.writeHead(302, { location: '/article' }).end(),
      // Sets a cookie, and says whether one came back.
      '/cookie': (req, res) =>
        res.writeHead(200, { 'content-type': 'text/plain', 'set-cookie': 'session=abc; Path=/' }).end(req.headers.cookie ? `cookie: ${req.headers.cookie}` : 'no cookie')
    })
  )
})
afterAll(() => server.close())

describe('reading a web page', () => {
  it('keeps the article and its metadata, never the navigation, cookie banner, related links or footer', async () => {
    const { input, bytes } = await readWebReport(`${server.url}/article`, LIMITS, now)
    expect(input.meta).toMatchObject({ title: ARTICLE.title, outlet: ARTICLE.site, byline: ARTICLE.byline, date: ARTICLE.date, url: `${server.url}/article` })
    for (const p of ARTICLE.paragraphs) expect(input.content).toContain(p)
    for (const f of ARTICLE.furniture) expect(input.content).not.toContain(f)
    expect(input.meta?.archive).toMatchObject({ bytes: bytes.byteLength, fetchedAt: now().toISOString(), contentType: 'text/html; charset=utf-8' })
  })

  it('reads a PDF served from the web page by page', async () => {
    const { input } = await readWebReport(`${server.url}/release.pdf`, LIMITS, now)
    expect(input.pages).toHaveLength(2)
    expect(input.content).toContain('12 million euros a day')
  })

  it('names each failure: status, time-out, loop, too many redirects, size, not an article, not a page', async () => {
    const fails: [string, RegExp][] = [
      ['/missing', /\/missing answered 404 Not Found: there is no page to import there\./],
      ['/slow', /did not answer within 1\.5 s, so the fetch was stopped\./],
      ['/loop-a', /redirects in a loop \(back to .*\/loop-a\)/],
      ['/chain-1', /redirected more than 3 times/],
      ['/huge', /is too large: it sent more than 2 MB, so the fetch was stopped\./],
      ['/index', /does not look like an article/],
      ['/image', /is not a web page or a PDF \(it is image\/png\)/]
    ]
    for (const [path, reason] of fails) await expect(readWebReport(`${server.url}${path}`, LIMITS, now), path).rejects.toThrow(reason)
    await expect(fetchPage('ftp://example.org/x', LIMITS)).rejects.toThrow('only http and https addresses can be imported')
    const closed = await serveLoopback({})
    await closed.close()
    await expect(fetchPage(`${closed.url}/`, LIMITS)).rejects.toThrow('the connection was refused')
  })

  it('keeps no cookie and sends none', async () => {
    for (let i = 0; i < 2; i++) expect(Buffer.from((await fetchPage(`${server.url}/cookie`, LIMITS)).bytes).toString('utf8')).toBe('no cookie')
  })
})
