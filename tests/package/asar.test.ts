/**
 * Packaging check without Electron's binary: electron-builder runs with a
 * placeholder Electron distribution, which still produces the real app.asar.
 * The archive must hold the built app, the seeds and the runtime dependencies,
 * and nothing else of size. The placeholder carries a fuse wire as Electron's
 * binary does, so the fuses package.json asks for are checked as flipped.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import asar from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'factdesk-package-'))
let archive = ''
let entries: string[] = []
let executable = ''

/** Electron's fuse wire: the sentinel, wire version 1, its length, then one state per fuse ('0' off, '1' on). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron 45's defaults: RunAsNode, cookie encryption off, NODE_OPTIONS, --inspect, no ASAR integrity, not only from ASAR, no V8 snapshot, file:// privileges. */
const DEFAULT_FUSES = '10110001'
const ON = '1'.charCodeAt(0)
const OFF = '0'.charCodeAt(0)

interface PackageJson {
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson
}

/**
 * The names in the production dependency closure, from the installed tree:
 * each dependency read where Node resolves it (a copy nested under the
 * package that needs it wins over the hoisted one, and may need other things).
 */
function runtimeDependencies(): Set<string> {
  const names = new Set<string>()
  const visited = new Set<string>()
  const visit = (from: string): void => {
    const pkg = readPackage(from)
    // Optional dependencies go in when installed: pdf.js needs @napi-rs/canvas (DOMMatrix) even to read text.
    const optional = Object.keys(pkg.optionalDependencies ?? {}).filter(
      (name) => existsSync(join(from, 'node_modules', name)) || existsSync(join(root, 'node_modules', name))
    )
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...optional]) {
      names.add(name)
      const nested = join(from, 'node_modules', name)
      const dir = existsSync(nested) ? nested : join(root, 'node_modules', name)
      if (visited.has(dir)) continue
      visited.add(dir)
      visit(dir)
    }
  }
  visit(root)
  return names
}

beforeAll(() => {
  const electronDist = join(work, 'electron-placeholder')
  mkdirSync(electronDist)
  writeFileSync(
    join(electronDist, 'electron'),
    Buffer.concat([Buffer.from(`placeholder ${FUSE_SENTINEL}`), Buffer.from([1, DEFAULT_FUSES.length]), Buffer.from(DEFAULT_FUSES)])
  )
  const output = join(work, 'dist')
  execFileSync(
    join(root, 'node_modules', '.bin', 'electron-builder'),
    ['--linux', 'dir', `-c.electronDist=${electronDist}`, '-c.npmRebuild=false', `-c.directories.output=${output}`],
    { cwd: root, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } }
  )
  archive = join(output, 'linux-unpacked', 'resources', 'app.asar')
  executable = join(output, 'linux-unpacked', 'factdesk')
  entries = asar.listPackage(archive, { isPack: false }).map((e) => e.replaceAll('\\', '/'))
}, 120_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

function sizeOf(entry: string): number {
  const stat = asar.statFile(archive, entry.slice(1), false) as { size?: number }
  return stat.size ?? 0
}

describe('app.asar', () => {
  it('holds the built main, preload and renderer', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/main/importWorker.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
      expect(entries).toContain(file)
    }
    expect(entries.some((e) => /^\/out\/renderer\/assets\/.+\.js$/.test(e))).toBe(true)
  })

  it('holds the bundled seeds byte for byte', () => {
    const seeds = readdirSync(join(root, 'seeds')).filter((n) => n.endsWith('.txt'))
    expect(seeds).toHaveLength(5)
    for (const name of seeds) {
      const packed = asar.extractFile(archive, `seeds/${name}`)
      expect(Buffer.compare(packed, readFileSync(join(root, 'seeds', name)))).toBe(0)
    }
  })

  it('holds exactly the runtime dependencies', () => {
    const packed = new Set(
      entries.filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(e) && !/^\/node_modules\/@[^/]+$/.test(e)).map((e) => e.slice('/node_modules/'.length))
    )
    expect(packed).toEqual(runtimeDependencies())
    expect(packed.has('lowdb')).toBe(true)
    expect(packed.has('electron')).toBe(false)
  })

  it('holds nothing else of size', () => {
    const expected = /^\/(package\.json|out\/|seeds\/|node_modules\/)/
    const others = entries.filter((e) => !expected.test(e) && !entries.some((x) => x.startsWith(`${e}/`)))
    const otherBytes = others.reduce((sum, e) => sum + sizeOf(e), 0)
    expect(otherBytes, `unexpected files: ${others.join(', ')}`).toBeLessThan(4096)
    expect(entries.some((e) => /^\/(src|tests|docs|resources)\//.test(e))).toBe(false)
    expect(entries.some((e) => e.endsWith('.map'))).toBe(false)
  })
})

describe('fuses', () => {
  it('are flipped as package.json asks: no running as Node, no NODE_OPTIONS or --inspect, the app only from an intact app.asar', async () => {
    const wire = await getCurrentFuseWire(executable)
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
    // Left as Electron ships them.
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(OFF)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(ON)
  })
})
