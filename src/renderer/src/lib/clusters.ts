/** Cluster views for the desk: lookup by id, and the "group by story" order of the list. */
import type { ClusterSummary } from '../../../core/model'
import type { ClaimView } from '../../../shared/contract'

/** Clusters as core derived them for the last `desk:load`, by id. */
export function clusterMap(clusters: readonly ClusterSummary[]): Map<string, ClusterSummary> {
  return new Map(clusters.map((k) => [k.id, k]))
}

/** Claims telling one story sit together, in the order each story first appears (stable within a story). */
export function groupByCluster(list: ClaimView[]): ClaimView[] {
  const first = new Map<string, number>()
  list.forEach((c, i) => first.has(c.clusterId) || first.set(c.clusterId, i))
  return list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => first.get(a.c.clusterId)! - first.get(b.c.clusterId)! || a.i - b.i)
    .map(({ c }) => c)
}

export function continuingRows(list: ClaimView[]): Set<string> {
  const ids = new Set<string>()
  list.forEach((c, i) => i > 0 && list[i - 1]!.clusterId === c.clusterId && ids.add(c.id))
  return ids
}
