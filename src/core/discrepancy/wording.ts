/**
 * Word-level difference between two versions of one quotation. Quotes are
 * often cut short by one outlet, so words missing only at either end are not a
 * difference; only wording that changes inside the shared stretch is.
 */

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’']/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  ).map((w) => w.replace(/^'+|'+$/g, ''))
}

export interface Hunk {
  a: string
  b: string
}

/** Longest-common-subsequence alignment; quotes are short, so O(n·m) is fine (inputs are capped). */
export function internalHunks(a: string[], b: string[]): Hunk[] {
  const A = a.slice(0, 120)
  const B = b.slice(0, 120)
  const n = A.length
  const m = B.length
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = A[i] === B[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!)
  // Walk the alignment, collecting runs of differing words with their positions.
  const ops: { kind: 'same' | 'a' | 'b'; i: number; j: number }[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && A[i] === B[j]) ops.push({ kind: 'same', i: i++, j: j++ })
    else if (j < m && (i >= n || dp[i]![j + 1]! >= dp[i + 1]![j]!)) ops.push({ kind: 'b', i, j: j++ })
    else ops.push({ kind: 'a', i: i++, j })
  }
  const first = ops.findIndex((o) => o.kind === 'same')
  const last = ops.length - 1 - [...ops].reverse().findIndex((o) => o.kind === 'same')
  if (first < 0) return []
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
    // One word of shared context after the change ("must continue"), so the editor sees where it sits.
    const ctx = A[ops[k]!.i] ?? ''
    const side = (kind: 'a' | 'b', src: string[]): string => [...run.filter((o) => o.kind === kind).map((o) => src[kind === 'a' ? o.i : o.j]!), ctx].join(' ')
    hunks.push({ a: side('a', A), b: side('b', B) })
  }
  return hunks
}
