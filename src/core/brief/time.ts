/** The brief's time, written the way editors write it, in the editor's time zone. No imports: the contract reads it. */

/**
 * The brief's time as editors write it: "15 Feb 2022, 18:40 CET", in the given
 * time zone (UTC when none). Assembled from the parts so the order and
 * punctuation never depend on the machine's locale data.
 */
export function formatTime(at: Date, timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short'
  }).formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} ${part('timeZoneName')}`
}

/** True when this runtime knows the time zone (the contract refuses others). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
