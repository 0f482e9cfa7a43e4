/**
 * The layering rule as an ESLint rule, so that it shows in the editor as one
 * types: each layer imports only itself and the layers below it
 * (core ← shared ← main/preload/renderer; core ← cli), Electron stays in main
 * and preload, the file system in the core only in its adapters (core/store,
 * core/lexicon/wordnet.ts),
 * and no Node built-in reaches the renderer, the preload or the shared contract.
 */
import { dirname, join, relative, resolve, sep } from 'node:path'

/** Which layers each layer may import from (itself included). */
export const ALLOWED = {
  core: ['core'],
  shared: ['shared', 'core'],
  main: ['main', 'shared', 'core'],
  preload: ['preload', 'shared'],
  renderer: ['renderer', 'shared', 'core'],
  cli: ['cli', 'core']
}
const ELECTRON_LAYERS = ['main', 'preload']
/** Layers that run in a browser or sandbox: no Node built-in at all. */
const BROWSER_LAYERS = ['shared', 'renderer', 'preload']
const NODE_IO = /^(node:)?(fs|fs\/promises|child_process)$/

/** The layer of a path under `src`, or null outside it. */
export function layerOf(src, path) {
  const inside = relative(src, path)
  if (inside.startsWith('..') || inside === '') return null
  const layer = inside.split(/[\\/]/)[0]
  return Object.hasOwn(ALLOWED, layer) ? layer : null
}

/** The problem with `file` importing `specifier`, or null. */
export function layerProblem(src, file, specifier) {
  const layer = layerOf(src, file)
  if (layer === null) return null
  if (specifier.startsWith('.')) {
    const target = layerOf(src, resolve(dirname(file), specifier))
    if (target !== null && !ALLOWED[layer].includes(target)) return `${layer} may not import from ${target} (core ← shared ← main/preload/renderer; core ← cli)`
    return null
  }
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    return ELECTRON_LAYERS.includes(layer) ? null : `Electron belongs in main and preload, not in ${layer}`
  }
  if (NODE_IO.test(specifier)) {
    if (BROWSER_LAYERS.includes(layer)) return `no Node I/O (${specifier}) in ${layer}`
    // The core's two file-system adapters: the store, and WordNet's database files read as a thesaurus.
    const inCoreAdapter = relative(src, file).startsWith(join('core', 'store') + sep) || relative(src, file) === join('core', 'lexicon', 'wordnet.ts')
    if (layer === 'core' && !inCoreAdapter) return `the file system (${specifier}) belongs in the core's adapters (core/store, core/lexicon/wordnet.ts)`
    return null
  }
  if (specifier.startsWith('node:') && BROWSER_LAYERS.includes(layer)) return `no Node built-in (${specifier}) in ${layer}`
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Layers import only downward (core ← shared ← main/preload/renderer; core ← cli); Electron and Node I/O stay where they belong' },
    schema: [{ type: 'object', properties: { src: { type: 'string' } }, additionalProperties: false }],
    messages: { layer: '{{problem}}.' }
  },
  create(context) {
    const src = resolve(context.cwd, context.options[0]?.src ?? 'src')
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      const problem = layerProblem(src, context.filename, source.value)
      if (problem) context.report({ node: source, messageId: 'layer', data: { problem } })
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source)
    }
  }
}

export default { meta: { name: 'factdesk' }, rules: { layers: rule } }
