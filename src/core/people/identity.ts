/**
 * Whether two written names can be one person: their tokens folded (no accents,
 * no case) and honorifics before the name left out, so "Sheikh Mohammed bin
 * Zayed" and "Mohammed Bin Zayed" both read [mohammed bin zayed]. A shorter
 * name is the same person as a longer one when its tokens appear in the longer
 * one in order ("Da Silva" and "Lula da Silva" in "Luiz Inácio Lula da Silva");
 * a particle inside the shorter name may be missing from the longer ("Mohammed
 * bin Zayed", "Mohammed Zayed Al Nahyan"), but not one it starts with: "Ben
 * Morse" is not "Samuel Morse". An initial stands for any name it begins ("J.
 * Smith").
 */
import { honorifics, nameParticles } from '../lexicon'

const folded = new Map<string, string>()

/** Lowercase, no accents, one apostrophe, single spaces. Remembered: names and roles repeat across reports. */
export function foldName(s: string): string {
  let f = folded.get(s)
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear()
    f = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
    folded.set(s, f)
  }
  return f
}

export function nameTokens(name: string): string[] {
  const words = foldName(name)
    .replace(/'s$/, '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
  let i = 0
  while (i < words.length - 1 && honorifics().has(words[i]!)) i++
  return words.slice(i)
}

function sameToken(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))
}

/** `short`'s tokens appear in `long`, in order; particles after its first token may be missing there. */
export function within(short: readonly string[], long: readonly string[]): boolean {
  const needed = short.filter((t, i) => i === 0 || !nameParticles().has(t) || long.includes(t))
  let j = 0
  for (const t of long) if (j < needed.length && sameToken(needed[j]!, t)) j++
  return j === needed.length
}
