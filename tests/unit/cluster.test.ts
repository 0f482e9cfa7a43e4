/**
 * Matching on copy written for these tests: the same fact told in different
 * words, figures and dates written differently, and the cases that must stay
 * apart. The seeds are checked too, as a regression.
 */
import { describe, expect, it } from 'vitest'
import { clusterClaims } from '../../src/core/cluster'
import { analyseReports } from '../../src/core/pipeline'
import type { Claim, ClaimDraft } from '../../src/core/model'
import { claimOf, NOW } from './seedsHelper'

/** Reports of one invented story (a flooded rail line), each a list of paragraphs. */
function story(...reports: string[][]): Claim[] {
  return analyseReports(
    reports.map((paragraphs, i) => ({ file: `r${i}.txt`, content: paragraphs.join('\n\n') })),
    NOW
  ).claims
}
const find = (claims: Claim[], words: string): Claim => {
  const c = claims.find((x) => x.text.includes(words))
  if (!c) throw new Error(`no claim contains "${words}"`)
  return c
}

const background = [
  'The line between Orvik and Salten carries about 9,000 commuters a day.',
  'Its stations were rebuilt in 2019 after a fire at the depot.',
  'Union leaders have long warned that the drainage under the embankment was failing.'
]

describe('the same fact, told differently', () => {
  const claims = story(
    [
      'Flooding closed the Orvik–Salten rail line on Tuesday.',
      'Regional rail operator Nordbane said the line would stay shut for two weeks while engineers rebuild the embankment.',
      'Flags flew at half-mast at Marnes station for the driver who died when his train left the tracks.',
      'Transport minister Elif Sand announced 12 million euros for repairs.',
      ...background
    ],
    [
      'Floods shut the Orvik–Salten railway on Tuesday.',
      'The line will remain closed for 14 days as the embankment is rebuilt, operator Nordbane said.',
      'At Marnes station flags were at half-staff for the train driver killed in the derailment.',
      'Minister Elif Sand promised twelve million euros to repair the line.',
      'Nordbane said 400 passengers were on the train; police said 380.'
    ]
  )

  it('paraphrases of one fact share a cluster', () => {
    expect(find(claims, 'Floods shut the Orvik').clusterId).toBe(find(claims, 'Flooding closed the Orvik').clusterId)
  })

  it('a duration in weeks and in days is one figure', () => {
    expect(find(claims, 'remain closed for 14 days').clusterId).toBe(find(claims, 'stay shut for two weeks').clusterId)
  })

  it('synonyms from WordNet count ("half-mast", "half-staff")', () => {
    expect(find(claims, 'half-staff').clusterId).toBe(find(claims, 'half-mast').clusterId)
  })

  it('a figure in digits and in words is one figure', () => {
    expect(find(claims, 'twelve million euros').clusterId).toBe(find(claims, '12 million euros').clusterId)
  })

  it('different facts of the story stay apart', () => {
    const apart = [
      find(claims, 'half-mast'),
      find(claims, '12 million euros'),
      find(claims, 'stay shut for two weeks'),
      find(claims, '9,000 commuters'),
      find(claims, 'rebuilt in 2019')
    ]
    expect(new Set(apart.map((c) => c.clusterId)).size).toBe(apart.length)
  })
})

describe('what must stay apart', () => {
  it('claims of two different stories never share a cluster', () => {
    const claims = story(
      ['The council approved a budget of 40 million euros for the harbour on Monday.', ...background],
      ['The council approved a budget of 40 million euros for the harbour on Monday, officials said.', ...background],
      [
        'Lisbon’s football club unveiled plans for a stadium costing 40 million euros.',
        'The stadium will seat 50,000 fans when it opens in 2028.',
        'Club president Rui Matos said ticket prices would not rise.'
      ]
    )
    const harbour = claims.filter((c) => c.text.includes('for the harbour'))
    expect(harbour[0]!.clusterId).toBe(harbour[1]!.clusterId)
    expect(find(claims, 'stadium costing').clusterId).not.toBe(harbour[0]!.clusterId)
  })

  it('quotations of two named people are two statements', () => {
    const draft = (id: string, reportId: string, text: string, speaker: string): ClaimDraft => ({
      id,
      reportId,
      text,
      start: 0,
      end: text.length,
      kind: 'quote',
      speaker,
      speakerKind: 'person',
      quoted: [{ start: 0, end: text.length }]
    })
    const out = clusterClaims([
      draft('a-1', 'a', 'We will sign the ceasefire deal next week in Geneva', 'Ann Smith'),
      draft('b-1', 'b', 'We will not sign the ceasefire deal next week in Geneva', 'Bob Jones'),
      draft('c-1', 'c', 'The grain corridor reopened this morning after talks', 'Ann Smith'),
      draft('d-1', 'd', 'Ships are waiting at the mouth of the river for inspectors', 'Carla Diaz')
    ])
    expect(new Set(out.map((c) => c.clusterId)).size).toBe(4)
  })
})

describe('seeds, as a regression', () => {
  it('the "cautious optimism" lines meet, and figures written "more than" and "over" are one', () => {
    const a = claimOf('000', 'This gives reason for cautious optimism.')
    expect(claimOf('002', 'This gives reason for cautious optimism.').clusterId).toBe(a.clusterId)
    expect(claimOf('003', 'some grounds for cautious optimism').clusterId).toBe(a.clusterId)
    expect(claimOf('001', 'over 100,000 troops').clusterId).toBe(claimOf('000', 'more than 100,000 troops').clusterId)
  })
})

describe('clustering at scale', () => {
  it('20,000 claims of 400 reports: every claim clustered, deterministically, named by a member', () => {
    const words = 'army navy border talks troops tanks ships missile summit sanctions gas prices bank vote court ruling strike port rail bridge'.split(' ')
    const big: ClaimDraft[] = []
    let seed = 7
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 12 }, () => words[Math.floor(rnd() * words.length)]!).join(' ') + ` ${i % 500} units w${i % 3000}.`
      big.push({ id: `r${i % 400}-${i}`, reportId: `r${i % 400}`, text, start: 0, end: text.length, kind: 'statement', speaker: null })
    }
    const out = clusterClaims(big)
    expect(out).toHaveLength(20_000)
    const ids = new Set(out.map((c) => c.id))
    for (const c of out) expect(ids.has(c.clusterId.replace(/^k-/, ''))).toBe(true)
  })
})

describe('who says it is not what is said', () => {
  const { claims } = analyseReports(
    [
      { file: 'a.txt', content: 'Mayor Carla Moura said on Monday that the tram line would reopen in March.\n\nMayor Carla Moura said the school budget would double.' },
      { file: 'b.txt', content: 'The school budget will double, Carla Moura, the mayor, said.\n\nHarbour pilots went on strike over pay on Monday.' }
    ],
    NOW
  )
  const find = (words: string): Claim => claims.find((c) => c.text.includes(words))!

  it('matches on what is said, not on the speaker named in both', async () => {
    const { claimFeatures } = await import('../../src/core/cluster/features')
    const tram = claimFeatures(find('tram line'))
    expect([...tram.all].some((f) => f.includes('moura') || f.includes('mayor'))).toBe(false)
    expect(tram.all.has('word:tram')).toBe(true)
    expect(find('tram line').clusterId).not.toBe(find('budget will double').clusterId)
    expect(find('budget would double').clusterId).toBe(find('budget will double').clusterId)
  })
})
