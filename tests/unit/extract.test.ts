import { describe, expect, it } from 'vitest'
import { extractClaims, sentences } from '../../src/core/extract'
import { ingestReport } from '../../src/core/ingest'
import { seedInputs } from './seedsHelper'
import type { ClaimDraft, Report } from '../../src/core/model'
import { reportFixture } from '../fixtures/reports'

const AT = '2022-02-16T00:00:00.000Z'
const reports = seedInputs.map((input) => ingestReport(input, AT))
const bySeed = (prefix: string): Report => reports.find((r) => r.file.startsWith(prefix))!
const claimsOf = (prefix: string): ClaimDraft[] => extractClaims(bySeed(prefix))
const find = (prefix: string, needle: string): ClaimDraft => {
  const claim = claimsOf(prefix).find((c) => c.text.includes(needle))
  if (!claim) throw new Error(`no claim in ${prefix} contains "${needle}"`)
  return claim
}

describe('extract on the seeds', () => {
  it('offsets always slice the claim text back out of report.text', () => {
    for (const report of reports) {
      const claims = extractClaims(report)
      expect(claims.length).toBeGreaterThan(5)
      claims.forEach((c, i) => {
        expect(report.text.slice(c.start, c.end)).toBe(c.text)
        expect(c.id).toBe(`${report.id}-${i + 1}`)
        expect(c.reportId).toBe(report.id)
        if (i > 0) expect(c.start).toBeGreaterThanOrEqual(claims[i - 1]!.end)
      })
    }
  })

  it('is idempotent', () => {
    for (const report of reports) expect(extractClaims(report)).toEqual(extractClaims({ ...report }))
  })

  it('splits glued sentences without breaking offsets', () => {
    const report = bySeed('002')
    const spans = sentences(report.text).map((s) => report.text.slice(s.start, s.end))
    expect(spans).toContain('This meeting is aimed at defusing a crisis between Russia and Western countries.')
    expect(spans.some((s) => s.startsWith('fueled by the deployment of more than 100,000 Russian troops'))).toBe(true)
    expect(sentences('See example.com for more. It works.').length).toBe(2)
  })

  it('000: Stoltenberg’s multi-sentence quote is his, sentence by sentence', () => {
    const optimism = find('000', 'This gives reason for cautious optimism.')
    expect(optimism.kind).toBe('quote')
    expect(optimism.speaker).toBe('Jens Stoltenberg')
    expect(find('000', 'There are signs from Moscow that diplomacy must continue').speaker).toBe('Jens Stoltenberg')
    expect(find('000', 'Everything is ready for a new attack.').speaker).toBe('Jens Stoltenberg')
  })

  it('000: Lavrov, reported and quoted', () => {
    const reported = find('000', 'Lavrov said the United States and NATO')
    expect(reported.kind).toBe('reported')
    expect(reported.speaker).toBe('Sergei Lavrov')
    const quote = find('000', 'Their response was positive')
    expect(quote.kind).toBe('quote')
    expect(quote.speaker).toBe('Sergei Lavrov')
  })

  it('000: figures are numeric claims', () => {
    expect(find('000', 'more than 100,000 troops').kind).toBe('numeric')
    expect(find('000', 'more than 20 ships').kind).toBe('numeric')
    expect(find('002', 'six-meter long table').kind).toBe('numeric')
  })

  it('001: "he said" resolves to the last person named, and a quote + reported sentence gives two claims', () => {
    expect(find('001', 'What we need to see is a significant').speaker).toBe('Jens Stoltenberg')
    expect(find('001', 'He stated that NATO has yet to receive').speaker).toBe('Jens Stoltenberg')
    const first = find('001', 'with “cautious optimism,” he said')
    const second = find('001', 'warned that “so far')
    expect(first.id).not.toBe(second.id)
    expect(second.speaker).toBe('Jens Stoltenberg')
  })

  it('002: speakers across the report', () => {
    expect(find('002', 'Unfortunately, we are going to spend').speaker).toBe('Vladimir Putin')
    expect(find('002', 'Of course, it is clear that we must now talk').speaker).toBe('Olaf Scholz')
    // 002 garbles this name ("British Prime Minister Boris said on Tuesday. Johnson."): the parts stay apart.
    expect(find('002', 'The information we are seeing today is not encouraging').speaker).toBe('Johnson')
    expect(find('002', 'If confirmed, this would be a positive sign').speaker).toBe('Gabriel Attal')
    expect(find('002', 'But for the moment, we have not seen').speaker).toBe('Jens Stoltenberg')
    const kuleba = find('002', 'we don’t believe it when we hear it')
    expect(kuleba.speaker).toBe('Dmitro Kuleba')
    expect(kuleba.kind).toBe('quote')
    expect(find('002', 'When we see the withdrawal').speaker).toBe('Dmitro Kuleba')
  })

  it('002: fragments and captions are not claims', () => {
    const texts = claimsOf('002').map((c) => c.text)
    expect(texts).not.toContain('Russian.')
    expect(texts).not.toContain('Johnson.')
    expect(texts.some((t) => t.includes('Photo:'))).toBe(false)
  })

  it('003: Julianne Smith and Putin, straight quotes', () => {
    expect(find('003', 'Julianne Smith said').speaker).toBe('Julianne Smith')
    expect(find('003', 'Putin meanwhile said').speaker).toBe('Vladimir Putin')
    expect(find('003', 'Stoltenberg said Russia has in the past').speaker).toBe('Jens Stoltenberg')
    expect(find('003', 'some grounds for cautious optimism').speaker).toBe('Jens Stoltenberg')
  })

  it('004: glued speaker, unclosed quotes, descriptions', () => {
    const glued = find('004', 'reinforcementStoltenberg told reporters')
    expect(glued.speaker).toBe('Jens Stoltenberg')
    expect(glued.kind).toBe('quote')
    // The unclosed quote stays inside its paragraph: the next paragraph is its own claim.
    expect(glued.text).not.toContain('He insisted')
    expect(find('004', 'explained the secretary general').speaker).toBe('Jens Stoltenberg')
    expect(find('004', 'The Norwegian politician said').speaker).toBe('Jens Stoltenberg')
    expect(find('004', 'He insisted that the messages').speaker).toBe('Jens Stoltenberg')
  })

  it('a country or organisation speaking is a speaker of kind organisation, never a person', () => {
    const denial = find('001', 'Russia has denied that it is planning an invasion')
    expect(denial.speaker).toBe('Russia')
    expect(denial.speakerKind).toBe('organisation')
    expect(denial.kind).toBe('reported')
  })
})

describe('extract generalises beyond the seeds', () => {
  const text = [
    'Health Minister Maria Duarte said on Friday that 1,200 beds would be added this year.',
    '“We are not done yet. The second wing opens in May,” the minister told reporters.',
    'She added that costs rose by 12 percent.',
    'Will the plan work?',
    'Critics were unconvinced.wages remain low across the sector, unions say.',
    '“This unclosed quote must not run on',
    'A separate paragraph follows here with its own statement about the hospital.'
  ].join('\n')
  const report: Report = reportFixture('madeup', text, { file: 'm.txt', importedAt: AT })
  const claims = extractClaims(report)

  it('keeps offsets, resolves titles and pronouns, skips questions', () => {
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text)
    expect(claims.find((c) => c.text.startsWith('Health Minister'))).toMatchObject({ speaker: 'Maria Duarte', kind: 'numeric' })
    expect(claims.find((c) => c.text.includes('second wing'))).toMatchObject({ speaker: 'Maria Duarte', kind: 'quote' })
    expect(claims.find((c) => c.text.startsWith('She added'))?.speaker).toBe('Maria Duarte')
    expect(claims.some((c) => c.text.includes('?'))).toBe(false)
    expect(claims.some((c) => c.text.startsWith('wages remain low'))).toBe(true)
    expect(claims.find((c) => c.text.startsWith('A separate paragraph'))?.kind).toBe('statement')
  })
})

describe('claim units and attributions on sentences the engine was not shaped on', () => {
  const text = [
    'The mayor of Lisbon, Carla Moura, said on Monday that the tram line would reopen in March.',
    'The ferry company suspended all crossings after a tanker ran aground near the harbour mouth.',
    'Though it seems the talks stalled over pay, nurses accepted a one-off bonus of 900 euros.',
    'Flood water reached the old town, the regional council said.',
    'Carla Moura was speaking at a press conference in the town hall.',
    'Three bridges were closed when the river rose above its banks overnight.'
  ].join('\n')
  const report: Report = reportFixture('units', text, { file: 'u.txt', importedAt: AT })
  const claims = extractClaims(report)
  const texts = claims.map((c) => c.text)
  const attributionOf = (start: string): string | null => {
    const c = claims.find((k) => k.text.startsWith(start))!
    return c.attribution ? text.slice(c.attribution.start, c.attribution.end) : null
  }

  it('cuts a clause of its own after "after" and after an opening "though" clause', () => {
    expect(texts).toContain('The ferry company suspended all crossings')
    expect(texts).toContain('a tanker ran aground near the harbour mouth.')
    expect(texts).toContain('Though it seems the talks stalled over pay')
    expect(texts).toContain('nurses accepted a one-off bonus of 900 euros.')
    // "when" sets the circumstance of the main event: one claim.
    expect(texts).toContain('Three bridges were closed when the river rose above its banks overnight.')
  })

  it('marks who says it apart from what is said, only where a verb introduces what is said', () => {
    expect(attributionOf('The mayor of Lisbon')).toBe('The mayor of Lisbon, Carla Moura, said')
    expect(attributionOf('Flood water')).toBe('the regional council said')
    // Speaking, on its own, is the event the claim reports.
    expect(attributionOf('Carla Moura was speaking')).toBeNull()
    expect(attributionOf('The ferry company')).toBeNull()
    for (const c of claims) if (c.attribution) expect(c.attribution.start >= c.start && c.attribution.end <= c.end).toBe(true)
  })
})
