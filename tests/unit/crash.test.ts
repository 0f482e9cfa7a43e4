/**
 * Crash safety: a child process records verdicts in a loop and is killed with
 * SIGKILL at a random moment, 100 times. After every kill the store must load
 * and hold every verdict that was acknowledged before it.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { openDeskStore } from '../../src/core/store/deskStore'
import { openStore } from '../../src/core/store/jsonStore'

const root = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'factdesk-crash-'))
const path = join(dir, 'factdesk.json')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const KILLS = 100
const seed = Number(process.env['CRASH_SEED'] ?? Date.now() % 1e9)

/** mulberry32: a seeded PRNG, so a failing run can be replayed with CRASH_SEED. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Runs the writer from `first`, kills it `delayMs` after its first ack; resolves with the acked numbers. */
function runAndKill(first: number, delayMs: number): Promise<number[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/verdictWriter.ts', path, String(first)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const acked: number[] = []
    let buffer = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        const n = Number(line.replace('ack ', ''))
        if (acked.length === 0) setTimeout(() => child.kill('SIGKILL'), delayMs)
        acked.push(n)
      }
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') done(acked)
      else fail(new Error(`writer exited on its own: ${stderr}`))
    })
  })
}

it(`keeps every acknowledged verdict through ${KILLS} SIGKILLs (seed ${seed})`, async () => {
  const store = await openDeskStore(path, join(root, 'seeds'))
  const claimIds = store.data.claims.map((c) => c.id)
  const next = random(seed)
  const acknowledged: number[] = []
  for (let kill = 0; kill < KILLS; kill++) {
    const first = acknowledged.length === 0 ? 0 : acknowledged[acknowledged.length - 1]! + 1
    acknowledged.push(...(await runAndKill(first, Math.floor(next() * 40))))

    const reopened = await openStore(path) // throws if the kill left a damaged file
    const notes = new Set(Object.values(reopened.data.reviews).flatMap((r) => r.history.map((h) => h.note)))
    const lost = acknowledged.filter((n) => !notes.has(`write ${n}`))
    expect(lost, `after kill ${kill + 1}, claim ids ${lost.map((n) => claimIds[n % claimIds.length]).join(', ')}`).toEqual([])
  }
  expect(acknowledged.length).toBeGreaterThan(KILLS)
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp')).length).toBeLessThanOrEqual(1)
}, 300_000)
