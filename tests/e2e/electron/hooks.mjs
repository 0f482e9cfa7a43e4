/**
 * Module resolution hooks for booting the built main process in the tests
 * (boot.ts registers them): inside out/main, `electron` resolves to the stand-in
 * (electronModule.mjs), and every module of out/main carries its boot's number,
 * so each boot is a fresh main process with module state of its own — its
 * chunks import '../index.js' and must find their own boot's entry.
 */
let outMain = ''
let electronModule = ''

export function initialize(data) {
  outMain = data.outMain
  electronModule = data.electronModule
}

function bootOf(url) {
  if (!url || !url.startsWith(outMain)) return null
  return new URL(url).searchParams.get('boot')
}

export async function resolve(specifier, context, nextResolve) {
  const boot = bootOf(context.parentURL)
  if (boot === null) return nextResolve(specifier, context)
  if (specifier === 'electron') return { url: `${electronModule}?boot=${boot}`, format: 'module', shortCircuit: true }
  const resolved = await nextResolve(specifier, context)
  if (!resolved.url.startsWith(outMain)) return resolved
  return { ...resolved, url: `${resolved.url.split('?')[0]}?boot=${boot}` }
}
