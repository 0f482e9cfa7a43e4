/**
 * Fetching one web page for the desk, bounded in every way a page can hang or
 * flood it: http and https only, a time limit for the whole fetch, a size
 * limit on the bytes received (after decompression, so a compressed bomb is
 * cut off too), a bounded number of redirects with loops named as such, and
 * no cookies (none sent, none kept). A failure is a UserError saying what the
 * page did: its status, the time-out, the loop, the size.
 */
import { createHash } from 'node:crypto'
import { UserError } from '../errors'
import type { ReadableStreamDefaultReader } from 'node:stream/web'

export interface FetchLimits {
  /** The whole fetch, redirects included. */
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
}

export const FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 }

export interface FetchedPage {
  /** The address asked for, and the one that answered after redirects. */
  url: string
  finalUrl: string
  status: number
  contentType: string
  bytes: Uint8Array
  sha256: string
  fetchedAt: string
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** The address as a URL, or a UserError: only http and https pages are fetched. */
export function webAddress(input: string): URL {
  const raw = input.trim()
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new UserError(`"${raw}" is not a web address: give the whole address, starting with https://`, 'invalid-input')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`${raw} is not a web page: only http and https addresses can be imported.`, 'invalid-input')
  }
  if (url.username || url.password) throw new UserError(`${raw} has a user name or password in it: give the page's address without them.`, 'invalid-input')
  url.hash = ''
  return url
}

const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`

async function readBody(response: Response, url: string, limits: FetchLimits): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    throw new UserError(`${url} is too large: it announces ${mb(declared)}, and pages over ${mb(limits.maxBytes)} are not fetched.`, 'invalid-input')
  }
  const chunks: Uint8Array[] = []
  let total = 0
  // Node types the body's chunks as any; fetch delivers bytes.
  const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array> | undefined
  if (!reader) return new Uint8Array()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limits.maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new UserError(`${url} is too large: it sent more than ${mb(limits.maxBytes)}, so the fetch was stopped.`, 'invalid-input')
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}

function networkProblem(error: unknown, url: string, limits: FetchLimits): UserError {
  if (error instanceof UserError) return error
  const name = (error as Error).name
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new UserError(`${url} did not answer within ${Math.round(limits.timeoutMs / 100) / 10} s, so the fetch was stopped.`, 'io')
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const why =
    cause?.code === 'ENOTFOUND'
      ? 'its host name was not found'
      : cause?.code === 'ECONNREFUSED'
        ? 'the connection was refused'
        : (cause?.message ?? (error as Error).message)
  return new UserError(`${url} could not be fetched: ${why}.`, 'io')
}

/** Fetches `address` within `limits`; see the module comment for what is refused. */
export async function fetchPage(address: string, limits: FetchLimits = FETCH_LIMITS, now: () => Date = () => new Date()): Promise<FetchedPage> {
  const start = webAddress(address)
  const signal = AbortSignal.timeout(limits.timeoutMs)
  const seen = new Set<string>([start.href])
  let url = start
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        credentials: 'omit',
        headers: { accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5', 'user-agent': 'factdesk/0.1 (fact-check archive)' }
      })
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => undefined)
        const location = response.headers.get('location')
        if (!location) throw new UserError(`${url.href} answered with a redirect (${response.status}) that names no page.`, 'io')
        const next = webAddress(new URL(location, url).href)
        if (seen.has(next.href)) throw new UserError(`${start.href} redirects in a loop (back to ${next.href}), so it was not fetched.`, 'io')
        if (hop + 1 > limits.maxRedirects) throw new UserError(`${start.href} redirected more than ${limits.maxRedirects} times, so it was not fetched.`, 'io')
        seen.add(next.href)
        url = next
        continue
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined)
        const text = response.statusText ? ` ${response.statusText}` : ''
        throw new UserError(`${url.href} answered ${response.status}${text}: there is no page to import there.`, 'io')
      }
      const bytes = await readBody(response, url.href, limits)
      return {
        url: start.href,
        finalUrl: url.href,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        fetchedAt: now().toISOString()
      }
    }
  } catch (error) {
    throw networkProblem(error, url.href, limits)
  }
}
