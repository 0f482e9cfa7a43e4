/** Disjoint sets with path halving: the detectors join statements that tell the same thing, then read the groups. */
export class UnionFind<T> {
  private readonly parent = new Map<T, T>()

  add(x: T): void {
    if (!this.parent.has(x)) this.parent.set(x, x)
  }

  find(x: T): T {
    this.add(x)
    let p = this.parent.get(x)!
    while (p !== x) {
      const g = this.parent.get(p)!
      this.parent.set(x, g)
      x = p
      p = g
    }
    return x
  }

  union(a: T, b: T): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent.set(rb, ra)
  }

  /** The sets of `items`, each in the items' order, sets in order of their first item. */
  groups(items: Iterable<T>): T[][] {
    const out = new Map<T, T[]>()
    for (const x of items) {
      const r = this.find(x)
      const list = out.get(r)
      if (list) list.push(x)
      else out.set(r, [x])
    }
    return [...out.values()]
  }
}
