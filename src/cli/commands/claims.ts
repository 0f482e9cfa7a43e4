import { reviewOf } from '../../core/model'
import { noPositionals, parse } from '../args'
import type { Command } from '../io'
import { chooseStore, STORE_OPTION, withStore } from '../store'
import { clip } from './extract'

export const claims: Command = async (args, ctx) => {
  const { values, positionals } = parse('claims', args, { ...STORE_OPTION, json: { type: 'boolean' } })
  noPositionals('claims', positionals)
  const { path, data } = await withStore(chooseStore(values.store, ctx), ctx, 'read', async (store) => store)
  const rows = data.claims.map((c) => {
    const { verdict, note } = reviewOf(data, c.id)
    return { id: c.id, reportId: c.reportId, text: c.text, clusterId: c.clusterId, verdict, note }
  })
  if (values.json) {
    ctx.out(JSON.stringify(rows, null, 2))
    return
  }
  for (const row of rows) {
    ctx.out(`${row.id.padEnd(14)} ${row.verdict.padEnd(11)} ${clip(row.text, 90)}`)
    if (row.note) ctx.out(`${' '.repeat(27)}note: ${clip(row.note, 80)}`)
  }
  ctx.out(`${rows.length} claims in ${path}`)
}
