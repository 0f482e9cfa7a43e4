import type { ClaimDraft, ClaimKind, Report } from '../model'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

function kindOf(sentence: string): ClaimKind {
  if (/[“"«]/.test(sentence)) return 'quote'
  if (/\b(said|says|told|stated|added|warned)\b/.test(sentence)) return 'reported'
  if (/\d/.test(sentence)) return 'numeric'
  return 'statement'
}

function speakerOf(sentence: string): string | null {
  const m = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)+) (?:said|says|told|added|warned)\b/.exec(sentence)
  return m?.[1] ?? null
}

export function extractClaims(report: Report): ClaimDraft[] {
  const claims: ClaimDraft[] = []
  for (const { segment, index } of segmenter.segment(report.text)) {
    const lead = segment.length - segment.trimStart().length
    const trimmed = segment.trim()
    if (trimmed.length < 20) continue
    const start = index + lead
    const end = start + trimmed.length
    claims.push({
      id: `${report.id}-${claims.length + 1}`,
      reportId: report.id,
      text: report.text.slice(start, end),
      start,
      end,
      kind: kindOf(trimmed),
      speaker: speakerOf(trimmed)
    })
  }
  return claims
}
