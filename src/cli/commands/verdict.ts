import { commitEdit } from '../../core/changes/commit'
import { UserError } from '../../core/errors'
import { reviewOf, VERDICTS, type ReviewState } from '../../core/model'
import { applyReview } from '../../core/review/review'
import { nonEmpty, parse } from '../args'
import type { Command } from '../io'
import { CLI } from '../name'
import { chooseStore, STORE_OPTION, withStore } from '../store'

/** `clear` (or `unreviewed`) withdraws a verdict; the history keeps the old one. */
export function parseVerdict(word: string): ReviewState {
  const w = word.toLowerCase()
  if ((VERDICTS as readonly string[]).includes(w)) return w as ReviewState
  if (w === 'clear' || w === 'unreviewed') return 'unreviewed'
  throw new UserError(`unknown verdict "${word}" (expected verified, disputed or unconfirmed; "clear" removes a verdict)`)
}

export const verdict: Command = async (args, ctx) => {
  const { values, positionals } = parse('verdict', args, {
    ...STORE_OPTION,
    note: { type: 'string' },
    editor: { type: 'string' }
  })
  const [claimId, word, ...extra] = positionals
  if (!claimId) throw new UserError(`missing claim id (usage: ${CLI} verdict CLAIM_ID verified|disputed|unconfirmed [--note TEXT])`)
  if (!word) throw new UserError(`missing verdict for claim "${claimId}" (expected verified, disputed or unconfirmed)`)
  if (extra.length > 0) throw new UserError(`unexpected argument "${extra[0]}" for "verdict" (quote a note with --note "…")`)
  const state = parseVerdict(word)
  const editor = nonEmpty('editor', values.editor)
  const choice = chooseStore(values.store, ctx)

  await withStore(choice, ctx, 'write', async (store) => {
    if (!store.data.claims.some((c) => c.id === claimId)) {
      throw new UserError(`unknown claim id "${claimId}" (list them with "${CLI} claims")`, 'not-found')
    }
    // On a team database, reviews are signed by the PostgreSQL role (its name is the store's editor name).
    if (choice.isTeam && editor !== undefined && editor !== store.data.settings.editorName) {
      throw new UserError(`on a team database your reviews are signed by your PostgreSQL role (${store.data.settings.editorName}); connect as ${editor} to sign as them`)
    }
    // Recorded in the change log like the desk's verdicts: in the claim's history, undoable on the desk.
    const { data, change } = await commitEdit(
      store,
      'verdict',
      (d) => ({ data: applyReview(d, { claimId, verdict: state, note: values.note, editor }, ctx.now()) }),
      ctx.now(),
      editor
    )
    const review = reviewOf(data, claimId)
    const what = `${claimId}: ${review.verdict}${review.note ? ` — note: ${review.note}` : ''}`
    ctx.out(change === null ? `unchanged  ${what}` : `recorded   ${what}`)
  })
}
