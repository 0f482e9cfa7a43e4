import { existsSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import { BRIEF_EXTENSIONS, recordBriefVersion, renderBriefFile, type BriefFileFormat } from '../../core/brief'
import { UserError } from '../../core/errors'
import { writeFileAtomically } from '../../core/store/atomicWrite'
import { noPositionals, nonEmpty, parse } from '../args'
import type { Command } from '../io'
import { chromiumPdf } from '../pdf'
import { chooseStore, STORE_OPTION, withStore } from '../store'

const FORMATS = Object.keys(BRIEF_EXTENSIONS) as BriefFileFormat[]
const BINARY: BriefFileFormat[] = ['pdf', 'docx']

export const brief: Command = async (args, ctx) => {
  const { values, positionals } = parse('brief', args, {
    ...STORE_OPTION,
    format: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string' },
    lede: { type: 'string' },
    closing: { type: 'string' },
    paper: { type: 'string' },
    'include-unreviewed': { type: 'boolean' }
  })
  noPositionals('brief', positionals)
  const out = nonEmpty('out', values.out)
  const format = formatOf(values.format, out)
  if (out === undefined && BINARY.includes(format)) throw new UserError(`--format ${format} writes a binary file: give --out PATH`)
  const paper = paperOf(values.paper)
  // Fail before opening (and possibly seeding) a store when the file could never be written.
  if (out !== undefined && !existsSync(dirname(resolve(out)))) throw new UserError(`cannot write the brief to ${resolve(out)}: its folder does not exist`, 'io')
  const options = {
    includeUnreviewed: values['include-unreviewed'] ?? false,
    title: nonEmpty('title', values.title),
    lede: nonEmpty('lede', values.lede),
    closing: nonEmpty('closing', values.closing)
  }
  // Writing a file is an export, recorded as a brief version, so the store is opened for writing then.
  await withStore(chooseStore(values.store, ctx), ctx, out === undefined ? 'read' : 'write', async (store) => {
    const now = ctx.now()
    const file = await renderBriefFile(store.data, format, options, now, chromiumPdf(paper))
    if (out === undefined) {
      ctx.io.stdout.write(file.content as string)
      return
    }
    const path = resolve(out)
    // A failed write (a full disk) leaves the previous file at that path whole.
    await writeFileAtomically(path, file.content)
    await store.update((data) => recordBriefVersion(data, { format, title: file.title }, now))
    ctx.out(path)
  })
}

/** --format wins; otherwise the --out extension decides; Markdown by default. */
function formatOf(format: string | undefined, out: string | undefined): BriefFileFormat {
  const ext = out ? extname(out).slice(1).toLowerCase() : ''
  const fromExt = FORMATS.find((f) => BRIEF_EXTENSIONS[f] === ext) ?? (ext === 'htm' ? 'html' : ext === 'json' ? 'claimreview' : undefined)
  const word = format ?? fromExt ?? 'md'
  if (word === 'markdown') return 'md'
  if ((FORMATS as string[]).includes(word)) return word as BriefFileFormat
  throw new UserError(`unknown format "${word}" (expected ${FORMATS.join(', ')})`)
}

function paperOf(paper: string | undefined): 'A4' | 'Letter' {
  if (paper === undefined || /^a4$/i.test(paper)) return 'A4'
  if (/^letter$/i.test(paper)) return 'Letter'
  throw new UserError(`unknown paper "${paper}" (expected a4 or letter)`)
}
