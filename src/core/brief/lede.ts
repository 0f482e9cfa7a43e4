/**
 * The lede: the situation in three to six sentences, as of the brief's time —
 * what happened, who says what, what is disputed and what is still open. It is
 * built, deterministically, from the brief's items ranked by corroboration
 * (reports carrying a confirmed member of the cluster) and then check-worthiness,
 * and every sentence is cited and opens with its status, so nothing unverified
 * reads as fact: "Not yet verified, reported by 4 of 5 sources: …".
 */
import { anaphors, functionWord } from '../lexicon'
import { isReportingVerb } from './parts'
import type { DiscrepancyKind, Person, ReviewState } from '../model'
import type { Selection } from './selection'
import { outletOf } from '../reports/label'
import type { BriefDisagreement, BriefItem, BriefSection, Run, Wording } from './types'
import { cite, firstWord, namesSpeaker, quote, quotedWords, startsSentence, status, text, tidy } from './wording'

const MIN_SENTENCES = 3
const MAX_SENTENCES = 6

/** What a sentence tells, in the order the lede tells it. */
const ORDER = { happened: 0, said: 1, disputed: 2, open: 3 } as const
type Role = keyof typeof ORDER

interface Candidate {
  item: BriefItem
  verdict: ReviewState
  /** A person's statement (who says what), rather than an event or an organisation's announcement. */
  said: boolean
}

/** How each kind of disagreement reads in a sentence: "Sources disagree on the figures for people (killed)". */
const DISAGREEMENT_PHRASES: Record<DiscrepancyKind, (topic: string) => string> = {
  number: (t) => `the figures for ${t}`,
  date: (t) => `the date of ${t}`,
  timing: (t) => `the timing of ${t}`,
  title: (t) => `the title of ${t}`,
  spelling: (t) => `the spelling of ${t}`,
  'quote-wording': (t) => `the words of ${t}`,
  place: (t) => `where ${t} is`
}

export function ledeOf(sel: Selection, sections: readonly BriefSection[], disagreements: readonly BriefDisagreement[], people: readonly Person[]): Wording[] {
  const reports = sel.reports.length
  // A sentence one report alone tells is that outlet's statement, and says so by name when the report has one.
  const outlets = new Map(sel.reports.map((r) => [sel.numberOf.get(r.id)!, outletOf(r)]))
  const roles = new Map(people.map((p) => [p.name, p.roles[0] ?? null]))
  const candidates: Candidate[] = sections
    .flatMap((s) => s.items.map((item) => ({ item, verdict: s.verdict, said: item.speakerKind === 'person' })))
    .sort(
      (a, b) =>
        b.item.corroborating.length - a.item.corroborating.length ||
        b.item.score - a.item.score ||
        (a.item.citations[0] ?? 0) - (b.item.citations[0] ?? 0) ||
        (a.item.anchor < b.item.anchor ? -1 : a.item.anchor > b.item.anchor ? 1 : 0)
    )
  const picked: Array<{ role: Role; sentence: Wording }> = []
  const used = new Set<BriefItem>()
  const voices = new Set<string>()
  const take = (role: Role, wanted: (c: Candidate) => boolean): boolean => {
    for (const c of candidates) {
      if (used.has(c.item) || !wanted(c)) continue
      const body = bodyOf(c.item, sel, roles)
      if (!body) continue
      used.add(c.item)
      if (c.item.speaker) voices.add(c.item.speaker)
      picked.push({ role, sentence: sentence(c, body, reports, outlets) })
      return true
    }
    return false
  }

  take('happened', (c) => !c.said)
  take('said', (c) => c.said)
  take('disputed', (c) => c.verdict === 'disputed')
  const open = openSentence(disagreements)
  if (open) picked.push({ role: 'open', sentence: open })
  take('happened', (c) => !c.said)
  take('said', (c) => c.said && !voices.has(c.item.speaker!))
  while (picked.length < MIN_SENTENCES && take('happened', () => true));
  return picked
    .slice(0, MAX_SENTENCES)
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => ORDER[a.role] - ORDER[b.role] || a.i - b.i)
    .map((p) => p.sentence)
}

/** "Verified, reported by 3 of 5 sources:", "Not yet verified, reported only by apnews.com:" — the status first, so the reader knows it before the claim. */
export function statusOpening(verdict: ReviewState, corroborating: readonly number[], reports: number, outlets: ReadonlyMap<number, string | null>): string {
  const alone = corroborating.length === 1 ? outlets.get(corroborating[0]!) : null
  const reach =
    reports <= 1
      ? alone
        ? `reported by ${alone}`
        : 'reported by the one source'
      : alone
        ? `reported only by ${alone}`
        : corroborating.length >= reports
          ? `reported by all ${reports} sources`
          : `reported by ${corroborating.length} of ${reports} sources`
  const word = { verified: 'Verified', disputed: 'Disputed', unconfirmed: 'Not yet confirmed', unreviewed: 'Not yet verified' }[verdict]
  return `${word}, ${reach}:`
}

function sentence(c: Candidate, body: Wording, reports: number, outlets: ReadonlyMap<number, string | null>): Wording {
  return tidy([status(statusOpening(c.verdict, c.item.corroborating, reports, outlets)), text(' '), ...closed(body), text(' '), cite(c.item.corroborating)])
}

/** The body ends as a sentence does: with its own full stop, or one added after a closing quotation. */
function closed(body: Wording): Wording {
  const last = body.at(-1)
  if (!last || last.kind === 'cite') return body
  if (/[.!?…]$/.test(last.text)) return body
  if (last.kind === 'quote') return [...body.slice(0, -1), quote(last.text.replace(/\s*[,;:]$/u, '')), text('.')]
  return [...body.slice(0, -1), text(`${last.text.replace(/[\s,;:–—-]+$/u, '')}.`)]
}

/**
 * The item as a sentence of its own. A wording that is a sentence and names
 * its speaker (or has none) is used as written. A fragment that starts with
 * its reporting verb ("urged that Moscow…") gets its speaker in front. Else a
 * speaker's exact words, quoted: "Jens Stoltenberg said: “…”". Else a sentence
 * is told as the sources' report (its status opening says whose); a fragment
 * cannot be told without inventing words, and is left for the sections below.
 */
function bodyOf(item: BriefItem, sel: Selection, roles: ReadonlyMap<string, string | null>): Wording | null {
  const w = item.wording
  const speaker = item.speaker
  // "Those letters were…", "He stated…": a sentence that points back to one the lede does not have.
  const opening = firstWord(w)
  if (opening && anaphors().has(opening)) return null
  if ((!speaker || namesSpeaker(w, speaker)) && startsSentence(w)) return w
  if (!speaker) return null
  const role = item.speakerKind === 'person' ? roles.get(speaker) : null
  const who = role ? `${speaker}, ${role},` : speaker
  const verb = firstWord(w)
  if (!namesSpeaker(w, speaker) && verb && isReportingVerb(verb)) return [text(`${who} `), ...w]
  const claim = sel.claimsById.get(item.claimId)
  const words = claim ? quotedWords(claim) : null
  if (words) return [text(`${who} said: `), words]
  // Anything else is told as what the sources report (the status opening says so), never put in the speaker's
  // mouth: an engine's attribution can be wrong, and "According to Russia, both leaders…" would make it worse.
  return startsSentence(w) && w[0]?.kind === 'text' ? w : null
}

/** "Sources disagree on 3 points, among them the figures for people (killed): at least 820 [1] against more than 1,000 [2][4]." */
function openSentence(disagreements: readonly BriefDisagreement[]): Wording | null {
  if (disagreements.length === 0) return null
  const reach = (d: BriefDisagreement): number => new Set(d.sides.flatMap((s) => s.citations)).size
  const first = disagreements.reduce((best, d) => (reach(d) > reach(best) ? d : best))
  const count = disagreements.length
  const runs: Run[] = [status('Sources disagree'), text(` on ${count > 1 ? `${count} points, among them ` : ''}${DISAGREEMENT_PHRASES[first.kind](first.topic)}: `)]
  first.sides.forEach((side, i) => {
    if (i > 0) runs.push(text(i === first.sides.length - 1 ? (first.sides.length > 2 ? ', and ' : ' against ') : ', '))
    runs.push(...midSentence(side.wording), side.citations.length > 0 ? cite(side.citations) : text(' (reference data)'))
  })
  runs.push(text('.'))
  return tidy(runs.flatMap((r, i) => (r.kind === 'cite' && runs[i - 1]?.kind !== 'cite' ? [text(' '), r] : [r])))
}

/** A side's words inside the sentence: "and at least 2,012 people", its opening function word no longer capitalised (names keep theirs). */
function midSentence(wording: Wording): Wording {
  const first = wording[0]
  const word = firstWord(wording)
  if (first?.kind !== 'text' || !word || !functionWord().has(word)) return wording
  return [text(first.text.charAt(0).toLowerCase() + first.text.slice(1)), ...wording.slice(1)]
}

/**
 * The editor's own lede, kept as they wrote it: paragraphs at blank lines, and
 * "[n]" (for a source the brief lists) as a citation, as in the derived lede
 * they started from. Their words are theirs; nothing is added or quoted.
 */
export function editorLede(written: string, sources: ReadonlySet<number>): Wording[] {
  return written
    .split(/\n\s*\n/)
    .map((paragraph) =>
      tidy(
        paragraph.split(/((?:\[\d+\])+)/).map((part): Run => {
          const numbers = /^(?:\[\d+\])+$/.test(part) ? [...part.matchAll(/\d+/g)].map((m) => Number(m[0])) : []
          return numbers.length > 0 && numbers.every((n) => sources.has(n)) ? cite(numbers) : text(part)
        })
      )
    )
    .filter((p) => p.length > 0)
}
