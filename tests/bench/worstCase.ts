/**
 * The worst case of an import: each pathological shape (shapes.ts) at a
 * given size, through the real import worker with its stages timed from the
 * progress it reports. `secondsPerMB` counts the work (reading the file to
 * analysing the claims), not the worker's start-up (tsx transpiling the
 * sources here; the app's built worker starts in milliseconds). A shape over
 * its time budget is stopped and counted at the budget, marked `overBudget`;
 * one refused by the reader (a malformed .docx) is listed but is not a rate.
 */
import type { ImportProgress } from '../../src/core/importing/job'
import { runInWorker } from '../../src/core/importing/runner'
import { SHAPES, zipBomb } from './shapes'

type Stage = 'startup' | ImportProgress['stage']

export interface ShapeTiming {
  shape: string
  /** Megabytes of the file, or of the text it holds when that is larger (a .docx). */
  mb: number
  seconds: number
  /** Null for a file refused by the reader: its time is not a rate. */
  secondsPerMB: number | null
  /** Seconds in each stage of the import (startup excluded from `seconds`). */
  stages: Partial<Record<Stage, number>>
  /** The stage that took longest. */
  slowest: Stage
  outcome: 'imported' | 'refused' | 'overBudget'
  /** Why it was refused, when it was. */
  reason?: string
}

export interface WorstCase {
  secondsPerMB: number
  worst: ShapeTiming
  shapes: ShapeTiming[]
  /** A 1 MB .docx inflating to 300 MB: refused, in this many seconds. */
  zipBombRefusedSeconds: number
}

const round = (n: number, digits = 3): number => Number(n.toFixed(digits))

async function timeShape(name: string, file: string, bytes: Uint8Array, budgetMs: number): Promise<ShapeTiming> {
  const stages: Partial<Record<Stage, number>> = {}
  let current: Stage = 'startup'
  let since = performance.now()
  const enter = (stage: Stage): void => {
    const now = performance.now()
    stages[current] = (stages[current] ?? 0) + (now - since) / 1000
    current = stage
    since = now
  }
  let outcome: ShapeTiming['outcome'] = 'imported'
  let reason: string | undefined
  let textBytes = 0
  try {
    const result = await runInWorker(
      { kind: 'import', files: [{ name: file, bytes }], reports: [], claims: [], now: new Date().toISOString() },
      { budget: { timeMs: budgetMs, memoryMb: 2048 }, onProgress: (p) => p.stage !== current && enter(p.stage) }
    )
    textBytes = Buffer.byteLength(result.added[0]?.original ?? '')
  } catch (error) {
    outcome = /took longer than/.test(String(error)) ? 'overBudget' : 'refused'
    reason = (error as Error).message
  }
  enter(current)
  const mb = Math.max(bytes.length, textBytes) / 1024 / 1024
  const work = Object.entries(stages).filter(([stage]) => stage !== 'startup')
  const seconds = work.reduce((sum, [, s]) => sum + s, 0)
  const slowest = (work.sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'startup') as Stage
  return {
    shape: name,
    mb: round(mb, 2),
    seconds: round(seconds),
    secondsPerMB: outcome === 'refused' ? null : round(seconds / mb),
    stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v)])),
    slowest,
    outcome,
    ...(reason ? { reason } : {})
  }
}

export async function measureWorstCase(bytes: number, budgetMs: number, log: (line: string) => void, only?: string[]): Promise<WorstCase> {
  const shapes: ShapeTiming[] = []
  for (const shape of SHAPES.filter((s) => !only || only.includes(s.name))) {
    const timing = await timeShape(shape.name, shape.file, shape.make(bytes), budgetMs)
    const stages = Object.entries(timing.stages)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ')
    const rate = timing.secondsPerMB === null ? '     —' : timing.secondsPerMB.toFixed(2).padStart(6)
    log(`  ${shape.name.padEnd(22)} ${timing.mb.toFixed(2).padStart(6)} MB ${timing.seconds.toFixed(2).padStart(7)} s  ${rate} s/MB  ${timing.outcome}  (${stages})`)
    shapes.push(timing)
  }
  const start = performance.now()
  const bomb = await timeShape('docxZipBomb', 'bomb.docx', zipBomb(300), budgetMs)
  const zipBombRefusedSeconds = round((performance.now() - start) / 1000)
  log(`  zip bomb (1 MB → 300 MB): ${bomb.outcome} in ${zipBombRefusedSeconds} s`)
  // A file refused at once (a malformed .docx) has no rate worth the name: the worst is among those read through, or stopped.
  const rated = shapes.filter((s): s is ShapeTiming & { secondsPerMB: number } => s.secondsPerMB !== null)
  const worst = rated.reduce((a, b) => (b.secondsPerMB > a.secondsPerMB ? b : a))
  return { secondsPerMB: worst.secondsPerMB, worst, shapes, zipBombRefusedSeconds }
}
