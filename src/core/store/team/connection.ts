/**
 * Connection URLs of team databases, and keeping their secrets out of sight:
 * a URL is shown without its password, and every message that leaves the team
 * store (errors, logs) is scrubbed of the password and of any URL's userinfo.
 */
import { UserError } from '../../errors'

const TEAM_URL = /^postgres(?:ql)?:\/\//i

/** Whether a --store value (or a desk's store location) names a PostgreSQL database. */
export function isTeamUrl(location: string): boolean {
  return TEAM_URL.test(location.trim())
}

function parseUrl(url: string): URL {
  try {
    return new URL(url)
  } catch {
    throw new UserError(`${redactUrl(url)} is not a connection URL (expected postgresql://ROLE@HOST:PORT/DATABASE).`, 'invalid-input')
  }
}

/** The URL as it may be shown: user, host, port, database and options, never a password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = ''
    for (const key of [...parsed.searchParams.keys()]) if (/pass|secret|key/i.test(key)) parsed.searchParams.set(key, '***')
    return parsed.toString().replace(/:@/, '@')
  } catch {
    // Not parseable: drop anything between "//" and "@", where a password would be.
    return url.replace(/\/\/[^/@]*@/, '//***@')
  }
}

/** `text` without `secrets` and without the userinfo of any URL in it. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join('***')
  return out.replace(/(postgres(?:ql)?:\/\/[^:/@\s]*):[^@\s]*@/gi, '$1@')
}

/** The password a URL carries, decoded, to be scrubbed from messages (both forms). */
export function secretsOf(url: string): string[] {
  try {
    const raw = new URL(url).password
    return raw ? [raw, decodeURIComponent(raw)] : []
  } catch {
    return []
  }
}

/**
 * The URL pg is given: `sslmode` read as libpq (and psql) read it — `require` encrypts without checking
 * the certificate, `verify-ca` and `verify-full` check it — rather than pg's own stricter reading.
 */
export function withLibpqSsl(url: string): string {
  const parsed = new URL(url)
  if (!parsed.searchParams.has('sslmode') || parsed.searchParams.has('uselibpqcompat')) return url
  parsed.searchParams.set('uselibpqcompat', 'true')
  return parsed.toString()
}

export interface TeamAddress {
  /** The URL to connect with (password included, if given: kept in memory only). */
  url: string
  /** The URL to show. */
  shown: string
  role: string | null
  database: string
}

export function teamAddress(url: string): TeamAddress {
  const parsed = parseUrl(url.trim())
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''))
  if (!database) throw new UserError(`${redactUrl(url)} names no database (expected postgresql://ROLE@HOST:PORT/DATABASE).`, 'invalid-input')
  return { url: url.trim(), shown: redactUrl(url.trim()), role: parsed.username ? decodeURIComponent(parsed.username) : null, database }
}

/** What to tell the editor about a PostgreSQL or network error, by its code (the message itself is scrubbed). */
const HINTS: Record<string, string> = {
  ECONNREFUSED: 'nothing answers there: is the server running, and listening on that host and port?',
  ENOTFOUND: 'that host name is unknown',
  ETIMEDOUT: 'the server did not answer in time',
  ECONNRESET: 'the connection was cut',
  '28P01': 'the password was refused',
  '28000': 'the server does not let this role in from here (pg_hba.conf)',
  '3D000': 'that database does not exist (create it first: createdb)',
  '42501': 'this role lacks a permission it needs on the desk’s tables',
  '57P01': 'the server was shut down',
  '53300': 'the server has no connection slot left'
}

/** A team store failure as a UserError naming the database (without its password) and the cause. */
export function teamProblem(error: unknown, address: TeamAddress, doing: string): UserError {
  if (error instanceof UserError) return new UserError(scrub(error.message, secretsOf(address.url)), error.code)
  const code = (error as { code?: string }).code ?? ''
  const message = scrub(error instanceof Error ? error.message : String(error), secretsOf(address.url))
  const hint = HINTS[code]
  return new UserError(`Could not ${doing} on the team database ${address.shown}: ${hint ? `${hint} (${message})` : message}.`, 'store')
}
