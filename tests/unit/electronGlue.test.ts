/**
 * The Electron-only glue, with `electron` mocked: the preload forwards only
 * the contract's channels, and main answers IPC only from the app's own page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { appUrlMatcher } from '../../src/main/appUrl'
import { isExternalLink } from '../../src/main/externalLinks'
import type { DeskApi, Handlers } from '../../src/shared/contract'

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
  handlers: new Map<string, (event: unknown, payload: unknown) => unknown>()
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: async (channel: string, payload: unknown) => electron.invoked.push([channel, payload]),
    on: vi.fn(),
    removeListener: vi.fn()
  },
  ipcMain: { handle: (channel: string, fn: (event: unknown, payload: unknown) => unknown) => electron.handlers.set(channel, fn) }
}))

const isAppUrl = appUrlMatcher()

describe('appUrlMatcher', () => {
  it('accepts only the app scheme’s renderer, or the dev server origin in development', () => {
    expect(isAppUrl('factdesk://app/index.html')).toBe(true)
    expect(isAppUrl('factdesk://app/index.html#claim')).toBe(true)
    expect(isAppUrl('factdesk://brief-1/brief.html')).toBe(false)
    expect(isAppUrl('file:///opt/factdesk/resources/app.asar/out/renderer/index.html')).toBe(false)
    expect(isAppUrl('https://example.com/out/renderer/index.html')).toBe(false)
    expect(isAppUrl('https://app/index.html')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
    const dev = appUrlMatcher('http://localhost:5173')
    expect(dev('http://localhost:5173/index.html')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
  })
})

describe('isExternalLink', () => {
  it('lets only plain web pages out to the browser', () => {
    expect(isExternalLink('https://www.nato.int/cps/en/natohq/opinions_192408.htm')).toBe(true)
    expect(isExternalLink('http://apnews.com/article/x')).toBe(true)
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ms-msdt:/id', 'smb://host/share', 'https://user:pw@evil.example/', 'nonsense']) {
      expect(isExternalLink(url), url).toBe(false)
    }
  })
})

describe('preload', () => {
  beforeEach(async () => {
    electron.invoked.length = 0
    await import('../../src/preload/index')
  })

  it('exposes window.api that forwards contract channels only', async () => {
    const api = electron.exposed.get('api') as DeskApi
    await api.invoke('desk:load', {})
    expect(electron.invoked).toEqual([['desk:load', {}]])
    await expect(api.invoke('fs:readFile' as never, {} as never)).rejects.toThrow('Unknown channel fs:readFile')
    expect(electron.invoked).toHaveLength(1)
    expect(() => api.on('shell:open' as never, () => {})).toThrow('Unknown event')
  })
})

describe('main IPC registration', () => {
  it('refuses calls from other pages and validates payloads', async () => {
    const { registerIpcHandlers } = await import('../../src/main/ipc/register')
    const calls: unknown[] = []
    const handlers = new Proxy({} as Handlers, {
      get: () => async (request: unknown) => (calls.push(request), { ok: 'handled' })
    })
    registerIpcHandlers(handlers, isAppUrl)
    const deskLoad = electron.handlers.get('desk:load')!
    const fromApp = { senderFrame: { url: 'factdesk://app/index.html' } }
    expect(await deskLoad({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await deskLoad({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await deskLoad(fromApp, { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(calls).toEqual([])
    expect(await deskLoad(fromApp, {})).toEqual({ ok: true, value: { ok: 'handled' } })
  })
})
