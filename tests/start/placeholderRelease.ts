/**
 * A placeholder Electron release on loopback, laid out as Electron's mirror is
 * (`v<version>/electron-v<version>-linux-x64.zip` and `v<version>/SHASUMS256.txt`).
 * Its `electron` is a shell script that writes its working directory and
 * arguments to $FACTDESK_LAUNCH_RECORD and exits: proof of what was launched.
 */
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { strToU8, zipSync } from 'fflate'

export const LAUNCH_RECORD_VAR = 'FACTDESK_LAUNCH_RECORD'

const PLACEHOLDER = `#!/bin/sh
# Placeholder Electron for factdesk's start test: records how it was launched.
{ pwd; for arg in "$@"; do printf '%s\\n' "$arg"; done; } > "$${LAUNCH_RECORD_VAR}"
`

/** Unix file mode in the zip entry's external attributes, as Electron's own zips carry it. */
const unixMode = (mode: number) => ({ os: 3, attrs: ((0o100000 | mode) << 16) >>> 0 })

export function placeholderZip(version: string): Uint8Array {
  return zipSync({
    electron: [strToU8(PLACEHOLDER), unixMode(0o755)],
    version: [strToU8(version), unixMode(0o644)]
  })
}

export interface Mirror {
  /** The ELECTRON_MIRROR value: http://127.0.0.1:PORT/ */
  url: string
  /** Paths requested so far, in order. */
  requests: string[]
  close(): Promise<void>
}

/** Serves the placeholder release; with `broken`, every request gets 404, as a mirror without this version would. */
export async function serveMirror(version: string, { broken = false } = {}): Promise<Mirror> {
  const zipName = `electron-v${version}-linux-x64.zip`
  const zip = placeholderZip(version)
  const files = new Map<string, Uint8Array | string>([
    [`/v${version}/${zipName}`, zip],
    [`/v${version}/SHASUMS256.txt`, `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`]
  ])
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    requests.push(path)
    const body = broken ? undefined : files.get(path)
    if (body === undefined) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-length': Buffer.byteLength(body) }).end(body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((done) => server.close(() => done()))
  }
}
