/**
 * Evidence links on a review: only absolute http(s) URLs, so a link in the
 * brief always opens a web page and never a local file or a script.
 */
import { UserError } from '../errors'
import { reviewOf, type StoreData } from '../model'

export function validateEvidenceUrl(input: string): string {
  const raw = input.trim()
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new UserError(`"${raw}" is not a web address. Paste the full link, starting with https://`, 'invalid-input')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError(`"${raw}" is not a web link: only http and https addresses can be evidence.`, 'invalid-input')
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    throw new UserError(`"${raw}" has no real host name.`, 'invalid-input')
  }
  return url.toString()
}

/** Replaces a claim's evidence links (validated, de-duplicated), recording the change in its history. */
export function setEvidence(data: StoreData, claimId: string, links: string[], now: Date): StoreData {
  if (!data.claims.some((c) => c.id === claimId)) throw new UserError(`Unknown claim id "${claimId}".`, 'not-found')
  const evidence = [...new Set(links.map(validateEvidenceUrl))]
  const current = reviewOf(data, claimId)
  if (evidence.join('\n') === current.evidence.join('\n')) return data
  const editor = data.settings.editorName.trim() || null
  const at = now.toISOString()
  return {
    ...data,
    reviews: {
      ...data.reviews,
      [claimId]: {
        ...current,
        editor,
        updatedAt: at,
        evidence,
        history: [...current.history, { at, editor, verdict: current.verdict, note: current.note, evidence }]
      }
    }
  }
}
