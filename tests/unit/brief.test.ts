import { describe, expect, it } from 'vitest'
import { buildBrief, renderBrief, renderHtml, renderMarkdown, type BriefOptions } from '../../src/core/brief'
import { analyseClaims, type ClaimAnalysis } from '../../src/core/analysis'
import { plainText } from '../../src/core/brief/wording'
import { emptyStore, type Claim, type Discrepancy, type Report, type ReviewState, type StoreData } from '../../src/core/model'
import { reportFixture } from '../fixtures/reports'

const now = new Date('2022-02-20T12:00:00Z')

const report = (id: string, text: string, extra: Partial<Report> = {}): Report => reportFixture(id, text, { importedAt: now.toISOString(), ...extra })
function claim(id: string, reportId: string, text: string, clusterId: string, speaker: string | null = null, extra: Partial<Claim> = {}): Claim {
  return { id, reportId, text, start: 0, end: text.length, kind: 'statement', speaker, clusterId, ...extra }
}
function review(verdict: ReviewState, note = '', editor: string | null = null) {
  return { verdict, note, editor, updatedAt: now.toISOString(), history: [], evidence: [] }
}

function fixture(): StoreData {
  const data = emptyStore()
  data.reports = [
    report('ra', 'NATO says Russia moved troops. Stoltenberg spoke in Brussels.', { title: 'NATO sees signs', date: '2022-02-15', credits: ['With AFP'] }),
    report('rb', 'Russia troops near Ukraine, NATO warns. Stoltenberg again.', { date: '2022-02-16', dateline: 'BRUSSELS' }),
    report('rc', 'Russia says <script>alert(1)</script> drills end. NATO doubts it.')
  ]
  data.claims = [
    claim('ra-1', 'ra', 'Russia moved troops.', 'k-1'),
    claim('rb-1', 'rb', 'Russia moved its troops to the border.', 'k-1', 'Jens Stoltenberg'),
    claim('rc-1', 'rc', 'Russia says <script>alert(1)</script> drills end.', 'k-2'),
    claim('ra-2', 'ra', 'Stoltenberg spoke in Brussels.', 'k-3'),
    claim('rc-2', 'rc', 'NATO doubts it.', 'k-4')
  ]
  data.reviews = {
    'ra-1': review('disputed', 'Satellite images show no movement.', 'M. Rossi'),
    'rb-1': review('disputed'),
    'rc-1': review('unconfirmed', 'Ask the ministry <b>today</b>'),
    'ra-2': review('verified')
  }
  return data
}

const reviewed: BriefOptions = { scope: 'reviewed' }
const md = async (data: StoreData, options: BriefOptions = reviewed): Promise<string> => (await renderBrief(data, 'md', options, now)).content
const words = (w: Parameters<typeof plainText>[0]): string => plainText(w)
/** The analysis with these discrepancies and no people: what the disagreement tests control. */
function withDiscrepancies(data: StoreData, discrepancies: Discrepancy[]): ClaimAnalysis {
  return { ...analyseClaims(data.claims, data.reports), discrepancies, people: [] }
}

describe('buildBrief', () => {
  it('numbers every report as a source, in import order, named by outlet, headline, date and link', () => {
    const data = fixture()
    data.reports[0] = { ...data.reports[0]!, url: 'https://www.apnews.com/article/nato-1' }
    const model = buildBrief(data, reviewed, now)
    expect(model.sources.map((s) => [s.n, s.outlet, s.headline, s.url, s.file])).toEqual([
      [1, 'apnews.com', 'NATO sees signs', 'https://www.apnews.com/article/nato-1', 'ra.txt'],
      [2, null, null, null, 'rb.txt'],
      [3, null, null, null, 'rc.txt']
    ])
    expect(model.asOfLabel).toBe('20 Feb 2022, 12:00 UTC')
    expect(buildBrief(data, { ...reviewed, timeZone: 'Europe/Rome' }, now).asOfLabel).toBe('20 Feb 2022, 13:00 CET')
  })

  it('says when and under which hash a web report was archived, in every format that lists sources', async () => {
    const data = fixture()
    const sha256 = '3f2a9c0b1d4e'.padEnd(64, '0')
    data.reports[1] = {
      ...data.reports[1]!,
      url: 'https://news.example/troops',
      archive: {
        url: 'https://news.example/troops',
        finalUrl: 'https://news.example/troops',
        fetchedAt: '2022-02-16T09:05:00.000Z',
        sha256,
        bytes: 1,
        contentType: 'text/html',
        title: null
      }
    }
    expect(buildBrief(data, reviewed, now).sources.map((s) => s.archived)).toEqual([null, { at: '2022-02-16T09:05:00.000Z', sha256 }, null])
    const line = 'archived 16 February 2022, 09:05 UTC, SHA-256 3f2a9c0b1d4e…'
    expect(await md(data)).toContain(line)
    expect((await renderBrief(data, 'html', reviewed, now)).content).toContain(line)
    expect(await md(fixture())).not.toContain('archived')
  })

  it("lists each claim's evidence links with when their page was archived, or why it was not", async () => {
    const data = fixture()
    const sha256 = 'abcdef012345'.padEnd(64, '0')
    const page = {
      url: 'https://gov.example/a',
      finalUrl: 'https://gov.example/a',
      fetchedAt: '2022-02-17T10:30:00.000Z',
      sha256,
      bytes: 1,
      contentType: 'text/html',
      title: null
    }
    data.reviews['ra-1'] = {
      ...data.reviews['ra-1']!,
      evidence: ['https://gov.example/a', 'https://gone.example/b'],
      archives: [
        { link: 'https://gov.example/a', page, problem: null },
        { link: 'https://gone.example/b', page: null, problem: '404 Not Found' }
      ]
    }
    // The same link on another member of the cluster is listed once.
    data.reviews['rb-1'] = { ...data.reviews['rb-1']!, evidence: ['https://gov.example/a'], archives: [{ link: 'https://gov.example/a', page, problem: null }] }
    const item = buildBrief(data, reviewed, now)
      .sections.flatMap((s) => s.topics.flatMap((t) => t.items))
      .find((i) => i.claimIds.includes('ra-1'))!
    expect(item.evidence).toEqual([
      { link: 'https://gov.example/a', archived: { at: '2022-02-17T10:30:00.000Z', sha256 }, problem: null },
      { link: 'https://gone.example/b', archived: null, problem: '404 Not Found' }
    ])
    const markdown = await md(data)
    expect(markdown).toContain('*Evidence:* <https://gov.example/a> (archived 17 February 2022, 10:30 UTC, SHA-256 abcdef012345…)')
    expect(markdown).toContain('*Evidence:* <https://gone.example/b> (not archived: 404 Not Found)')
    const html = (await renderBrief(data, 'html', reviewed, now)).content
    expect(html).toContain('<a href="https://gov.example/a">https://gov.example/a</a> (archived 17 February 2022, 10:30 UTC')
  })

  it('puts one item per cluster in its verdict section, citing every report that carries it', () => {
    const model = buildBrief(fixture(), reviewed, now)
    expect(model.sections.map((s) => s.heading)).toEqual(['What we know', 'What is disputed', 'Not yet confirmed'])
    const disputed = model.sections[1]!.items
    expect(disputed).toHaveLength(1)
    expect(words(disputed[0]!.wording)).toBe('Russia moved its troops to the border.')
    expect(disputed[0]).toMatchObject({ speaker: 'Jens Stoltenberg', citations: [1, 2] })
    expect(disputed[0]!.notes).toEqual([{ note: 'Satellite images show no movement.', editor: 'M. Rossi' }])
    expect(model.sections[0]!.items.map((i) => i.citations)).toEqual([[1]])
  })

  it('lists each verdict group of a split cluster in its own section', () => {
    const data = fixture()
    data.reviews['rb-1'] = review('verified')
    const model = buildBrief(data, reviewed, now)
    expect(model.sections[0]!.items.map((i) => [words(i.wording), i.citations])).toEqual([
      ['Stoltenberg spoke in Brussels.', [1]],
      ['Russia moved its troops to the border.', [2]]
    ])
    expect(model.sections[1]!.items.map((i) => i.citations)).toEqual([[1]])
  })

  it('carries all claims, the reviewed ones or only the verified ones, as the scope says', () => {
    const ids = (options: BriefOptions): string[] => buildBrief(fixture(), options, now).sections.flatMap((s) => s.items.flatMap((i) => i.claimIds))
    expect(ids({ scope: 'all' }).sort()).toEqual(['ra-1', 'ra-2', 'rb-1', 'rc-1', 'rc-2'])
    expect(ids({ scope: 'reviewed' }).sort()).toEqual(['ra-1', 'ra-2', 'rb-1', 'rc-1'])
    expect(ids({ scope: 'verified' })).toEqual(['ra-2'])
    expect(buildBrief(fixture(), { scope: 'verified' }, now).sections.map((s) => s.heading)).toEqual(['What we know'])
    expect(buildBrief(fixture(), { scope: 'all' }, now).sections[3]).toMatchObject({ heading: 'Not yet reviewed', items: [{ claimIds: ['rc-2'], citations: [3] }] })
  })

  it('covers only the chosen reports, keeping their source numbers, and names an unknown one', () => {
    const model = buildBrief(fixture(), { scope: 'all', reportIds: ['rc'] }, now)
    expect(model.sources.map((s) => s.n)).toEqual([3])
    expect(model.sections.flatMap((s) => s.items.flatMap((i) => i.citations))).toEqual([3, 3])
    expect(model.coverage).toEqual({ total: 2, reviewed: 1 })
    expect(() => buildBrief(fixture(), { scope: 'all', reportIds: ['nope'] }, now)).toThrow(/No report with the id "nope"/)
  })

  it('states the review coverage over every claim of its reports, whatever the scope', async () => {
    expect(buildBrief(fixture(), { scope: 'verified' }, now).coverage).toEqual({ total: 5, reviewed: 4 })
    expect(await md(fixture())).toContain('20 Feb 2022, 12:00 UTC · 4 of 5 claims reviewed · 3 reports · Reviewed claims only')
  })

  it('derives a deterministic title from shared names, or uses the given one, and keeps the time out of it', () => {
    expect(buildBrief(fixture(), reviewed, now).title).toBe('Situation brief')
    const data = fixture()
    data.claims = data.claims.map((c) => ({ ...c, entities: [{ type: 'organisation', value: 'NATO', text: 'NATO' }] }))
    expect(buildBrief(data, reviewed, now).title).toBe('Situation brief: NATO')
    expect(buildBrief(fixture(), { ...reviewed, title: 'Morning desk' }, now).title).toBe('Morning desk')
  })
})

describe('quotation marks only around words the speaker said', () => {
  const said = 'NATO has not seen any withdrawal, Stoltenberg said.'
  const quoted = '“We have not seen any withdrawal,” Stoltenberg said.'
  function quoting(): StoreData {
    const data = emptyStore()
    data.reports = [report('ra', `${said} ${quoted}`, { title: 'Headline' })]
    const at = said.length + 1
    data.claims = [
      claim('c-1', 'ra', said, 'k-1', 'Jens Stoltenberg'),
      { ...claim('c-2', 'ra', quoted, 'k-2', 'Jens Stoltenberg'), start: at, end: at + quoted.length, quoted: [{ start: at + 1, end: at + 32 }] },
      claim('c-3', 'ra', 'Both leaders were sitting at a “six-meter” long table.', 'k-3', 'Vladimir Putin')
    ]
    data.reviews = { 'c-1': review('verified'), 'c-2': review('verified'), 'c-3': review('disputed') }
    return data
  }

  it('prints reported speech and narrative as text, the quoted span alone in quotation marks', () => {
    const items = buildBrief(quoting(), reviewed, now).sections.flatMap((s) => s.items)
    const byId = new Map(items.map((i) => [i.claimIds[0], i.wording]))
    expect(byId.get('c-1')).toEqual([{ kind: 'text', text: said }])
    expect(byId.get('c-2')).toEqual([
      { kind: 'quote', text: 'We have not seen any withdrawal' },
      { kind: 'text', text: ', Stoltenberg said.' }
    ])
    // A claim's own quotation marks that no quoted span backs are taken out.
    expect(byId.get('c-3')).toEqual([{ kind: 'text', text: 'Both leaders were sitting at a six-meter long table.' }])
  })

  it('in Markdown, HTML and "who said what" alike', async () => {
    const text = await md(quoting())
    expect(text).toContain('- NATO has not seen any withdrawal, Stoltenberg said. [1]')
    expect(text).toContain('- “We have not seen any withdrawal”, Stoltenberg said. [1]')
    expect(text).not.toContain('“Both leaders')
    expect(text).not.toContain('“six-meter”')
    expect(text).not.toContain('“NATO has not')
    const html = (await renderBrief(quoting(), 'html', reviewed, now)).content
    const quotes = [...html.matchAll(/<span class="quote">“([^<]*)”<\/span>/g)].map((m) => m[1])
    expect(quotes.length).toBeGreaterThan(0)
    expect(new Set(quotes)).toEqual(new Set(['We have not seen any withdrawal']))
    // Who said what, too: Putin's line is his reporter's, not his.
    expect(text).toMatch(/### Vladimir Putin\n\n- Both leaders were sitting at a six-meter long table\. \*\(Disputed\)\* \[1\]/)
  })

  it("puts the speaker back for a reporter's pronoun or a bare reporting verb, outside the quotation", () => {
    const data = fixture()
    data.claims = [
      claim('ra-1', 'ra', 'He stated that NATO has no answer.', 'k-1', 'Jens Stoltenberg'),
      claim('ra-2', 'ra', 'urged that Moscow act.', 'k-2', 'Jens Stoltenberg')
    ]
    data.reviews = { 'ra-1': review('verified'), 'ra-2': review('verified') }
    const items = buildBrief(data, reviewed, now).sections[0]!.items.map((i) => words(i.wording))
    expect(items).toEqual(['Jens Stoltenberg stated that NATO has no answer.', 'Jens Stoltenberg urged that Moscow act.'])
  })
})

describe('the lede', () => {
  function briefed(): StoreData {
    const data = fixture()
    data.reviews['rb-1'] = review('verified')
    data.reviews['rc-2'] = review('verified')
    data.settings = { editorName: 'Ann Editor', organisation: 'The Daily Check', url: '' }
    return data
  }

  it('tells the situation in three to six cited sentences, each opening with its status', () => {
    for (const scope of ['all', 'reviewed', 'verified'] as const) {
      const model = buildBrief(fixture(), { scope }, now)
      expect(model.derivedLede.length).toBeGreaterThanOrEqual(scope === 'verified' ? 1 : 3)
      expect(model.derivedLede.length).toBeLessThanOrEqual(6)
      for (const sentence of model.derivedLede) {
        expect(sentence[0]!.kind).toBe('status')
        expect(sentence.some((r) => r.kind === 'cite')).toBe(true)
      }
    }
    const statuses = buildBrief(fixture(), { scope: 'all' }, now).derivedLede.map((s) => (s[0] as { text: string }).text)
    expect(statuses).toContain('Verified, reported by 1 of 3 sources:')
    expect(statuses).toContain('Disputed, reported by 2 of 3 sources:')
    expect(statuses.some((s) => s.startsWith('Not yet'))).toBe(true)
  })

  it('never states an unreviewed claim as fact, and says where sources disagree', () => {
    const data = fixture()
    const discrepancies: Discrepancy[] = [
      {
        id: 'd-1',
        kind: 'number',
        topic: 'troops (moved)',
        sides: [
          { text: '100 troops', value: '100', claimIds: ['ra-1'], reportIds: ['ra'] },
          { text: '200 troops', value: '200', claimIds: ['rb-1'], reportIds: ['rb'] }
        ],
        claimIds: ['ra-1', 'rb-1']
      }
    ]
    const lede = buildBrief(data, { scope: 'all' }, now, withDiscrepancies(data, discrepancies)).derivedLede.map(plainText)
    expect(lede).toContain('Sources disagree on the figures for troops (moved): 100 troops [1] against 200 troops [2].')
    const worded: Discrepancy[] = [
      { ...discrepancies[0]!, sides: discrepancies[0]!.sides.map((side, i) => ({ ...side, text: i === 0 ? 'At least 100 troops' : 'Russia’s 200 troops' })) }
    ]
    expect(buildBrief(data, { scope: 'all' }, now, withDiscrepancies(data, worded)).derivedLede.map(plainText)).toContain(
      'Sources disagree on the figures for troops (moved): at least 100 troops [1] against Russia’s 200 troops [2].'
    )
    data.reviews = {}
    const unreviewed = buildBrief(data, { scope: 'all' }, now).derivedLede.map(plainText)
    expect(unreviewed.length).toBeGreaterThanOrEqual(3)
    for (const sentence of unreviewed) expect(sentence).toMatch(/^Not yet verified, reported by \d of 3 sources: .* \[\d\]/)
  })

  it('names the outlet when one report alone tells a sentence: its statement, not a fact', () => {
    const data = fixture()
    data.reports[2] = { ...data.reports[2]!, url: 'https://apnews.com/article/drills' }
    const lede = buildBrief(data, { scope: 'all' }, now).derivedLede.map(plainText)
    expect(lede).toContain('Not yet confirmed, reported only by apnews.com: Russia says <script>alert(1)</script> drills end. [3]')
    expect(lede.some((s) => s.startsWith('Disputed, reported by 2 of 3 sources:'))).toBe(true)
  })

  it('is deterministic', () => {
    expect(buildBrief(briefed(), { scope: 'all' }, now)).toEqual(buildBrief(briefed(), { scope: 'all' }, now))
  })

  it("uses the editor's own lede as written, their [n] as citations, and the closing note", async () => {
    const model = buildBrief(briefed(), { ...reviewed, lede: ' Our own lede [2].\n\nSecond [9]. ', closing: 'Next update at six.' }, now)
    expect(model.ledeByEditor).toBe(true)
    expect(model.lede).toEqual([
      [
        { kind: 'text', text: 'Our own lede ' },
        { kind: 'cite', sources: [2] },
        { kind: 'text', text: '.' }
      ],
      [{ kind: 'text', text: 'Second [9].' }]
    ])
    expect(model.derivedLede.length).toBeGreaterThan(0)
    expect(model.closing).toBe('Next update at six.')
    const text = await md(briefed(), { ...reviewed, lede: 'Our own lede.', closing: 'Next update at six.' })
    expect(text).toContain('Our own lede.\n\n## What we know')
    expect(text).toContain('## Closing note\n\nNext update at six.\n\n## Sources')
  })
})

describe('renderBrief', () => {
  it('renders Markdown with sections, notes, citations and sources by name', async () => {
    const data = fixture()
    data.reports[0] = { ...data.reports[0]!, url: 'https://www.apnews.com/article/nato-1' }
    const text = await md(data)
    expect(text).toContain(
      "## What is disputed\n\n- Russia moved its troops to the border. — Jens Stoltenberg [1][2]\n  - *Editor's note (M. Rossi):* Satellite images show no movement."
    )
    expect(text).toContain('- [1] **apnews.com** — *NATO sees signs* · 15 February 2022 · With AFP · <https://www.apnews.com/article/nato-1>')
    expect(text).toContain('- [2] **rb.txt** · 16 February 2022 · BRUSSELS\n')
    expect(text).not.toContain('<script>')
    expect(text).toContain('\\<script\\>')
  })

  it('says so when a section is empty', async () => {
    const data = fixture()
    data.reviews = {}
    expect(await md(data)).toContain('## What we know\n\nNo claims verified yet.')
  })

  it('renders a self-contained HTML document with every text escaped and no scripts', async () => {
    const html = (await renderBrief(fixture(), 'html', { scope: 'all', title: 'A <i>title</i>' }, now)).content
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<title>A &lt;i&gt;title&lt;/i&gt;</title>')
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Ask the ministry &lt;b&gt;today&lt;/b&gt;')
    expect(html).toContain('@media print')
    expect(html).toContain('<a href="#source-1">[1]</a><a href="#source-2">[2]</a>')
    expect(html).toContain('<li id="source-3">')
  })

  it('is deterministic', async () => {
    const a = (await renderBrief(fixture(), 'html', { scope: 'all' }, now)).content
    expect((await renderBrief(fixture(), 'html', { scope: 'all' }, now)).content).toBe(a)
  })

  it('groups a section by the names its claims share, the rest last', async () => {
    const data = fixture()
    data.reviews['rc-2'] = review('verified')
    const ent = (value: string): Claim['entities'] => [{ type: 'person', value, text: value }]
    data.claims.push(
      claim('rc-3', 'rc', 'Lavrov met Blinken in Geneva.', 'k-5', null, { entities: ent('Blinken') }),
      claim('rc-4', 'rc', 'Blinken flew home.', 'k-6', null, { entities: ent('Blinken') })
    )
    data.reviews['rc-3'] = review('verified')
    data.reviews['rc-4'] = review('verified')
    const topics = buildBrief(data, reviewed, now).sections[0]!.topics
    expect(topics.map((t) => [t.label, t.items.map((i) => i.claimIds[0])])).toEqual([
      ['Blinken', ['rc-3', 'rc-4']],
      [null, ['ra-2', 'rc-2']]
    ])
    expect(await md(data)).toContain('### Blinken\n\n- Lavrov met Blinken in Geneva. [3]\n- Blinken flew home. [3]\n\n### Other claims')
  })

  it('lists every reviewed statement of each person, with its status', () => {
    const data = fixture()
    data.claims.push(
      claim('rb-2', 'rb', 'Stoltenberg said talks go on.', 'k-7', 'Jens Stoltenberg'),
      claim('rb-3', 'rb', 'Stoltenberg said the alliance is ready.', 'k-8', 'Jens Stoltenberg'),
      claim('rb-4', 'rb', 'Stoltenberg said ministers meet.', 'k-9', 'Jens Stoltenberg'),
      claim('rb-5', 'rb', 'Stoltenberg said Russia must withdraw.', 'k-10', 'Jens Stoltenberg'),
      claim('rb-6', 'rb', 'Stoltenberg said NATO watches closely.', 'k-11', 'Jens Stoltenberg')
    )
    for (const id of ['rb-2', 'rb-3', 'rb-4', 'rb-5', 'rb-6']) data.reviews[id] = review('verified')
    const people: ClaimAnalysis['people'] = [
      {
        id: 'p-1',
        name: 'Jens Stoltenberg',
        kind: 'person',
        roles: ['NATO Secretary-General'],
        aliases: [],
        saidClaimIds: ['rb-1', 'rb-2', 'rb-3', 'rb-4', 'rb-5', 'rb-6'],
        mentionClaimIds: ['ra-2']
      } as never
    ]
    const analysis = { ...analyseClaims(data.claims, data.reports), people }
    const jens = buildBrief(data, reviewed, now, analysis).speakers.find((s) => s.name === 'Jens Stoltenberg')!
    expect(jens.role).toBe('NATO Secretary-General')
    expect(jens.statements).toHaveLength(6)
    expect(jens.statements.map((s) => s.verdict).sort()).toEqual(['disputed', 'verified', 'verified', 'verified', 'verified', 'verified'])
    // A claim that merely mentions him is not his statement.
    expect(jens.statements.some((s) => words(s.wording).includes('spoke in Brussels'))).toBe(false)
  })

  it('matches the approved Markdown snapshot', async () => {
    const data = fixture()
    data.reviews['rb-1'] = review('verified')
    data.settings = { editorName: 'Ann Editor', organisation: 'The Daily Check', url: '' }
    await expect(await md(data, { scope: 'all', closing: 'Next update at six.' })).toMatchFileSnapshot('./__snapshots__/brief.approved.md')
  })
})

describe('where sources disagree', () => {
  const discrepancies: Discrepancy[] = [
    {
      id: 'd-1',
      kind: 'number',
      topic: 'troops (moved)',
      sides: [
        { text: 'troops', value: 'troops', claimIds: ['ra-1'], reportIds: ['ra'] },
        { text: 'its troops', value: 'its troops', claimIds: ['rb-1'], reportIds: ['rb', 'rc'] }
      ],
      claimIds: ['ra-1', 'rb-1']
    },
    {
      id: 'd-2',
      kind: 'timing',
      topic: 'only unreviewed',
      sides: [
        { text: 'a', value: 'a', claimIds: ['rc-2'], reportIds: ['rc'] },
        { text: 'b', value: 'b', claimIds: [], reportIds: [] }
      ],
      claimIds: ['rc-2']
    }
  ]

  it('lists every disagreement, reviewed or not, each side citing its sources and carrying its verdicts', () => {
    const data = fixture()
    const model = buildBrief(data, reviewed, now, withDiscrepancies(data, discrepancies))
    expect(model.disagreements.map((d) => d.id)).toEqual(['d-1', 'd-2'])
    const [figures, timing] = model.disagreements
    expect(figures).toMatchObject({ kind: 'number', label: 'Figures', topic: 'troops (moved)' })
    expect(figures!.sides.map((s) => [words(s.wording), s.citations, s.verdicts])).toEqual([
      ['troops', [1], ['disputed']],
      ['its troops', [2], ['disputed']]
    ])
    expect(figures!.sides[1]!.accounts.map((a) => [a.claimId, a.citation, a.verdict])).toEqual([['rb-1', 2, 'disputed']])
    expect(timing!.sides.map((s) => [words(s.wording), s.citations, s.verdicts])).toEqual([
      ['a', [3], []],
      ['b', [], []]
    ])
  })

  it('prints each side with its status, and where a side comes from reference data', async () => {
    const data = fixture()
    const text = renderMarkdown(buildBrief(data, reviewed, now, withDiscrepancies(data, discrepancies)))
    expect(text).toContain('- **Figures — troops (moved):** troops [1] *(disputed)* vs its troops [2] *(disputed)*')
    expect(text).toContain('- **Timing — only unreviewed:** a [3] *(not reviewed)* vs b *(reference data)*')
    const html = renderHtml(buildBrief(data, reviewed, now, withDiscrepancies(data, discrepancies)))
    expect(html).toContain('<a href="#source-3">[3]</a>')
  })

  it('drops a disagreement whose other side lies in reports the brief does not cover', () => {
    const data = fixture()
    expect(buildBrief(data, { scope: 'all', reportIds: ['ra'] }, now, withDiscrepancies(data, discrepancies)).disagreements).toEqual([])
  })
})
