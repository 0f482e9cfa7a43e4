/**
 * A fetched web page → the article in it, with Mozilla's Readability (the
 * reader view of Firefox) over a DOM built by linkedom: the title, byline,
 * site name, published time and the main text only — navigation, cookie
 * banners, related links and footers are left out. Nothing in the page runs:
 * linkedom builds a DOM and never executes scripts or loads anything.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { UserError } from '../errors'
import { htmlToText } from '../input/html'

export interface Article {
  title: string | null
  byline: string | null
  site: string | null
  /** The published day (ISO), when the page states one. */
  date: string | null
  /** The main text, paragraph by paragraph. */
  text: string
}

/** Less main text than this is a page about something (an index, a login, a video), not an article. */
export const MIN_ARTICLE_CHARS = 400

/** The charset a page declares (header first, then its meta tag), for decoding its bytes. */
export function charsetOf(contentType: string, bytes: Uint8Array): string {
  const fromHeader = /charset="?([\w-]+)/i.exec(contentType)?.[1]
  if (fromHeader) return fromHeader
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8'
}

export function decodePage(contentType: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(charsetOf(contentType, bytes)).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

const clean = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : null
}

function isoDay(value: string | null | undefined): string | null {
  if (!value) return null
  const time = new Date(value)
  return Number.isNaN(time.getTime()) ? (/^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? null) : time.toISOString().slice(0, 10)
}

/** "Port strike halts Rotterdam | Harbour Times" → "Port strike halts Rotterdam": the outlet is kept apart. */
function withoutSite(title: string | null, site: string): string | null {
  if (!title) return null
  const at = title.toLowerCase().lastIndexOf(site.toLowerCase())
  if (at <= 0 || at + site.length !== title.length) return title
  const stripped = title.slice(0, at).replace(/\s*[|·•:–—-]\s*$/, '')
  return stripped.length < title.slice(0, at).length && stripped ? stripped : title
}

/** The article in `html` (found at `url`), or a UserError saying the page is not one. */
export function extractArticle(html: string, url: string): Article {
  // linkedom's types lean on the DOM library, which core (Node only) does not load: its document is typed here as Readability takes it.
  const { document } = parseHTML(html) as unknown as { document: ConstructorParameters<typeof Readability>[0] }
  // Readability resolves links against the page's address; linkedom's document has none of its own.
  Object.defineProperty(document, 'documentURI', { value: url })
  Object.defineProperty(document, 'baseURI', { value: url })
  const parsed = new Readability(document, { charThreshold: MIN_ARTICLE_CHARS }).parse()
  const text = parsed?.content ? htmlToText(parsed.content) : ''
  if (!parsed || text.replace(/\s+/g, ' ').length < MIN_ARTICLE_CHARS) {
    throw new UserError(`${url} does not look like an article: no main text was found on the page (it may be an index, a login page or a video).`, 'invalid-input')
  }
  const site = clean(parsed.siteName) ?? new URL(url).hostname.replace(/^www\./, '')
  return {
    title: withoutSite(clean(parsed.title), site),
    byline: clean(parsed.byline),
    site,
    date: isoDay(parsed.publishedTime),
    text
  }
}
