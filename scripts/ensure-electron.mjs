#!/usr/bin/env node
/**
 * Runs before `npm start`, `npm run dev` and `npm run package`: installs Electron's
 * binary with Electron's own installer (node_modules/electron/install.js, the
 * `install-electron` bin) when it is missing, then lets the command go on.
 *
 * Electron 45 no longer downloads its binary at `npm install`, only on the first
 * `require('electron')`, and electron-vite never makes one: it reads
 * node_modules/electron/path.txt and stops with "Electron uninstall" without it.
 * A failed download ends here with one line saying what failed and what to try.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const { version } = require('electron/package.json')

/** What electron-vite needs: path.txt naming an executable that is there under dist/. */
function installed() {
  try {
    const executable = readFileSync(join(electronDir, 'path.txt'), 'utf8')
    return executable !== '' && existsSync(join(electronDir, 'dist', executable))
  } catch {
    return false
  }
}

/** The installer prints an error's stack; its first line says what went wrong. */
function reasonFrom(stderr) {
  const lines = stderr.split('\n').map((line) => line.trim())
  const line = lines.find((l) => /^\w*(Error|Exception)\b/.test(l)) ?? lines.find((l) => l !== '') ?? 'no reason given'
  // fetch() reports any connection failure (refused, DNS, TLS) as just "fetch failed".
  return /fetch failed/.test(line) ? 'no connection to the server' : line.replace(/^\w*Error: /, '')
}

if (!installed()) {
  // Where @electron/get downloads from: npm config, then the environment, then GitHub.
  const mirror = process.env.npm_config_electron_mirror || process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/download/'
  console.log(`Downloading Electron ${version} (once) from ${mirror}`)
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8'
  })
  if (install.status !== 0 || !installed()) {
    const reason = install.error ? install.error.message : reasonFrom(install.stderr ?? '')
    console.error(
      `factdesk: could not download Electron ${version} from ${mirror} (${reason}). ` +
        'Check the network connection or proxy (HTTPS_PROXY with ELECTRON_GET_USE_PROXY=1), ' +
        'or set ELECTRON_MIRROR to a mirror you can reach, then run the command again.'
    )
    process.exit(1)
  }
}
