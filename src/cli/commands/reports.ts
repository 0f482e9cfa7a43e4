import { outletOf, reportLabelText } from '../../core/reports/label'
import { noPositionals, parse } from '../args'
import type { Command } from '../io'
import { chooseStore, STORE_OPTION, withStore } from '../store'

/** The story's reports: id, label (outlet · headline · date), claims, and the archived source of a web report. */
export const reports: Command = async (args, ctx) => {
  const { values, positionals } = parse('reports', args, { ...STORE_OPTION, json: { type: 'boolean' } })
  noPositionals('reports', positionals)
  const { path, data } = await withStore(chooseStore(values.store, ctx), ctx, 'read', async (store) => store)
  const counts = new Map<string, number>()
  for (const claim of data.claims) counts.set(claim.reportId, (counts.get(claim.reportId) ?? 0) + 1)
  const rows = data.reports.map((r) => ({
    id: r.id,
    label: reportLabelText(r),
    file: r.file,
    title: r.title,
    outlet: outletOf(r),
    date: r.date,
    url: r.url,
    claims: counts.get(r.id) ?? 0,
    archive: r.archive ?? null,
    pages: r.pages?.length ?? null
  }))
  if (values.json) return void ctx.out(JSON.stringify(rows, null, 2))
  for (const row of rows) {
    ctx.out(`${row.id.padEnd(14)} ${String(row.claims).padStart(4)} claims  ${row.label}`)
    if (row.archive) ctx.out(`${' '.repeat(15)}archived ${row.archive.finalUrl} at ${row.archive.fetchedAt} (sha256 ${row.archive.sha256.slice(0, 12)}…)`)
  }
  ctx.out(`${rows.length} reports in ${path}`)
}
