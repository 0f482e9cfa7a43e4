/**
 * Moving through the visible claims (j/k, arrows) and marking ranges of them
 * (shift-click). Pure functions over the list as shown.
 */
interface Listed {
  id: string
}

/**
 * The claim `delta` rows from `current` in `list`. A current claim that has
 * left the list (a verdict set under the "Unreviewed" filter) continues from
 * where it stood, by `order` (the claims' order in the store).
 */
export function step(list: readonly Listed[], current: string | null, delta: number, order: ReadonlyMap<string, number>): string | null {
  if (list.length === 0) return null
  const at = current === null ? -1 : list.findIndex((c) => c.id === current)
  if (at >= 0) return list[Math.min(list.length - 1, Math.max(0, at + delta))]!.id
  const from = current === null ? undefined : order.get(current)
  if (from === undefined) return (delta > 0 ? list[0] : list.at(-1))!.id
  const next = delta > 0 ? (list.find((c) => (order.get(c.id) ?? -1) > from) ?? list.at(-1)) : (list.findLast((c) => (order.get(c.id) ?? -1) < from) ?? list[0])
  return next?.id ?? null
}

/** Every claim of `list` from `a` to `b` (either order), or null when either is not in it. */
export function rangeBetween(list: readonly Listed[], a: string | null, b: string): string[] | null {
  const i = a === null ? -1 : list.findIndex((c) => c.id === a)
  const j = list.findIndex((c) => c.id === b)
  if (i < 0 || j < 0) return null
  return list.slice(Math.min(i, j), Math.max(i, j) + 1).map((c) => c.id)
}

/**
 * After the list changed under the selection: the selection if still shown;
 * else the claim that took its row (the next one), or the one before at the
 * end; null for an empty list.
 */
export function following(before: readonly Listed[], after: readonly Listed[], current: string | null): string | null {
  if (current === null) return null
  if (after.some((c) => c.id === current)) return current
  const at = before.findIndex((c) => c.id === current)
  if (at < 0 || after.length === 0) return null
  const shown = new Set(after.map((c) => c.id))
  const next = before.slice(at + 1).find((c) => shown.has(c.id)) ?? before.slice(0, at).findLast((c) => shown.has(c.id))
  return next?.id ?? null
}
