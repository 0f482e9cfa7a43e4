/**
 * The one-writer lock under contention (issue 13): four CLI processes record
 * verdicts on one store at the same moment, 50 rounds, each round starting
 * with a stale lock in place (left by a killed writer, or naming a process id
 * now used by another process). Every acknowledged verdict must be in the
 * store afterwards, and no lock or leftover may remain.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, expect, it } from 'vitest'
import { openDeskStore } from '../../src/core/store/deskStore'
import { openStore } from '../../src/core/store/jsonStore'
import { lockPath } from '../../src/core/store/lock'

const root = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'factdesk-lockrace-'))
const path = join(dir, 'factdesk.json')
const WRITERS = 4
const ROUNDS = 50

interface Writer {
  child: ChildProcessWithoutNullStreams
  answers: AsyncIterator<string>
}

const writers: Writer[] = []
afterAll(() => {
  for (const w of writers) w.child.kill()
  rmSync(dir, { recursive: true, force: true })
})

/** Stale locks as they are found in the wild. */
function staleLock(round: number): string {
  const since = new Date().toISOString()
  switch (round % 3) {
    case 0: // a writer killed with SIGKILL: its process is gone
      return JSON.stringify({ pid: 2 ** 22 + 4321, started: 'x:1', host: hostname(), owner: 'the factdesk CLI', since, token: 'aaaaaaaaaaaaaaaa' })
    case 1: // after a reboot its id belongs to another process (here: the test runner's parent), started at another time
      return JSON.stringify({ pid: process.ppid, started: 'another-boot:42', host: hostname(), owner: 'the factdesk CLI', since, token: 'bbbbbbbbbbbbbbbb' })
    default: // written by an older factdesk, without token or start time
      return JSON.stringify({ pid: 2 ** 22 + 4322, owner: 'the factdesk CLI', since })
  }
}

it(`${WRITERS} CLI writers × ${ROUNDS} rounds, each round from a stale lock, lose no acknowledged verdict`, async () => {
  const store = await openDeskStore(path, join(root, 'seeds'))
  const claimIds = store.data.claims.slice(0, WRITERS).map((c) => c.id)
  for (let w = 0; w < WRITERS; w++) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/cliWriter.ts', path, String(w), claimIds[w]!], { cwd: root })
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk))
    writers.push({ child, answers: createInterface({ input: child.stdout })[Symbol.asyncIterator]() })
  }

  const acknowledged: string[] = []
  const refused: string[] = []
  for (let round = 0; round < ROUNDS; round++) {
    writeFileSync(lockPath(path), staleLock(round))
    for (const w of writers) w.child.stdin.write(`go ${round}\n`)
    const answers = await Promise.all(writers.map((w) => w.answers.next()))
    answers.forEach(({ value }, w) => {
      if (String(value).startsWith(`ack ${round}`)) acknowledged.push(`round ${round} writer ${w}`)
      else refused.push(String(value))
    })
  }

  const final = await openStore(path)
  const notes = new Set(Object.values(final.data.reviews).flatMap((r) => r.history.map((h) => h.note)))
  expect(
    acknowledged.filter((note) => !notes.has(note)),
    'acknowledged verdicts lost'
  ).toEqual([])
  // Writers wait for each other, so every one gets its turn.
  expect(refused).toEqual([])
  expect(acknowledged).toHaveLength(WRITERS * ROUNDS)
  // Released, and nothing left behind: no lock, no temporary owner records, no break locks.
  expect(readdirSync(dir).sort()).toEqual(['factdesk.json', 'factdesk.json.backups'])
}, 180_000)
