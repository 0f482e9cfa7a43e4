/**
 * The desk's undo and redo: a stack of the changes this desk made, by their
 * number in the store's change log. Undoing asks main to revert that change
 * (core/changes: compare-and-set, one write, recorded); the revert is itself a
 * change, and redoing reverts the revert. Each entry keeps what it was and
 * which claims it touched, so the desk can say so and select them.
 */
import type { ChangeKind } from '../../../../core/model'

export interface UndoEntry {
  /** The change to revert next: the edit itself, or (on the redo side) the undo that reverted it. */
  seq: number
  /** What the editor did (never "undo"). */
  kind: ChangeKind
  claimIds: string[]
}

/** How many steps back the desk remembers. */
const DEPTH = 200

export class UndoStack {
  private done: UndoEntry[] = []
  private undone: UndoEntry[] = []

  /** A new edit: it can be undone, and what was undone can no longer be redone. */
  push(entry: UndoEntry): void {
    this.done.push(entry)
    if (this.done.length > DEPTH) this.done.shift()
    this.undone = []
  }

  peekUndo(): UndoEntry | undefined {
    return this.done.at(-1)
  }

  peekRedo(): UndoEntry | undefined {
    return this.undone.at(-1)
  }

  /** The last edit was undone as change `seq`: redo reverts that. */
  undid(seq: number): void {
    const entry = this.done.pop()
    if (entry) this.undone.push({ ...entry, seq })
  }

  /** The last undo was redone as change `seq`: undo reverts that. */
  redid(seq: number): void {
    const entry = this.undone.pop()
    if (entry) this.done.push({ ...entry, seq })
  }

  /** The step could not be taken (the claims changed since): it is dropped, not retried. */
  dropUndo(): void {
    this.done.pop()
  }

  dropRedo(): void {
    this.undone.pop()
  }

  clear(): void {
    this.done = []
    this.undone = []
  }
}

/** What each kind of change is called in "Undid: verdict — …". */
export const CHANGE_WORDS: Record<ChangeKind, string> = {
  verdict: 'verdict',
  note: 'note',
  evidence: 'evidence links',
  wording: 'wording edit',
  split: 'split',
  merge: 'merge',
  dismiss: 'dismissal as not a claim',
  restore: 'restored claim',
  add: 'added claim',
  confirm: 'cluster confirmation',
  detach: 'detach from cluster',
  'remove-report': 'removal of the report',
  undo: 'undo'
}

/** Cut at a word, so a figure is never cut in two ("100,0…"). */
function clip(text: string, max = 48): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`
}

/**
 * "Undid: verdict — Since December, Russia has sent…", "Redid: verdict on 12 claims — Short… and 11 more".
 * The claim is shown after a dash, never in quotation marks: those are kept for someone's exact words.
 */
export function describeStep(verb: 'Undid' | 'Redid', entry: UndoEntry, textOf: (claimId: string) => string | null): string {
  const first = entry.claimIds.map(textOf).find((t) => t !== null)
  const n = entry.claimIds.length
  const what = CHANGE_WORDS[entry.kind]
  if (!first) return `${verb}: ${what} on ${n > 1 ? `${n} claims` : 'a claim'}`
  return n > 1 ? `${verb}: ${what} on ${n} claims — ${clip(first)} and ${n - 1} more` : `${verb}: ${what} — ${clip(first)}`
}
