/** Shared set-up of the team-desk tests: a cluster, a seeded desk database per test, editor roles. */
import { resolve } from 'node:path'
import { commitEdit } from '../../src/core/changes/commit'
import { importReports } from '../../src/core/pipeline'
import { applyReview } from '../../src/core/review/review'
import { readSeedReports } from '../../src/core/store/files'
import type { StoreChange } from '../../src/core/store/jsonStore'
import { openTeamStore, type TeamStore, type TeamStoreOptions } from '../../src/core/store/team/teamStore'
import type { ReviewState } from '../../src/core/model'
import { ADMIN_PASSWORD, type PgCluster } from './pgCluster'

export const SEEDS = resolve(import.meta.dirname, '../../seeds')
export const EDITORS = { ana: 'ana-pw-7f3', ben: 'ben-pw-91c' } as const

let databases = 0

/** A new database holding the seed story, set up by the superuser (who may create tables). Returns its name. */
export async function seededDesk(cluster: PgCluster): Promise<string> {
  const name = `desk${++databases}`
  await cluster.createDatabase(name)
  const admin = await openTeamStore(cluster.url('postgres', ADMIN_PASSWORD, name))
  try {
    const seeds = await readSeedReports(SEEDS)
    await admin.update((d) => ({ ...importReports(d, seeds, new Date('2026-12-01T06:00:00Z')).data, story: { name: 'Sample story' } }))
  } finally {
    await admin.close()
  }
  return name
}

export async function createEditors(cluster: PgCluster): Promise<void> {
  for (const [role, password] of Object.entries(EDITORS)) await cluster.createRole(role, password)
}

export function openAs(cluster: PgCluster, role: keyof typeof EDITORS, database: string, options: TeamStoreOptions = {}): Promise<TeamStore> {
  return openTeamStore(cluster.url(role, EDITORS[role], database), { reconnect: { minMs: 100, maxMs: 1000, checkMs: 2000 }, ...options })
}

/** A verdict as the desk records it: one change in the log. */
export function setVerdict(store: TeamStore, claimId: string, verdict: ReviewState, note?: string) {
  return commitEdit(store, 'verdict', (d) => ({ data: applyReview(d, { claimId, verdict, note }, new Date()) }), new Date())
}

/** Resolves with the first change `store` hears that satisfies `test` (rejects after `ms`). */
export function heard(store: TeamStore, test: (change: StoreChange) => boolean, ms = 10_000): Promise<StoreChange> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`no matching change heard within ${ms} ms`))
    }, ms)
    const stop = store.subscribe((change) => {
      if (!test(change)) return
      clearTimeout(timer)
      stop()
      resolvePromise(change)
    })
  })
}
