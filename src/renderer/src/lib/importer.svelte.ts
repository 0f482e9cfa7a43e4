/**
 * Bringing reports into the desk: picked or dropped files travel as bytes to
 * main, pasted text as text; there, a bounded worker reads and extracts them
 * while the desk stays usable. Each import has an id, so the dialog can show
 * where it is (polled: a stage, a file, n of m) and cancel it.
 */
import type { ImportOutcome, ImportProgress } from '../../../shared/contract'
import { call, messageOf } from './api'
import type { Desk } from './desk.svelte'

export const ACCEPT = '.txt,.md,.html,.htm,.docx,.pdf'

/** How often the dialog asks main where a running import is. */
const POLL_MS = 250

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** An id for one import (crypto.randomUUID needs a secure context; random bytes do not). */
function newJobId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Where each stage sits on the progress bar (reading, then per report, then across reports). */
const STAGES: Record<ImportProgress['stage'], { from: number; to: number; label: (p: ImportProgress) => string }> = {
  read: { from: 0, to: 0.15, label: (p) => (/^https?:/.test(p.file ?? '') ? `Fetching ${p.file}` : `Reading ${p.file}`) },
  ingest: { from: 0.15, to: 0.25, label: (p) => `Reading the text of ${p.file}` },
  extract: { from: 0.25, to: 0.8, label: (p) => `Finding claims in ${p.file}` },
  match: { from: 0.8, to: 0.9, label: () => 'Matching claims across reports' },
  analyse: { from: 0.9, to: 1, label: () => 'Comparing sources' }
}

export function describeProgress(p: ImportProgress): { fraction: number; text: string } {
  const stage = STAGES[p.stage]
  const within = p.total === 0 ? 0 : p.done / p.total
  const count = p.total > 1 && p.file ? ` (${p.done + 1} of ${p.total})` : ''
  return { fraction: stage.from + (stage.to - stage.from) * within, text: `${stage.label(p)}${count}…` }
}

export class Importer {
  busy = $state<string | null>(null)
  error = $state<string | null>(null)
  result = $state<string | null>(null)
  /** Files of the last batch that were not imported, each with its reason (the others were). */
  refused = $state.raw<ImportOutcome['refused']>([])
  /** The running import's last reported stage (null before the worker reports, and when idle). */
  progress = $state<ImportProgress | null>(null)
  /** Set while a running import can be cancelled. */
  jobId = $state<string | null>(null)
  private cancelled = false

  constructor(private readonly desk: Desk) {}

  private async run(label: string, work: (jobId: string) => Promise<ImportOutcome>): Promise<boolean> {
    const jobId = newJobId()
    this.busy = label
    this.error = null
    this.result = null
    this.refused = []
    this.progress = null
    this.cancelled = false
    this.jobId = jobId
    const poll = setInterval(() => {
      void call('reports:importProgress', { jobId }).then(
        ({ progress }) => {
          if (this.jobId === jobId && progress) this.progress = progress
        },
        () => undefined
      )
    }, POLL_MS)
    try {
      const { added, duplicates, refused } = await work(jobId)
      clearInterval(poll)
      this.jobId = null
      this.progress = null
      this.busy = 'Updating the desk…'
      await this.desk.load()
      // Nothing came in: that is a failure, said as one (the reason, and that the desk is as it was).
      if (added.length === 0 && duplicates.length === 0 && refused.length > 0) {
        this.error = refused.length === 1 ? refused[0]!.reason : `None of the ${refused.length} files could be imported (below).`
        this.refused = refused.length === 1 ? [] : refused
        return false
      }
      const parts = [`Imported ${added.length} ${added.length === 1 ? 'report' : 'reports'}`]
      if (duplicates.length > 0) parts.push(`already on the desk: ${duplicates.join(', ')}`)
      if (refused.length > 0) parts.push(`${refused.length} not imported (below)`)
      this.result = parts.join('; ') + '.'
      this.refused = refused
      this.desk.notice = this.result
      if (added[0]) this.desk.selectReport(added[0])
      return true
    } catch (error) {
      if (this.cancelled) this.result = 'Import cancelled; nothing on the desk changed.'
      else this.error = messageOf(error)
      return false
    } finally {
      clearInterval(poll)
      this.jobId = null
      this.progress = null
      this.busy = null
    }
  }

  /** Stops the running import; the desk stays as it was. */
  async cancel(): Promise<void> {
    const jobId = this.jobId
    if (!jobId) return
    this.cancelled = true
    this.busy = 'Cancelling…'
    await call('reports:cancelImport', { jobId }).catch(() => undefined)
  }

  async files(list: File[]): Promise<boolean> {
    if (list.length === 0) return false
    return this.run(`Reading ${list.length === 1 ? list[0]!.name : `${list.length} files`}…`, async (jobId) => {
      const files = []
      for (const f of list) files.push({ file: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) })
      this.busy = 'Extracting claims…'
      return call('reports:importFiles', { files, jobId })
    })
  }

  /** A web page: main fetches it (bounded), keeps it as the report's archived source and extracts its article. */
  async url(address: string): Promise<boolean> {
    const url = address.trim()
    if (!/^https?:\/\/\S+$/i.test(url)) {
      this.error = 'Give the whole web address, starting with https://'
      return false
    }
    return this.run(`Fetching ${url}…`, (jobId) => call('reports:importUrl', { url, jobId }))
  }

  async text(name: string, content: string): Promise<boolean> {
    if (content.trim() === '') {
      this.error = 'Paste the report text first.'
      return false
    }
    const file = (name.trim() || `pasted-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}`).replace(/(\.txt)?$/, '.txt')
    return this.run('Extracting claims…', (jobId) => call('reports:import', { files: [{ file, content }], jobId }))
  }
}
