/**
 * The desk's keyboard map, one place for the handler and the "?" overlay,
 * so the overlay can never list a shortcut that doesn't exist.
 */
import type { Desk } from './desk.svelte'
import { VERDICT_KEYS } from './verdicts'

export const SHORTCUTS: [string, string][] = [
  ['j / ↓', 'Next claim'],
  ['k / ↑', 'Previous claim'],
  ['1 / 2 / 3', 'Verified / disputed / unconfirmed (the marked claims, if any)'],
  ['0', 'Clear the verdict'],
  ['x', 'Mark or unmark the claim for a bulk verdict'],
  ['n', 'Write a note'],
  ['e', 'Edit the claim’s wording'],
  ['/', 'Search claims'],
  ['Esc', 'Back to the claim list'],
  ['Ctrl/⌘ Z', 'Undo the last change (says which claims, and selects them)'],
  ['Ctrl/⌘ Shift Z', 'Redo'],
  ['?', 'Show this list']
]

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

function focusList(desk: Desk): void {
  const row = desk.claimId ? document.querySelector<HTMLElement>(`[data-claim="${CSS.escape(desk.claimId)}"]`) : null
  ;(row ?? document.querySelector<HTMLElement>('#claim-list'))?.focus()
}

/** Returns whether the key was a desk shortcut (and so should not reach the page). */
export function handleKey(desk: Desk, event: KeyboardEvent): boolean {
  const typing = isTyping(event.target)
  if (event.key === 'Escape') {
    if (desk.overlay) desk.overlay = null
    else if (typing) (event.target as HTMLElement).blur()
    focusList(desk)
    return true
  }
  if (desk.view !== 'desk' || desk.status !== 'ready' || desk.overlay || typing) return false
  const mod = event.ctrlKey || event.metaKey
  if (mod && event.key.toLowerCase() === 'z') {
    void (event.shiftKey ? desk.redo() : desk.undo())
    return true
  }
  if (mod && event.key.toLowerCase() === 'y') return (void desk.redo(), true)
  if (event.altKey || mod) return false
  const id = desk.claimId
  const targets = desk.marked.size > 0 ? [...desk.marked] : id ? [id] : []
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      desk.move(1)
      break
    case 'k':
    case 'ArrowUp':
      desk.move(-1)
      break
    case '0':
    case '1':
    case '2':
    case '3': {
      const verdict = event.key === '0' ? 'unreviewed' : VERDICT_KEYS[event.key]!
      if (targets.length === 1) void desk.setVerdict(targets[0]!, verdict)
      else if (targets.length > 1) void desk.bulk(targets, { verdict })
      break
    }
    case 'x':
      if (id) desk.toggleMark(id)
      break
    case 'n':
    case 'e':
      if (!id) return false
      desk.focusRequest = { field: event.key === 'n' ? 'note' : 'edit', n: desk.focusRequest.n + 1 }
      break
    case '/':
      document.querySelector<HTMLInputElement>('#desk-search')?.focus()
      break
    case '?':
      desk.overlay = 'shortcuts'
      break
    default:
      return false
  }
  return true
}
