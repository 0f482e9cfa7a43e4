import { writeFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { renderBrief, type BriefTextFormat } from '../../core/brief'
import { UserError } from '../../core/errors'
import { noPositionals, nonEmpty, parse } from '../args'
import type { Command } from '../io'
import { chooseStore, STORE_OPTION, withStore } from '../store'

export const brief: Command = async (args, ctx) => {
  const { values, positionals } = parse('brief', args, {
    ...STORE_OPTION,
    format: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string' },
    'include-unreviewed': { type: 'boolean' }
  })
  noPositionals('brief', positionals)
  const out = nonEmpty('out', values.out)
  const format = formatOf(values.format, out)
  const title = nonEmpty('title', values.title)
  const { data } = await withStore(chooseStore(values.store, ctx), ctx, 'read', async (store) => store)
  const content = renderBrief(data, format, { includeUnreviewed: values['include-unreviewed'] ?? false, title }, ctx.now())
  if (out === undefined) {
    ctx.io.stdout.write(content)
    return
  }
  const path = resolve(out)
  try {
    await writeFile(path, content, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message
    throw new UserError(`cannot write the brief to ${path}: ${why}`, 'io')
  }
  ctx.out(path)
}

/** --format wins; otherwise the --out extension decides; Markdown by default. */
function formatOf(format: string | undefined, out: string | undefined): BriefTextFormat {
  const word = format ?? (out && /^\.html?$/i.test(extname(out)) ? 'html' : 'md')
  if (word === 'md' || word === 'markdown') return 'md'
  if (word === 'html') return 'html'
  throw new UserError(`unknown format "${word}" (expected md or html)`)
}
