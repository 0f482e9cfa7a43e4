/**
 * Bringing reports into the desk: picked or dropped files travel as bytes to
 * main, which decodes and extracts them (docx, html, text); pasted text travels
 * as text. Progress is per stage, since extraction of a big file takes a moment.
 */
import { call, messageOf } from './api'
import type { Desk } from './desk.svelte'

export const ACCEPT = '.txt,.md,.html,.htm,.docx'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export class Importer {
  busy = $state<string | null>(null)
  error = $state<string | null>(null)
  result = $state<string | null>(null)

  constructor(private readonly desk: Desk) {}

  private async run(label: string, work: () => Promise<{ added: string[]; duplicates: string[] }>): Promise<boolean> {
    this.busy = label
    this.error = null
    this.result = null
    try {
      const { added, duplicates } = await work()
      this.busy = 'Updating the desk…'
      await this.desk.load()
      const parts = [`Imported ${added.length} ${added.length === 1 ? 'report' : 'reports'}`]
      if (duplicates.length > 0) parts.push(`already on the desk: ${duplicates.join(', ')}`)
      this.result = parts.join('; ') + '.'
      this.desk.notice = this.result
      if (added[0]) this.desk.selectReport(added[0])
      return true
    } catch (error) {
      this.error = messageOf(error)
      return false
    } finally {
      this.busy = null
    }
  }

  async files(list: File[]): Promise<boolean> {
    if (list.length === 0) return false
    return this.run(`Reading ${list.length === 1 ? list[0]!.name : `${list.length} files`}…`, async () => {
      const files = []
      for (const f of list) files.push({ file: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) })
      this.busy = 'Extracting claims…'
      return call('reports:importFiles', { files })
    })
  }

  async text(name: string, content: string): Promise<boolean> {
    if (content.trim() === '') {
      this.error = 'Paste the report text first.'
      return false
    }
    const file = (name.trim() || `pasted-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}`).replace(/(\.txt)?$/, '.txt')
    return this.run('Extracting claims…', () => call('reports:import', { files: [{ file, content }] }))
  }
}
