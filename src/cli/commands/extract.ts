import { summariseClusters } from '../../core/cluster/summary'
import { findDiscrepancies } from '../../core/discrepancy'
import { DISCREPANCY_LABELS } from '../../core/discrepancy/labels'
import { UserError } from '../../core/errors'
import { buildPeopleIndex } from '../../core/people'
import { analyseReports } from '../../core/pipeline'
import { readReportFile } from '../../core/store/files'
import { parse } from '../args'
import type { Command } from '../io'

/**
 * Analyses report files and prints what would be extracted; touches no store.
 * Claims carry score, reasons, entities and canonical speaker; clusters,
 * discrepancies and people are derived here exactly as the desk derives them.
 */
export const extract: Command = async (args, ctx) => {
  const { values, positionals } = parse('extract', args, { json: { type: 'boolean' } })
  if (positionals.length === 0) throw new UserError('missing report file (usage: factdesk extract FILE... [--json])')
  const inputs = await Promise.all(positionals.map((file) => readReportFile(file)))
  const { reports, claims } = analyseReports(inputs, ctx.now())
  const clusters = summariseClusters(claims)
  const discrepancies = findDiscrepancies(claims, reports)
  const people = buildPeopleIndex(claims, reports)
  if (values.json) {
    ctx.out(JSON.stringify({ reports, claims, clusters, discrepancies, people }, null, 2))
    return
  }
  const sources = new Map(clusters.map((c) => [c.id, c.corroboration]))
  for (const report of reports) {
    const own = claims.filter((c) => c.reportId === report.id)
    ctx.out(`${report.file}  (report ${report.id}${report.date ? `, ${report.date}` : ''}, ${own.length} claims)`)
    if (report.title) ctx.out(`  ${report.title}`)
    for (const claim of own) {
      const n = sources.get(claim.clusterId) ?? 1
      const score = claim.score === undefined ? '    ' : claim.score.toFixed(2)
      ctx.out(`  ${claim.id.padEnd(14)} ${score} ${claim.kind.padEnd(9)} ${n > 1 ? `⇄${n} ` : ''}${clip(claim.text, 90)}${claim.speaker ? ` — ${claim.speaker}` : ''}`)
      const ents = (claim.entities ?? []).filter((e) => e.type !== 'person').map((e) => `${e.type}: ${e.value}`)
      if (ents.length > 0 || claim.reasons?.length) ctx.out(`  ${''.padEnd(20)}${[claim.reasons?.join(', '), ents.join('; ')].filter(Boolean).join(' · ')}`)
    }
    ctx.out()
  }
  const shared = clusters.filter((c) => c.corroboration > 1)
  if (shared.length > 0) ctx.out('Told by several reports:')
  for (const c of shared) ctx.out(`  ${c.id.padEnd(16)} ${c.corroboration} sources  ${clip(c.canonical, 90)}`)
  if (discrepancies.length > 0) ctx.out('Where sources disagree:')
  const fileOf = new Map(reports.map((r) => [r.id, r.file.split(/[\\/]/).pop() ?? r.file]))
  for (const d of discrepancies) {
    ctx.out(`  ${DISCREPANCY_LABELS[d.kind]} — ${d.topic}`)
    for (const side of d.sides) {
      const from = side.reportIds.length > 0 ? side.reportIds.map((id) => fileOf.get(id) ?? id).join(', ') : 'reference data'
      ctx.out(`      “${clip(side.text, 80)}”  ${from}`)
    }
  }
  if (people.length > 0) ctx.out('People:')
  for (const p of people) {
    const also = p.variants.length > 0 ? ` (also ${p.variants.join(', ')})` : ''
    const role = p.roles.length > 0 ? `, ${p.roles[0]}` : ''
    const kind = p.kind === 'organisation' ? ' [organisation]' : ''
    ctx.out(`  ${p.name}${kind}${also}${role}: said ${p.saidClaimIds.length}, named in ${p.namedInClaimIds.length}, in ${p.reportIds.length} ${p.reportIds.length === 1 ? 'report' : 'reports'}`)
  }
  ctx.out(`${reports.length} reports, ${claims.length} claims, ${shared.length} shared clusters, ${discrepancies.length} discrepancies (⇄n = told by n reports)`)
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
