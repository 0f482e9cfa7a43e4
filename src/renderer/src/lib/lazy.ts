/**
 * A component in its own chunk, loaded on first use and then kept, so the first
 * screen does not wait for views it does not show (the Brief view, the dialogs).
 * `preload` fetches them once the desk is up, so opening one never waits either.
 */
export type Lazy<T> = { (): Promise<T>; preload(): void }

export function lazy<T>(load: () => Promise<{ default: T }>): Lazy<T> {
  let promise: Promise<T> | undefined
  const get = (): Promise<T> =>
    (promise ??= load().then(
      (module) => module.default,
      (error: unknown) => {
        promise = undefined // a failed load is retried the next time
        throw error
      }
    ))
  return Object.assign(get, { preload: () => void get().catch(() => {}) })
}
