import { commitEdit } from '../../core/changes/commit'
import { removeReport } from '../../core/edit/reports'
import { UserError } from '../../core/errors'
import { reportLabelText } from '../../core/reports/label'
import { nonEmpty, parse } from '../args'
import type { Command } from '../io'
import { CLI } from '../name'
import { chooseStore, STORE_OPTION, withStore } from '../store'

/** Removes a report with its claims and their reviews: one recorded change, which the desk can undo. */
export const remove: Command = async (args, ctx) => {
  const { values, positionals } = parse('remove', args, { ...STORE_OPTION, editor: { type: 'string' } })
  const [reportId, ...extra] = positionals
  if (!reportId) throw new UserError(`missing report id (usage: ${CLI} remove REPORT_ID [--store PATH]; list them with "${CLI} reports")`)
  if (extra.length > 0) throw new UserError(`unexpected argument "${extra[0]}" for "remove" (one report at a time)`)
  const editor = nonEmpty('editor', values.editor)
  await withStore(chooseStore(values.store, ctx), ctx, 'write', async (store) => {
    const report = store.data.reports.find((r) => r.id === reportId)
    if (!report) throw new UserError(`unknown report id "${reportId}" (list them with "${CLI} reports")`, 'not-found')
    const claims = store.data.claims.filter((c) => c.reportId === reportId).length
    const { change } = await commitEdit(store, 'remove-report', (d) => ({ data: removeReport(d, reportId) }), ctx.now(), editor)
    ctx.out(`removed  ${reportLabelText(report)}  (report ${reportId}, ${claims} claims; change ${change?.seq ?? '-'} in the history)`)
  })
}
