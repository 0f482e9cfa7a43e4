import { createHash } from 'node:crypto'

/**
 * Unicode NFC, one kind of line break, single spaces, no invisible characters:
 * the id hashes this form, so cosmetic differences in a re-import keep the id.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2007\u202f\t\f\v]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export function reportIdFor(normalised: string): string {
  return createHash('sha256').update(normalised).digest('hex').slice(0, 10)
}
