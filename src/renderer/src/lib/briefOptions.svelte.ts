/**
 * The brief's options as the Brief view edits them, kept for the session (the
 * editor's title and lede survive a trip to the desk and back). Empty words
 * mean "derive it"; `reportIds` null means every report.
 */
import type { BriefScope } from '../../../core/model'
import type { Request } from '../../../shared/contract'

export interface BriefOptionsState {
  scope: BriefScope
  /** The reports chosen for the brief; null: every report (so reports imported later are in too). */
  reportIds: string[] | null
  title: string
  lede: string
  closing: string
}

export const briefOptions = $state<BriefOptionsState>({ scope: 'reviewed', reportIds: null, title: '', lede: '', closing: '' })

/** The options as the contract takes them: empty words left out, the editor's time zone for the brief's time. */
export function briefRequest(options: BriefOptionsState, knownReports: ReadonlySet<string>): NonNullable<Request<'brief:render'>['options']> {
  const own = (text: string): string | undefined => (text.trim() ? text : undefined)
  // A report removed from the desk since it was chosen is simply no longer in the brief.
  const reportIds = options.reportIds?.filter((id) => knownReports.has(id))
  return {
    scope: options.scope,
    ...(reportIds ? { reportIds } : {}),
    title: own(options.title),
    lede: own(options.lede),
    closing: own(options.closing),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone
  }
}
