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
  // SARIF (JSON), not CSV: findings' samples and descriptions hold commas and line breaks.
  const out = join(dir, 'findings.sarif')
  try {
    execFileSync(
      join(root, 'node_modules/.bin/electronegativity'),
      ['-i', join(root, 'src'), '-o', out, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck'],
      { cwd: root, stdio: 'pipe' }
    )
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as {
      runs: { results: { ruleId: string; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[]
    }
    const findings = sarif.runs.flatMap((run) =>
      run.results.map((r) => {
        const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri
        return { check: r.ruleId, file: uri ? relative(root, uri) : 'N/A' }
      })
    )
    expect(findings.length).toBeGreaterThan(0) // the scanner ran and reported (the accepted ones at least)
    const unexpected = findings.filter((f) => !accepted.some((a) => a.check === f.check && a.file === f.file))
    expect(unexpected).toEqual([])
    expect(accepted.every((a) => a.reason.length > 40)).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 120_000)
