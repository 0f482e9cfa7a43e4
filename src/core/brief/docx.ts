/**
 * The brief as a Word document: real Heading 1/2/3 styles (so Word's navigation pane
 * and a CMS paste keep the structure), bulleted lists, bracketed superscript
 * citations that point to the numbered Sources list, and page numbers in the footer.
 */
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type ParagraphChild } from 'docx'
import type { ReviewState } from '../model'
import { disagreementHeading, metaLine, REFERENCE, sideText, sourceDetails, usageLine } from './markdown'
import { quoted } from './quotes'
import type { BriefAccount, BriefItem, BriefModel, BriefSection } from './types'
import { VERDICT_LABELS } from './types'

const COLOURS: Record<string, string> = { verified: '1F6B3A', disputed: 'A2231D', unconfirmed: '8A5A00', unreviewed: '55606E' }
const MUTED = '5F5F5F'
const SANS = 'Arial'

const cites = (ns: number[]): TextRun => new TextRun({ text: ns.map((n) => `[${n}]`).join(''), superScript: true, color: MUTED })
const para = (children: ParagraphChild[], extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) => new Paragraph({ children, ...extra })
const bullet = (children: ParagraphChild[], level = 0) => new Paragraph({ children, bullet: { level }, spacing: { after: 80 } })
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level, keepNext: true, keepLines: true })
/** The verdict spelled out in capitals and colour, so it reads in print and in greyscale. */
const verdictRun = (verdict: ReviewState) => new TextRun({ text: VERDICT_LABELS[verdict], bold: true, color: COLOURS[verdict], font: SANS, size: 16, allCaps: true })

export async function renderDocx(model: BriefModel): Promise<Uint8Array> {
  const children: Paragraph[] = [
    para([new TextRun({ text: 'FACT-CHECK BRIEF', bold: true, color: COLOURS.disputed, font: SANS, size: 16 })]),
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE, keepNext: true }),
    para([new TextRun({ text: metaLine(model), italics: true, color: MUTED })], {
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '1B1B1B', space: 6 } }
    })
  ]
  if (model.lede.length > 0) children.push(para(model.lede.flatMap(ledeRuns), { spacing: { after: 240 } }))
  for (const section of model.sections) children.push(...sectionParagraphs(section))

  children.push(heading('Where sources disagree', HeadingLevel.HEADING_1))
  if (model.disagreements.length === 0) children.push(empty('No disagreements found between the sources.'))
  for (const d of model.disagreements) {
    const sides = d.sides.flatMap((side, i) => [
      new TextRun(`${i > 0 ? ' vs ' : ''}${sideText(side)}`),
      side.citations.length > 0 ? cites(side.citations) : new TextRun({ text: ` (${REFERENCE})`, italics: true, color: MUTED })
    ])
    children.push(
      bullet([new TextRun({ text: `${disagreementHeading(d)}: `, bold: true }), ...sides]),
      ...d.sides.flatMap((side) => side.accounts.map((a) => bullet(accountRuns(a), 1)))
    )
  }

  children.push(heading('Who said what', HeadingLevel.HEADING_1))
  if (model.speakers.length === 0) children.push(empty('No attributed statements.'))
  for (const s of model.speakers) {
    children.push(heading(s.role ? `${s.name} (${s.role})` : s.name, HeadingLevel.HEADING_2))
    for (const st of s.statements) children.push(bullet([new TextRun(`${quoted(st.text)} `), verdictRun(st.verdict), cites(st.citations)]))
  }

  if (model.closing) children.push(heading('Closing note', HeadingLevel.HEADING_1), para([new TextRun({ text: model.closing, italics: true })]))

  children.push(heading('Sources', HeadingLevel.HEADING_1))
  if (model.sources.length === 0) children.push(empty('No reports imported.'))
  for (const s of model.sources) {
    const file = s.label !== s.file ? ` (${s.file})` : ''
    children.push(
      para(
        [
          new TextRun({ text: `[${s.n}] `, bold: true }),
          new TextRun(`${s.label}${file}`),
          new TextRun({ text: ` — ${[...sourceDetails(s), usageLine(s)].join(' · ')}`, color: MUTED })
        ],
        { spacing: { after: 100 }, keepLines: true }
      )
    )
  }

  const doc = new Document({
    creator: 'factdesk',
    title: model.title,
    styles: {
      default: {
        document: { run: { font: 'Georgia', size: 22 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: 'Georgia', size: 44, bold: true, color: '1B1B1B' }, paragraph: { spacing: { after: 160, line: 252, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: 'Georgia', size: 30, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: SANS, size: 18, bold: true, allCaps: true, color: MUTED }, paragraph: { spacing: { before: 200, after: 80 } } }
      }
    },
    sections: [
      {
        properties: { page: { margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18, color: MUTED })]
              })
            ]
          })
        },
        children
      }
    ]
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

function empty(text: string): Paragraph {
  return para([new TextRun({ text, italics: true, color: MUTED })])
}

function ledeRuns(s: BriefModel['lede'][number], i: number): ParagraphChild[] {
  const space = i > 0 ? ' ' : ''
  if (!s.quoted) return [new TextRun(`${space}${s.text}`)]
  return [new TextRun(`${space}${s.speaker ? `${s.speaker}: ` : ''}${quoted(s.text)}`), cites(s.citations)]
}

function sectionParagraphs(section: BriefSection): Paragraph[] {
  const out = [heading(section.heading, HeadingLevel.HEADING_1)]
  if (section.items.length === 0) return [...out, empty(section.empty)]
  for (const topic of section.topics) {
    if (section.topics.length > 1) out.push(heading(topic.label ?? 'Other claims', HeadingLevel.HEADING_2))
    for (const item of topic.items) out.push(...itemParagraphs(item, section.verdict))
  }
  return out
}

function itemParagraphs(item: BriefItem, verdict: BriefSection['verdict']): Paragraph[] {
  const speaker = item.speaker ? [new TextRun({ text: ` — ${item.speaker}`, italics: true, color: MUTED })] : []
  const out = [bullet([verdictRun(verdict), new TextRun(`  ${item.text}`), ...speaker, cites(item.citations)])]
  for (const n of item.notes) {
    out.push(bullet([new TextRun({ text: `Editor's note${n.editor ? ` (${n.editor})` : ''}: `, bold: true }), new TextRun(n.note)], 1))
  }
  // A disputed claim shows how each source put it, so the reader sees who says what.
  if (verdict === 'disputed' && item.accounts.length > 1) out.push(...item.accounts.map((a) => bullet(accountRuns(a), 1)))
  return out
}

function accountRuns(a: BriefAccount): ParagraphChild[] {
  return [
    new TextRun({ text: `[${a.citation}] `, bold: true }),
    new TextRun(quoted(a.text)),
    ...(a.speaker ? [new TextRun({ text: ` — ${a.speaker}`, italics: true })] : [])
  ]
}
