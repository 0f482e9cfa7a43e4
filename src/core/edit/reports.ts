/**
 * Removing a report from the desk: the report, its claims and their reviews
 * go together (a claim never outlives its report). Pure; recorded as one
 * change, so it is undone as one (see core/changes).
 */
import { UserError } from '../errors'
import type { StoreData } from '../model'

export function removeReport(data: StoreData, reportId: string): StoreData {
  if (!data.reports.some((r) => r.id === reportId)) throw new UserError(`Unknown report id "${reportId}" (list them with "reports").`, 'not-found')
  const gone = new Set(data.claims.filter((c) => c.reportId === reportId).map((c) => c.id))
  const reviews = { ...data.reviews }
  for (const id of gone) delete reviews[id]
  return {
    ...data,
    reports: data.reports.filter((r) => r.id !== reportId),
    claims: data.claims.filter((c) => !gone.has(c.id)),
    reviews
  }
}
