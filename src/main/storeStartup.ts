/**
 * Opening the desk's store at launch, with the two things that can stand in
 * the way: another factdesk holding its lock, or a damaged file. A damaged
 * store is never overwritten; the editor is offered the newest good backup.
 */
import { dialog } from 'electron'
import { openDeskStore } from '../core/store/deskStore'
import type { Store } from '../core/store/jsonStore'
import { LOCK_OWNER, lockStore, waitForCli, type StoreLock } from '../core/store/lock'
import { restoreNewestBackup } from '../core/store/restore'
import { StoreDamagedError } from '../core/store/schema'

export interface OpenedStore {
  store: Store
  lock: StoreLock
}

/** Resolves with the open store, or null when the editor chose to quit. */
export async function openStoreForApp(storePath: string, seedsDir: string): Promise<OpenedStore | null> {
  let lock: StoreLock
  try {
    // A CLI command writing the store at this moment is waited for; another app is named at once.
    lock = await lockStore(storePath, LOCK_OWNER.app, { waitFor: waitForCli, timeoutMs: 15_000 })
  } catch (error) {
    dialog.showErrorBox('factdesk cannot open its store', (error as Error).message)
    return null
  }
  for (;;) {
    try {
      return { store: await openDeskStore(storePath, seedsDir), lock }
    } catch (error) {
      if (!(error instanceof StoreDamagedError)) {
        dialog.showErrorBox('factdesk cannot open its store', (error as Error).message)
        await lock.release()
        return null
      }
      const choice = await dialog.showMessageBox({
        type: 'error',
        title: 'The store is damaged',
        message: 'factdesk cannot read its store.',
        detail: `${error.path}\n\n${error.problem}.\n\nThe file has not been changed. Restoring puts the newest good backup in its place and keeps the damaged file beside it.`,
        buttons: ['Restore Newest Backup', 'Quit'],
        defaultId: 0,
        cancelId: 1,
        noLink: true
      })
      if (choice.response !== 0) {
        await lock.release()
        return null
      }
      try {
        const { restoredFrom, damagedCopy } = await restoreNewestBackup(storePath)
        await dialog.showMessageBox({
          type: 'info',
          message: 'The store was restored.',
          detail: `Restored from ${restoredFrom}.${damagedCopy ? `\nThe damaged file is kept as ${damagedCopy}.` : ''}`
        })
      } catch (restoreError) {
        dialog.showErrorBox('No backup could be restored', (restoreError as Error).message)
        await lock.release()
        return null
      }
    }
  }
}
