import { analyseClaims } from '../../core/analysis'
import { reviewOf } from '../../core/model'
import { noPositionals, parse } from '../args'
import type { Command } from '../io'
import { chooseStore, STORE_OPTION, withStore } from '../store'
import { clip } from './extract'

export const claims: Command = async (args, ctx) => {
  const { values, positionals } = parse('claims', args, { ...STORE_OPTION, json: { type: 'boolean' } })
  noPositionals('claims', positionals)
  const { path, data } = await withStore(chooseStore(values.store, ctx), ctx, 'read', async (store) => store)
  // How many distinct reports carry a confirmed member of each cluster (core's summary, never recounted here).
  const { clusters } = analyseClaims(data.claims, data.reports)
  const sources = new Map(clusters.map((k) => [k.id, k.corroboration]))
  const rows = data.claims.map((c) => {
    const { verdict, note } = reviewOf(data, c.id)
    return {
      id: c.id,
      reportId: c.reportId,
      text: c.editedText ?? c.text,
      speaker: c.speaker,
      clusterId: c.clusterId,
      sources: sources.get(c.clusterId) ?? 1,
      verdict,
      note
    }
  })
  if (values.json) {
    ctx.out(JSON.stringify(rows, null, 2))
    return
  }
  for (const row of rows) {
    ctx.out(`${row.id.padEnd(14)} ${row.verdict.padEnd(11)} ${clip(row.text, 90)}`)
    const said = row.speaker ? `said by ${row.speaker}; ` : ''
    ctx.out(`${' '.repeat(27)}${said}cluster ${row.clusterId} (${row.sources} ${row.sources === 1 ? 'source' : 'sources'})`)
    if (row.note) ctx.out(`${' '.repeat(27)}note: ${clip(row.note, 80)}`)
  }
  ctx.out(`${rows.length} claims in ${path}`)
}
