/** Runs the real CLI in a child process, as a user would, with the desk's own store kept inside `configDir`. */
import { spawn, spawnSync } from 'node:child_process'
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

/** As spawnCli, without blocking this process: for tests that serve pages the CLI fetches (on loopback). */
export function spawnCliAsync(configDir: string, args: string[]): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, XDG_CONFIG_HOME: join(configDir, 'config'), APPDATA: join(configDir, 'config') }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }))
  })
}
