/**
 * Full-text search over claims with minisearch: prefix and fuzzy matching so
 * "stolt" finds Stoltenberg. The index is rebuilt only when claims change.
 */
import MiniSearch from 'minisearch'
import type { ClaimView } from '../../../shared/contract'

export interface ClaimIndex {
  /** Ids of matching claims, or null when the query is blank (no search). */
  search(query: string): Set<string> | null
}

export function buildIndex(claims: ClaimView[]): ClaimIndex {
  const index = new MiniSearch<{ id: string; text: string; speaker: string }>({ fields: ['text', 'speaker'], idField: 'id' })
  index.addAll(claims.map((c) => ({ id: c.id, text: c.editedText ?? c.text, speaker: c.speaker ?? '' })))
  return {
    search(query) {
      const q = query.trim()
      if (q === '') return null
      return new Set(index.search(q, { prefix: true, fuzzy: 0.15, combineWith: 'AND' }).map((r) => r.id as string))
    }
  }
}

export interface Piece {
  text: string
  hit: boolean
}

/** Splits text into pieces marking the words that start with a query term (rendered as text, never HTML). */
export function highlight(text: string, query: string): Piece[] {
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length >= 2)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (terms.length === 0) return [{ text, hit: false }]
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})[\\p{L}\\p{N}]*`, 'giu')
  const pieces: Piece[] = []
  let last = 0
  for (const m of text.matchAll(re)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), hit: false })
    pieces.push({ text: m[0], hit: true })
    last = m.index + m[0].length
  }
  if (last < text.length) pieces.push({ text: text.slice(last), hit: false })
  return pieces
}
