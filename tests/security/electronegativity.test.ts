/**
 * Doyensec's Electronegativity over the sources: no finding beyond the ones
 * accepted, with reasons, in electronegativity-accepted.json. The one check
 * that needs the network (available security fixes) is skipped.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version
const { accepted } = JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-accepted.json'), 'utf8')) as {
  accepted: { check: string; file: string; reason: string }[]
}

it('finds nothing beyond the accepted, documented findings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-en-'))
  const out = join(dir, 'findings.csv')
  try {
    execFileSync(
      join(root, 'node_modules/.bin/electronegativity'),
      ['-i', join(root, 'src'), '-o', out, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck'],
      { cwd: root, stdio: 'pipe' }
    )
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1)
    const findings = rows.map((row) => {
      const [check = '', , , file = ''] = row.split(',').map((cell) => cell.replace(/^"|"$/g, ''))
      return { check, file: file === 'N/A' ? file : relative(root, file) }
    })
    const unexpected = findings.filter((f) => !accepted.some((a) => a.check === f.check && a.file === f.file))
    expect(unexpected).toEqual([])
    expect(accepted.every((a) => a.reason.length > 40)).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 120_000)
