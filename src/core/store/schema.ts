/**
 * Reading a store document: JSON, then migration to the current schema
 * version, then validation. Any failure names the file and what is wrong.
 */
import { UserError } from '../errors'
import { SCHEMA_VERSION, StoreData } from '../model'

export class StoreDamagedError extends UserError {
  constructor(
    readonly path: string,
    readonly problem: string
  ) {
    super(`The store ${path} is damaged: ${problem}. It has been left untouched.`, 'store')
  }
}

type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/**
 * `MIGRATIONS[n]` turns a version-n document into version n+1. Every schema
 * change adds one here (and a test with a real version-n file in
 * tests/fixtures) and bumps SCHEMA_VERSION in model.ts.
 */
export const MIGRATIONS: Record<number, Migration> = {
  /** v2: evidence links on reviews, the publication URL, and the record of exported briefs. */
  1: (doc) => {
    const reviews = (doc['reviews'] ?? {}) as Record<string, Record<string, unknown>>
    return {
      ...doc,
      schemaVersion: 2,
      reviews: Object.fromEntries(Object.entries(reviews).map(([id, review]) => [id, { ...review, evidence: [] }])),
      settings: { url: '', ...(doc['settings'] as object) },
      briefVersions: []
    }
  },
  /** v3: the change log (history and undo of every edit), begun from the reviews' histories; the story's name. */
  2: (doc) => ({
    ...doc,
    schemaVersion: 3,
    story: { name: '' },
    changes: logFromReviewHistories((doc['reviews'] ?? {}) as Record<string, Doc>)
  })
}

type Doc = Record<string, unknown>

/**
 * v3's change log, begun from what v2 kept: each review's history events, in
 * time order, as review changes (a merge event as a merge), so a claim's
 * history reads the same before and after the upgrade.
 */
function logFromReviewHistories(reviews: Record<string, Doc>): Doc[] {
  const changes: Doc[] = []
  for (const [reviewId, review] of Object.entries(reviews)) {
    const history = Array.isArray(review['history']) ? (review['history'] as Doc[]) : []
    const last = new Map<string, Doc>()
    for (const event of history) {
      const claimId = typeof event['claimId'] === 'string' ? event['claimId'] : reviewId
      const was = last.get(claimId) ?? { verdict: 'unreviewed', note: '', evidence: [] }
      last.set(claimId, event)
      const fields = ['verdict', 'note', 'evidence'].filter(
        (f) => event[f] !== undefined && JSON.stringify(event[f]) !== JSON.stringify(was[f] ?? (f === 'evidence' ? [] : undefined))
      )
      const merged = Array.isArray(event['merged'])
      if (fields.length === 0 && !merged) continue
      const pick = (from: Doc) => Object.fromEntries(fields.filter((f) => from[f] !== undefined).map((f) => [f, from[f]]))
      const kind = merged ? 'merge' : fields.includes('verdict') ? 'verdict' : fields.includes('note') ? 'note' : 'evidence'
      const claimIds = merged ? (event['merged'] as Doc[]).map((m) => String(m['claimId'])) : [claimId]
      const ops = fields.length > 0 ? [{ op: 'update', table: 'reviews', id: claimId, fields, before: pick(was), after: pick(event) }] : []
      changes.push({ kind, at: event['at'], editor: event['editor'] ?? null, claimIds, reportIds: [], ops })
    }
  }
  changes.sort((a, b) => String(a['at']).localeCompare(String(b['at'])))
  return changes.map((change, i) => ({ seq: i + 1, ...change }))
}

export function migrate(document: Record<string, unknown>): Record<string, unknown> {
  let current = document
  let version = current['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version)) throw new Error('it has no schema version')
  if (version > SCHEMA_VERSION) {
    throw new Error(`it was written by a newer factdesk (schema ${version}; this version reads up to ${SCHEMA_VERSION})`)
  }
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version]
    if (!step) throw new Error(`there is no migration from schema version ${version}`)
    current = step(current)
    version += 1
  }
  return current
}

export function parseStore(text: string, path: string): StoreData {
  let document: unknown
  try {
    // A byte-order mark, as some editors save JSON by hand, is not damage.
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    throw new StoreDamagedError(path, `it is not valid JSON (${(error as Error).message})`)
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new StoreDamagedError(path, 'it is not a factdesk store document')
  }
  let migrated: Record<string, unknown>
  try {
    migrated = migrate(document as Record<string, unknown>)
  } catch (error) {
    throw new StoreDamagedError(path, (error as Error).message)
  }
  const parsed = StoreData.safeParse(migrated)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    throw new StoreDamagedError(path, `it does not match the store schema${where}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}
