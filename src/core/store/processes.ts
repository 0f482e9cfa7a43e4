/**
 * Whether the process that left a lock or a temporary file is still the one
 * running. A process id alone is not enough: after a crash or a reboot the id
 * is reused by some unrelated process, and a lock naming it would be refused
 * forever. So a process is identified by its id and its start time.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** Whether a process with this id exists (EPERM: it exists, but is not ours to signal). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

let bootId: string | null | undefined
/** Linux's id of this boot: start times count from boot, so they are compared within one. */
function linuxBootId(): string | null {
  if (bootId === undefined) {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
    } catch {
      bootId = null
    }
  }
  return bootId
}

/**
 * When the process started, as an opaque string that is equal for the same
 * process and differs for a later process with the same id; null where the
 * platform does not say (Windows), or the process does not exist.
 */
export function processStartTime(pid: number): string | null {
  if (process.platform === 'linux') {
    try {
      // Field 22 of /proc/PID/stat, counted after the command name (which may hold spaces and parentheses).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ticks = fields[19]
      return ticks ? `${linuxBootId() ?? 'boot'}:${ticks}` : null
    } catch {
      return null
    }
  }
  if (process.platform === 'win32') return null
  try {
    const started = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    return started === '' ? null : started
  } catch {
    return null
  }
}

let ownStart: string | null | undefined
export function ownStartTime(): string | null {
  if (ownStart === undefined) ownStart = processStartTime(process.pid)
  return ownStart
}

/**
 * Whether the process recorded as (pid, started) is still running. A recorded
 * start time that differs from the running process's means the id was reused:
 * the recorded process is gone.
 */
export function isSameProcessRunning(pid: number, started: string | null | undefined): boolean {
  if (!isRunning(pid)) return false
  if (!started) return true
  const now = processStartTime(pid)
  return now === null || now === started
}
