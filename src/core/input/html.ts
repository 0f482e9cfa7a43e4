/**
 * HTML reports become plain text: scripts, styles, comments and markup go;
 * block elements become line breaks; entities are decoded. The result is text
 * only, so nothing from the page can run anywhere in factdesk.
 */

const DROPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head', 'nav', 'footer', 'aside', 'form']
const BLOCK_TAGS = /^(p|div|br|li|ul|ol|h[1-6]|section|article|header|blockquote|tr|table|figure|figcaption|pre|hr|main)$/i

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  copy: '©'
}

export function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text)
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole
  })
}

export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?-->/g, '')
  for (const tag of DROPPED_ELEMENTS) {
    text = text.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, 'gi'), '\n')
  }
  // Prefer the article or main content when the page marks it.
  const main = /<(article|main)\b[^>]*>([\s\S]*?)<\/\1\s*>/i.exec(text)
  if (main?.[2] && main[2].replace(/<[^>]*>/g, '').trim().length > 200) text = main[2]
  text = text.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) => (BLOCK_TAGS.test(name) ? '\n' : ''))
  text = text.replace(/<[^>]*>/g, '')
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
