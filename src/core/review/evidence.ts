/**
 * Evidence links on a review: only absolute http(s) URLs, so a link in the
 * brief always opens a web page and never a local file or a script.
 */
import { UserError } from '../errors'
import { reviewOf, type Review, type StoreData } from '../model'

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

/**
 * Replaces a claim's evidence links (validated, de-duplicated), recording the
 * change in its history. `archived` holds the pages fetched for new links (see
 * archiveEvidence); links kept keep their archived page.
 */
export function setEvidence(data: StoreData, claimId: string, links: string[], now: Date, archived: EvidenceArchive[] = []): StoreData {
  if (!data.claims.some((c) => c.id === claimId)) throw new UserError(`Unknown claim id "${claimId}".`, 'not-found')
  const evidence = [...new Set(links.map(validateEvidenceUrl))]
  const current = reviewOf(data, claimId)
  if (evidence.join('\n') === current.evidence.join('\n')) return data
  const editor = data.settings.editorName.trim() || null
  const at = now.toISOString()
  const known = new Map([...(current.archives ?? []), ...archived].map((a) => [a.link, a]))
  const archives = evidence.flatMap((link) => (known.has(link) ? [known.get(link)!] : []))
  return {
    ...data,
    reviews: {
      ...data.reviews,
      [claimId]: {
        ...current,
        editor,
        updatedAt: at,
        evidence,
        archives,
        history: [...current.history, { at, editor, verdict: current.verdict, note: current.note, evidence }]
      }
    }
  }
}

/** Each link's page as fetched when it was added, or why it could not be. */
export type EvidenceArchive = NonNullable<Review['archives']>[number]

/** The links of `links` that a claim does not cite yet: the ones to fetch and archive. */
export function newEvidenceLinks(data: StoreData, claimId: string, links: string[]): string[] {
  const cited = new Set(reviewOf(data, claimId).evidence)
  return [...new Set(links.map(validateEvidenceUrl))].filter((link) => !cited.has(link))
}
