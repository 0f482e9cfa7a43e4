/**
 * Every export format, parsed back: each reviewed claim must be there with its
 * verdict and note. DOCX is unzipped, CSV parsed per RFC 4180 (PDF: briefPdf.test.ts).
 */
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBrief, renderBriefFile, type BriefItem, type BriefModel, type BriefOptions } from '../../src/core/brief'
import { CSV_COLUMNS, csvField } from '../../src/core/brief/csv'
import { claimWording, plainText, shorten } from '../../src/core/brief/wording'
import { reviewOf, type StoreData } from '../../src/core/model'
import { expectEveryReviewedItem as expectEvery, now, reviewedItems, seededStore } from './briefSeedFixture'

let data: StoreData
let model: BriefModel
const options: BriefOptions = { scope: 'reviewed', closing: 'Next update at 18:00 CET.' }
const reviewed = () => reviewedItems(model)
const noPdf = async (): Promise<Uint8Array> => new Uint8Array()
const expectEveryReviewedItem = (text: string, label: (v: string) => string): void => expectEvery(model, text, label)

beforeAll(async () => {
  data = await seededStore()
  model = buildBrief(data, options, now)
})

/** RFC 4180: quoted fields may hold commas, CRLFs and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const endField = (): void => {
      rows.at(-1)!.push(field)
      field = ''
    }
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') endField()
    else if (c === '\r' && text[i + 1] === '\n') {
      endField()
      rows.push([])
      i++
    } else field += c
  }
  if (rows.at(-1)!.length === 0 && field === '') rows.pop()
  return rows
}

describe('brief exports, parsed back', () => {
  it('DOCX: real headings, bullets, the verdicts and notes in word/document.xml', async () => {
    const { content } = await renderBriefFile(data, 'docx', options, now, noPdf)
    const files = unzipSync(content as Uint8Array)
    const xml = strFromU8(files['word/document.xml']!)
    expect(xml).toContain('<w:pStyle w:val="Title"/>')
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>')
    expect(xml).toContain('<w:numPr>')
    expect(xml).toContain('<w:vertAlign w:val="superscript"/>')
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    const decoded = text
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
    for (const heading of ['What we know', 'What is disputed', 'Not yet confirmed', 'Where sources disagree', 'Who said what', 'Sources'])
      expect(decoded).toContain(heading)
    // Verdict labels are upper-cased by the style (allCaps), so the stored text is the plain label.
    expectEveryReviewedItem(decoded, (v) => ({ verified: 'Verified', disputed: 'Disputed', unconfirmed: 'Unconfirmed' })[v] ?? v)
    expect(strFromU8(files['word/footer1.xml'] ?? new Uint8Array())).toContain('PAGE')
  })

  it('CSV: every claim in scope, RFC 4180 quoting, formula cells neutralised', async () => {
    const poisoned: StoreData = { ...data, claims: data.claims.map((c) => ({ ...c, speaker: '=HYPERLINK("http://x")' })) }
    for (const scope of ['all', 'reviewed'] as const) {
      const { content } = await renderBriefFile(poisoned, 'csv', { ...options, scope }, now, noPdf)
      const rows = parseCsv((content as string).replace(/^\uFEFF/, ''))
      expect(rows[0]).toEqual([...CSV_COLUMNS])
      const inScope = data.claims.filter((c) => scope === 'all' || reviewOf(data, c.id).verdict !== 'unreviewed')
      expect(rows.slice(1).map((r) => r[0])).toEqual(inScope.map((c) => c.id))
      for (const row of rows.slice(1)) {
        const claim = data.claims.find((c) => c.id === row[0])!
        const review = reviewOf(data, claim.id)
        const source = data.reports.findIndex((r) => r.id === claim.reportId) + 1
        expect(row[1]).toBe(String(source))
        expect(row[4]).toBe('\'=HYPERLINK("http://x")')
        expect(row[5]).toBe(plainText(claimWording(claim)).replace(/^(?=[=+\-@])/, "'"))
        expect([row[7], row[8], row[9]]).toEqual([review.verdict, review.note, review.editor ?? ''])
      }
    }
  })

  it('CSV: where ";" separates cells, no part after a ";" starts a formula', () => {
    expect(csvField('x;=2+3')).toBe(`"x;'=2+3"`)
    expect(csvField('a; @SUM(A1);"+1')).toBe(`"a; '@SUM(A1);""'+1"`)
    expect(csvField('-5% since Monday')).toBe(`'-5% since Monday`)
    expect(csvField('plain; words')).toBe('"plain; words"')
  })

  it('ClaimReview: hostile text cannot close the <script> element the JSON-LD is pasted into', async () => {
    const hostile = '</script><script>alert(1)</script><!--'
    const poisoned: StoreData = { ...data, claims: data.claims.map((c) => ({ ...c, speaker: hostile })) }
    const { content } = await renderBriefFile(poisoned, 'claimreview', options, now, noPdf)
    expect(content as string).not.toContain('<')
    const doc = JSON.parse(content as string) as { '@graph': Array<{ itemReviewed: { author: { name: string } } }> }
    expect(doc['@graph'][0]!.itemReviewed.author.name).toBe(hostile)
  })

  it('ClaimReview: one per reviewed cluster with the required schema.org fields', async () => {
    const { content } = await renderBriefFile(data, 'claimreview', options, now, noPdf)
    // The fields this test reads, as ClaimReview lays them out.
    interface Review {
      reviewRating: { ratingValue: number; ratingExplanation?: string }
      datePublished: string
      url: string
      itemReviewed: { appearance: Array<{ '@type': string; headline?: string }>; author?: unknown }
    }
    const doc = JSON.parse(content as string) as { '@context': string; '@graph': Review[] }
    expect(doc['@context']).toBe('https://schema.org')
    const items: Array<{ item: BriefItem; verdict: string }> = reviewed()
    expect(doc['@graph']).toHaveLength(items.length)
    for (const [i, review] of doc['@graph'].entries()) {
      const { item, verdict } = items[i]!
      expect(review).toMatchObject({
        '@type': 'ClaimReview',
        claimReviewed: plainText(shorten(item.wording, 200)),
        inLanguage: 'en',
        author: { '@type': 'Organization', name: 'The Daily Check', url: 'https://check.example' },
        reviewRating: {
          '@type': 'Rating',
          alternateName: { verified: 'Verified', unconfirmed: 'Unverified', disputed: 'Disputed' }[verdict],
          bestRating: 3,
          worstRating: 1
        },
        itemReviewed: { '@type': 'Claim' }
      })
      expect(review.reviewRating.ratingValue).toBe({ verified: 3, unconfirmed: 2, disputed: 1 }[verdict])
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(review.url).toMatch(/^https:\/\/check\.example\/briefs#claim-/)
      expect(review.itemReviewed.appearance.length).toBe(item.citations.length)
      for (const a of review.itemReviewed.appearance) expect(a['@type']).toBe('CreativeWork')
      // The citations: one appearance per cited report, by its headline; the editor's notes as the rating's explanation.
      expect(review.itemReviewed.appearance.map((a) => a.headline)).toEqual(item.citations.map((n) => model.sources.find((s) => s.n === n)!.headline))
      const notes = item.notes.map((n) => n.note).join(' ')
      expect(review.reviewRating.ratingExplanation).toBe(notes || undefined)
      if (item.speaker) expect(review.itemReviewed.author).toEqual({ '@type': item.speakerKind === 'organisation' ? 'Organization' : 'Person', name: item.speaker })
    }
  })

  it('HTML and Markdown carry every reviewed claim with its verdict and note', async () => {
    const html = (await renderBriefFile(data, 'html', options, now, noPdf)).content as string
    const text = html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    expectEveryReviewedItem(text, (v) => ({ verified: 'Verified', disputed: 'Disputed', unconfirmed: 'Unconfirmed' })[v] ?? v)
    const md = (await renderBriefFile(data, 'md', options, now, noPdf)).content as string
    expectEveryReviewedItem(md.replace(/\\/g, ''), (v) => ({ verified: 'What we know', disputed: 'What is disputed', unconfirmed: 'Not yet confirmed' })[v] ?? v)
  })
})
