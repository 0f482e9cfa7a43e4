/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { DeskApi } from '../../shared/contract'

declare global {
  /** Exposed by the preload (or the e2e harness): the only way to reach the main process. */
  interface Window {
    api: DeskApi
  }
}

export {}
