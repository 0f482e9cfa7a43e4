/**
 * An error the user can act on: bad input, an unknown id, a missing file.
 * The CLI prints its message and exits 2; IPC returns it to the desk as-is.
 * Anything else that is thrown is a bug and is reported as such.
 */
export type UserErrorCode = 'invalid-input' | 'not-found' | 'io' | 'store' | 'cancelled' | 'conflict'

export class UserError extends Error {
  override readonly name = 'UserError'
  constructor(
    message: string,
    readonly code: UserErrorCode = 'invalid-input'
  ) {
    super(message)
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}
