/**
 * A copy of the project as a fresh `npm install` leaves it: Electron's package
 * without its binary (no dist/, no path.txt) and no build output. The copy's
 * node_modules links every package to this tree's, except the two that locate
 * Electron from where they are installed — `electron` itself and `electron-vite`,
 * which resolves `electron` beside it — so installing Electron in the copy
 * never touches this tree.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')

/** Left out of the copy: what a fresh clone does not have, and what the start command does not read. */
const SKIPPED = new Set(['.git', 'node_modules', 'out', 'dist', 'tests', 'docs', 'test-results', 'playwright-report'])
/** Copied for real: they find Electron relative to their own folder. */
const COPIED_PACKAGES = new Set(['electron', 'electron-vite'])
/** What Electron's installer writes into its package: a fresh install has none of it. */
const ELECTRON_INSTALL_OUTPUT = new Set(['dist', 'path.txt'])

export function freshCopy(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'factdesk-fresh-')))
  for (const entry of readdirSync(ROOT)) {
    if (!SKIPPED.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true })
  }
  const modules = join(ROOT, 'node_modules')
  const copyModules = join(dir, 'node_modules')
  mkdirSync(copyModules)
  for (const entry of readdirSync(modules)) {
    const from = join(modules, entry)
    const to = join(copyModules, entry)
    if (entry === '.bin') {
      // Relative links (../electron-vite/bin/…) that must resolve inside the copy.
      mkdirSync(to)
      for (const bin of readdirSync(from)) symlinkSync(readlinkSync(join(from, bin)), join(to, bin))
    } else if (entry === 'electron') {
      cpSync(from, to, { recursive: true, verbatimSymlinks: true, filter: (path) => !ELECTRON_INSTALL_OUTPUT.has(path.slice(from.length + 1)) })
    } else if (COPIED_PACKAGES.has(entry)) {
      cpSync(from, to, { recursive: true, verbatimSymlinks: true })
    } else if (!entry.startsWith('.')) {
      symlinkSync(from, to)
    }
  }
  return dir
}
