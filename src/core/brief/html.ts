import { BRIEF_CSS } from './style'
import type { BriefItem, BriefModel, BriefSection, BriefSource } from './model'
import { formatDate } from './title'

/** Report text and notes are untrusted: every text node and attribute goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`)
}

const LABELS: Record<string, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  unconfirmed: 'Unconfirmed',
  unreviewed: 'Not reviewed'
}

/** A self-contained document: inline CSS, no scripts, and a CSP that forbids loading anything. */
export function renderHtml(model: BriefModel): string {
  const count = model.sources.length
  const meta = [model.dateLabel, `${count} ${count === 1 ? 'report' : 'reports'}`]
  if (model.preparedBy) meta.push(`Prepared by ${model.preparedBy}`)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${BRIEF_CSS}</style>
</head>
<body>
<article class="brief">
<header>
<p class="kicker">Fact-check brief</p>
<h1>${escapeHtml(model.title)}</h1>
<p class="meta">${meta.map(escapeHtml).join(' <span aria-hidden="true">·</span> ')}</p>
<ul class="tally">${model.sections.map(tally).join('')}</ul>
</header>
${model.sections.map(section).join('\n')}
<section class="sources">
<h2>Sources</h2>
${count === 0 ? '<p class="empty">No reports imported.</p>' : `<ol>\n${model.sources.map(source).join('\n')}\n</ol>`}
</section>
</article>
</body>
</html>
`
}

function tally(s: BriefSection): string {
  return `<li><span class="label ${s.verdict}">${LABELS[s.verdict]}</span> ${s.items.length}</li>`
}

function section(s: BriefSection): string {
  const body = s.items.length === 0 ? `<p class="empty">${escapeHtml(s.empty)}</p>` : `<ol class="items">\n${s.items.map((i) => item(i, s.verdict)).join('\n')}\n</ol>`
  return `<section class="verdict-${s.verdict}">\n<h2>${escapeHtml(s.heading)}</h2>\n${body}\n</section>`
}

function item(i: BriefItem, verdict: string): string {
  const cites = i.citations.map((n) => `<a href="#source-${n}">[${n}]</a>`).join('')
  const speaker = i.speaker ? `<span class="speaker">— ${escapeHtml(i.speaker)}</span> ` : ''
  const notes = i.notes
    .map((n) => `<p class="note"><span class="note-label">Editor's note${n.editor ? ` (${escapeHtml(n.editor)})` : ''}:</span> ${escapeHtml(n.note)}</p>`)
    .join('')
  return `<li class="item"><span class="label ${verdict}">${LABELS[verdict]}</span><p class="claim">${escapeHtml(i.text)}</p><p class="attribution">${speaker}<span class="cites">${cites}</span></p>${notes}</li>`
}

function source(s: BriefSource): string {
  const details = [s.date ? formatDate(s.date) : 'undated', s.dateline, ...s.credits].filter((d): d is string => Boolean(d))
  const file = s.label !== s.file ? ` <span class="file">${escapeHtml(s.file)}</span>` : ''
  return `<li id="source-${s.n}"><span class="num">[${s.n}]</span> <span class="source-title">${escapeHtml(s.label)}</span>${file}<br><span class="details">${details.map(escapeHtml).join(' · ')}</span></li>`
}
