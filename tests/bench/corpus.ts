/**
 * A synthetic newsroom corpus made deterministically from the seed reports:
 * the same kinds of text, with names, numbers, outlets and paragraph order
 * varied, so that clustering meets many near-duplicates and many distinct
 * claims, as on a running story.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ReportInput } from '../../src/core/ingest'

const PEOPLE: [string, string][] = [
  ['Jens Stoltenberg', 'Stoltenberg'],
  ['Sergei Lavrov', 'Lavrov'],
  ['Vladimir Putin', 'Putin'],
  ['Olaf Scholz', 'Scholz'],
  ['Boris Johnson', 'Johnson'],
  ['Gabriel Attal', 'Attal'],
  ['Dmitro Kuleba', 'Kuleba'],
  ['Julianne Smith', 'Smith'],
  ['Annalena Baerbock', 'Baerbock'],
  ['Antony Blinken', 'Blinken'],
  ['Josep Borrell', 'Borrell'],
  ['Liz Truss', 'Truss'],
  ['Emmanuel Macron', 'Macron'],
  ['Mario Draghi', 'Draghi'],
  ['Ursula von der Leyen', 'von der Leyen'],
  ['Pedro Sánchez', 'Sánchez']
]
const OUTLETS = ['AFP', 'Reuters', 'AP', 'EFE', 'Ansa', 'DPA', 'Kyodo', 'PAP', 'BTA', 'TASS', 'Xinhua', 'UNIAN']
const PLACES = ['Brussels', 'Kyiv', 'Moscow', 'Warsaw', 'Vilnius', 'Riga', 'Tallinn', 'Bucharest', 'Berlin', 'Paris']

/** mulberry32 */
function rng(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function readSeeds(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(seedsDir, n), 'utf8'))
}

export function syntheticCorpus(seeds: string[], count: number, seed = 2022): ReportInput[] {
  const next = rng(seed)
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!
  return Array.from({ length: count }, (_, i) => {
    const base = seeds[i % seeds.length]!
    const [fromFull, fromShort] = pick(PEOPLE.slice(0, 8))
    const [toFull, toShort] = pick(PEOPLE)
    const paragraphs = base.split(/\n+/)
    // Keep the lead paragraph; shuffle a few of the rest.
    for (let k = paragraphs.length - 1; k > 1; k--) {
      if (next() < 0.3) {
        const j = 1 + Math.floor(next() * k)
        ;[paragraphs[k], paragraphs[j]] = [paragraphs[j]!, paragraphs[k]!]
      }
    }
    const scale = 1 + Math.floor(next() * 9)
    const text = paragraphs
      .join('\n\n')
      .replaceAll(fromFull, toFull)
      .replaceAll(fromShort, toShort)
      .replace(/(?<![-\d,])\b(\d{1,3}(?:,\d{3})+|\d+)\b(?![-\d])/g, (n) => {
        const value = Number(n.replaceAll(',', ''))
        const isYear = value >= 1900 && value <= 2100
        return isYear || next() < 0.5 ? n : String(value * scale)
      })
      .replaceAll('Brussels', pick(PLACES))
    return { file: `synthetic-${String(i).padStart(5, '0')}.txt`, content: `${text}\n\n* With ${pick(OUTLETS)} and ${pick(OUTLETS)} (${i})\n` }
  })
}
