/**
 * Word-level difference between two versions of one quotation. Quotes are
 * often cut short by one outlet, so words missing only at either end are not a
 * difference; only wording that changes inside the shared stretch is. Words an
 * outlet marks as left out ("…", "...") or put in itself ("[of]") are a gap
 * the other version may fill with anything: an elision, not other words.
 */

/** Stands for a marked gap in a quotation. */
export const GAP = '…'

export function words(text: string): string[] {
  const marked = text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\[[^\]]*\]|\.{3,}|…/g, ` ${GAP} `)
  return (marked.match(/[\p{L}\p{N}']+|…/gu) ?? []).map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean)
}

export interface Hunk {
  a: string
  b: string
}

export interface Diff {
  hunks: Hunk[]
  /** Words the two versions share, in order (gaps aside). */
  common: number
  /** Words of the shorter version (gaps aside). */
  shorter: number
}

/**
 * Longest-common-subsequence alignment. The words both versions begin and end
 * with are matched first, so the O(n·m) table covers only the stretch where
 * they differ (usually a few words); inputs are capped.
 */
export function diffWords(a: string[], b: string[]): Diff {
  const A = a.slice(0, 120)
  const B = b.slice(0, 120)
  const n = A.length
  const m = B.length
  let head = 0
  while (head < n && head < m && A[head] === B[head]) head++
  let tail = 0
  while (tail < n - head && tail < m - head && A[n - 1 - tail] === B[m - 1 - tail]) tail++
  const rows = n - head - tail
  const cols = m - head - tail
  // dp[i][j]: LCS of A[head + i …] and B[head + j …] within the differing stretch.
  const dp: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0))
  for (let i = rows - 1; i >= 0; i--)
    for (let j = cols - 1; j >= 0; j--) dp[i]![j] = A[head + i] === B[head + j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!)
  // Walk the alignment, collecting runs of differing words with their positions.
  const ops: { kind: 'same' | 'a' | 'b'; i: number; j: number }[] = []
  for (let k = 0; k < head; k++) ops.push({ kind: 'same', i: k, j: k })
  let i = 0
  let j = 0
  while (i < rows || j < cols) {
    if (i < rows && j < cols && A[head + i] === B[head + j]) ops.push({ kind: 'same', i: head + i++, j: head + j++ })
    else if (j < cols && (i >= rows || dp[i]![j + 1]! >= dp[i + 1]![j]!)) ops.push({ kind: 'b', i: head + i, j: head + j++ })
    else ops.push({ kind: 'a', i: head + i++, j: head + j })
  }
  for (let k = 0; k < tail; k++) ops.push({ kind: 'same', i: n - tail + k, j: m - tail + k })
  const common = ops.filter((o) => o.kind === 'same' && A[o.i] !== GAP).length
  const shorter = Math.min(A.filter((w) => w !== GAP).length, B.filter((w) => w !== GAP).length)
  const first = ops.findIndex((o) => o.kind === 'same')
  const last = ops.length - 1 - [...ops].reverse().findIndex((o) => o.kind === 'same')
  if (first < 0) return { hunks: [], common, shorter }
  const hunks: Hunk[] = []
  let k = first
  while (k <= last) {
    if (ops[k]!.kind === 'same') {
      k++
      continue
    }
    const start = k
    while (k <= last && ops[k]!.kind !== 'same') k++
    const run = ops.slice(start, k)
    if (run.some((o) => (o.kind === 'a' ? A[o.i] : B[o.j]) === GAP)) continue
    // One word of shared context after the change ("must continue"), so the editor sees where it sits.
    const ctx = A[ops[k]!.i] ?? ''
    const side = (kind: 'a' | 'b', src: string[]): string => [...run.filter((o) => o.kind === kind).map((o) => src[kind === 'a' ? o.i : o.j]!), ctx].join(' ')
    hunks.push({ a: side('a', A), b: side('b', B) })
  }
  return { hunks, common, shorter }
}
