import { UserError } from '../../core/errors'
import { isTeamUrl } from '../../core/store/team/connection'
import { nonEmpty, parse } from '../args'
import type { Command } from '../io'
import { chooseStore, STORE_OPTION, withStore } from '../store'

/**
 * `team push --store FILE --to URL`: moves a local story into an empty team
 * database in one transaction — reports, claims, reviews (each with its own
 * history of who set what), exported briefs, the story's name and newsroom.
 * The file is only read; the team log starts with the push, signed by the role.
 */
export const team: Command = async (args, ctx) => {
  const [action, ...rest] = args
  if (action !== 'push') throw new UserError(`unknown team action "${action ?? ''}" (expected: team push --store FILE --to URL)`)
  const { values, positionals } = parse('team push', rest, { ...STORE_OPTION, to: { type: 'string' } })
  if (positionals.length > 0) throw new UserError(`unexpected argument "${positionals[0]}" for "team push"`)
  const to = nonEmpty('to', values.to)
  if (to === undefined) throw new UserError('missing --to URL (usage: factdesk team push --store FILE --to postgresql://ROLE@HOST/DATABASE)')
  if (!isTeamUrl(to)) throw new UserError(`--to needs a postgresql:// URL, not "${to}"`)
  const from = chooseStore(values.store, ctx)
  if (from.isTeam) throw new UserError('--store names the story to push: a store file, not a team database')
  const local = await withStore(from, ctx, 'read', async (store) => store.data)
  await withStore(chooseStore(to, ctx), ctx, 'write', async (teamStore) => {
    const there = teamStore.data
    if (there.reports.length > 0 || there.claims.length > 0) {
      throw new UserError(`the team database ${teamStore.path} already holds a story (${there.reports.length} reports); push into an empty database. Nothing was pushed.`)
    }
    await teamStore.update((d) => ({
      ...d,
      reports: local.reports,
      claims: local.claims,
      reviews: local.reviews,
      briefVersions: local.briefVersions,
      story: local.story,
      settings: { ...d.settings, organisation: local.settings.organisation, url: local.settings.url }
    }))
    const reviewed = Object.values(local.reviews).filter((r) => r.verdict !== 'unreviewed').length
    ctx.out(`pushed ${local.reports.length} reports, ${local.claims.length} claims and ${reviewed} verdicts from ${from.path} → ${teamStore.path}`)
  })
}
