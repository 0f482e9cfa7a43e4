/**
 * Ingest on the shapes that used to make it quadratic, at about 1 MB each: one
 * word repeated with no line break, half a million one-character lines, brackets and
 * quotation marks that never close, a 200 KB base64 token, news-like text made
 * of the seeds. Each must finish and give a sane report. Nothing is timed here:
 * speed is the benchmark's business.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestReport, normaliseText } from '../../src/core/ingest'
import { FURNITURE_ROLES, Report } from '../../src/core/model'

const MB = 1024 * 1024
const AT = '2024-01-01T00:00:00.000Z'
const seedsDir = join(import.meta.dirname, '../../seeds')
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'))

/** Letters of base64 from a fixed linear congruential sequence: a token with no space in it. */
function base64(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const out: string[] = []
  for (let x = 7; out.length < length;) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    out.push(alphabet[x % 64]!)
  }
  return out.join('')
}

function newsLike(bytes: number): string {
  const parts: string[] = []
  for (let length = 0, i = 0; length < bytes; i++) {
    parts.push(seeds[i % seeds.length]!)
    length += seeds[i % seeds.length]!.length + 2
  }
  return parts.join('\n\n')
}

function ingest(content: string): Report {
  const report = ingestReport({ file: 'big.txt', content }, AT)
  expect(report.original).toBe(content)
  for (const part of report.furniture) expect(FURNITURE_ROLES).toContain(part.role)
  return report
}

describe('ingest stays linear on pathological text', { timeout: 120_000 }, () => {
  it('one word repeated, no line break', () => {
    const content = 'word '.repeat(MB / 5)
    const report = ingest(content)
    expect(report.text).toBe(normaliseText(content))
    expect(report.furniture).toEqual([])
    expect(report.title!.length).toBeLessThanOrEqual(120)
  })

  it('half a million one-character lines', () => {
    const content = Array.from({ length: MB / 2 }, (_, i) => 'a.-*("“:'[i % 8]).join('\n')
    const report = ingest(content)
    expect(report.text.split('\n')).toHaveLength(MB / 2)
    expect(report.furniture).toEqual([])
  })

  it('brackets and quotation marks that never close', () => {
    const content = '(["“‘ '.repeat(MB / 6)
    expect(ingest(content).text).toBe(normaliseText(content))
    const lines = ('“He said (that [the ' + 'x'.repeat(30) + '\n').repeat(MB / 51)
    const report = ingest(lines)
    // Pasted lines repeated many times over are not a page's captions or subheads.
    expect(report.furniture).toEqual([])
    expect(report.text).toBe(normaliseText(lines))
  })

  it('a 200 KB base64 token in a report', () => {
    const token = base64(200 * 1024)
    const content = `The attachment follows.\n\n${token}\n\n${newsLike(MB - 200 * 1024)}`
    const report = ingest(content)
    expect(report.text).toContain(token)
    expect(report.text.startsWith('The attachment follows.')).toBe(true)
  })

  it('a megabyte of news-like text', () => {
    const content = newsLike(MB)
    const report = ingest(content)
    expect(Report.parse(report)).toEqual(report)
    // Every seed's reporting is in the body; its furniture is set aside each time it comes round.
    expect(report.text.length).toBeGreaterThan(0.9 * content.length)
    for (const lede of [
      'Thousands of Russian soldiers are concentrated',
      'According to NATO Secretary-General Jens Stoltenberg',
      'The world is waiting for the meeting',
      'The Russian statement added to glimmers of hope',
      'He insisted that the messages and signals'
    ]) {
      expect(report.text).toContain(lede)
    }
    expect(report.text).not.toContain('INTERNATIONAL WRITING')
    expect(report.text).not.toContain('Ещё видео')
  })
})
