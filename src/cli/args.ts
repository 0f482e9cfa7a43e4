import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UserError } from '../core/errors'
import { CLI } from './name'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * parseArgs in strict mode, with its errors turned into one-line UserErrors
 * (its own messages span lines and suggest `--` tricks that confuse users).
 */
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>

export function parse<O extends Options>(command: string, args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: joinValues(args, options), options, allowPositionals: true, strict: true })
  } catch (error) {
    const code = (error as { code?: string }).code
    const message = (error as Error).message
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? ''
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UserError(`unknown option ${option} for "${command}" (see "${CLI} help")`)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UserError(`option ${option} needs a value`)
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UserError(`unexpected argument for "${command}": ${message.split('\n')[0]}`)
    throw new UserError(message.split('\n')[0] ?? message)
  }
}

/**
 * An option that needs a value takes the next argument even when it begins
 * with "-": `--note "-5% since Monday"` is a note, not an unknown option
 * (parseArgs alone refuses such values). Only another of the command's own
 * options is not taken: `--format --store x` still says --format needs a value.
 */
function joinValues(args: string[], options: Options): string[] {
  const optionName = (arg: string): string | null => (arg.startsWith('--') ? arg.slice(2).split('=')[0]! : null)
  const isOwnOption = (arg: string): boolean => {
    const name = optionName(arg)
    return (name !== null && Object.hasOwn(options, name)) || arg === '-h' || arg === '--help'
  }
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') return [...out, ...args.slice(i)]
    const name = arg.includes('=') ? null : optionName(arg)
    const next = args[i + 1]
    if (name !== null && Object.hasOwn(options, name) && options[name]!.type === 'string' && next !== undefined && !isOwnOption(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else {
      out.push(arg)
    }
  }
  return out
}

export function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) throw new UserError(`unexpected argument "${positionals[0]}" for "${command}"`)
}

/** The option's value when given: rejects `--title ""` and friends. */
export function nonEmpty(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UserError(`option --${name} needs a value`)
  return value
}
