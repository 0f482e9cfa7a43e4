/**
 * The newsroom a brief is published under (Settings: organisation, its URL,
 * the editor), as ClaimReview consumers need it. Types only, no runtime
 * imports: the desk's bundle reads it to warn before an export.
 */
import type { Settings } from '../model'

/** A newsroom URL is where its fact-checks are published: an absolute http(s) address, or '' for none. Returns the problem, or null. */
export function newsroomUrlProblem(url: string): string | null {
  const u = url.trim()
  if (u === '') return null
  let parsed: URL
  try {
    parsed = new URL(u)
  } catch {
    return `"${u}" is not a web address (expected one starting with https://)`
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return `"${u}" is not a web address (expected one starting with https://)`
  if (parsed.hash) return `"${u}" has an anchor (#…): give the page's address; each review adds its own`
  return null
}

/**
 * What a ClaimReview export will lack with these settings, in words an editor
 * acts on. Fact-check aggregators (Google's Fact Check Explorer, Meedan,
 * Duke's Fact-Check Insights) need each review's `url` and an `author`.
 */
export function claimReviewGaps(settings: Settings): string[] {
  const gaps: string[] = []
  if (!settings.url.trim()) gaps.push("each review's url and the author's url (the newsroom's URL is not set)")
  if (!settings.organisation.trim()) {
    gaps.push(
      settings.editorName.trim()
        ? 'the newsroom as author: the editor is named instead (the organisation is not set)'
        : 'the author (neither the organisation nor the editor is set)'
    )
  }
  return gaps
}
