/**
 * The team desk's benchmark: a verdict's round trip to PostgreSQL (from the
 * editor's click to the write acknowledged) with 20 editors writing at once,
 * and the time until another desk shows it (its subscriber hears the change).
 * On a throwaway cluster on loopback; null where PostgreSQL is not installed.
 */
import type { RowOp } from '../../src/core/model'
import { openTeamStore, type TeamStore } from '../../src/core/store/team/teamStore'
import { pgMissing, startCluster } from '../team/pgCluster'
import { seededDesk, setVerdict } from '../team/teamDesk'

export interface TeamMeasure {
  editors: number
  verdicts: number
  medianMs: number
  p99Ms: number
  seenByOtherMedianMs: number
  seenByOtherP99Ms: number
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10
}

export async function measureTeam(editors: number, verdictsEach: number, log: (line: string) => void): Promise<TeamMeasure | null> {
  const missing = pgMissing()
  if (missing) {
    log(`team desk: ${missing}`)
    return null
  }
  const cluster = await startCluster()
  const stores: TeamStore[] = []
  try {
    for (let e = 0; e < editors; e++) await cluster.createRole(`editor${e}`, `pw-${e}`)
    await cluster.createRole('observer', 'pw-observer')
    const db = await seededDesk(cluster)
    for (let e = 0; e < editors; e++) stores.push(await openTeamStore(cluster.url(`editor${e}`, `pw-${e}`, db)))
    const observer = await openTeamStore(cluster.url('observer', 'pw-observer', db))
    stores.push(observer)
    const started = new Map<string, number>()
    const seen: number[] = []
    observer.subscribe((change) => {
      const now = performance.now()
      for (const record of change.changes) {
        const note = (record.ops[0] as Extract<RowOp, { op: 'update' }> | undefined)?.after['note']
        const at = typeof note === 'string' ? started.get(note) : undefined
        if (at !== undefined) seen.push(now - at)
      }
    })
    const claims = observer.data.claims.map((c) => c.id)
    const perEditor = Math.max(1, Math.floor(claims.length / editors))
    const roundTrips: number[] = []
    const verdicts = ['verified', 'disputed', 'unconfirmed'] as const
    await Promise.all(
      stores.slice(0, editors).map(async (store, e) => {
        for (let i = 0; i < verdictsEach; i++) {
          // Each editor on claims of their own: the round trip, not conflicts, is measured here.
          const claimId = claims[(e + (i % perEditor) * editors) % claims.length]!
          const note = `editor${e} #${i}`
          const start = performance.now()
          started.set(note, start)
          await setVerdict(store, claimId, verdicts[(e + i) % 3]!, note)
          roundTrips.push(performance.now() - start)
        }
      })
    )
    // The observer hears the last ones a moment later.
    for (let wait = 0; seen.length < roundTrips.length && wait < 100; wait++) await new Promise((r) => setTimeout(r, 50))
    const result = {
      editors,
      verdicts: roundTrips.length,
      medianMs: quantile(roundTrips, 0.5),
      p99Ms: quantile(roundTrips, 0.99),
      seenByOtherMedianMs: quantile(seen, 0.5),
      seenByOtherP99Ms: quantile(seen, 0.99)
    }
    log(
      `team desk, ${editors} editors × ${verdictsEach} verdicts on PostgreSQL: round trip median ${result.medianMs} ms, p99 ${result.p99Ms} ms; ` +
        `shown on another desk after median ${result.seenByOtherMedianMs} ms, p99 ${result.seenByOtherP99Ms} ms (${seen.length} seen)`
    )
    return result
  } finally {
    for (const store of stores) await store.close()
    cluster.destroy()
  }
}
