/**
 * Undo/redo of review actions (verdicts and bulk notes). Each entry holds the
 * reviews before and after, per claim; undoing re-applies "before" through
 * the normal review channel, so the history honestly records the undo too.
 */
import type { ReviewState } from '../../../core/model'

export interface ReviewSnap {
  claimId: string
  verdict: ReviewState
  note: string
}

export interface UndoEntry {
  label: string
  before: ReviewSnap[]
  after: ReviewSnap[]
}

export class UndoStack {
  private done: UndoEntry[] = []
  private undone: UndoEntry[] = []

  push(entry: UndoEntry): void {
    this.done.push(entry)
    if (this.done.length > 200) this.done.shift()
    this.undone = []
  }

  takeUndo(): UndoEntry | undefined {
    const entry = this.done.pop()
    if (entry) this.undone.push(entry)
    return entry
  }

  takeRedo(): UndoEntry | undefined {
    const entry = this.undone.pop()
    if (entry) this.done.push(entry)
    return entry
  }
}
