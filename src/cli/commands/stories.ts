import { appUserDataDir } from '../../core/store/files'
import { readRecentStories } from '../../core/store/stories'
import { noPositionals, parse } from '../args'
import type { Command } from '../io'

/** The stories the desk opened recently, newest first: each is its own store, for --store. */
export const stories: Command = async (args, ctx) => {
  const { values, positionals } = parse('stories', args, { json: { type: 'boolean' } })
  noPositionals('stories', positionals)
  const recent = await readRecentStories(appUserDataDir({ ...(ctx.io.env ?? process.env) }))
  if (values.json) return void ctx.out(JSON.stringify(recent, null, 2))
  if (recent.length === 0) return void ctx.out('No stories opened yet: the desk lists each story here once it has been opened.')
  for (const story of recent) ctx.out(`${story.name}\n    --store ${story.path}   (opened ${story.openedAt})`)
}
