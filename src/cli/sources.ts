import type { ImportFile } from '../core/importing/job'
import { readReportBytes } from '../core/store/files'

/** A command-line report: an http(s) address is a web page to fetch (and archive, on import); anything else names a file, read now. */
export function reportSource(arg: string): Promise<ImportFile> {
  return /^https?:\/\//i.test(arg) ? Promise.resolve({ name: arg, url: arg }) : readReportBytes(arg)
}
