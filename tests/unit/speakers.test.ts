/**
 * Speakers on copy written for these tests (no seed, no dev-corpus text): the
 * attribution frames and name shapes news from anywhere uses.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/core/extract'
import { ingestReport } from '../../src/core/ingest'
import type { ClaimDraft } from '../../src/core/model'

const AT = '2026-03-14T12:00:00.000Z'

function claims(text: string): ClaimDraft[] {
  return extractReport(ingestReport({ file: 'made-up.txt', content: text }, AT)).claims
}

function speakerOf(text: string, words: string): string | null {
  const found = claims(text).find((c) => c.text.includes(words))
  if (!found) throw new Error(`no claim contains "${words}"`)
  return found.speaker
}

describe('attribution frames', () => {
  it('inverted frames with long appositions', () => {
    const text = '“The fleet will be back at sea by the end of the month,” said Ana Ruiz-Tagle, head of the European Commission’s delegation to Chile.'
    expect(speakerOf(text, 'fleet will be back at sea')).toBe('Ana Ruiz-Tagle')
  })

  it('subject, age and verb', () => {
    const text = '“The water came up to our windows within an hour,” Kofi Mensah-Bonsu, 52, told reporters in the flooded district.'
    expect(speakerOf(text, 'water came up to our windows')).toBe('Kofi Mensah-Bonsu')
  })

  it('according to, with a title of several words', () => {
    const text = 'According to fire chief Marta Lindqvist, the blaze destroyed twelve warehouses along the canal.'
    expect(speakerOf(text, 'blaze destroyed twelve warehouses')).toBe('Marta Lindqvist')
  })

  it('a participle carries the subject of its clause', () => {
    const text = 'Finance Minister Oren Adler defended the budget on Tuesday, saying that inflation would fall below four percent by the autumn.'
    expect(speakerOf(text, 'inflation would fall below four percent')).toBe('Oren Adler')
  })

  it('an office speaks for its holder', () => {
    const text = 'Governor Paula Ibsen was not available. Ibsen’s office said the emergency order would remain in place until Friday night.'
    expect(speakerOf(text, 'emergency order would remain')).toBe("Paula Ibsen's office")
  })

  it('an organisation speaks as one, and a country is never a person', () => {
    const list = claims('The Port Authority of Kessla said 14 berths were closed. Norway announced new inspections of all tankers on Monday.')
    const port = list.find((c) => c.text.includes('14 berths'))!
    expect(port.speaker).toBe('Port Authority of Kessla')
    expect(port.speakerKind).toBe('organisation')
    const norway = list.find((c) => c.text.includes('new inspections'))!
    expect(norway.speakerKind).toBe('organisation')
  })

  it('title-only mentions resolve to the person who holds the title', () => {
    const text = [
      'Transport Minister Selin Arslan visited the bridge on Monday.',
      '',
      'The minister said the repairs would cost 40 million euros and take two years.'
    ].join('\n')
    expect(speakerOf(text, 'repairs would cost 40 million euros')).toBe('Selin Arslan')
  })

  it('a title alone, with nobody named, is still who spoke', () => {
    expect(speakerOf('Ghana’s health minister said 300 clinics would reopen next week.', '300 clinics')).toBe('Ghana’s health minister')
  })

  it('he and she go to the subject of the sentence before, not to whoever was named last', () => {
    const text = 'Senator Ruth Okoye criticised Judge Amos Teller in a long speech. She said the ruling ignored three earlier cases.'
    expect(speakerOf(text, 'ruling ignored three earlier cases')).toBe('Ruth Okoye')
  })
})

describe('more frames', () => {
  it('single quotation marks as the outer marks, continued by the next quotation', () => {
    const text = [
      "Britain's Transport Secretary, Louise Haigh, said on Monday the government would not reopen talks.",
      '',
      "'We have made a fair offer and we will not be held to ransom,' she told the BBC.",
      '',
      "'Passengers deserve better than this.'"
    ].join('\n')
    expect(speakerOf(text, 'fair offer')).toBe('Louise Haigh')
    expect(speakerOf(text, 'Passengers deserve better')).toBe('Louise Haigh')
  })

  it('"the company" is the organisation named last; a name qualified by its country still speaks', () => {
    const text = [
      'According to Network Rail, 80% of services were cancelled on Tuesday. The company said in a statement that buses would run on 12 routes.',
      '',
      'President-elect Maria Alvarez of Chile wrote on X that she was “watching closely” the strike’s effect on 300 exporters.'
    ].join('\n')
    expect(speakerOf(text, 'buses would run on 12 routes')).toBe('Network Rail')
    expect(speakerOf(text, 'watching closely')).toBe('Maria Alvarez')
  })
})

describe('names', () => {
  it('keep particles and drop honorifics; every form of one name is one speaker', () => {
    const text = [
      'Sheikh Hamdan bin Rashid al-Falasi opened the new terminal on Sunday.',
      '',
      '“This airport will carry 30 million passengers a year,” bin Rashid al-Falasi said.',
      '',
      'Ursula van der Berg, the airline’s chief executive, said 12 routes would start in May.',
      '',
      '“We have waited ten years for this,” Van der Berg added.'
    ].join('\n')
    expect(speakerOf(text, '30 million passengers')).toBe('Hamdan bin Rashid al-Falasi')
    expect(speakerOf(text, '12 routes would start')).toBe('Ursula van der Berg')
    expect(speakerOf(text, 'waited ten years')).toBe('Ursula van der Berg')
  })

  it('an acronym defined once names its organisation before and after', () => {
    const text = [
      'The IMO said the ban would start in 2027.',
      '',
      'The International Maritime Organization (IMO) adopted the rule after two years of talks.',
      '',
      'The organization said shipowners had until June to comply.'
    ].join('\n')
    expect(speakerOf(text, 'ban would start in 2027')).toBe('International Maritime Organization')
    expect(speakerOf(text, 'shipowners had until June')).toBe('International Maritime Organization')
  })
})

describe('quotations', () => {
  it('a quotation over several paragraphs is its speaker’s, sentence by sentence', () => {
    const text = [
      '“We are asking every household to boil its water. The pumps failed at dawn.',
      '',
      '“Engineers expect the supply to return by Thursday,” the utility’s director, Lena Voss, said.'
    ].join('\n')
    const list = claims(text)
    for (const words of ['boil its water', 'pumps failed at dawn', 'supply to return by Thursday']) {
      const c = list.find((x) => x.text.includes(words))!
      expect(c.speaker, words).toBe('Lena Voss')
      expect(c.kind).toBe('quote')
      // A unit cut from a longer quotation has no quotation marks of its own to unbalance.
      expect(c.text).not.toMatch(/[“”"]/)
      expect(c.context).toBeDefined()
    }
  })

  it('a quotation standing alone continues the last speaker; a phrase quoted in narrative does not', () => {
    const text = [
      '“The dam held,” said engineer Paolo Verri.',
      '',
      '“We were lucky this time. The next storm could be worse.”',
      '',
      'Residents called the evacuation order “chaotic” and said 200 people had nowhere to sleep.'
    ].join('\n')
    expect(speakerOf(text, 'We were lucky this time')).toBe('Paolo Verri')
    expect(speakerOf(text, 'evacuation order')).toBeNull()
  })

  it('claims inside a quotation carry the exact quoted words as offsets', () => {
    const text = 'Mayor Ines Baptiste said the market would reopen on 3 May, calling it “a day the town has waited for”.'
    const c = claims(text)[0]!
    const report = ingestReport({ file: 'made-up.txt', content: text }, AT)
    expect(c.quoted?.map((q) => report.text.slice(q.start, q.end))).toEqual(['a day the town has waited for'])
  })
})
