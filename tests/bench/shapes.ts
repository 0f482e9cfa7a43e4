/**
 * Pathological report files, each at a chosen size: the shapes that froze or
 * killed imports (issue 13), plus a plain report near the 20 MB limit. Used by
 * the benchmark's worst case (`worstCaseSecondsPerMB`) and by the import tests.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { docx, paragraphs } from './zip'

const SEEDS = resolve(import.meta.dirname, '../../seeds')

let prose: string | undefined
/** Real newswire prose (the seeds), without their metadata lines. */
function seedProse(): string {
  prose ??= readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(SEEDS, n), 'utf8').replace(/^\s*date \S+\s*/, ''))
    .join('\n\n')
  return prose
}

/** `unit` repeated until the result is at least `bytes` long (UTF-8). */
function fill(unit: string, bytes: number): string {
  const times = Math.ceil(bytes / Buffer.byteLength(unit))
  return unit.repeat(Math.max(1, times))
}

export interface Shape {
  name: string
  /** The file name it is imported under (its extension picks the reader). */
  file: string
  /** What it stresses, for the benchmark's log. */
  what: string
  make(bytes: number): Buffer
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8')

export const SHAPES: Shape[] = [
  {
    name: 'plain',
    file: 'long-report.txt',
    what: 'ordinary newswire prose, one long report',
    make: (bytes) => utf8(fill(`${seedProse()}\n\n`, bytes))
  },
  {
    name: 'longToken',
    file: 'inline-image.md',
    what: 'one long token (inline base64 image)',
    make: (bytes) => {
      const lead = seedProse().slice(0, 2000)
      const base64 = Buffer.alloc(Math.ceil((bytes * 3) / 4), 7).toString('base64')
      return utf8(`# Report\n\n${lead}\n\n![map](data:image/png;base64,${base64})\n\n${lead}\n`)
    }
  },
  {
    name: 'unbalancedQuotes',
    file: 'quotes.txt',
    what: 'opening quotation marks that never close',
    make: (bytes) => utf8(fill('The minister said “we will not accept any delay in the talks, and 4,000 troops left. ', bytes))
  },
  {
    name: 'straightQuotes',
    file: 'straight-quotes.txt',
    what: 'an odd number of straight quotes per paragraph',
    make: (bytes) => utf8(fill('Officials said "the withdrawal of 10 units is under way, the ministry said on Tuesday.\n\n', bytes))
  },
  {
    name: 'noSentenceEnd',
    file: 'run-on.txt',
    what: 'one sentence without an end, no line breaks',
    make: (bytes) => utf8(fill('the ministry said 4,000 troops had left the border region according to Anna Kowalska and ', bytes))
  },
  {
    name: 'manyLines',
    file: 'lines.txt',
    what: 'very many short lines',
    make: (bytes) => utf8(fill('Kyiv said 12 units left.\n', bytes))
  },
  {
    name: 'htmlUnclosedComment',
    file: 'comment.html',
    what: 'HTML with an unclosed <!--',
    make: (bytes) => utf8(`<html><body><p>${seedProse().slice(0, 3000)}</p><!-- ${fill('<p>hidden text & more</p> ', bytes)}`)
  },
  {
    name: 'htmlUnclosedScript',
    file: 'script.html',
    what: 'HTML with an unclosed <script',
    make: (bytes) => utf8(`<html><body><p>${seedProse().slice(0, 3000)}</p><script ${fill('var a = "<p>x</p>"; ', bytes)}`)
  },
  {
    name: 'htmlUnclosedTags',
    file: 'anchors.html',
    what: 'HTML with many <a never closed by >',
    make: (bytes) => utf8(`<html><body><p>${fill('Officials said 4,000 troops left <a href=x ', bytes)}`)
  },
  {
    name: 'docxUnclosedParagraph',
    file: 'unclosed.docx',
    what: 'Word document whose paragraphs never close',
    make: (bytes) => docx(fill('<w:p><w:r><w:t>Officials said 4,000 troops left the border. </w:t></w:r>', bytes))
  },
  {
    name: 'docxPlain',
    file: 'long-report.docx',
    what: 'ordinary Word document, one paragraph per line of prose',
    make: (bytes) => docx(paragraphs(fill(`${seedProse()}\n`, bytes).split('\n')))
  }
]

/** A 1 MB .docx whose document.xml inflates to `inflatedMB` (300 by default): refused, never expanded. */
export function zipBomb(inflatedMB = 300): Buffer {
  const chunk = fill('<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>', 1024 * 1024).slice(0, 1024 * 1024)
  return docx({ chunk, times: inflatedMB })
}
