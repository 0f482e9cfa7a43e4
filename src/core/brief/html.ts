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
import { BRIEF_CSS, PAGE_NUMBER_CSS } from './style'
import type { BriefAccount, BriefItem, BriefModel, BriefSection, BriefSource, Wording } from './types'
import { VERDICT_LABELS } from './types'
import { namesSpeaker } from './wording'

/** Report text and notes are untrusted: every text node and attribute goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`)
}

const cites = (ns: readonly number[]) => (ns.length === 0 ? '' : `<span class="cites">${ns.map((n) => `<a href="#source-${n}">[${n}]</a>`).join('')}</span>`)

/** Runs as HTML: a speaker's words in “…” (and a span to style them), citations as links to the sources. */
export function htmlRuns(wording: Wording): string {
  return wording
    .map((r) => {
      switch (r.kind) {
        case 'text':
          return escapeHtml(r.text)
        case 'quote':
          return `<span class="quote">“${escapeHtml(r.text)}”</span>`
        case 'cite':
          return cites(r.sources)
        case 'status':
          return `<span class="status">${escapeHtml(r.text)}</span>`
      }
    })
    .join('')
}

const speakerSuffix = (wording: Wording, speaker: string | null): string =>
  speaker && !namesSpeaker(wording, speaker) ? `<span class="speaker">— ${escapeHtml(speaker)}</span> ` : ''

/**
 * A self-contained document: inline CSS, no scripts, and a CSP that forbids loading anything.
 * `forPdf` leaves the page numbers to the PDF printer's footer, so they are not printed twice.
 */
export function renderHtml(model: BriefModel, { forPdf = false } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${BRIEF_CSS}${forPdf ? '' : PAGE_NUMBER_CSS}</style>
</head>
<body>
<article class="brief">
<header>
<p class="kicker">Fact-check brief</p>
<h1>${escapeHtml(model.title)}</h1>
<p class="meta">${escapeHtml(metaLine(model))}</p>
<ul class="tally">${model.sections.map(tally).join('')}</ul>
</header>
${model.lede.map((p) => `<p class="lede${model.ledeByEditor ? ' by-editor' : ''}">${htmlRuns(p)}</p>`).join('\n')}
${model.sections.map(section).join('\n')}
${disagreements(model)}
${speakers(model)}
${model.closing ? `<section class="closing">\n<h2>Closing note</h2>\n<p>${escapeHtml(model.closing)}</p>\n</section>` : ''}
<section class="sources">
<h2>Sources</h2>
<p class="coverage">${escapeHtml(`${coverageLine(model)} · ${model.asOfLabel}`)}</p>
${model.sources.length === 0 ? '<p class="empty">No reports imported.</p>' : `<ol>\n${model.sources.map(source).join('\n')}\n</ol>`}
</section>
</article>
</body>
</html>
`
}

function tally(s: BriefSection): string {
  return `<li><span class="label ${s.verdict}">${VERDICT_LABELS[s.verdict]}</span> ${s.items.length}</li>`
}

function section(s: BriefSection): string {
  if (s.items.length === 0) return `<section class="verdict-${s.verdict}">\n<h2>${escapeHtml(s.heading)}</h2>\n<p class="empty">${escapeHtml(s.empty)}</p>\n</section>`
  const topics = s.topics.map((t) => {
    const heading = s.topics.length > 1 ? `<h3>${escapeHtml(t.label ?? 'Other claims')}</h3>\n` : ''
    return `<div class="topic">\n${heading}<ol class="items">\n${t.items.map((i) => item(i, s.verdict)).join('\n')}\n</ol>\n</div>`
  })
  return `<section class="verdict-${s.verdict}">\n<h2>${escapeHtml(s.heading)}</h2>\n${topics.join('\n')}\n</section>`
}

function item(i: BriefItem, verdict: BriefSection['verdict']): string {
  const notes = i.notes
    .map((n) => `<p class="note"><span class="note-label">Editor's note${n.editor ? ` (${escapeHtml(n.editor)})` : ''}:</span> ${escapeHtml(n.note)}</p>`)
    .join('')
  const evidence = i.evidence
    .map(
      (e) => `<p class="note"><span class="note-label">Evidence:</span> <a href="${escapeHtml(e.link)}">${escapeHtml(e.link)}</a> (${escapeHtml(evidenceStatus(e))})</p>`
    )
    .join('')
  // How each source put it, so the reader sees who says what.
  const accounts = i.showAccounts ? `<ul class="accounts">${i.accounts.map((a) => account(a, false)).join('')}</ul>` : ''
  return `<li class="item" id="${escapeHtml(i.anchor)}"><span class="label ${verdict}">${VERDICT_LABELS[verdict]}</span><p class="claim">${htmlRuns(i.wording)}</p><p class="attribution">${speakerSuffix(i.wording, i.speaker)}${cites(i.citations)}</p>${notes}${evidence}${accounts}</li>`
}

function account(a: BriefAccount, withVerdict: boolean): string {
  const verdict = withVerdict && a.verdict !== 'unreviewed' ? ` <span class="verdict-word ${a.verdict}">${VERDICT_LABELS[a.verdict]}</span>` : ''
  return `<li><a href="#source-${a.citation}">[${a.citation}]</a> ${htmlRuns(a.wording)} ${speakerSuffix(a.wording, a.speaker)}${verdict}</li>`
}

function disagreements(model: BriefModel): string {
  const body =
    model.disagreements.length === 0
      ? '<p class="empty">No disagreements found between the sources.</p>'
      : `<ul class="disagreements">\n${model.disagreements
          .map((d) => {
            const sides = d.sides
              .map(
                (side) =>
                  `<span class="side">${htmlRuns(side.wording)} ${cites(side.citations)} <span class="side-status">(${escapeHtml(sideStatus(side))})</span></span>`
              )
              .join(' <span class="vs">vs</span> ')
            const accounts = d.sides.flatMap((side) => oneAccountPerSource(side.accounts).map((a) => account(a, true)))
            return `<li><p class="detail"><strong>${escapeHtml(disagreementHeading(d))}:</strong> ${sides}</p><ul class="accounts">${accounts.join('')}</ul></li>`
          })
          .join('\n')}\n</ul>`
  return `<section class="disagree">\n<h2>Where sources disagree</h2>\n${body}\n</section>`
}

function speakers(model: BriefModel): string {
  const body =
    model.speakers.length === 0
      ? '<p class="empty">No attributed statements.</p>'
      : model.speakers
          .map((s) => {
            const role = s.role ? ` <span class="role">(${escapeHtml(s.role)})</span>` : ''
            const statements = s.statements.map(
              (st) => `<li>${htmlRuns(st.wording)} <span class="verdict-word ${st.verdict}">${VERDICT_LABELS[st.verdict]}</span> ${cites(st.citations)}</li>`
            )
            return `<div class="person">\n<h3>${escapeHtml(s.name)}${role}</h3>\n<ul class="statements">${statements.join('')}</ul>\n</div>`
          })
          .join('\n')
  return `<section class="people">\n<h2>Who said what</h2>\n${body}\n</section>`
}

function source(s: BriefSource): string {
  const headline = sourceHeadline(s)
  const file = sourceFile(s)
  const link = s.url ? `<a class="link" href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a>` : file ? `<span class="file">${escapeHtml(file)}</span>` : ''
  return `<li id="source-${s.n}"><span class="num">[${s.n}]</span> <span class="outlet">${escapeHtml(sourceName(s))}</span>${headline ? ` — <cite class="headline">${escapeHtml(headline)}</cite>` : ''}<br><span class="details">${sourceDetails(s).map(escapeHtml).join(' · ')}</span>${link ? `<br>${link}` : ''}</li>`
}
