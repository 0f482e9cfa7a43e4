/** The app scheme serves out/renderer and nothing else: no other host, no way out of the folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_INDEX_URL, rendererFileFor, serveRendererFile } from '../../src/main/appProtocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/contentSecurityPolicy'

let dir: string
let root: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-protocol-'))
  root = join(dir, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>desk</title>')
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)')
  writeFileSync(join(dir, 'secret.json'), '{"store":true}')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('rendererFileFor', () => {
  it('maps the app origin’s paths to files under the renderer folder', () => {
    expect(rendererFileFor(root, APP_INDEX_URL)).toBe(join(root, 'index.html'))
    expect(rendererFileFor(root, 'factdesk://app/')).toBe(join(root, 'index.html'))
    expect(rendererFileFor(root, 'factdesk://app/assets/index.js?v=1#x')).toBe(join(root, 'assets', 'index.js'))
    expect(rendererFileFor(root, 'factdesk://app/assets/with%20space.js')).toBe(join(root, 'assets', 'with space.js'))
  })

  it.each([
    'factdesk://app/../secret.json',
    'factdesk://app/%2e%2e/secret.json',
    'factdesk://app/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'factdesk://app/..%2fsecret.json',
    'factdesk://app/..%5csecret.json',
    'factdesk://app/%00index.html',
    'factdesk://app/%E0%A4%A',
    'factdesk://other/index.html',
    'factdesk://brief-1/brief.html',
    'file:///etc/passwd',
    'https://app/index.html'
  ])('never names a file outside the renderer folder: %s', async (url) => {
    const file = rendererFileFor(root, url)
    expect(file === null || file.startsWith(join(root, sep))).toBe(true)
    // Dot segments are resolved inside the folder, where no secret.json is.
    expect((await serveRendererFile(root, new Request(url))).status).toBe(404)
  })

  it('names nothing for other hosts and schemes', () => {
    for (const url of [
      'factdesk://other/index.html',
      'factdesk://brief-1/brief.html',
      'file:///etc/passwd',
      'https://app/index.html',
      'factdesk://app/%00x',
      'factdesk://app/%E0%A4%A'
    ]) {
      expect(rendererFileFor(root, url), url).toBeNull()
    }
  })
})

describe('serveRendererFile', () => {
  it('answers with the file, its type and the CSP', async () => {
    const response = await serveRendererFile(root, new Request('factdesk://app/assets/index.js'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toBe('console.log(1)')
    const index = await serveRendererFile(root, new Request(APP_INDEX_URL))
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })

  it('answers 404 outside the folder, for folders, missing files and other methods', async () => {
    for (const url of ['factdesk://app/%2e%2e/secret.json', 'factdesk://app/assets', 'factdesk://app/missing.js', 'factdesk://evil/index.html']) {
      const response = await serveRendererFile(root, new Request(url))
      expect(response.status, url).toBe(404)
      expect(await response.text()).not.toContain('store')
    }
    expect((await serveRendererFile(root, new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }))).status).toBe(404)
  })
})
