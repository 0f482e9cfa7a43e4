/** Stories (issue 15): each story is its own store, started, opened and reopened from the desk and the File menu. */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoreData } from '../../src/core/model'
import { claimRows } from './deskPage'
import { test, expect } from './harness'

const reportsPane = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Reports' })

test('a new story starts empty in its own store; its reports stay there; the first story reopens from the recent list', async ({ desk }) => {
  const { page, dir } = desk
  const first = await desk.readStoreFile()
  await expect(reportsPane(page).locator('[data-report]')).toHaveCount(5)

  // File › New Story… asks for the name in the desk.
  desk.main.electron.clickMenu('File', 'New Story…')
  const stories = page.getByRole('dialog', { name: 'Stories' })
  await stories.getByLabel('New story').fill('Port strike, Rotterdam')
  await stories.getByRole('button', { name: 'Start story' }).click()
  await expect(page.getByTestId('story')).toContainText('Port strike, Rotterdam')
  await expect(reportsPane(page)).toContainText('No reports in this story yet.')
  await expect(page.getByTestId('notice')).toContainText('Started the story “Port strike, Rotterdam”')

  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import reports' })
  await dialog.getByLabel('Report name').fill('port-wire')
  await dialog
    .getByLabel('Report text')
    .fill('Dockworkers in Rotterdam walked out on Tuesday, and 41 container ships were waiting offshore, the port authority said in a statement.')
  await dialog.getByRole('button', { name: 'Import pasted text' }).click()
  await expect(dialog.getByRole('status')).toContainText('Imported 1 report', { timeout: 30_000 })
  await page.keyboard.press('Escape')
  await expect(reportsPane(page).locator('[data-report]')).toHaveCount(1)

  // The new story is a store of its own, in the stories folder, named after it.
  const storyPath = join(dir, 'stories', 'port-strike-rotterdam.json')
  expect(existsSync(storyPath)).toBe(true)
  const story = JSON.parse(await readFile(storyPath, 'utf8')) as StoreData
  expect(story.story.name).toBe('Port strike, Rotterdam')
  expect(story.reports.map((r) => r.file)).toEqual(['port-wire.txt'])
  // …and the first story did not get the port report.
  expect((await desk.readStoreFile()).reports.map((r) => r.id)).toEqual(first.reports.map((r) => r.id))

  // Back to the first story from the recent list.
  await page.getByTestId('story').click()
  await expect(stories).toContainText('Recent stories')
  // Listed by its name (a store without one: its file's), with its path.
  const recent = stories.getByRole('list').getByRole('listitem')
  await expect(recent).toHaveCount(1)
  await expect(recent).toContainText(desk.storePath)
  await recent.getByRole('button').click()
  await expect(reportsPane(page).locator('[data-report]')).toHaveCount(5)
  await expect(claimRows(page).first()).toBeVisible()
  await expect(page.getByTestId('notice')).toContainText('Opened the story')

  // And File › Open Story… with a store file picked in the dialog.
  desk.main.electron.answerDialogs({ open: () => [storyPath] })
  desk.main.electron.clickMenu('File', 'Open Story…')
  await expect(page.getByTestId('story')).toContainText('Port strike, Rotterdam')
  await expect(reportsPane(page).locator('[data-report]')).toHaveCount(1)
})

test('removing a report takes its claims and reviews with it, says so, and Ctrl+Z puts all of it back', async ({ desk }) => {
  const { page } = desk
  const before = await desk.readStoreFile()
  const report = before.reports[2]!
  const own = before.claims.filter((c) => c.reportId === report.id)
  // A verdict on one of its claims first: it must come back with the report.
  await page.locator(`[data-report="${report.id}"]`).click()
  await claimRows(page).first().click()
  const judged = (await claimRows(page).first().getAttribute('data-claim'))!
  await page.keyboard.press('2')
  await expect(page.locator(`[data-claim="${judged}"]`)).toHaveAttribute('data-verdict', 'disputed')

  await page
    .locator(`[data-report="${report.id}"]`)
    .locator('..')
    .getByRole('button', { name: /Remove/ })
    .click()
  await expect(page.locator(`[data-report="${report.id}"]`)).toHaveCount(0)
  await expect(page.getByTestId('notice')).toContainText('Removed')
  let onDisk = await desk.readStoreFile()
  expect(onDisk.reports.map((r) => r.id)).not.toContain(report.id)
  expect(onDisk.claims.filter((c) => c.reportId === report.id)).toEqual([])
  expect(onDisk.reviews[judged]).toBeUndefined()
  expect(onDisk.changes.at(-1)).toMatchObject({ kind: 'remove-report', reportIds: [report.id] })

  await page.keyboard.press('Control+z')
  await expect(page.locator(`[data-report="${report.id}"]`)).toHaveCount(1)
  await expect(page.getByTestId('notice')).toContainText('Undid: removal of the report')
  onDisk = await desk.readStoreFile()
  expect(onDisk.reports.map((r) => r.id)).toEqual(before.reports.map((r) => r.id))
  expect(onDisk.claims.filter((c) => c.reportId === report.id)).toEqual(own)
  expect(onDisk.reviews[judged]?.verdict).toBe('disputed')
  await expect(page.locator(`[data-claim="${judged}"]`)).toHaveAttribute('data-verdict', 'disputed')
})
