/** Runs the real CLI in a child process, as a user would, with the desk's own store kept inside `configDir`. */
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

export function spawnCli(configDir: string, args: string[]): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // Without --store the CLI uses the desk's own store: keep it in the test's folder.
    env: { ...process.env, XDG_CONFIG_HOME: join(configDir, 'config'), APPDATA: join(configDir, 'config') }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
