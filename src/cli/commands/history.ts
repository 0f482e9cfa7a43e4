import { historyOf, type HistoryEntry } from '../../core/changes/history'
import { UserError } from '../../core/errors'
import type { ChangeRecord } from '../../core/model'
import { parse } from '../args'
import type { Command } from '../io'
import { chooseStore, STORE_OPTION, withStore } from '../store'
import { clip } from './extract'

/** Every change in the log, newest first, with each claim's fields before and after (from the one history reader). */
function everyChange(changes: readonly ChangeRecord[], entriesOf: (claimId: string) => HistoryEntry[]) {
  const byClaim = new Map<string, Map<number, HistoryEntry>>()
  const entries = (claimId: string): Map<number, HistoryEntry> => {
    let map = byClaim.get(claimId)
    if (!map) byClaim.set(claimId, (map = new Map(entriesOf(claimId).map((e) => [e.seq, e]))))
    return map
  }
  return [...changes].reverse().map((c) => ({
    seq: c.seq,
    kind: c.kind,
    at: c.at,
    editor: c.editor,
    undoes: c.undoes ?? null,
    reportIds: c.reportIds,
    claims: c.claimIds.map((claimId) => {
      const entry = entries(claimId).get(c.seq)
      return { claimId, row: entry?.row ?? 'changed', fields: entry?.fields ?? [] }
    })
  }))
}

const show = (value: unknown): string =>
  value === null || value === undefined || value === '' ? '—' : clip(typeof value === 'string' ? value : JSON.stringify(value), 60)

/** `history [CLAIM_ID]`: who changed what and when — one claim's, or the whole desk's, newest first. */
export const history: Command = async (args, ctx) => {
  const { values, positionals } = parse('history', args, { ...STORE_OPTION, json: { type: 'boolean' } })
  const [claimId, ...extra] = positionals
  if (extra.length > 0) throw new UserError(`unexpected argument "${extra[0]}" for "history" (one claim id at most)`)
  const data = await withStore(chooseStore(values.store, ctx), ctx, 'read', async (store) => store.data)
  if (claimId !== undefined && !data.claims.some((c) => c.id === claimId) && !data.changes.some((c) => c.claimIds.includes(claimId))) {
    throw new UserError(`unknown claim id "${claimId}" (list them with "factdesk claims")`, 'not-found')
  }
  const changes = claimId !== undefined ? null : everyChange(data.changes, (id) => historyOf(data, id))
  const entries = claimId !== undefined ? historyOf(data, claimId) : null
  if (values.json) {
    ctx.out(JSON.stringify(entries ?? changes, null, 2))
    return
  }
  const lines = (entries ?? changes!.flatMap((c) => c.claims.map((claim) => ({ ...c, ...claim })))).map((e) => {
    const what = e.fields.map((f) => `${f.field} ${show(f.before)} → ${show(f.after)}`).join('; ')
    const undo = e.undoes ? ` (undoes #${e.undoes.seq} ${e.undoes.kind})` : ''
    return `#${String(e.seq).padEnd(5)} ${e.at}  ${(e.editor ?? 'unsigned').padEnd(12)} ${e.kind}${undo}  ${e.claimId}${e.row === 'changed' ? '' : ` ${e.row}`}${what ? `: ${what}` : ''}`
  })
  for (const line of lines) ctx.out(line)
  ctx.out(lines.length === 0 ? `no changes recorded${claimId ? ` for ${claimId}` : ''}` : `${lines.length} change${lines.length === 1 ? '' : 's'}`)
}
