import { UserError } from '../../core/errors'
import { analyseReports } from '../../core/pipeline'
import { readReportFile } from '../../core/store/files'
import { parse } from '../args'
import type { Command } from '../io'

/** Analyses report files and prints what would be extracted; touches no store. */
export const extract: Command = async (args, ctx) => {
  const { values, positionals } = parse('extract', args, { json: { type: 'boolean' } })
  if (positionals.length === 0) throw new UserError('missing report file (usage: factdesk extract FILE... [--json])')
  const inputs = await Promise.all(positionals.map((file) => readReportFile(file)))
  const { reports, claims } = analyseReports(inputs, ctx.now())
  if (values.json) {
    ctx.out(JSON.stringify({ reports, claims }, null, 2))
    return
  }
  for (const report of reports) {
    const own = claims.filter((c) => c.reportId === report.id)
    ctx.out(`${report.file}  (report ${report.id}${report.date ? `, ${report.date}` : ''}, ${own.length} claims)`)
    if (report.title) ctx.out(`  ${report.title}`)
    for (const claim of own) {
      const shared = claims.some((c) => c.clusterId === claim.clusterId && c.reportId !== claim.reportId)
      ctx.out(`  ${claim.id.padEnd(14)} ${claim.kind.padEnd(9)} ${shared ? '⇄ ' : ''}${clip(claim.text, 90)}${claim.speaker ? ` — ${claim.speaker}` : ''}`)
    }
    ctx.out()
  }
  ctx.out(`${reports.length} reports, ${claims.length} claims (⇄ = also told by another report)`)
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
