/**
 * The one table of export formats. The contract validates against its ids, the
 * save dialog and the menu take their names and extensions from it, the Brief
 * view's export bar lists it, and the CLI reads `--format` and `--out` through
 * it. A new format is a row here and its renderer in render.ts (which the
 * type checker holds to every id of this table).
 *
 * Data only, no imports: the desk's bundle reads it without pulling in any renderer.
 */
export const BRIEF_FORMAT_TABLE = [
  { id: 'pdf', label: 'PDF document', extensions: ['pdf'], mime: 'application/pdf', binary: true },
  { id: 'docx', label: 'Word document', extensions: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', binary: true },
  { id: 'md', label: 'Markdown', extensions: ['md', 'markdown'], mime: 'text/markdown', binary: false },
  { id: 'html', label: 'HTML page', extensions: ['html', 'htm'], mime: 'text/html', binary: false },
  { id: 'csv', label: 'CSV spreadsheet', extensions: ['csv'], mime: 'text/csv', binary: false },
  { id: 'claimreview', label: 'ClaimReview JSON-LD', extensions: ['jsonld', 'json'], mime: 'application/ld+json', binary: false }
] as const

export type BriefFormat = (typeof BRIEF_FORMAT_TABLE)[number]['id']
export type BriefFormatRow = (typeof BRIEF_FORMAT_TABLE)[number]
export type BriefTextFormat = Extract<BriefFormatRow, { binary: false }>['id']

/** The ids, in the table's order (the menu's and the export bar's order). */
export const BRIEF_FORMATS = BRIEF_FORMAT_TABLE.map((f) => f.id) as [BriefFormat, ...BriefFormat[]]
export const BRIEF_TEXT_FORMATS = BRIEF_FORMAT_TABLE.filter((f) => !f.binary).map((f) => f.id) as [BriefTextFormat, ...BriefTextFormat[]]

export function briefFormat(id: BriefFormat): BriefFormatRow {
  return BRIEF_FORMAT_TABLE.find((f) => f.id === id)!
}

/** The file extension an export is saved with (the first of its row). */
export function extensionOf(id: BriefFormat): string {
  return briefFormat(id).extensions[0]
}

/** The format a file name's extension stands for ("brief.htm" → html), if any. */
export function formatOfExtension(ext: string): BriefFormat | undefined {
  const e = ext.replace(/^\./, '').toLowerCase()
  return BRIEF_FORMAT_TABLE.find((f) => (f.extensions as readonly string[]).includes(e))?.id
}

export function isBriefFormat(word: string): word is BriefFormat {
  return (BRIEF_FORMATS as string[]).includes(word)
}
