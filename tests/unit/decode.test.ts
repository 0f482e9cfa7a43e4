import { describe, expect, it } from 'vitest'
import { cleanReportText, decodeReportBytes, MAX_REPORT_BYTES } from '../../src/core/input/decode'
import { outletOf } from '../../src/core/reports/label'
import { htmlToText } from '../../src/core/input/html'
import { ingestReport } from '../../src/core/ingest'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('decodeReportBytes', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    expect(decodeReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kyiv said “no”.')]), 'a.txt')).toBe('Kyiv said “no”.')
  })

  it('reads UTF-16 with a byte-order mark, both byte orders', () => {
    const text = 'Stoltenberg said 100,000 troops — “cautious optimism”.'
    const le = new Uint8Array(2 + text.length * 2)
    const be = new Uint8Array(2 + text.length * 2)
    le.set([0xff, 0xfe])
    be.set([0xfe, 0xff])
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      le.set([code & 0xff, code >> 8], 2 + i * 2)
      be.set([code >> 8, code & 0xff], 2 + i * 2)
    }
    expect(decodeReportBytes(le, 'le.txt')).toBe(text)
    expect(decodeReportBytes(be, 'be.txt')).toBe(text)
  })

  it('refuses invalid UTF-8, naming the file and the fix', () => {
    expect(() => decodeReportBytes(new Uint8Array([0x41, 0xc3, 0x28, 0x42]), 'latin.txt')).toThrow(/latin\.txt is not UTF-8 text\. Save it as UTF-8/)
  })

  it('refuses binary files', () => {
    expect(() => decodeReportBytes(utf8('%PDF-1.7 ...'), 'r.pdf')).toThrow('r.pdf is a PDF, not a text report.')
    expect(() => decodeReportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'r.docx')).toThrow(/zip archive/)
    expect(() => decodeReportBytes(new Uint8Array([0x41, 0x00, 0x42, 0x01, 0x02, 0x03]), 'blob.txt')).toThrow('blob.txt looks like a binary file')
  })

  it('refuses empty files and files over the size limit', () => {
    expect(() => decodeReportBytes(new Uint8Array(), 'e.txt')).toThrow('e.txt is empty')
    expect(() => decodeReportBytes(utf8(' \n\t\n'), 'blank.txt')).toThrow('blank.txt is empty')
    expect(() => decodeReportBytes(new Uint8Array(MAX_REPORT_BYTES + 1), 'huge.txt')).toThrow(/huge\.txt is 20\.0 MB; reports over 20 MB/)
  })

  it('imports HTML as text only: no script, no handler, no markup', () => {
    const html = `<!doctype html><html><head><title>t</title><script>alert(1)</script></head>
      <body onload="steal()"><nav>Home | World</nav><p>NATO said <b>100,000</b> troops&nbsp;remain.</p>
      <img src=x onerror="alert(2)"><p>Kyiv &ldquo;will believe it when it sees it&rdquo;.</p><!-- hidden --></body></html>`
    const text = decodeReportBytes(utf8(html), 'page.html')
    expect(text).toBe('NATO said 100,000 troops remain.\n\nKyiv “will believe it when it sees it”.')
    expect(text).not.toMatch(/alert|steal|onerror|<|Home/)
  })
})

describe('htmlToText', () => {
  it('prefers the article when the page marks one', () => {
    const body = 'Moscow announced that some units were returning to their bases after exercises. '.repeat(4)
    expect(htmlToText(`<div>Subscribe now</div><article><h1>Pullback</h1><p>${body}</p></article><div>Related</div>`)).toBe(`Pullback\n\n${body.trim()}`)
  })

  it("leads with the page's own address and site name, which ingest reads as the source's link and outlet", () => {
    const body = 'Moscow announced that some units were returning to their bases after exercises. '.repeat(4)
    const page = `<html><head><meta property="og:site_name" content="The Valley
      News"><meta property="og:url" content="https://valley.example/og"><link rel="canonical" href="https://valley.example/story-1"><title>x</title></head><body><article><h1>Pullback</h1><p>${body}</p></article></body></html>`
    const text = htmlToText(page)
    expect(text).toBe(`source: https://valley.example/story-1\noutlet: The Valley News\n\nPullback\n\n${body.trim()}`)
    const report = ingestReport({ file: 'story.html', content: text }, '2026-03-15T12:00:00.000Z')
    expect([report.url, report.outlet, report.title]).toEqual(['https://valley.example/story-1', 'The Valley News', 'Pullback'])
    expect(report.text).not.toContain('outlet:')
    expect(outletOf(report)).toBe('The Valley News')
    // A page address that is no web address is not given as one.
    expect(htmlToText(`<link rel="canonical" href="javascript:alert(1)"><p>Text.</p>`)).toBe('Text.')
  })
})

describe('hostile HTML (issue 13)', () => {
  const filler = '<p>Officials said 4,000 troops left.</p> '.repeat(5000)
  it('an unclosed comment, script or tag hides only what follows it, read in one pass', () => {
    expect(htmlToText(`<p>Kyiv said 12 units left.</p><!-- ${filler}`)).toBe('Kyiv said 12 units left.')
    expect(htmlToText(`<p>Kyiv said 12 units left.</p><script ${filler}`)).toBe('Kyiv said 12 units left.')
    expect(htmlToText(`<p>Kyiv said 12 units left.</p><style>${filler}`)).toBe('Kyiv said 12 units left.')
    const anchors = htmlToText(`<p>${'Officials said 4,000 troops left <a href=x '.repeat(20000)}`)
    expect(anchors.startsWith('Officials said 4,000 troops left')).toBe(true)
  })

  it('nested dropped elements and entities', () => {
    expect(htmlToText('<nav><ul><li>Home</li></ul><nav>x</nav></nav><p>A &amp; B &#8212; C &#x27;D&#x27;</p><footer>© 2022</footer>')).toBe("A & B — C 'D'")
  })
})

describe('control characters', () => {
  it('are removed from every report text: terminal escapes, OSC 52, C1; page breaks become line breaks', () => {
    const text = decodeReportBytes(utf8('Troops left.\u001b[2K\u001b]52;c;aGk=\u0007 Kyiv\u009b31m said.\fNext page.'), 'r.txt')
    expect(text).toBe('Troops left.[2K]52;c;aGk= Kyiv31m said.\nNext page.')
    expect(cleanReportText('a\u0000b\u007fc\td\re\u000bf')).toBe('abc\td\re\nf')
  })
})
