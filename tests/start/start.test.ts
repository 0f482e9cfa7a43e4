/**
 * The README's start command, followed from a fresh install: `npm start` in a
 * copy of the project whose Electron package has no binary yet. Electron's
 * installer downloads a placeholder release from a mirror on loopback (nothing
 * leaves this machine), and the placeholder records what it was launched on.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshCopy, ROOT } from './freshCopy'
import { LAUNCH_RECORD_VAR, serveMirror, type Mirror } from './placeholderRelease'

const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version
const realElectron = join(ROOT, 'node_modules/electron')
const installedHere = () => ['path.txt', 'dist'].map((name) => existsSync(join(realElectron, name)))

interface Run {
  code: number
  output: string
}

let copy: string
let scratch: string
const launchRecord = () => join(scratch, 'launch.txt')

/** `npm start` in the copy with Electron's download pointed at `mirror`; stdout and stderr together, as a terminal shows them. */
function npmStart(mirror: Mirror): Promise<Run> {
  // The outer npm's variables (npm test sets dozens) must not steer the inner one.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_|^ELECTRON_/i.test(name)))
  const env = {
    ...inherited,
    ELECTRON_MIRROR: mirror.url,
    electron_use_remote_checksums: '1',
    electron_config_cache: join(scratch, 'electron-cache'),
    npm_config_update_notifier: 'false',
    [LAUNCH_RECORD_VAR]: launchRecord()
  }
  return new Promise((done) => {
    // Asynchronous: the mirror answers from this process while npm runs.
    const child = execFile('npm', ['start'], { cwd: copy, env, encoding: 'utf8', maxBuffer: 1 << 24 }, (error) => {
      done({ code: error ? Number(error.code ?? 1) : 0, output })
    })
    let output = ''
    child.stdout?.on('data', (chunk: string) => (output += chunk))
    child.stderr?.on('data', (chunk: string) => (output += chunk))
  })
}

const before = installedHere()

beforeAll(() => {
  copy = freshCopy()
  scratch = mkdtempSync(join(tmpdir(), 'factdesk-start-'))
})

afterAll(() => {
  rmSync(copy, { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
  // This tree's Electron is as it was: the test installed only into its copy.
  expect(installedHere()).toEqual(before)
})

describe('npm start on a fresh install', () => {
  it('starts without Electron’s binary: installs it from the mirror, builds, and launches it on the built app', async () => {
    expect(existsSync(join(copy, 'node_modules/electron/path.txt'))).toBe(false)
    expect(existsSync(join(copy, 'out'))).toBe(false)
    const mirror = await serveMirror(version)
    try {
      const run = await npmStart(mirror)
      expect(run.output).not.toContain('Electron uninstall')
      expect(run.code, run.output).toBe(0)
      expect(run.output).toContain(`Downloading Electron ${version} (once) from ${mirror.url}`)
      expect(mirror.requests).toEqual(expect.arrayContaining([`/v${version}/electron-v${version}-linux-x64.zip`, `/v${version}/SHASUMS256.txt`]))

      // The placeholder ran in the project's folder, on the project itself ('.'), whose main is the build just made.
      const [cwd, ...args] = readFileSync(launchRecord(), 'utf8').trimEnd().split('\n')
      expect(cwd).toBe(copy)
      expect(args).toEqual(['.'])
      const { main } = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { main: string }
      expect(main).toBe('./out/main/index.js')
      for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) expect(existsSync(join(copy, built)), built).toBe(true)
      expect(readFileSync(join(copy, 'out/main/index.js'), 'utf8')).toContain('requestSingleInstanceLock')
      expect(readFileSync(join(copy, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron')

      // Once installed, the next start downloads nothing and launches again.
      rmSync(launchRecord())
      const requested = mirror.requests.length
      const again = await npmStart(mirror)
      expect(again.code, again.output).toBe(0)
      expect(again.output).not.toContain('Downloading Electron')
      expect(mirror.requests).toHaveLength(requested)
      expect(existsSync(launchRecord())).toBe(true)
    } finally {
      await mirror.close()
    }
  }, 180_000)

  it('says in one line what failed and what to try when the download fails, without a stack trace', async () => {
    rmSync(join(copy, 'node_modules/electron/dist'), { recursive: true, force: true })
    rmSync(join(copy, 'node_modules/electron/path.txt'), { force: true })
    rmSync(join(scratch, 'electron-cache'), { recursive: true, force: true })
    rmSync(launchRecord(), { force: true })
    const mirror = await serveMirror(version, { broken: true })
    try {
      const run = await npmStart(mirror)
      expect(run.code).not.toBe(0)
      const ours = run.output.split('\n').filter((line) => line.startsWith('factdesk: '))
      expect(ours).toEqual([
        `factdesk: could not download Electron ${version} from ${mirror.url} (Response code 404 (Not Found) for ${mirror.url}v${version}/electron-v${version}-linux-x64.zip). ` +
          'Check the network connection or proxy (HTTPS_PROXY with ELECTRON_GET_USE_PROXY=1), or set ELECTRON_MIRROR to a mirror you can reach, then run the command again.'
      ])
      expect(run.output).not.toMatch(/^\s+at /m)
      expect(run.output).not.toContain('Electron uninstall')
      expect(existsSync(launchRecord())).toBe(false)
    } finally {
      await mirror.close()
    }
  }, 120_000)
})
