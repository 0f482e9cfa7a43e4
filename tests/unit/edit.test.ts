import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { docx } from '../bench/zip'
import { addClaimFromSelection, decideCluster, editClaimText, mergeClaims, setDismissed, splitClaim } from '../../src/core/edit/claims'
import { analyseClaims } from '../../src/core/analysis'
import { UserError } from '../../src/core/errors'
import { docxToText } from '../../src/core/input/docx'
import { reportFileToText } from '../../src/core/input/importFile'
import { emptyStore, reviewOf, StoreData } from '../../src/core/model'
import { applyBulkReview, clusterMemberIds } from '../../src/core/review/bulk'
import { setEvidence, validateEvidenceUrl } from '../../src/core/review/evidence'
import { applyReview } from '../../src/core/review/review'
import { reportFixture } from '../fixtures/reports'

const TEXT = 'Troops withdrew on Monday. The ministry said 100 tanks left. Nobody confirmed it.'
const now = new Date('2022-02-16T10:00:00Z')
const later = new Date('2022-02-16T11:00:00Z')

function store(): StoreData {
  const data = emptyStore()
  data.settings.editorName = 'Desk Editor'
  data.reports = [reportFixture('r1', TEXT, { importedAt: now.toISOString() })]
  const span = (id: string, s: string, clusterId: string) => {
    const start = TEXT.indexOf(s)
    return { id, reportId: 'r1', text: s, start, end: start + s.length, kind: 'statement' as const, speaker: null, clusterId }
  }
  data.claims = [span('r1-1', 'Troops withdrew on Monday.', 'k1'), span('r1-2', 'The ministry said 100 tanks left.', 'k1'), span('r1-3', 'Nobody confirmed it.', 'k3')]
  return data
}

/** The invariant every edit keeps. */
function offsetsHold(data: StoreData): void {
  for (const c of data.claims) expect(c.text).toBe(data.reports[0]!.text.slice(c.start, c.end))
}

describe('claim edits', () => {
  it('edits the wording without moving the source span, and clears it again', () => {
    const a = editClaimText(store(), 'r1-1', ' Troops left on Monday. ')
    expect(a.claims[0]).toMatchObject({ editedText: 'Troops left on Monday.', text: 'Troops withdrew on Monday.' })
    expect(editClaimText(a, 'r1-1', '').claims[0]!.editedText).toBeUndefined()
    offsetsHold(a)
  })

  it('splits a claim into two trimmed spans; the first keeps the review', () => {
    const reviewed = applyReview(store(), { claimId: 'r1-2', verdict: 'disputed' }, now)
    const { data, newId } = splitClaim(reviewed, 'r1-2', 'The ministry said'.length)
    expect(data.claims.map((c) => c.text)).toEqual(['Troops withdrew on Monday.', 'The ministry said', '100 tanks left.', 'Nobody confirmed it.'])
    expect(newId).toBe('r1-e1')
    expect(reviewOf(data, 'r1-2').verdict).toBe('disputed')
    offsetsHold(data)
    expect(() => splitClaim(store(), 'r1-2', 0)).toThrow(UserError)
  })

  it('merges two claims of a report into one span and carries the notes over', () => {
    let data = applyReview(store(), { claimId: 'r1-1', note: 'A' }, now)
    data = applyReview(data, { claimId: 'r1-2', note: 'B' }, now)
    const merged = mergeClaims(data, 'r1-2', 'r1-1', later)
    expect(merged.claims.map((c) => c.id)).toEqual(['r1-1', 'r1-3'])
    expect(merged.claims[0]!.text).toBe('Troops withdrew on Monday. The ministry said 100 tanks left.')
    expect(reviewOf(merged, 'r1-1').note).toBe('A\n\nB')
    expect(merged.reviews['r1-2']).toBeUndefined()
    offsetsHold(merged)
    expect(() => mergeClaims(data, 'r1-1', 'r1-1', later)).toThrow(/two different/)
  })

  it("keeps the next claim's verdict, note and history when the first claim has no review", () => {
    let data = applyReview(store(), { claimId: 'r1-2', verdict: 'disputed', note: 'Only one outlet has the tank count.', editor: 'Ana' }, now)
    data = setEvidence(data, 'r1-2', ['https://example.org/tanks'], now)
    const merged = mergeClaims(data, 'r1-1', 'r1-2', later)
    const review = reviewOf(merged, 'r1-1')
    expect(review).toMatchObject({ verdict: 'disputed', note: 'Only one outlet has the tank count.', evidence: ['https://example.org/tanks'] })
    // Both of r1-2's events are there, saying where they were recorded, then the merge.
    expect(review.history.map((e) => [e.claimId ?? 'r1-1', e.verdict])).toEqual([
      ['r1-2', 'disputed'],
      ['r1-2', 'disputed'],
      ['r1-1', 'disputed']
    ])
    expect(review.history[0]!.editor).toBe('Ana')
    expect(review.history.at(-1)!.merged).toEqual([
      { claimId: 'r1-1', verdict: 'unreviewed' },
      { claimId: 'r1-2', verdict: 'disputed' }
    ])
  })

  it('leaves differing verdicts for an editor to decide, saying which verdicts the merged claim came from', () => {
    let data = applyReview(store(), { claimId: 'r1-1', verdict: 'verified', note: 'Seen on video.' }, now)
    data = applyReview(data, { claimId: 'r1-2', verdict: 'disputed', note: 'Count differs.' }, new Date('2022-02-16T10:30:00Z'))
    const merged = mergeClaims(data, 'r1-1', 'r1-2', later)
    const review = reviewOf(merged, 'r1-1')
    expect(review.verdict).toBe('unreviewed')
    expect(review.note).toBe('Seen on video.\n\nCount differs.')
    expect(review.history.map((e) => e.verdict)).toEqual(['verified', 'disputed', 'unreviewed'])
    expect(review.history.at(-1)).toMatchObject({
      at: later.toISOString(),
      editor: 'Desk Editor',
      merged: [
        { claimId: 'r1-1', verdict: 'verified' },
        { claimId: 'r1-2', verdict: 'disputed' }
      ]
    })
    // The merged store is still a valid store (the new history fields are part of the schema).
    expect(StoreData.safeParse(merged).success).toBe(true)
  })

  it('dismisses and restores a claim, keeping its review', () => {
    const reviewed = applyReview(store(), { claimId: 'r1-3', verdict: 'verified' }, now)
    const gone = setDismissed(reviewed, 'r1-3', true)
    expect(gone.claims[2]!.dismissed).toBe(true)
    const back = setDismissed(gone, 'r1-3', false)
    expect(back.claims[2]!.dismissed).toBeUndefined()
    expect(reviewOf(back, 'r1-3').verdict).toBe('verified')
  })

  it('adds a claim from a selection, trimmed and in reading order', () => {
    const start = TEXT.indexOf('100 tanks') - 1
    const { data, newId } = addClaimFromSelection(store(), 'r1', start, start + 11)
    const added = data.claims.find((c) => c.id === newId)!
    expect(added).toMatchObject({ text: '100 tanks', origin: 'editor', kind: 'statement' })
    expect(data.claims.map((c) => c.id)).toEqual(['r1-1', 'r1-2', 'r1-3'].flatMap((id) => (id === 'r1-3' ? [newId, id] : [id])))
    offsetsHold(data)
    expect(() => addClaimFromSelection(store(), 'r1', 5, 900)).toThrow(/outside/)
    expect(() => addClaimFromSelection(store(), 'nope', 0, 5)).toThrow(/Unknown report/)
  })

  it('confirms or detaches a suggested cluster member', () => {
    expect(decideCluster(store(), 'r1-2', 'confirmed').claims[1]).toMatchObject({ clusterId: 'k1', clusterDecision: 'confirmed' })
    const detached = decideCluster(store(), 'r1-2', 'detached')
    expect(detached.claims[1]).toMatchObject({ clusterId: 'solo-r1-2', clusterDecision: 'detached' })
    expect(clusterMemberIds(detached, 'k1')).toEqual(['r1-1'])
  })
})

describe('bulk review and evidence', () => {
  it('gives every claim its own history entry', () => {
    const data = applyBulkReview(store(), { claimIds: ['r1-1', 'r1-3', 'r1-1'], verdict: 'unconfirmed', note: 'Wire only.' }, now)
    expect(reviewOf(data, 'r1-1')).toMatchObject({ verdict: 'unconfirmed', note: 'Wire only.' })
    expect(reviewOf(data, 'r1-3').history).toHaveLength(1)
    expect(reviewOf(data, 'r1-2').verdict).toBe('unreviewed')
    expect(() => applyBulkReview(store(), { claimIds: [] }, now)).toThrow(UserError)
    // A cluster verdict reaches confirmed members only: a suggested one waits for an editor's confirmation.
    const summary = analyseClaims(store().claims, store().reports).clusters.find((k) => k.id === 'k1')!
    expect(summary.suggested.map((m) => m.claimId)).toEqual(['r1-2'])
    expect(clusterMemberIds(store(), 'k1')).toEqual(['r1-1'])
    expect(clusterMemberIds(decideCluster(store(), 'r1-2', 'confirmed'), 'k1').sort()).toEqual(['r1-1', 'r1-2'])
  })

  it('accepts only http(s) links with a real host', () => {
    expect(validateEvidenceUrl(' https://example.org/a ')).toBe('https://example.org/a')
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url', 'http://intranet']) {
      expect(() => validateEvidenceUrl(bad)).toThrow(UserError)
    }
    const data = setEvidence(store(), 'r1-1', ['https://example.org/a', 'https://example.org/a'], now)
    expect(reviewOf(data, 'r1-1').evidence).toEqual(['https://example.org/a'])
    expect(reviewOf(data, 'r1-1').history.at(-1)?.evidence).toEqual(['https://example.org/a'])
    expect(() => setEvidence(store(), 'r1-1', ['ftp://x.org'], now)).toThrow(/only http/)
  })
})

describe('docx import', () => {
  it('reads the paragraphs of the document', async () => {
    const bytes = docx('<w:p><w:r><w:t>Kyiv &amp; Moscow</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Second </w:t></w:r><w:r><w:t>para.</w:t></w:r></w:p>')
    expect(await reportFileToText(bytes, 'a.docx')).toBe('Kyiv & Moscow\n\nSecond para.')
  })

  it('names a file that is not a docx', async () => {
    await expect(docxToText(new TextEncoder().encode('hello'), 'fake.docx')).rejects.toThrow(/fake.docx is not a Word document/)
    const zip = new JSZip()
    zip.file('x.txt', 'x')
    await expect(docxToText(await zip.generateAsync({ type: 'uint8array' }), 'z.docx')).rejects.toThrow(/z.docx is not a Word document.*main document/)
    await expect(reportFileToText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 1]), 'a.pdf')).rejects.toThrow('a.pdf is not a readable PDF (Invalid PDF structure.).')
  })
})

describe('re-clustering on import', () => {
  it('keeps a detached claim in its own cluster', async () => {
    const { importReports } = await import('../../src/core/pipeline')
    const { readFileSync, readdirSync } = await import('node:fs')
    const dir = new URL('../../seeds/', import.meta.url)
    const seeds = readdirSync(dir)
      .sort()
      .map((file) => ({ file, content: readFileSync(new URL(file, dir), 'utf8') }))
    const first = importReports(emptyStore(), seeds.slice(0, 4), now).data
    const shared = first.claims.find((c) => first.claims.some((o) => o.id !== c.id && o.clusterId === c.clusterId))!
    const detached = decideCluster(first, shared.id, 'detached')
    const again = importReports(detached, seeds.slice(4), now).data
    expect(again.claims.find((c) => c.id === shared.id)).toMatchObject({ clusterId: `solo-${shared.id}`, clusterDecision: 'detached' })
  })
})
