/**
 * The brief as a Word document: real Heading 1/2/3 styles (so Word's navigation pane
 * and a CMS paste keep the structure), bulleted lists, bracketed superscript
 * citations that point to the numbered Sources list, and page numbers in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild
} from 'docx'
import type { ReviewState } from '../model'
import {
  coverageLine,
  disagreementHeading,
  evidenceStatus,
  metaLine,
  oneAccountPerSource,
  sideStatus,
  sourceDetails,
  sourceFile,
  sourceHeadline,
  sourceName
} from './phrases'
import type { BriefAccount, BriefItem, BriefModel, BriefSection, Wording } from './types'
import { VERDICT_LABELS } from './types'
import { namesSpeaker } from './wording'

const COLOURS: Record<string, string> = { verified: '1F6B3A', disputed: 'A2231D', unconfirmed: '8A5A00', unreviewed: '55606E' }
const MUTED = '5F5F5F'
const SANS = 'Arial'

const cites = (ns: readonly number[]): TextRun[] => (ns.length === 0 ? [] : [new TextRun({ text: ns.map((n) => `[${n}]`).join(''), superScript: true, color: MUTED })])
const para = (children: ParagraphChild[], extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) => new Paragraph({ children, ...extra })
const bullet = (children: ParagraphChild[], level = 0) => new Paragraph({ children, bullet: { level }, spacing: { after: 80 } })
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level, keepNext: true, keepLines: true })
/** The verdict spelled out in capitals and colour, so it reads in print and in greyscale. */
const verdictRun = (verdict: ReviewState) => new TextRun({ text: VERDICT_LABELS[verdict], bold: true, color: COLOURS[verdict], font: SANS, size: 16, allCaps: true })
const muted = (text: string, italics = false) => new TextRun({ text, color: MUTED, italics })

/** Runs as Word runs: a speaker's words in “…”, citations superscript, a status in bold. */
function docxRuns(wording: Wording): TextRun[] {
  return wording.flatMap((r) => {
    switch (r.kind) {
      case 'text':
        return [new TextRun(r.text)]
      case 'quote':
        return [new TextRun(`“${r.text}”`)]
      case 'cite':
        return cites(r.sources)
      case 'status':
        return [new TextRun({ text: r.text, bold: true })]
    }
  })
}

const speakerSuffix = (wording: Wording, speaker: string | null): TextRun[] =>
  speaker && !namesSpeaker(wording, speaker) ? [new TextRun({ text: ` — ${speaker}`, italics: true, color: MUTED })] : []

export async function renderDocx(model: BriefModel): Promise<Uint8Array> {
  const children: Paragraph[] = [
    para([new TextRun({ text: 'FACT-CHECK BRIEF', bold: true, color: COLOURS.disputed, font: SANS, size: 16 })]),
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE, keepNext: true }),
    para([new TextRun({ text: metaLine(model), italics: true, color: MUTED })], {
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '1B1B1B', space: 6 } }
    })
  ]
  for (const paragraph of model.lede) children.push(para(docxRuns(paragraph), { spacing: { after: 240 } }))
  for (const section of model.sections) children.push(...sectionParagraphs(section))

  children.push(heading('Where sources disagree', HeadingLevel.HEADING_1))
  if (model.disagreements.length === 0) children.push(empty('No disagreements found between the sources.'))
  for (const d of model.disagreements) {
    const sides = d.sides.flatMap((side, i) => [
      ...(i > 0 ? [new TextRun(' vs ')] : []),
      ...docxRuns(side.wording),
      ...cites(side.citations),
      muted(` (${sideStatus(side)})`, true)
    ])
    children.push(
      bullet([new TextRun({ text: `${disagreementHeading(d)}: `, bold: true }), ...sides]),
      ...d.sides.flatMap((side) => oneAccountPerSource(side.accounts).map((a) => bullet(accountRuns(a, true), 1)))
    )
  }

  children.push(heading('Who said what', HeadingLevel.HEADING_1))
  if (model.speakers.length === 0) children.push(empty('No attributed statements.'))
  for (const s of model.speakers) {
    children.push(heading(s.role ? `${s.name} (${s.role})` : s.name, HeadingLevel.HEADING_2))
    for (const st of s.statements) children.push(bullet([...docxRuns(st.wording), new TextRun(' '), verdictRun(st.verdict), ...cites(st.citations)]))
  }

  if (model.closing) children.push(heading('Closing note', HeadingLevel.HEADING_1), para([new TextRun({ text: model.closing, italics: true })]))

  children.push(heading('Sources', HeadingLevel.HEADING_1), para([muted(`${coverageLine(model)} · ${model.asOfLabel}`, true)]))
  if (model.sources.length === 0) children.push(empty('No reports imported.'))
  for (const s of model.sources) {
    const headline = sourceHeadline(s)
    const file = sourceFile(s)
    children.push(
      para(
        [
          new TextRun({ text: `[${s.n}] `, bold: true }),
          new TextRun({ text: sourceName(s), bold: true }),
          ...(headline ? [new TextRun(' — '), new TextRun({ text: headline, italics: true })] : []),
          new TextRun({ text: '', break: 1 }),
          muted(sourceDetails(s).join(' · ')),
          ...(s.url
            ? [new TextRun({ text: '', break: 1 }), new ExternalHyperlink({ link: s.url, children: [new TextRun({ text: s.url, style: 'Hyperlink' })] })]
            : file
              ? [new TextRun({ text: '', break: 1 }), muted(file)]
              : [])
        ],
        { spacing: { after: 140 }, keepLines: true, indent: { left: 360, hanging: 360 } }
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
        heading2: { run: { font: SANS, size: 18, bold: true, allCaps: true, color: MUTED }, paragraph: { spacing: { before: 200, after: 80 } } },
        hyperlink: { run: { color: '1F4E8C', underline: {} } }
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
  return para([muted(text, true)])
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
  const out = [bullet([verdictRun(verdict), new TextRun('  '), ...docxRuns(item.wording), ...speakerSuffix(item.wording, item.speaker), ...cites(item.citations)])]
  for (const n of item.notes) {
    out.push(bullet([new TextRun({ text: `Editor's note${n.editor ? ` (${n.editor})` : ''}: `, bold: true }), new TextRun(n.note)], 1))
  }
  for (const e of item.evidence) out.push(bullet([new TextRun({ text: 'Evidence: ', bold: true }), new TextRun(e.link), muted(` (${evidenceStatus(e)})`)], 1))
  // How each source put it, so the reader sees who says what.
  if (item.showAccounts) out.push(...item.accounts.map((a) => bullet(accountRuns(a, false), 1)))
  return out
}

function accountRuns(a: BriefAccount, withVerdict: boolean): ParagraphChild[] {
  return [
    new TextRun({ text: `[${a.citation}] `, bold: true }),
    ...docxRuns(a.wording),
    ...speakerSuffix(a.wording, a.speaker),
    ...(withVerdict && a.verdict !== 'unreviewed' ? [new TextRun(' '), verdictRun(a.verdict)] : [])
  ]
}
