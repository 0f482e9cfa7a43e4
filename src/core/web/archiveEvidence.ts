/**
 * Evidence links archived as they are added to a verdict: each page fetched
 * (within the same limits as an import) and kept in the store's archive, so
 * the brief can say what the page said when it was checked. A page that
 * cannot be fetched is still cited, with why it was not archived.
 */
import type { EvidenceArchive } from '../review/evidence'
import type { PageArchive } from '../store/archive'
import { decodePage } from './article'
import { fetchPage, type FetchLimits } from './fetchPage'
import { archivedPage } from './importPage'

/** The page's <title>, read from its head only (no DOM needed for that). */
function titleOf(contentType: string, bytes: Uint8Array): string | null {
  if (!/html/i.test(contentType)) return null
  const head = decodePage(contentType, bytes.subarray(0, 64 * 1024))
  const title = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(head)?.[1]
  return title ? title.replace(/\s+/g, ' ').replace(/&amp;/g, '&').trim() || null : null
}

export async function archiveEvidence(links: string[], archive: PageArchive, limits: FetchLimits, now: () => Date): Promise<EvidenceArchive[]> {
  return Promise.all(
    links.map(async (link): Promise<EvidenceArchive> => {
      try {
        const page = await fetchPage(link, limits, now)
        await archive.put(page.sha256, page.bytes)
        return { link, page: archivedPage(page, titleOf(page.contentType, page.bytes)), problem: null }
      } catch (error) {
        return { link, page: null, problem: (error as Error).message }
      }
    })
  )
}
