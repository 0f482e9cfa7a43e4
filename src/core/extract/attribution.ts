/**
 * Attribution frames: who is reported as saying something, found around every
 * reporting verb outside quotation marks. The frames English news copy uses:
 *   subject–verb            "Stoltenberg said", "the ministry said", "he added"
 *   with an apposition      "Abdelhak El Amrani, 33, told AFP"
 *   inverted                "…,” said Bill McGuire, professor emeritus at …"
 *   a speech act            "Putin has hailed his counterpart", "Peskov dismissed the ruling as …"
 *   participial             "…, saying", "with Putin saying that …"
 *   "according to X", and an office speaking for its holder ("Macron's office said").
 */
import { functionWord, organisationHeads, roles, type SpeechFrame, weekdayNumber } from '../lexicon'
import type { Token } from '../text/tokenize'
import { PASSIVE } from './clause'
import type { Mention, NamedEntity } from './mentions'

export interface Speaker {
  /** Canonical name ("Bill McGuire", "Interior Ministry"), or the description as written ("Kremlin spokesman"). */
  name: string
  kind: 'person' | 'organisation'
  entity: NamedEntity | null
}

export interface Frame {
  /** Token index of the reporting verb ("according" for "according to"). */
  verb: number
  lemma: string
  frame: SpeechFrame | 'according'
  /** Null for unnamed sources ("officials said", "a statement said"): still reported, by nobody named. */
  speaker: Speaker | null
  /** Token range of the subject, for the desk to show the attribution. */
  subjectFirst: number
  subjectLast: number
  /** The verb comes before its subject ("said Putin"). */
  inverted: boolean
}

export interface FrameContext {
  text: string
  tokens: readonly Token[]
  /** Per token: inside a quotation (a verb there is the speaker's word, not an attribution). */
  quoted: readonly boolean[]
  sentenceOf: readonly number[]
  /** Mentions by the index of their first and of their last token. */
  mentionStartingAt: ReadonlyMap<number, Mention>
  mentionEndingAt: ReadonlyMap<number, Mention>
}

const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'did',
  'does',
  'do',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'shall',
  'also',
  'not',
  "n't",
  'never',
  'then',
  'later',
  'earlier',
  'again',
  'too',
  'still',
  'only',
  'now',
  'once',
  'already',
  'meanwhile',
  'further',
  'today',
  'yesterday',
  'tonight',
  'separately',
  'previously',
  'subsequently'
])
/** Verb forms that are nouns after a determiner ("a report", "the warning"). */
const NOUN_BEFORE = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'no',
  'any',
  'every',
  'each',
  'another',
  'such',
  'whose',
  "'s",
  '’s'
])
const OFFICE = new Set([
  'office',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'press',
  'aides',
  'aide',
  'team',
  'camp',
  'campaign',
  'lawyer',
  'lawyers',
  'representative'
])

function isAdverb(t: Token): boolean {
  return t.kind === 'word' && !t.cap && ((t.lower.endsWith('ly') && t.lower.length > 4) || AUXILIARIES.has(t.lower))
}

/** "on Thursday", "on Monday night", "last week": time adverbials that stand between a subject and its verb. */
function timePhraseBefore(tokens: readonly Token[], k: number): number {
  // Returns how many tokens ending at k form such a phrase (0 if none).
  const t = tokens[k]
  if (!t || t.kind !== 'word') return 0
  if (weekdayNumber(t.lower) !== undefined) {
    if (tokens[k - 1]?.lower === 'on' || tokens[k - 1]?.lower === 'last' || tokens[k - 1]?.lower === 'this') return 2
    return 1
  }
  if (['night', 'morning', 'evening', 'afternoon'].includes(t.lower) && weekdayNumber(tokens[k - 1]?.lower ?? '') !== undefined)
    return 2 + (tokens[k - 2]?.lower === 'on' ? 1 : 0)
  if (['week', 'month', 'year'].includes(t.lower) && ['last', 'this', 'next'].includes(tokens[k - 1]?.lower ?? '')) return 2
  return 0
}

function timePhraseAfter(tokens: readonly Token[], k: number): number {
  const t = tokens[k]
  if (!t || t.kind !== 'word') return 0
  if ((t.lower === 'on' || t.lower === 'last' || t.lower === 'this') && weekdayNumber(tokens[k + 1]?.lower ?? '') !== undefined) return 2
  if (weekdayNumber(t.lower) !== undefined) return 1
  return 0
}

export function speakerOf(m: Mention): Speaker | null {
  const e = m.entity
  if (e && (e.kind === 'person' || e.kind === 'organisation' || e.kind === null))
    return { name: e.name, kind: e.kind === 'organisation' ? 'organisation' : 'person', entity: e }
  // A country speaking is its government ("Morocco declared"): an organisation, never a person.
  if (e && e.kind === 'place') return { name: e.name, kind: 'organisation', entity: e }
  if (m.kind === 'description') {
    // "Macron's office", "the Kremlin's spokesman": speaking for the one who owns the office.
    if (m.owner && !m.entity && OFFICE.has(m.text.split(/\s+/).at(-1)!.toLowerCase())) {
      const rest = m.text.replace(/^.*?[’']s\s+/, '')
      return { name: `${m.owner.name}'s ${rest}`, kind: 'organisation', entity: null }
    }
    const words = m.text.split(/\s+/)
    // "one expert", "a man", "an official": nobody named.
    if (/^(?:a|an|one|some|two|three|several|many|other)$/i.test(words[0]!)) return null
    const head = m.text.split(/\s+/).at(-1)!.toLowerCase()
    return {
      name: m.text.replace(/^(?:the|his|her|its|their)\s+/i, ''),
      kind: organisationHeads().has(head) && !roles().has(head) ? 'organisation' : 'person',
      entity: null
    }
  }
  return null
}

export class FrameFinder {
  constructor(private readonly ctx: FrameContext) {}

  /** Every frame of the report, in text order. */
  frames(): Frame[] {
    const out: Frame[] = []
    const { tokens, quoted } = this.ctx
    for (let v = 0; v < tokens.length; v++) {
      const t = tokens[v]!
      if (quoted[v] || t.kind !== 'word') continue
      if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
        const m = this.ctx.mentionStartingAt.get(v + 2) ?? this.mentionWithTitleAt(v + 2)
        if (m) out.push(this.frame(v, 'according', 'according', m, false))
        continue
      }
      if (t.cap && v > 0 && this.ctx.sentenceOf[v - 1] === this.ctx.sentenceOf[v]) continue
      const verb = t.verb
      if (!verb) continue
      if (this.isNoun(v)) continue
      const f = this.subjectFrame(v, verb.lemma, verb.frame) ?? this.invertedFrame(v, verb.lemma, verb.frame)
      if (f) out.push(f)
    }
    return out
  }

  private frame(verb: number, lemma: string, kind: Frame['frame'], m: Mention | null, inverted: boolean): Frame {
    const first = m ? Math.min(m.first, this.titleTokenOf(m)) : verb
    return { verb, lemma, frame: kind, speaker: m ? this.officeOrSpeaker(m) : null, subjectFirst: first, subjectLast: m ? m.last : verb, inverted }
  }

  private titleTokenOf(m: Mention): number {
    return m.titleFirst
  }

  /** "Macron's office said": the office speaks for its holder. */
  private officeOrSpeaker(m: Mention): Speaker | null {
    const { tokens } = this.ctx
    const possessive = tokens[m.last]
    const office = tokens[m.last + 1]
    if (possessive && (possessive.lower === "'s" || possessive.lower === '’s') && office && OFFICE.has(office.lower)) {
      const owner = speakerOf(m)
      if (owner) return { name: `${owner.name}'s ${office.lower}`, kind: 'organisation', entity: null }
    }
    return speakerOf(m)
  }

  /**
   * The noun phrase starting at token k, by its head: "the Alliance Secretary General, Jens Stoltenberg"
   * is the secretary general (who the description resolves to), not the Alliance that qualifies it.
   */
  private mentionWithTitleAt(k: number): Mention | undefined {
    const { tokens, mentionStartingAt } = this.ctx
    const from = k
    if (tokens[k] && ['the', 'a', 'an'].includes(tokens[k]!.lower) && !mentionStartingAt.has(k)) k++
    let found: Mention | undefined
    for (let j = from; j < Math.min(k + 8, tokens.length); j++) {
      const m = mentionStartingAt.get(j)
      if (m && m.titleFirst <= k) {
        found = m
        break
      }
    }
    while (found) {
      const next = mentionStartingAt.get(found.last)
      if (!next || next.kind === 'pronoun' || (found.entity?.kind !== 'organisation' && found.entity?.kind !== 'place')) break
      found = next
    }
    return found
  }

  /** A verb form used as a noun: "a report", "the warning", "his comments". */
  private isNoun(v: number): boolean {
    const before = this.ctx.tokens[v - 1]
    if (!before) return false
    if (NOUN_BEFORE.has(before.lower)) return true
    // "was told", "is expected": the subject is the hearer, not the speaker.
    let k = v - 1
    while (k >= 0 && isAdverb(this.ctx.tokens[k]!) && !AUXILIARIES.has(this.ctx.tokens[k]!.lower)) k--
    return PASSIVE.has(this.ctx.tokens[k]?.lower ?? '') && /(?:ed|en|told|said|thought|felt)$/.test(this.ctx.tokens[v]!.lower)
  }

  /** Subject before the verb: "X said", "X, 33, told", "X, the BRICS chair, announces", "he also said on Thursday". */
  private subjectFrame(v: number, lemma: string, kind: SpeechFrame): Frame | null {
    const { tokens, sentenceOf } = this.ctx
    const sentence = sentenceOf[v]
    let k = v - 1
    let hops = 0
    while (k >= 0 && sentenceOf[k] === sentence && hops < 30) {
      hops++
      const t = tokens[k]!
      const m = this.ctx.mentionEndingAt.get(k)
      if (m && !this.ctx.quoted[k]) {
        if (this.isSubjectPosition(m, v)) return this.frame(v, lemma, kind, m, false)
        // "Maria Alvarez of Chile wrote": the name that the place or body qualifies is the subject.
        const owner = this.ownerBefore(m)
        if (owner) return this.frame(v, lemma, kind, owner, false)
        return null
      }
      if (isAdverb(t)) {
        k--
        continue
      }
      const time = timePhraseBefore(tokens, k)
      if (time) {
        k -= time
        continue
      }
      if (t.text === ')') {
        // A bracketed aside: "the Court of Arbitration for Sport (CAS) said".
        const open = this.matchingOpen(k)
        if (open < 0) break
        k = open - 1
        continue
      }
      if (t.text === ',') {
        // "the utility’s director, Lena Voss, said": the name closing the apposition is the subject.
        const named = this.ctx.mentionEndingAt.get(k - 1)
        if (named?.kind === 'name' && named.entity?.kind === 'person' && k === v - 1) return this.frame(v, lemma, kind, named, false)
        // An apposition or relative clause between commas: ", 33,", ", the BRICS Chairperson,", ", who chaired the summit,".
        const open = this.appositionStart(k)
        if (open < 0) break
        k = open - 1
        if (this.ctx.tokens[k]?.text === ')') k = this.matchingOpen(k) - 1
        continue
      }
      // A participle ("saying", "adding") takes the subject of its clause: the first one named in the sentence.
      if (tokens[v]!.lower.endsWith('ing')) return this.participleSubject(v, lemma, kind)
      // A plain noun phrase subject: "officials said", "the statement said", "State television showed".
      // Not before a form ending in -s: "member states", "closing remarks" are nouns, not a noun and its verb.
      if (t.kind === 'word' && !functionWord().has(t.lower) && !t.cap && !t.verb && !tokens[v]!.lower.endsWith('s')) return this.frame(v, lemma, kind, null, false)
      break
    }
    if (tokens[v]!.lower.endsWith('ing')) return this.participleSubject(v, lemma, kind)
    return null
  }

  /** The person or body a trailing "of X"/"from X"/"at X" belongs to: "Maria Alvarez" in "Maria Alvarez of Chile". */
  private ownerBefore(m: Mention): Mention | null {
    const { tokens, mentionEndingAt } = this.ctx
    const preposition = tokens[m.titleFirst - 1]
    if (!preposition || !['of', 'from', 'at'].includes(preposition.lower)) return null
    const owner = mentionEndingAt.get(m.titleFirst - 2)
    return owner && owner.entity?.kind !== 'place' && speakerOf(owner) ? owner : null
  }

  /** The mention is the subject of the verb: not the object of a preposition ("for Putin said" is not Putin speaking). */
  private isSubjectPosition(m: Mention, v: number): boolean {
    const before = this.ctx.tokens[m.titleFirst - 1] ?? this.ctx.tokens[m.first - 1]
    if (!before) return true
    const roleBefore = this.ctx.tokens[(m.titleFirst || m.first) - 2]
    if (
      before.kind === 'word' &&
      ['of', 'for', 'to', 'by', 'from', 'with', 'against', 'on', 'at', 'in', 'than', 'about', 'over'].includes(before.lower) &&
      !(roleBefore && roles().has(roleBefore.lower))
    ) {
      // "with Putin saying" is a subject; "of the ministry said" is not a frame of the ministry.
      return before.lower === 'with' && this.ctx.tokens[v]!.lower.endsWith('ing')
    }
    return true
  }

  private matchingOpen(close: number): number {
    for (let k = close - 1; k >= 0 && close - k <= 12; k--) {
      const t = this.ctx.tokens[k]!
      if (t.text === '(') return k
      if (t.text === ')' || t.text === '.') return -1
    }
    return -1
  }

  /** A name ends right before token k, possibly followed by its bracketed short form ("WADA (Wada)"). */
  private nameEndsBefore(k: number): boolean {
    if (this.ctx.mentionEndingAt.has(k - 1)) return true
    if (this.ctx.tokens[k - 1]?.text !== ')') return false
    const open = this.matchingOpen(k - 1)
    return open > 0 && this.ctx.mentionEndingAt.has(open - 1)
  }

  /** Index of the comma opening the apposition that ends at comma `close`, or -1. */
  private appositionStart(close: number): number {
    const { tokens } = this.ctx
    for (let k = close - 1; k >= 0 && close - k <= 16; k--) {
      const t = tokens[k]!
      if (t.text === ',') return this.nameEndsBefore(k) ? k : -1
      if (t.kind === 'punct' && !"-'’()".includes(t.text)) return -1
      if (t.verb && !this.isNoun(k)) return -1
    }
    return -1
  }

  /** "…, saying that …": the subject is whoever the clause is about, the first person or body named in the sentence. */
  private participleSubject(v: number, lemma: string, kind: SpeechFrame): Frame | null {
    const { sentenceOf, mentionEndingAt } = this.ctx
    let first = v
    while (first > 0 && sentenceOf[first - 1] === sentenceOf[v]) first--
    for (let j = first; j < v; j++) {
      const m = mentionEndingAt.get(j)
      if (m && !this.ctx.quoted[j] && speakerOf(m)) return this.frame(v, lemma, kind, m, false)
    }
    return null
  }

  /** Subject after the verb: "…,” said Bill McGuire", "…, says the minister", "…, said a statement from …". */
  private invertedFrame(v: number, lemma: string, kind: SpeechFrame): Frame | null {
    const { tokens, sentenceOf } = this.ctx
    const before = tokens[v - 1]
    // Inversion follows a quotation or a comma, or opens the sentence.
    if (before && sentenceOf[v - 1] === sentenceOf[v] && !/^[,”"’»:—–-]$/.test(before.text) && !this.ctx.quoted[v - 1]) return null
    let k = v + 1
    k += timePhraseAfter(tokens, k)
    while (k < tokens.length && isAdverb(tokens[k]!)) k++
    const m = this.mentionWithTitleAt(k)
    if (m && sentenceOf[m.first] === sentenceOf[v]) return this.frame(v, lemma, kind, m, true)
    // "said a statement published by …", "said officials": reported, by nobody named.
    const t = tokens[k]
    if (t && t.kind === 'word' && (t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || (!t.cap && !functionWord().has(t.lower))))
      return this.frame(v, lemma, kind, null, true)
    return null
  }
}
