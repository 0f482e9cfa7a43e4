/**
 * A web address → a report to import, and the page as fetched to archive: an
 * HTML page is reduced to its article (article.ts), a PDF served from the web
 * is read like a PDF file. The page's bytes, hash and time go with it, so the
 * desk keeps what the page said when it was imported.
 */
import { UserError } from '../errors'
import type { ReportInput } from '../ingest'
import { isPdf, readPdf } from '../input/pdf'
import type { ArchivedPage } from '../model'
import { decodePage, extractArticle } from './article'
import { fetchPage, type FetchedPage, type FetchLimits } from './fetchPage'

export interface WebReport {
  input: ReportInput
  /** The bytes as received, to keep in the store's archive under `input.meta.archive.sha256`. */
  bytes: Uint8Array
}

export function archivedPage(page: FetchedPage, title: string | null): ArchivedPage {
  const { url, finalUrl, fetchedAt, sha256, contentType } = page
  return { url, finalUrl, fetchedAt, sha256, bytes: page.bytes.byteLength, contentType, title }
}

const isHtml = (contentType: string): boolean => /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)

export async function readWebReport(address: string, limits: FetchLimits, now: () => Date): Promise<WebReport> {
  const page = await fetchPage(address, limits, now)
  if (isPdf(page.bytes)) {
    const { pages } = await readPdf(page.bytes, page.url)
    return {
      input: { file: page.url, content: pages.filter(Boolean).join('\n\n'), pages, meta: { url: page.finalUrl, archive: archivedPage(page, null) } },
      bytes: page.bytes
    }
  }
  if (!isHtml(page.contentType) && page.contentType !== '') {
    throw new UserError(`${page.url} is not a web page or a PDF (it is ${page.contentType.split(';')[0]}), so there is no article to import.`, 'invalid-input')
  }
  const article = extractArticle(decodePage(page.contentType, page.bytes), page.finalUrl)
  return {
    input: {
      file: page.url,
      content: article.text,
      meta: { title: article.title, url: page.finalUrl, date: article.date, byline: article.byline, outlet: article.site, archive: archivedPage(page, article.title) }
    },
    bytes: page.bytes
  }
}
