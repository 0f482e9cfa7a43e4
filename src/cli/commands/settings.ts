/**
 * `settings`: the newsroom a brief is published under, as the desk's Settings
 * dialog sets it: the organisation, the URL its fact-checks are published at,
 * and the editor who signs. Without options it prints them (and what a
 * ClaimReview export would lack); with options it records them.
 */
import { claimReviewGaps, newsroomUrlProblem } from '../../core/brief/newsroom'
import { UserError } from '../../core/errors'
import type { Settings } from '../../core/model'
import { noPositionals, parse } from '../args'
import type { Command, CommandContext } from '../io'
import { chooseStore, STORE_OPTION, withStore } from '../store'

/** Option → setting. An empty value ("") clears a setting. */
const OPTIONS = { organisation: 'organisation', url: 'url', editor: 'editorName' } as const satisfies Record<string, keyof Settings>

export const settings: Command = async (args, ctx) => {
  const { values, positionals } = parse('settings', args, {
    ...STORE_OPTION,
    organisation: { type: 'string' },
    url: { type: 'string' },
    editor: { type: 'string' }
  })
  noPositionals('settings', positionals)
  const patch: Partial<Settings> = {}
  for (const [option, key] of Object.entries(OPTIONS)) {
    const value = values[option as keyof typeof OPTIONS]
    if (value !== undefined) patch[key] = value.trim()
  }
  const problem = patch.url === undefined ? null : newsroomUrlProblem(patch.url)
  if (problem) throw new UserError(`--url: ${problem}`)
  const changing = Object.keys(patch).length > 0
  await withStore(chooseStore(values.store, ctx), ctx, changing ? 'write' : 'read', async (store) => {
    const data = changing ? await store.update((d) => ({ ...d, settings: { ...d.settings, ...patch } })) : store.data
    print(ctx, data.settings)
  })
}

function print(ctx: CommandContext, s: Settings): void {
  const shown = (v: string): string => v.trim() || '(not set)'
  ctx.out(`organisation  ${shown(s.organisation)}`)
  ctx.out(`url           ${shown(s.url)}`)
  ctx.out(`editor        ${shown(s.editorName)}`)
  const gaps = claimReviewGaps(s)
  if (gaps.length > 0) ctx.out(`ClaimReview exports will lack ${gaps.join('; and ')}.`)
}
