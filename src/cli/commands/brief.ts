import { existsSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import { BRIEF_FORMATS, briefFormat, formatOfExtension, isBriefFormat, recordBriefVersion, renderBriefFile, type BriefFormat, type BriefOptions } from '../../core/brief'
import { claimReviewGaps } from '../../core/brief/newsroom'
import { isTimeZone } from '../../core/brief/time'
import { UserError } from '../../core/errors'
import { BRIEF_SCOPES, type BriefScope, type StoreData } from '../../core/model'
import { writeFileAtomically } from '../../core/store/atomicWrite'
import { noPositionals, nonEmpty, parse } from '../args'
import type { CommandContext, Command } from '../io'
import { chromiumPdf } from '../pdf'
import { chooseStore, STORE_OPTION, withStore } from '../store'

export const brief: Command = async (args, ctx) => {
  const { values, positionals } = parse('brief', args, {
    ...STORE_OPTION,
    format: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string' },
    lede: { type: 'string' },
    closing: { type: 'string' },
    paper: { type: 'string' },
    scope: { type: 'string' },
    reports: { type: 'string' },
    'include-unreviewed': { type: 'boolean' }
  })
  noPositionals('brief', positionals)
  const out = nonEmpty('out', values.out)
  const format = formatOf(values.format, out)
  if (out === undefined && briefFormat(format).binary) throw new UserError(`--format ${format} writes a binary file: give --out PATH`)
  const paper = paperOf(values.paper)
  const scope = scopeOf(values.scope, values['include-unreviewed'])
  const reportList = nonEmpty('reports', values.reports)
  // Fail before opening (and possibly seeding) a store when the file could never be written.
  if (out !== undefined && !existsSync(dirname(resolve(out)))) throw new UserError(`cannot write the brief to ${resolve(out)}: its folder does not exist`, 'io')
  // Writing a file is an export, recorded as a brief version, so the store is opened for writing then.
  await withStore(chooseStore(values.store, ctx), ctx, out === undefined ? 'read' : 'write', async (store) => {
    const options: BriefOptions = {
      scope,
      reportIds: reportList === undefined ? undefined : reportIdsOf(reportList, store.data),
      title: nonEmpty('title', values.title),
      lede: nonEmpty('lede', values.lede),
      closing: nonEmpty('closing', values.closing),
      timeZone: timeZoneOf(ctx)
    }
    if (format === 'claimreview') {
      const gaps = claimReviewGaps(store.data.settings)
      if (gaps.length > 0) {
        ctx.io.stderr.write(`factdesk: warning: this ClaimReview lacks ${gaps.join('; and ')}. Set them with "factdesk settings --organisation NAME --url URL".\n`)
      }
    }
    const now = ctx.now()
    const file = await renderBriefFile(store.data, format, options, now, chromiumPdf(paper))
    if (out === undefined) {
      ctx.io.stdout.write(file.content as string)
      return
    }
    const path = resolve(out)
    // A failed write (a full disk) leaves the previous file at that path whole.
    await writeFileAtomically(path, file.content)
    await store.update((data) => recordBriefVersion(data, { format, title: file.model.title, options }, now))
    ctx.out(path)
  })
}

/** --format wins; otherwise the --out extension decides; Markdown by default. */
function formatOf(format: string | undefined, out: string | undefined): BriefFormat {
  const fromExt = out ? formatOfExtension(extname(out)) : undefined
  const word = format?.toLowerCase() ?? fromExt ?? 'md'
  if (word === 'markdown') return 'md'
  if (isBriefFormat(word)) return word
  throw new UserError(`unknown format "${format}" (expected ${BRIEF_FORMATS.join(', ')})`)
}

function paperOf(paper: string | undefined): 'A4' | 'Letter' {
  if (paper === undefined || /^a4$/i.test(paper)) return 'A4'
  if (/^letter$/i.test(paper)) return 'Letter'
  throw new UserError(`unknown paper "${paper}" (expected a4 or letter)`)
}

/** --scope, or --include-unreviewed (kept from before scopes: the same as --scope all). */
function scopeOf(scope: string | undefined, includeUnreviewed: boolean | undefined): BriefScope {
  if (scope === undefined) return includeUnreviewed ? 'all' : 'reviewed'
  const word = scope.toLowerCase()
  if (!(BRIEF_SCOPES as readonly string[]).includes(word)) throw new UserError(`unknown scope "${scope}" (expected ${BRIEF_SCOPES.join(', ')})`)
  if (includeUnreviewed && word !== 'all') throw new UserError(`--include-unreviewed and --scope ${word} contradict each other`)
  return word as BriefScope
}

/**
 * --reports ID,…: report ids, or the reports' citation numbers as the brief's
 * Sources list and the desk show them ([2] → 2). Anything else is named.
 */
function reportIdsOf(list: string, data: StoreData): string[] {
  const ids: string[] = []
  for (const token of list.split(',').map((t) => t.trim())) {
    if (token === '') continue
    const byId = data.reports.find((r) => r.id === token)
    const n = /^\[?(\d+)\]?$/.exec(token)?.[1]
    const report = byId ?? (n !== undefined ? data.reports[Number(n) - 1] : undefined)
    if (!report) {
      throw new UserError(
        `--reports: no report "${token}" (give report ids, or source numbers from 1 to ${data.reports.length}; "factdesk claims" shows each claim's report id)`,
        'not-found'
      )
    }
    if (!ids.includes(report.id)) ids.push(report.id)
  }
  if (ids.length === 0) throw new UserError('option --reports needs a value')
  return ids
}

/** The editor's time zone: TZ when it names one, else the system's. */
function timeZoneOf(ctx: CommandContext): string {
  const tz = ctx.io.env?.TZ
  return tz && isTimeZone(tz) ? tz : Intl.DateTimeFormat().resolvedOptions().timeZone
}
