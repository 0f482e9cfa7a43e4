/**
 * Imports are bounded (issue 13): every file is read and extracted in a
 * worker thread with a time budget and a memory cap, and can be cancelled. A
 * zip bomb is refused before it is inflated, each pathological shape that
 * froze the app is imported or refused by name, and the caller's thread
 * stays free throughout.
 */
import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/core/errors'
import type { ImportFile, ImportJob, ImportProgress } from '../../src/core/importing/job'
import { runInWorker } from '../../src/core/importing/runner'
import { DOCX_LIMITS, docxToText } from '../../src/core/input/docx'
import { SHAPES, zipBomb } from '../bench/shapes'
import { docx } from '../bench/zip'

const NOW = '2022-02-16T12:00:00.000Z'
const job = (files: ImportFile[]): ImportJob => ({ kind: 'import', files, reports: [], claims: [], now: NOW })

describe('a .docx zip bomb', () => {
  it('1 MB inflating to 300 MB is refused while streaming, before any XML is built', async () => {
    const bomb = zipBomb(300)
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    await expect(docxToText(bomb, 'bomb.docx')).rejects.toThrow(/bomb\.docx is refused: .*zip bomb/)
  })

  it('that lies about its sizes is caught by counting the bytes actually inflated', async () => {
    // The entry claims 1 MB; it inflates to 200 MB.
    const bomb = zipBomb(200)
    const liar = Buffer.from(bomb)
    for (const signature of [0x04034b50, 0x02014b50]) {
      const at = liar.indexOf(Buffer.from(new Uint32Array([signature]).buffer), liar.indexOf('word/document.xml') - 60)
      const sizeAt = at + (signature === 0x04034b50 ? 22 : 24)
      liar.writeUInt32LE(1024 * 1024, sizeAt)
    }
    await expect(docxToText(liar, 'liar.docx')).rejects.toThrow(/liar\.docx (is refused|is not a Word document)/)
  })

  it('a document within the limits reads', async () => {
    // 4 MB of prose, and 4 MB of one paragraph repeated (which compresses far better than prose).
    const prose = SHAPES.find((s) => s.name === 'docxPlain')!.make(4 * 1024 * 1024)
    expect((await docxToText(prose, 'long.docx')).length).toBeGreaterThan(3_000_000)
    const repeated = docx('<w:p><w:r><w:t>The ministry said 300 soldiers returned to base.</w:t></w:r></w:p>'.repeat(50_000))
    expect((await docxToText(repeated, 'repeated.docx')).length).toBeGreaterThan(2_000_000)
    expect(DOCX_LIMITS.totalBytes).toBeGreaterThan(8 * 1024 * 1024)
  })
})

describe('every pathological shape, 256 KB each (the sizes that froze the app for 15–90 s)', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))(
    '%s is imported or refused by name, within its budget',
    async (_name, shape) => {
      const file = { name: shape.file, bytes: shape.make(256 * 1024) }
      const outcome = await runInWorker(job([file]), { budget: { timeMs: 20_000, memoryMb: 1024 } }).then(
        (result) => ({ added: result.added.length, refused: null }),
        (error: unknown) => ({ added: 0, refused: error })
      )
      if (outcome.refused) {
        expect(outcome.refused).toBeInstanceOf(UserError)
        expect((outcome.refused as UserError).message).toContain(shape.file)
      } else {
        expect(outcome.added).toBe(1)
      }
    },
    40_000
  )
})

describe('the worker', () => {
  const big = { name: 'archive.txt', bytes: SHAPES.find((s) => s.name === 'plain')!.make(8 * 1024 * 1024) }

  it('refuses a file over the time budget by name and stage, and adds nothing', async () => {
    const error = await runInWorker(job([big]), { budget: { timeMs: 1500, memoryMb: 1024 } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    // Named with the stage it had reached (none yet, if the worker had not even started on a busy machine).
    expect(String(error)).toMatch(/archive\.txt took longer than 1\.5 s to import(, while [a-z ]+)?, so it was stopped and nothing was added/)
  })

  it('refuses a file over the memory cap by name, and the process lives on', async () => {
    const error = await runInWorker(job([big]), { budget: { timeMs: 60_000, memoryMb: 24 } }).catch((e: unknown) => e)
    expect(String(error)).toMatch(/archive\.txt needs more than 24 MB of memory to import, so it was stopped/)
  })

  it("is cancelled on request, and the caller's thread was free all along", async () => {
    const abort = new AbortController()
    const seen: ImportProgress[] = []
    let ticks = 0
    const ticker = setInterval(() => ticks++, 20)
    const run = runInWorker(job([big]), {
      signal: abort.signal,
      onProgress: (p) => {
        seen.push(p)
        if (p.stage === 'ingest') setTimeout(() => abort.abort(), 300)
      }
    })
    const error = await run.catch((e: unknown) => e)
    clearInterval(ticker)
    expect(error).toMatchObject({ code: 'cancelled', message: 'The import was cancelled; nothing was added.' })
    expect(seen.map((p) => p.stage)).toContain('read')
    // The timer kept firing while the worker read 8 MB: this thread never blocked.
    expect(ticks).toBeGreaterThan(10)
  })
})
