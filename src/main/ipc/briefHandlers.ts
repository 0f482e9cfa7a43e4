/**
 * The brief's IPC handlers: preview, export in every format, and "show in folder".
 * Electron-free: PDF printing, the save dialog and the file manager are injected.
 */
import { extensionOf, recordBriefVersion, renderBrief, renderBriefFile, type RenderPdf } from '../../core/brief'
import { UserError } from '../../core/errors'
import type { Store } from '../../core/store/jsonStore'
import type { BriefFormat, Handlers } from '../../shared/contract'

export interface BriefDeps {
  store: Store
  now: () => Date
  /** Asks the user where to save an export; null when they cancel. In the app, a native save dialog. */
  chooseSavePath: (suggestedName: string, format: BriefFormat) => Promise<string | null>
  writeFile: (path: string, content: string | Uint8Array) => Promise<void>
  /** Prints the brief's HTML to PDF: printToPDF in the app, Chromium in the tests. */
  renderPdf?: RenderPdf | undefined
  /** Shows a file in the system's file manager (shell.showItemInFolder in the app). */
  revealPath?: ((path: string) => void) | undefined
  /** Told the options of every preview: File › Export Brief exports the brief as the Brief view shows it. */
  onPreview?: ((options: BriefRequestOptions) => void) | undefined
}

export type BriefRequestOptions = Parameters<Handlers['brief:export']>[0]['options']

type BriefHandlers = Pick<Handlers, 'brief:render' | 'brief:export' | 'brief:reveal'>

export function createBriefHandlers({ store, now, chooseSavePath, writeFile, renderPdf, revealPath, onPreview }: BriefDeps): BriefHandlers {
  // Only paths this session exported may be revealed: the renderer never gets to open arbitrary folders.
  const exported = new Set<string>()
  const pdf: RenderPdf =
    renderPdf ??
    (async () => {
      throw new UserError('PDF export is not available here.', 'io')
    })

  return {
    async 'brief:render'({ format, options }) {
      const rendered = await renderBrief(store.data, format, options, now())
      onPreview?.(options)
      return rendered
    },

    async 'brief:export'({ format, options }) {
      const at = now()
      const path = await chooseSavePath(`factdesk-brief-${at.toISOString().slice(0, 10)}.${extensionOf(format)}`, format)
      if (path === null) return { path: null, version: null }
      // Rendered after the dialog, so the file carries the verdicts as they are when saved.
      const file = await renderBriefFile(store.data, format, options, at, pdf)
      await writeFile(path, file.content)
      const data = await store.update((d) => recordBriefVersion(d, { format, title: file.model.title, options }, at))
      exported.add(path)
      return { path, version: data.briefVersions.at(-1) ?? null }
    },

    async 'brief:reveal'({ path }) {
      if (!exported.has(path)) throw new UserError('Only a brief exported in this session can be shown in its folder.', 'invalid-input')
      if (!revealPath) return { revealed: false }
      revealPath(path)
      return { revealed: true }
    }
  }
}
