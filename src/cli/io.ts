/** What a command needs from the outside world, so tests can run the CLI in-process. */
export interface Writable {
  write(chunk: string): unknown
}

export interface CliIo {
  stdout: Writable
  stderr: Writable
  env?: Record<string, string | undefined>
  /** The clock; tests pin it. */
  now?: () => Date
}

export interface CommandContext {
  io: CliIo
  now: () => Date
  out(line?: string): void
}

export type Command = (args: string[], ctx: CommandContext) => Promise<void>
