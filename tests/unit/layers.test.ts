/**
 * The layering rule, enforced: each layer imports only itself and the layers
 * below it (core ← shared ← main/preload/renderer, core ← cli), Electron
 * stays in main and preload, and the file system only in the core's adapter.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const src = join(root, 'src')
type Layer = 'core' | 'shared' | 'main' | 'preload' | 'renderer' | 'cli'

const allowed: Record<Layer, Layer[]> = {
  core: ['core'],
  shared: ['shared', 'core'],
  main: ['main', 'shared', 'core'],
  preload: ['preload', 'shared'],
  renderer: ['renderer', 'shared', 'core'],
  cli: ['cli', 'core']
}
const electronAllowed: Layer[] = ['main', 'preload']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : []
  })
}

function importsOf(text: string): string[] {
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)]
  const bare = [...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)]
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)]
  return [...specifiers, ...bare, ...dynamic].map((m) => m[1]!)
}

function violations(file: string, specs: string[]): string[] {
  const layer = layerOf(file)
  const problems: string[] = []
  for (const spec of specs) {
    if (spec.startsWith('.')) {
      const target = layerOf(resolve(dirname(file), spec))
      if (!allowed[layer].includes(target)) problems.push(`${spec} (${layer} → ${target})`)
    } else if (spec === 'electron' || spec.startsWith('electron/')) {
      if (!electronAllowed.includes(layer)) problems.push(`${spec} (Electron outside main/preload)`)
    } else if (/^(node:)?(fs|fs\/promises|child_process)$/.test(spec)) {
      // The core's two file-system adapters: the store, and WordNet's database files read as a thesaurus.
      const inCoreAdapter = relative(src, file).startsWith(join('core', 'store')) || relative(src, file) === join('core', 'lexicon', 'wordnet.ts')
      if (layer === 'core' && !inCoreAdapter) problems.push(`${spec} (file system outside core/store)`)
      if (layer === 'shared' || layer === 'renderer' || layer === 'preload') problems.push(`${spec} (Node I/O in ${layer})`)
    } else if (spec.startsWith('node:') && (layer === 'renderer' || layer === 'shared' || layer === 'preload')) {
      problems.push(`${spec} (Node built-in in ${layer})`)
    }
  }
  return problems
}

function layerOf(path: string): Layer {
  return relative(src, path).split(/[\\/]/)[0] as Layer
}

const files = sourceFiles(src)

describe('layering', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10)
    expect(new Set(files.map(layerOf))).toEqual(new Set(Object.keys(allowed)))
  })

  it.each(files.map((f) => [relative(root, f), f]))('%s imports only downward', (_name, file) => {
    expect(violations(file, importsOf(readFileSync(file, 'utf8')))).toEqual([])
  })

  it('catches each kind of violation', () => {
    // Guard against a checker that silently passes everything.
    expect(violations(join(src, 'core', 'x.ts'), ['../main/ipc/handlers'])).toHaveLength(1)
    expect(violations(join(src, 'core', 'extract', 'x.ts'), ['node:fs'])).toHaveLength(1)
    expect(violations(join(src, 'shared', 'x.ts'), ['electron'])).toHaveLength(1)
    expect(violations(join(src, 'renderer', 'src', 'x.ts'), ['node:path'])).toHaveLength(1)
    expect(violations(join(src, 'cli', 'x.ts'), ['../main/ipc/handlers'])).toHaveLength(1)
    expect(violations(join(src, 'core', 'store', 'x.ts'), ['node:fs/promises', '../model'])).toEqual([])
    expect(importsOf("import { a } from '../x'\nimport type { B } from \"./y\"\nimport './z.css'\nconst m = import('../w')")).toEqual(['../x', './y', './z.css', '../w'])
  })
})
