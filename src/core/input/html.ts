/**
 * HTML reports become plain text: scripts, styles, comments and markup go;
 * block elements become line breaks; entities are decoded. htmlparser2 reads
 * the page in one pass, as a browser's tokenizer does, so an unclosed comment,
 * script or tag costs no more than a closed one. The result is text only, so
 * nothing from the page can run anywhere in factdesk.
 */
import { Parser } from 'htmlparser2'

/** Elements whose content is not the report: code, page chrome, forms. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head', 'nav', 'footer', 'aside', 'form', 'select', 'button'])
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'blockquote',
  'tr',
  'table',
  'figure',
  'figcaption',
  'pre',
  'hr',
  'main',
  'dd',
  'dt',
  'dl'
])
/** The page's own mark of its story: preferred over the whole page when it holds enough text. */
const STORY = new Set(['article', 'main'])
const MIN_STORY_CHARS = 200

export function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text)
}

/** One line of header text: no line breaks or runs of spaces, at most a line's length. */
const oneLine = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)

/**
 * The page's own name and address, from its metadata (Open Graph's site name,
 * the canonical link): what the brief names and links a source by. They lead
 * the text as a header block (`source:`, `outlet:`), which ingest reads as it
 * reads one typed above any report.
 */
function pageHeader(meta: { site: string; url: string }): string {
  const lines = []
  if (/^https?:\/\/\S+$/i.test(meta.url)) lines.push(`source: ${meta.url}`)
  if (meta.site) lines.push(`outlet: ${meta.site}`)
  return lines.length > 0 ? `${lines.join('\n')}\n\n` : ''
}

export function htmlToText(html: string): string {
  const page: string[] = []
  const meta = { site: '', url: '' }
  /** The first article/main element's text, once it has been entered. */
  let story: string[] | null = null
  let storyDepth = 0
  let storyDone = false
  let dropped = 0

  const emit = (text: string): void => {
    page.push(text)
    if (storyDepth > 0) story!.push(text)
  }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const property = (attributes.property ?? attributes.name ?? '').toLowerCase()
          if (property === 'og:site_name' && !meta.site) meta.site = oneLine(attributes.content)
          if (property === 'og:url' && !meta.url) meta.url = oneLine(attributes.content)
        }
        // The canonical link wins over og:url: it is the address the page names as its own.
        if (name === 'link' && (attributes.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && attributes.href) meta.url = oneLine(attributes.href)
        if (DROPPED.has(name)) dropped++
        if (STORY.has(name) && !storyDone) {
          if (storyDepth === 0) story = []
          storyDepth++
        }
        if (BLOCKS.has(name)) emit('\n')
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) emit('\n')
        if (DROPPED.has(name) && dropped > 0) dropped--
        if (STORY.has(name) && storyDepth > 0 && --storyDepth === 0) storyDone = true
      },
      ontext(text) {
        if (dropped === 0) emit(text)
      }
    },
    { decodeEntities: true, lowerCaseTags: true }
  )
  parser.write(html)
  parser.end()

  const storyText = story === null ? '' : (story as string[]).join('')
  const chosen = storyText.trim().length > MIN_STORY_CHARS ? storyText : page.join('')
  const body = chosen
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return pageHeader(meta) + body
}
