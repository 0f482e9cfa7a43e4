/** The brief's look: an editorial page on screen, a clean A4/Letter document in print. */
export const BRIEF_CSS = `
:root { --ink: #1b1b1b; --muted: #5f5f5f; --rule: #d9d4c7; --paper: #fdfcf8;
  --verified: #1f6b3a; --disputed: #a2231d; --unconfirmed: #8a5a00; --unreviewed: #55606e; }
* { box-sizing: border-box; }
html { background: #ece9e1; }
body { margin: 0; padding: 2.5rem 1rem; color: var(--ink); font: 17px/1.55 Georgia, "Times New Roman", Times, serif; }
.brief { max-width: 44rem; margin: 0 auto; padding: 3rem 3.5rem; background: var(--paper); box-shadow: 0 1px 4px rgba(0,0,0,.12); }
header { border-bottom: 3px double var(--ink); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.kicker { margin: 0; font: 600 .75rem/1.2 "Helvetica Neue", Arial, sans-serif; letter-spacing: .14em; text-transform: uppercase; color: var(--disputed); }
h1 { margin: .35rem 0 .5rem; font-size: 2rem; line-height: 1.2; font-weight: 700; text-wrap: balance; }
.meta { margin: 0; color: var(--muted); font-style: italic; }
.tally { list-style: none; margin: .9rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font: .85rem/1.4 "Helvetica Neue", Arial, sans-serif; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
.items { list-style: none; margin: 0; padding: 0; }
.item { position: relative; margin: 0 0 1.1rem; padding: .1rem 0 .1rem 1rem; border-left: 3px solid var(--rule); }
.verdict-verified .item { border-left-color: var(--verified); }
.verdict-disputed .item { border-left-color: var(--disputed); }
.verdict-unconfirmed .item { border-left-color: var(--unconfirmed); }
.claim { margin: .2rem 0; }
.attribution { margin: 0; color: var(--muted); font-size: .9rem; }
.speaker { font-style: italic; }
.cites a { color: var(--ink); text-decoration: none; font: 600 .8rem "Helvetica Neue", Arial, sans-serif; }
.note { margin: .35rem 0 0; padding: .4rem .6rem; background: #f3efe3; font-size: .92rem; }
.note-label { font-weight: 700; }
.label { display: inline-block; padding: .05rem .45rem; border-radius: 2px; color: #fff; font: 700 .66rem/1.5 "Helvetica Neue", Arial, sans-serif; letter-spacing: .08em; text-transform: uppercase; }
.label.verified { background: var(--verified); } .label.disputed { background: var(--disputed); }
.label.unconfirmed { background: var(--unconfirmed); } .label.unreviewed { background: var(--unreviewed); }
.empty { color: var(--muted); font-style: italic; }
.sources ol { list-style: none; padding: 0; font-size: .88rem; }
.sources li { margin-bottom: .6rem; padding-left: 2.2rem; text-indent: -2.2rem; }
.sources .num { display: inline-block; min-width: 2.2rem; text-indent: 0; font: 700 .8rem "Helvetica Neue", Arial, sans-serif; }
.sources .outlet { font-weight: 700; }
.sources .headline { font-style: italic; }
.sources .file, .sources .details, .coverage { color: var(--muted); }
.sources .link { color: var(--muted); font-size: .8rem; word-break: break-all; text-decoration: none; }
.side-status { color: var(--muted); font-style: italic; font-size: .9rem; }
.vs { color: var(--muted); font-style: italic; }
.detail { font-weight: 400; }
.detail strong { font-weight: 700; }
.lede { font-size: 1.08rem; margin: 0 0 1.5rem; }
.lede .cites a { margin-left: .15rem; }
.lede .status { font: 700 .8em "Helvetica Neue", Arial, sans-serif; letter-spacing: .02em; }
h3 { font: 700 .8rem/1.3 "Helvetica Neue", Arial, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); margin: 1.2rem 0 .5rem; }
h3 .role { font-weight: 400; letter-spacing: 0; text-transform: none; }
.accounts { margin: .35rem 0 0; padding-left: 1.1rem; font-size: .9rem; color: var(--ink); }
.accounts li { margin-bottom: .2rem; }
.accounts a { color: var(--ink); text-decoration: none; font: 600 .8rem "Helvetica Neue", Arial, sans-serif; }
.disagreements, .statements { padding-left: 1.1rem; }
.disagreements > li, .statements > li { margin-bottom: .7rem; }
.detail { margin: 0; }
.verdict-word { font: 700 .66rem/1.5 "Helvetica Neue", Arial, sans-serif; letter-spacing: .08em; text-transform: uppercase; margin-left: .3rem; }
.verdict-word.verified { color: var(--verified); } .verdict-word.disputed { color: var(--disputed); }
.verdict-word.unconfirmed { color: var(--unconfirmed); } .verdict-word.unreviewed { color: var(--unreviewed); }
.closing p { font-style: italic; }
.sources .usage { color: var(--muted); font-size: .82rem; }
@media print {
  @page { margin: 18mm 16mm 20mm; }
  html, body { background: #fff; padding: 0; font-size: 11pt; }
  .brief { max-width: none; padding: 0; box-shadow: none; background: #fff; }
  .label, .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  /* Headings stay with the text they introduce; short blocks never split across pages. */
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  .item, .sources li, .statements > li, .accounts > li, .note, .detail { break-inside: avoid; page-break-inside: avoid; }
  /* A disagreement may run over a page; its heading line stays with its first account. */
  .detail { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; }
}
`

/** Page numbers when the HTML itself is printed (Chromium supports @page margin boxes); PDF exports stamp their own footer instead. */
export const PAGE_NUMBER_CSS = `
@media print { @page { @bottom-center { content: counter(page) " / " counter(pages); font: 9pt Georgia, serif; color: #5f5f5f; } } }
`
