/**
 * A throwaway PostgreSQL cluster for the team-desk tests: Debian's postgresql
 * binaries, a data folder in the OS temp dir, listening on loopback only, on a
 * free port. initdb refuses to run as root, so as root it runs as `postgres`.
 * Passwords are required over TCP (scram), so the tests see real credentials
 * handled; the admin connects over the cluster's own socket folder.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

/** Debian's newest installed PostgreSQL (15 on Debian 12), or FACTDESK_PG_BIN. */
function binaries(): string {
  if (process.env.FACTDESK_PG_BIN) return process.env.FACTDESK_PG_BIN
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)) : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0] ?? '15'
  return `/usr/lib/postgresql/${newest}/bin`
}
const BIN = binaries()

/** Why the tests cannot run here, or null when they can. */
export function pgMissing(): string | null {
  return existsSync(join(BIN, 'initdb')) && existsSync(join(BIN, 'pg_ctl'))
    ? null
    : `PostgreSQL's binaries are not in ${BIN} (apt-get install -y postgresql, or set FACTDESK_PG_BIN): the team-desk tests are skipped`
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

const isRoot = process.getuid?.() === 0

function runAsOwner(command: string, args: string[]): void {
  const r = isRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr || r.stdout}`)
}

export const ADMIN_PASSWORD = 'admin-secret-pw'

export interface PgCluster {
  port: number
  dir: string
  /** A URL for `role` on `database` (with its password). */
  url(role: string, password: string, database?: string): string
  admin(database?: string): pg.Client
  /** Runs SQL as the superuser; its rows. */
  sql<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, database?: string): Promise<R[]>
  /** A new database, empty (each test gets its own). */
  createDatabase(name: string): Promise<void>
  /** A login role with a password (an editor). */
  createRole(role: string, password: string): Promise<void>
  stop(mode?: 'fast' | 'immediate'): void
  start(): void
  destroy(): void
}

export interface ClusterOptions {
  /** Serve TLS with a self-signed certificate for 127.0.0.1 (its path: `certificate`). */
  tls?: boolean
}

export async function startCluster(clusterOptions: ClusterOptions = {}): Promise<PgCluster & { certificate: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-pg-'))
  const data = join(dir, 'data')
  const pwfile = join(dir, 'pw')
  writeFileSync(pwfile, ADMIN_PASSWORD)
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
    chownSync(dir, uid, gid)
    chownSync(pwfile, uid, gid)
  }
  chmodSync(dir, 0o700)
  runAsOwner(join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-sync'])
  const port = await freePort()
  const certificate = join(dir, 'server.crt')
  let tls = ''
  if (clusterOptions.tls) {
    const key = join(dir, 'server.key')
    runAsOwner('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      certificate
    ])
    tls = ` -c ssl=on -c ssl_cert_file=${certificate} -c ssl_key_file=${key}`
  }
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200${tls}`
  const start = (): void => runAsOwner(join(BIN, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start'])
  start()
  const admin = (database = 'postgres'): pg.Client => new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: ADMIN_PASSWORD, database })
  const sql = async <R extends pg.QueryResultRow>(text: string, database?: string): Promise<R[]> => {
    const client = admin(database)
    await client.connect()
    try {
      return (await client.query<R>(text)).rows
    } finally {
      await client.end()
    }
  }
  return {
    port,
    dir,
    certificate,
    url: (role, password, database = 'desk') => `postgresql://${encodeURIComponent(role)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    admin,
    sql,
    createDatabase: async (name) => void (await sql(`CREATE DATABASE "${name}"`)),
    createRole: async (role, password) => void (await sql(`CREATE ROLE "${role}" LOGIN PASSWORD '${password}'`)),
    stop: (mode = 'fast') => runAsOwner(join(BIN, 'pg_ctl'), ['-D', data, '-m', mode, '-w', 'stop']),
    start,
    destroy: () => {
      spawnSync(
        isRoot ? 'su' : join(BIN, 'pg_ctl'),
        isRoot ? ['postgres', '-s', '/bin/sh', '-c', `${join(BIN, 'pg_ctl')} -D '${data}' -m immediate -w stop`] : ['-D', data, '-m', 'immediate', '-w', 'stop']
      )
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
