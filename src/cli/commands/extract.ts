import { DISCREPANCY_LABELS } from '../../core/discrepancy/labels'
import { UserError } from '../../core/errors'
import { runInWorker } from '../../core/importing/runner'
import type { MatchEvidence } from '../../core/model'
import { parse } from '../args'
import type { Command } from '../io'
import { CLI } from '../name'
import { reportSource } from '../sources'

/**
 * Analyses report files and prints what would be extracted; touches no store.
 * Claims carry score, reasons, entities and canonical speaker; clusters (members
 * with confidence and why they match), discrepancies (kind, topic, sides) and
 * people are derived exactly as the desk derives them, in the same bounded
 * worker as an import.
 */
export const extract: Command = async (args, ctx) => {
  const { values, positionals } = parse('extract', args, { json: { type: 'boolean' } })
  if (positionals.length === 0) throw new UserError(`missing report file (usage: ${CLI} extract FILE|URL... [--json])`)
  const files = await Promise.all(positionals.map(reportSource))
  const { reports, claims, clusters, discrepancies, people, refused } = await runInWorker({ kind: 'extract', files, now: ctx.now().toISOString() })
  // A file or page that cannot be read is named with its reason, as on import; nothing is printed for it.
  if (refused.length > 0) throw new UserError(refused.map((r) => `${r.name}: ${r.reason}`).join(' '))
  if (values.json) {
    ctx.out(JSON.stringify({ reports, claims, clusters, discrepancies, people }, null, 2))
    return
  }
  const sources = new Map(clusters.map((c) => [c.id, c.corroboration]))
  const fileOf = new Map(reports.map((r) => [r.id, r.file.split(/[\\/]/).pop() ?? r.file]))
  const claimById = new Map(claims.map((c) => [c.id, c]))
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
  const shared = clusters.filter((c) => c.claimIds.length > 1)
  if (shared.length > 0) ctx.out('Matched across claims (✓ confirmed, ? suggested; confidence; what each shares with the first, the central one):')
  for (const k of shared) {
    ctx.out(`  ${k.id.padEnd(16)} ${k.corroboration} ${k.corroboration === 1 ? 'source' : 'sources'}  ${clip(k.canonical, 90)}`)
    for (const m of [...k.members, ...k.suggested]) {
      const claim = claimById.get(m.claimId)
      const why = whyLine(m.why)
      ctx.out(
        `      ${m.status === 'confirmed' ? '✓' : '?'} ${m.confidence.toFixed(2)} ${(fileOf.get(claim?.reportId ?? '') ?? '').padEnd(18)} ${clip(claim?.text ?? m.claimId, 70)}${why ? `  [${why}]` : ''}`
      )
    }
  }
  if (discrepancies.length > 0) ctx.out('Where sources disagree:')
  for (const d of discrepancies) {
    ctx.out(`  ${DISCREPANCY_LABELS[d.kind]} — ${d.topic}`)
    for (const side of d.sides) {
      const from = side.reportIds.length > 0 ? side.reportIds.map((id) => fileOf.get(id) ?? id).join(', ') : 'reference data'
      // Quotation marks only around someone's exact words.
      const text = d.kind === 'quote-wording' ? `“${clip(side.text, 80)}”` : clip(side.text, 80)
      ctx.out(`      ${text}  ${from}`)
    }
  }
  if (people.length > 0) ctx.out('People:')
  for (const p of people) {
    const also = p.variants.length > 0 ? ` (also ${p.variants.join(', ')})` : ''
    const role = p.roles.length > 0 ? `, ${p.roles[0]}` : ''
    const kind = p.kind === 'organisation' ? ' [organisation]' : ''
    ctx.out(
      `  ${p.name}${kind}${also}${role}: said ${p.saidClaimIds.length}, named in ${p.namedInClaimIds.length}, in ${p.reportIds.length} ${p.reportIds.length === 1 ? 'report' : 'reports'}`
    )
  }
  ctx.out(`${reports.length} reports, ${claims.length} claims, ${shared.length} shared clusters, ${discrepancies.length} discrepancies (⇄n = told by n reports)`)
}

/** "terms: killed, quake · synonyms: half-mast/half-staff · figures: 820 people". */
function whyLine(why: MatchEvidence): string {
  return [
    why.terms.length > 0 ? `terms: ${why.terms.slice(0, 6).join(', ')}` : '',
    why.synonyms.length > 0 ? `synonyms: ${why.synonyms.map(([a, b]) => `${a}/${b}`).join(', ')}` : '',
    why.figures.length > 0 ? `figures: ${why.figures.join(', ')}` : '',
    why.dates.length > 0 ? `dates: ${why.dates.join(', ')}` : '',
    why.entities.length > 0 ? `names: ${why.entities.join(', ')}` : ''
  ]
    .filter(Boolean)
    .join(' · ')
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
