/**
 * The layering rule (eslint/layers.js, run by `npm run lint` and shown in the
 * editor): each layer imports only itself and the layers below it
 * (core ← shared ← main/preload/renderer, core ← cli), Electron stays in main
 * and preload, and the file system only in the core's adapter. Here: the rule
 * catches each kind of violation and knows every layer; `npm run lint` runs it
 * over the tree (eslint.config.js applies it to src/).
 */
import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import factdesk, { ALLOWED } from '../../eslint/layers.js'

const root = resolve(import.meta.dirname, '../..')
const src = join(root, 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : []
  })
}

RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } })
const at = (path: string) => ({ filename: join(src, path), options: [{ src }] })
const broken = (path: string, code: string) => ({ ...at(path), code, errors: [{ messageId: 'layer' }] })

describe('the layering rule', () => {
  tester.run('factdesk/layers', factdesk.rules.layers, {
    valid: [
      { ...at('core/store/x.ts'), code: "import { readFile } from 'node:fs/promises'\nimport type { StoreData } from '../model'" },
      { ...at('core/lexicon/wordnet.ts'), code: "import { readFileSync } from 'node:fs'" },
      { ...at('core/brief/x.ts'), code: "import { z } from 'zod'\nimport { tokens } from '../text/tokens'" },
      { ...at('shared/x.ts'), code: "import type { Claim } from '../core/model'" },
      { ...at('main/x.ts'), code: "import { app } from 'electron'\nimport { writeFile } from 'node:fs/promises'\nimport { CHANNELS } from '../shared/channels'" },
      { ...at('preload/x.ts'), code: "import { contextBridge } from 'electron'\nimport { isChannel } from '../shared/channels'" },
      { ...at('renderer/src/lib/x.ts'), code: "import { changedSince } from '../../../core/brief/changes'\nimport './app.css'" },
      { ...at('cli/x.ts'), code: "import { readFileSync } from 'node:fs'\nimport { runCli } from './run'\nconst brief = () => import('./commands/brief')" }
    ],
    invalid: [
      broken('core/x.ts', "import { createHandlers } from '../main/ipc/handlers'"),
      broken('core/x.ts', "export { CHANNELS } from '../shared/channels'"),
      broken('core/extract/x.ts', "import { readFile } from 'node:fs'"),
      broken('core/lexicon/x.ts', "import { readFile } from 'node:fs'"),
      broken('core/x.ts', "import { app } from 'electron'"),
      broken('shared/x.ts', "import { ipcMain } from 'electron'"),
      broken('shared/x.ts', "export * from '../main/menu'"),
      broken('renderer/src/x.ts', "import { join } from 'node:path'"),
      broken('renderer/src/x.ts', "const m = import('../../main/pdf')"),
      broken('preload/x.ts', "import { readFileSync } from 'fs'"),
      broken('preload/x.ts', "import type { Claim } from '../core/model'"),
      broken('cli/x.ts', "import { createHandlers } from '../main/ipc/handlers'"),
      broken('cli/x.ts', "import { app } from 'electron'")
    ]
  })

  it('knows every layer of the source tree', () => {
    const layers = new Set(sourceFiles(src).map((f) => relative(src, f).split(/[\\/]/)[0]))
    expect(layers).toEqual(new Set(Object.keys(ALLOWED)))
  })
})
