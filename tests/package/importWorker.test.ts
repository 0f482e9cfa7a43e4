/**
 * The import worker as the app runs it: the built entry out/main/importWorker.js
 * (its own entry of the main build), plain JavaScript with no tsx, reading a
 * .docx and an HTML page through the same runner the main process uses.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runInWorker } from '../../src/core/importing/runner'
import { docx, paragraphs } from '../bench/zip'

const entry = resolve(import.meta.dirname, '../../out/main/importWorker.js')

describe('the built import worker', () => {
  it('is built beside the main entry and imports reports', async () => {
    expect(existsSync(entry), 'run the build first (npm run build)').toBe(true)
    const files = [
      { name: 'wire.docx', bytes: docx(paragraphs(['Officials in Kyiv said on Tuesday that 4,000 troops had left the border region, according to Reuters.'])) },
      {
        name: 'page.html',
        bytes: Buffer.from('<html><body><script>x()</script><p>The ministry said 12 bridges near Riga had been repaired since January.</p></body></html>')
      }
    ]
    const result = await runInWorker({ kind: 'import', files, reports: [], claims: [], now: '2022-02-16T12:00:00.000Z' }, { entry })
    expect(result.added.map((r) => r.file)).toEqual(['wire.docx', 'page.html'])
    expect(result.claims.length).toBeGreaterThanOrEqual(2)
    expect(result.analysis?.clusters.length).toBeGreaterThan(0)
  })
})
