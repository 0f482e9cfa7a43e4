import { isUserError } from '../core/errors'
import { fileProblem, isFileProblem } from '../core/store/fileErrors'
import { scrub, secretsOf } from '../core/store/team/connection'
import { claims } from './commands/claims'
import { extract } from './commands/extract'
import { help } from './commands/help'
import { history } from './commands/history'
import { importCommand } from './commands/import'
import { restore } from './commands/restore'
import { remove } from './commands/remove'
import { reports } from './commands/reports'
import { settings } from './commands/settings'
import { stories } from './commands/stories'
import { team } from './commands/team'
import { verdict } from './commands/verdict'
import { CLI } from './name'
import type { CliIo, Command, CommandContext } from './io'
import { terminalSafe } from './terminal'

/** The brief loads its renderers (docx, PDF) only when asked for: every other command starts faster. */
const brief: Command = async (args, ctx) => (await import('./commands/brief')).brief(args, ctx)

const COMMANDS: Record<string, Command> = { extract, import: importCommand, claims, reports, remove, stories, verdict, history, brief, settings, restore, team, help }

/** The whole CLI as a function: 0 on success, 2 for the user's mistakes, 1 for bugs. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // One place where output meets the terminal: nothing printed can carry control characters.
  const io: CliIo = {
    ...rawIo,
    stdout: { write: (chunk) => rawIo.stdout.write(terminalSafe(chunk)) },
    stderr: { write: (chunk) => rawIo.stderr.write(terminalSafe(chunk)) }
  }
  const ctx: CommandContext = {
    io,
    now: io.now ?? (() => new Date()),
    out: (line = '') => io.stdout.write(`${line}\n`)
  }
  // A team database's password, given in a URL argument, never reaches the terminal, whatever failed.
  const secrets = argv.flatMap((arg) => secretsOf(arg.replace(/^--[a-z]+=/, '')))
  const fail = (message: string, code: number): number => {
    io.stderr.write(`factdesk: ${scrub(message, secrets).replace(/\s*\n\s*/g, ' ')}\n`)
    return code
  }
  const [name, ...args] = argv
  if (name === undefined) return fail(`missing command (run "${CLI} help" for usage)`, 2)
  const wantsHelp = name === '--help' || name === '-h' || args.includes('--help') || args.includes('-h')
  const command = wantsHelp ? help : COMMANDS[name]
  if (!command || !Object.hasOwn(COMMANDS, wantsHelp ? 'help' : name)) {
    return fail(`unknown command "${name}" (expected ${Object.keys(COMMANDS).join(', ')})`, 2)
  }
  try {
    await command(args, ctx)
    return 0
  } catch (error) {
    if (isUserError(error)) return fail(error.message, 2)
    // A full disk, a permission, a read-only file system: the user's to fix, named by path.
    if (isFileProblem(error)) return fail((fileProblem(error, 'complete the command') as Error).message, 2)
    // Not the user's fault: say so plainly; the stack is there for whoever debugs it.
    if (io.env?.FACTDESK_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`)
    return fail(`internal error: ${error instanceof Error ? error.message : String(error)}`, 1)
  }
}
