import type { Claim, Report } from '../model'

/** A short name an editor recognises: the file's numeric prefix ("000"), else the file name. */
export function reportLabel(report: Report | undefined): string {
  if (!report) return '?'
  const base = report.file.split(/[\\/]/).pop() ?? report.file
  return /^(\d+)[_-]/.exec(base)?.[1] ?? base.replace(/\.[^.]+$/, '')
}

export function labels(claims: readonly Claim[], reports: ReadonlyMap<string, Report>): string {
  const all = [...new Set(claims.map((c) => reportLabel(reports.get(c.reportId))))].sort()
  // One line an editor can read: a wire story carried by 200 outlets names a few and counts the rest.
  return all.length > 4 ? `${all.slice(0, 3).join(', ')} +${all.length - 3} more` : all.join(', ')
}
