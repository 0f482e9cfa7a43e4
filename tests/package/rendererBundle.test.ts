/**
 * What the renderer loads before its first paint, from the build in out/renderer
 * (`npm run build` first): the entry script index.html names and the chunks it
 * imports statically. Sizes, not timings: zod (core/model's schemas) must stay in
 * main, the Brief view (and DOMPurify) in its own chunk, and the code minified.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const renderer = resolve(import.meta.dirname, '../../out/renderer')
/** 142 KB when this was written (minified, Brief view and dialogs split out); about 30 % headroom. */
const FIRST_LOAD_LIMIT = 185_000

function entryScript(): string {
  if (!existsSync(join(renderer, 'index.html'))) throw new Error('no out/renderer/index.html: run `npm run build` first')
  const html = readFileSync(join(renderer, 'index.html'), 'utf8')
  const src = /<script type="module"[^>]*\ssrc="\.\/([^"]+\.js)"/.exec(html)?.[1]
  if (!src) throw new Error('out/renderer/index.html names no module script')
  return src
}

/** The entry and every chunk it imports statically (not `import(…)`), as paths under out/renderer. */
function firstLoad(entry: string): Map<string, string> {
  const files = new Map<string, string>()
  const visit = (path: string): void => {
    if (files.has(path)) return
    const code = readFileSync(join(renderer, path), 'utf8')
    files.set(path, code)
    const dir = path.slice(0, path.lastIndexOf('/') + 1)
    // Only names of emitted chunks count: unminified code may quote an import in a comment or string.
    for (const [, spec] of code.matchAll(/\b(?:import|export)\s*(?!\()(?:[\w$\s{},*]*?\bfrom\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)) {
      if (existsSync(join(renderer, dir + spec))) visit(dir + spec)
    }
  }
  visit(entry)
  return files
}

describe('renderer first load', () => {
  let files = new Map<string, string>()
  beforeAll(() => {
    files = firstLoad(entryScript())
  })

  it('carries no zod', () => {
    for (const [path, code] of files) expect(/\$Zod|ZodError/.test(code), `${path} contains zod`).toBe(false)
  })

  it('leaves the Brief view (and DOMPurify) to its own chunk', () => {
    for (const [path, code] of files) expect(code.includes('DOMPurify'), `${path} contains DOMPurify`).toBe(false)
  })

  it(`stays under ${FIRST_LOAD_LIMIT} bytes`, () => {
    const bytes = [...files.values()].reduce((sum, code) => sum + Buffer.byteLength(code), 0)
    expect(bytes, [...files.keys()].join(', ')).toBeLessThan(FIRST_LOAD_LIMIT)
  })
})
