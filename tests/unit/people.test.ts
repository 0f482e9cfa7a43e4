import { describe, expect, it } from 'vitest'
import { Person } from '../../src/core/model'
import { buildPeopleIndex } from '../../src/core/people'
import { titleBefore } from '../../src/core/people/roles'
import { analyseReports } from '../../src/core/pipeline'
import { claimOf, inputs, NOW, seeds } from './seedsHelper'

const people = buildPeopleIndex(seeds.claims, seeds.reports)
const person = (name: string) => people.find((p) => p.name === name)!

describe('people index on the seeds', () => {
  it('is valid and has one entry per canonical person', () => {
    for (const p of people) Person.parse(p)
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length)
    expect(people.map((p) => p.name)).not.toContain('Stoltenberg')
  })

  it('folds Stoltenberg’s titles and descriptions into one person across all five reports', () => {
    const s = person('Jens Stoltenberg')
    expect(s.role).toBe('Secretary-General')
    expect(s.organisation).toBe('NATO')
    expect(s.reportIds).toHaveLength(5)
    expect(s.aliases).toEqual(expect.arrayContaining(['Stoltenberg', 'NATO Secretary-General Jens Stoltenberg', 'The Norwegian politician', 'the secretary general']))
    expect(s.claimIds).toContain(claimOf('004', 'The Norwegian politician').id)
    expect(s.claimIds).toContain(claimOf('001', 'cautious optimism').id)
  })

  it('gives Lavrov and Kuleba their ministries', () => {
    expect(person('Sergei Lavrov')).toMatchObject({ role: 'Foreign Minister', organisation: 'Russia' })
    expect(person('Sergei Lavrov').claimIds).toContain(claimOf('000', 'The West eventually responded').id)
    expect(person('Dmitro Kuleba')).toMatchObject({ role: 'Foreign Minister', organisation: 'Ukraine' })
    expect(person('Dmitro Kuleba').claimIds).toContain(claimOf('002', 'we don’t believe it').id)
  })

  it('joins the first name “Boris” to Boris Johnson', () => {
    expect(person('Boris Johnson')).toMatchObject({ role: 'Prime Minister', organisation: 'United Kingdom' })
  })
})

describe('people index on made-up reports', () => {
  it('finds a mayor with her city and folds her surname', () => {
    const a = analyseReports(
      inputs(
        'Lisbon Mayor Carla Moedas said on Monday that 300 families were moved out of the flooded district.\n\nMoedas said the city would pay for temporary housing.',
        'The flood forced 300 families out of their homes, Moedas told reporters in Lisbon.'
      ),
      NOW
    )
    const p = buildPeopleIndex(a.claims, a.reports).find((x) => x.name === 'Carla Moedas')!
    expect(p.role).toBe('Mayor')
    expect(p.reportIds).toHaveLength(2)
  })

  it('reads role and organisation from the words before a name', () => {
    expect(titleBefore('the NATO Secretary-General ')).toMatchObject({ role: 'Secretary-General', organisation: 'NATO' })
    expect(titleBefore('and US Ambassador to NATO ')).toMatchObject({ role: 'Ambassador to NATO', organisation: 'United States' })
    expect(titleBefore('warned the Alliance Secretary General, ')).toBeNull()
    expect(titleBefore('he told ')).toBeNull()
  })
})
