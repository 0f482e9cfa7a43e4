/** A report's title: its headline line when it has one, else its lead cut short. */

const MAX = 110

/** A first line reads as a headline when it is short, one sentence, and more text follows. */
function isHeadline(line: string, hasMore: boolean): boolean {
  if (!hasMore || line.length > 140 || line.length < 15) return false
  const sentences = line.replace(/[.!?]["”»’]?$/, '').split(/[.!?]\s+(?=\p{Lu})/u)
  return sentences.length === 1
}

function shorten(sentence: string): string {
  const s = sentence
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+,/g, ',')
    .trim()
  if (s.length <= MAX) return s
  // Prefer a clause boundary, so the title still says one thing.
  const cut = s.slice(0, MAX)
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), cut.lastIndexOf(' — '))
  if (clause >= 50) return s.slice(0, clause) + '…'
  const space = cut.lastIndexOf(' ')
  return s.slice(0, space > 40 ? space : MAX).replace(/[,;:]$/, '') + '…'
}

export function deriveTitle(body: string): string | null {
  const at = body.indexOf('\n')
  // Only the head of the first line is read: a title is at most a sentence of it.
  const first = (at === -1 ? body : body.slice(0, at)).slice(0, 1000).trim()
  if (!first) return null
  if (isHeadline(first, at !== -1)) return first
  const sentence = /^.+?[.!?](?=["”»’]?\s+\p{Lu}|["”»’]?$)/u.exec(first)?.[0] ?? first
  return sentence.length >= 15 ? shorten(sentence) : null
}
