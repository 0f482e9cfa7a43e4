/**
 * Where each page of a paged source (a PDF) begins in the report's text. The
 * body keeps the pages' lines in order (furniture aside), so each page after
 * the first begins where its first kept line is found, searching on from the
 * previous page: one pass over the text.
 */
import { normaliseText } from './normalise'

/** How much of a line is looked for, and how many of a page's first lines are tried. */
const PROBE = 60
const TRIES = 6

export function locatePages(text: string, pages: readonly string[]): { page: number; start: number }[] {
  const starts: { page: number; start: number }[] = []
  let cursor = 0
  pages.forEach((page, i) => {
    if (i === 0) return void starts.push({ page: 1, start: 0 })
    const lines = normaliseText(page)
      .split('\n')
      .filter((line) => line.trim().length >= 4)
      .slice(0, TRIES)
    for (const line of lines) {
      const at = text.indexOf(line.slice(0, PROBE), cursor)
      if (at < 0) continue
      starts.push({ page: i + 1, start: at })
      cursor = at
      return
    }
  })
  return starts
}

/** The page a position of the text is on (1 when the report is not paged). */
export function pageAt(pages: readonly { page: number; start: number }[] | undefined, offset: number): number | null {
  if (!pages || pages.length === 0) return null
  let page = pages[0]!.page
  for (const p of pages) {
    if (p.start > offset) break
    page = p.page
  }
  return page
}
