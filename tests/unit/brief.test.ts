import { describe, expect, it } from 'vitest'
import { buildBrief, renderBrief, renderHtml, renderMarkdown } from '../../src/core/brief'
import { emptyStore, type Claim, type Discrepancy, type Report, type ReviewState, type StoreData } from '../../src/core/model'

const now = new Date('2022-02-20T12:00:00Z')

function report(id: string, text: string, extra: Partial<Report> = {}): Report {
  return {
    id,
    file: `${id}.txt`,
    title: null,
    date: null,
    credits: [],
    dateline: null,
    url: null,
    byline: null,
    furniture: [],
    named: [],
    text,
    original: text,
    importedAt: now.toISOString(),
    ...extra
  }
}
function claim(id: string, reportId: string, text: string, clusterId: string, speaker: string | null = null): Claim {
  return { id, reportId, text, start: 0, end: text.length, kind: 'statement', speaker, clusterId }
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

describe('buildBrief', () => {
  it('numbers every report as a source, in import order', () => {
    const model = buildBrief(fixture(), { includeUnreviewed: false }, now)
    expect(model.sources.map((s) => [s.n, s.label])).toEqual([
      [1, 'NATO sees signs'],
      [2, 'rb.txt'],
      [3, 'rc.txt']
    ])
    expect(model.date).toBe('2022-02-16')
  })

  it('puts one item per cluster in its verdict section, citing every report that carries it', () => {
    const model = buildBrief(fixture(), { includeUnreviewed: false }, now)
    expect(model.sections.map((s) => s.heading)).toEqual(['What we know', 'What is disputed', 'Not yet confirmed'])
    const disputed = model.sections[1]!.items
    expect(disputed).toHaveLength(1)
    expect(disputed[0]).toMatchObject({ text: 'Russia moved its troops to the border.', speaker: 'Jens Stoltenberg', citations: [1, 2] })
    expect(disputed[0]!.notes).toEqual([{ note: 'Satellite images show no movement.', editor: 'M. Rossi' }])
    expect(model.sections[0]!.items.map((i) => i.citations)).toEqual([[1]])
  })

  it('lists each verdict group of a split cluster in its own section', () => {
    const data = fixture()
    data.reviews['rb-1'] = review('verified')
    const model = buildBrief(data, { includeUnreviewed: false }, now)
    expect(model.sections[0]!.items.map((i) => [i.text, i.citations])).toEqual([
      ['Stoltenberg spoke in Brussels.', [1]],
      ['Russia moved its troops to the border.', [2]]
    ])
    expect(model.sections[1]!.items.map((i) => i.citations)).toEqual([[1]])
  })

  it('adds unreviewed claims only when asked', () => {
    expect(buildBrief(fixture(), { includeUnreviewed: true }, now).sections[3]).toMatchObject({
      heading: 'Not yet reviewed',
      items: [{ text: 'NATO doubts it.', citations: [3] }]
    })
  })

  it('derives a deterministic title from shared names, or uses the given one', () => {
    expect(buildBrief(fixture(), { includeUnreviewed: false }, now).title).toBe('Situation brief: NATO, Russia, Stoltenberg — 16 February 2022')
    expect(buildBrief(fixture(), { includeUnreviewed: false, title: 'Morning desk' }, now).title).toBe('Morning desk')
    expect(buildBrief(emptyStore(), { includeUnreviewed: false }, now).title).toBe('Situation brief — 20 February 2022')
  })
})

describe('renderBrief', () => {
  it('renders Markdown with sections, notes, citations and sources', () => {
    const md = renderBrief(fixture(), 'md', { includeUnreviewed: false }, now)
    expect(md).toContain(
      "## What is disputed\n\n- Russia moved its troops to the border. — Jens Stoltenberg [1][2]\n  - *Editor's note (M. Rossi):* Satellite images show no movement."
    )
    expect(md).toContain('- [1] NATO sees signs (ra.txt) — 15 February 2022 — With AFP')
    expect(md).toContain('- [2] rb.txt — 16 February 2022 — BRUSSELS')
    expect(md).not.toContain('<script>')
    expect(md).toContain('\\<script\\>')
  })

  it('says so when a section is empty', () => {
    const data = fixture()
    data.reviews = {}
    expect(renderBrief(data, 'md', { includeUnreviewed: false }, now)).toContain('## What we know\n\nNo claims verified yet.')
  })

  it('renders a self-contained HTML document with every text escaped and no scripts', () => {
    const html = renderBrief(fixture(), 'html', { includeUnreviewed: true, title: 'A <i>title</i>' }, now)
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<title>A &lt;i&gt;title&lt;/i&gt;</title>')
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Ask the ministry &lt;b&gt;today&lt;/b&gt;')
    expect(html).toContain('@media print')
    expect(html).toContain('<a href="#source-1">[1]</a><a href="#source-2">[2]</a>')
    expect(html).toContain('<li id="source-3">')
  })

  it('is deterministic', () => {
    const a = renderBrief(fixture(), 'html', { includeUnreviewed: true }, now)
    expect(renderBrief(fixture(), 'html', { includeUnreviewed: true }, now)).toBe(a)
  })
})

describe('the brief as a briefing', () => {
  function briefed(): StoreData {
    const data = fixture()
    data.reviews['rb-1'] = review('verified')
    data.reviews['rc-2'] = review('verified')
    data.settings = { editorName: 'Ann Editor', organisation: 'The Daily Check', url: '' }
    return data
  }

  it('opens with the most corroborated verified claims, quoted and cited', () => {
    const lede = buildBrief(briefed(), { includeUnreviewed: false }, now).lede
    expect(lede.map((s) => [s.text, s.citations])).toEqual([
      ['Stoltenberg spoke in Brussels.', [1]],
      ['Russia moved its troops to the border.', [2]],
      ['NATO doubts it.', [3]]
    ])
    expect(lede.every((s) => s.quoted)).toBe(true)
  })

  it("uses the editor's own lede and closing note as written", () => {
    const model = buildBrief(briefed(), { includeUnreviewed: false, lede: ' Our own lede. ', closing: 'Next update at six.' }, now)
    expect(model.lede).toEqual([{ text: 'Our own lede.', speaker: null, citations: [], quoted: false }])
    expect(model.closing).toBe('Next update at six.')
    const md = renderBrief(briefed(), 'md', { includeUnreviewed: false, lede: 'Our own lede.', closing: 'Next update at six.' }, now)
    expect(md).toContain('Our own lede.\n\n## What we know')
    expect(md).toContain('## Closing note\n\nNext update at six.\n\n## Sources')
  })

  it('says how many claims each source gave the brief and how many are verified', () => {
    const sources = buildBrief(briefed(), { includeUnreviewed: false }, now).sources
    expect(sources.map((s) => [s.n, s.claimsUsed, s.verified])).toEqual([
      [1, 2, 1],
      [2, 1, 1],
      [3, 2, 1]
    ])
    expect(renderBrief(briefed(), 'md', { includeUnreviewed: false }, now)).toContain('— 2 claims used, 1 verified (50%)')
  })

  it('groups a section by the names its claims share, the rest last', () => {
    const data = briefed()
    data.claims.push(claim('rc-3', 'rc', 'Lavrov met Blinken in Geneva.', 'k-5'), claim('rc-4', 'rc', 'Blinken flew home.', 'k-6'))
    data.reviews['rc-3'] = review('verified')
    data.reviews['rc-4'] = review('verified')
    const topics = buildBrief(data, { includeUnreviewed: false }, now).sections[0]!.topics
    expect(topics.map((t) => [t.label, t.items.map((i) => i.claimIds[0])])).toEqual([
      ['Blinken', ['rc-3', 'rc-4']],
      [null, ['ra-2', 'rb-1', 'rc-2']]
    ])
    const md = renderBrief(data, 'md', { includeUnreviewed: false }, now)
    expect(md).toContain('### Blinken\n\n- Lavrov met Blinken in Geneva. [3]\n- Blinken flew home. [3]\n\n### Other claims')
  })

  it('lists who said what, with each statement’s verdict and citations', () => {
    const speakers = buildBrief(briefed(), { includeUnreviewed: false }, now).speakers
    expect(speakers.map((s) => s.name)).toContain('Jens Stoltenberg')
    const jens = speakers.find((s) => s.name === 'Jens Stoltenberg')!
    expect(jens.statements).toEqual([{ text: 'Russia moved its troops to the border.', verdict: 'verified', citations: [2] }])
  })

  it('closes quotations a claim boundary left open', () => {
    const data = briefed()
    data.claims[3] = claim('ra-2', 'ra', '“Diplomacy must continue.', 'k-3')
    const md = renderBrief(data, 'md', { includeUnreviewed: false }, now)
    expect(md).toContain('- “Diplomacy must continue.” [1]')
    expect(md).not.toContain('““')
  })

  it('matches the approved Markdown snapshot', async () => {
    const md = renderBrief(briefed(), 'md', { includeUnreviewed: true, closing: 'Next update at six.' }, now)
    await expect(md).toMatchFileSnapshot('./__snapshots__/brief.approved.md')
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

  it('lists each disagreement touching the brief, its sides citing their sources by number', () => {
    const model = buildBrief(fixture(), { includeUnreviewed: false }, now, { discrepancies, people: [] })
    expect(model.disagreements).toEqual([
      {
        kind: 'number',
        label: 'Figures',
        topic: 'troops (moved)',
        sides: [
          { text: 'troops', citations: [1], accounts: [{ claimId: 'ra-1', text: 'Russia moved troops.', speaker: null, citation: 1 }] },
          {
            text: 'its troops',
            citations: [2, 3],
            accounts: [{ claimId: 'rb-1', text: 'Russia moved its troops to the border.', speaker: 'Jens Stoltenberg', citation: 2 }]
          }
        ]
      }
    ])
    const md = renderMarkdown(buildBrief(fixture(), { includeUnreviewed: false }, now, { discrepancies, people: [] }))
    expect(md).toContain('- **Figures — troops (moved):** “troops” [1] vs “its troops” [2][3]')
  })

  it('cites two reports whose file names share a prefix as two sources', () => {
    const data = fixture()
    data.reports = data.reports.map((r, i) => ({ ...r, file: `2024-03-12_${i}.txt`, title: null }))
    const md = renderMarkdown(buildBrief(data, { includeUnreviewed: false }, now, { discrepancies, people: [] }))
    expect(md).toContain('“troops” [1] vs “its troops” [2][3]')
    const html = renderHtml(buildBrief(data, { includeUnreviewed: false }, now, { discrepancies, people: [] }))
    expect(html).toContain(
      '“troops”<span class="cites"><a href="#source-1">[1]</a></span></span> vs <span class="side">“its troops”<span class="cites"><a href="#source-2">[2]</a><a href="#source-3">[3]</a></span>'
    )
  })

  it('says where a side comes from reference data rather than a report', () => {
    const data = fixture()
    data.reviews['rc-2'] = review('verified')
    const md = renderMarkdown(buildBrief(data, { includeUnreviewed: false }, now, { discrepancies, people: [] }))
    expect(md).toContain('- **Timing — only unreviewed:** “a” [3] vs “b” (reference data)')
  })
})
