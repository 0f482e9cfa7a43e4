import { docx as wordDocument, paragraphs } from '../bench/zip'
import { test, expect } from './harness'
import { claimRows } from './deskPage'
import type { Page } from '@playwright/test'

const body = (city: string) =>
  `Officials in ${city} said on Tuesday that 4,000 troops had left the border region overnight. ` +
  `“We will not accept any delay in the talks,” the foreign minister, Anna Kowalska, told reporters in ${city}. ` +
  `The ministry said 12 bridges near ${city} had been repaired since January, according to a statement.`

async function docx(text: string): Promise<Buffer> {
  return wordDocument(paragraphs(text.split('. ').map((p) => `${p.replace(/\.$/, '')}.`)))
}

/** Each import starts a worker (here from the TypeScript sources, through tsx): a busy machine needs more than the default 5 s. */
const IMPORTED = { timeout: 30_000 }

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import reports' })

async function pick(page: Page, files: { name: string; buffer: Buffer }[]): Promise<void> {
  await dialog(page)
    .getByLabel('Choose report files')
    .setInputFiles(files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })))
}

test('import .txt, .md, .html and .docx through the file picker; HTML is reduced to its text', async ({ desk }) => {
  const { page } = desk
  const before = (await desk.readStoreFile()).reports.length
  await page.getByRole('button', { name: 'Import…' }).click()
  const html = `<!doctype html><html><head><title>x</title><script>window.pwned=1</script></head><body><nav>Home | World</nav><article><h1>Talks in Vilnius</h1><p>${body('Vilnius')}</p><img src=x onerror="window.pwned=2"></article></body></html>`
  await pick(page, [
    { name: 'warsaw.txt', buffer: Buffer.from(body('Warsaw')) },
    { name: 'riga.md', buffer: Buffer.from(`# Talks in Riga\n\n${body('Riga')}`) },
    { name: 'vilnius.html', buffer: Buffer.from(html) },
    { name: 'tallinn.docx', buffer: await docx(body('Tallinn')) }
  ])
  await expect(dialog(page).getByRole('status')).toContainText('Imported 4 reports', IMPORTED)
  const data = await desk.readStoreFile()
  expect(data.reports).toHaveLength(before + 4)
  const byFile = new Map(data.reports.map((r) => [r.file, r]))
  expect(byFile.get('vilnius.html')!.text).not.toMatch(/<|pwned|Home \| World/)
  expect(byFile.get('tallinn.docx')!.text).toContain('Officials in Tallinn said on Tuesday')
  for (const file of ['warsaw.txt', 'riga.md', 'vilnius.html', 'tallinn.docx']) {
    expect(data.claims.filter((c) => c.reportId === byFile.get(file)!.id).length, file).toBeGreaterThan(0)
  }
  expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('navigation', { name: 'Reports' }).locator('[data-report]')).toHaveCount(before + 4)
})

test('paste a report, and drop a file onto the window', async ({ desk }) => {
  const { page } = desk
  const before = (await desk.readStoreFile()).reports.length
  await page.getByRole('button', { name: 'Import…' }).click()
  await dialog(page).getByLabel('Report name').fill('kaunas-wire')
  await dialog(page).getByLabel('Report text').fill(body('Kaunas'))
  await dialog(page).getByRole('button', { name: 'Import pasted text' }).click()
  await expect(dialog(page).getByRole('status')).toContainText('Imported 1 report', IMPORTED)
  await page.keyboard.press('Escape')
  // The new report is selected and its claims listed.
  await expect(claimRows(page).first()).toContainText(/Kaunas|troops|Kowalska/)

  // A real drop of a File onto the window (the body runs in the page, where the DOM exists).
  await page.evaluate(`(() => {
    const dt = new DataTransfer()
    dt.items.add(new File([${JSON.stringify(body('Tartu'))}], 'dropped-tartu.txt', { type: 'text/plain' }))
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }))
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }))
  })()`)
  await expect(dialog(page).getByRole('status')).toContainText('Imported 1 report', IMPORTED)
  const files = (await desk.readStoreFile()).reports.map((r) => r.file)
  expect(files).toHaveLength(before + 2)
  expect(files).toEqual(expect.arrayContaining(['kaunas-wire.txt', 'dropped-tartu.txt']))
})

test('in a batch, a bad file is listed with its reason and does not block the others; a lone bad file changes nothing', async ({ desk }) => {
  const { page } = desk
  const before = await desk.readStoreFile()
  await page.getByRole('button', { name: 'Import…' }).click()
  await pick(page, [
    { name: 'fine.txt', buffer: Buffer.from(body('Gdansk')) },
    { name: 'scan.docx', buffer: Buffer.from('this is not a zip at all') }
  ])
  await expect(dialog(page).getByRole('status')).toContainText('Imported 1 report; 1 not imported (below).', IMPORTED)
  await expect(dialog(page).getByRole('list', { name: 'Not imported' })).toContainText('scan.docx is not a Word document')
  const mid = await desk.readStoreFile()
  expect(mid.reports.map((r) => r.file)).toEqual([...before.reports.map((r) => r.file), 'fine.txt'])

  await pick(page, [{ name: 'report.txt', buffer: Buffer.from('%PDF-1.7\n binary') }])
  await expect(dialog(page).getByRole('alert')).toContainText('report.txt', IMPORTED)
  await expect(dialog(page).getByRole('alert')).toContainText('Nothing on the desk changed')
  const after = await desk.readStoreFile()
  expect(after.reports).toHaveLength(mid.reports.length)
  expect(after.claims).toHaveLength(mid.claims.length)
})
