/**
 * A minimal zip writer for test and benchmark inputs: .docx files, including
 * hostile ones (a zip bomb) whose entries are built from pre-compressed deflate
 * blocks, so a 300 MB entry costs one 1 MB compression to make.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  /** The entry's bytes, or repeated chunks (a large entry made cheaply). */
  data: Uint8Array | { chunk: Uint8Array; times: number }
}

interface Packed {
  name: Buffer
  compressed: Buffer
  size: number
  crc: number
}

function pack(entry: ZipEntry): Packed {
  const name = Buffer.from(entry.name, 'utf8')
  if (entry.data instanceof Uint8Array) {
    return { name, compressed: deflateRawSync(entry.data), size: entry.data.length, crc: crc32(entry.data) }
  }
  const { chunk, times } = entry.data
  // A full flush ends the chunk's blocks byte-aligned with no back-references
  // beyond it, so its deflate output can be repeated; one final empty block closes the stream.
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH })
  const end = deflateRawSync(Buffer.alloc(0))
  let crc = 0
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc)
  return { name, compressed: Buffer.concat([...Array<Buffer>(times).fill(block), end]), size: chunk.length * times, crc }
}

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries.map(pack)) {
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14)
    local.writeUInt32LE(entry.compressed.length, 18)
    local.writeUInt32LE(entry.size, 22)
    local.writeUInt16LE(entry.name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(entry.crc >>> 0, 16)
    central.writeUInt32LE(entry.compressed.length, 20)
    central.writeUInt32LE(entry.size, 24)
    central.writeUInt16LE(entry.name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, entry.name, entry.compressed)
    centrals.push(central, entry.name)
    offset += local.length + entry.name.length + entry.compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** A Word document whose body is the given WordprocessingML (inside <w:body>), or a large repeated body. */
export function docx(body: string | { chunk: string; times: number }): Buffer {
  const open = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>`
  const close = '</w:body></w:document>'
  const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8')
  const parts: ZipEntry[] = [
    { name: '[Content_Types].xml', data: utf8(CONTENT_TYPES) },
    { name: '_rels/.rels', data: utf8(RELS) }
  ]
  if (typeof body === 'string') return zip([...parts, { name: 'word/document.xml', data: utf8(open + body + close) }])
  // A repeated body (a zip bomb's): one chunk many times over, not even well-formed XML.
  return zip([...parts, { name: 'word/document.xml', data: { chunk: utf8(body.chunk), times: body.times } }])
}

/** Paragraphs of plain text as WordprocessingML. */
export function paragraphs(texts: string[]): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return texts.map((t) => `<w:p><w:r><w:t xml:space="preserve">${escape(t)}</w:t></w:r></w:p>`).join('')
}
