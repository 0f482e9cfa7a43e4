/**
 * Who and what a report names, and which mentions are the same one: people,
 * organisations and places found by the shape of English names and the words
 * around them (a title or honorific before, an apposition after, a reporting
 * verb), then linked inside the report: "Luiz Inácio Lula da Silva", "Lula" and
 * "Da Silva" are one person; "Court of Arbitration for Sport (CAS)", "CAS" and
 * "the court" one organisation; "the king" and "he" whoever was last named so.
 * Everything is read from the report's tokens in a few linear passes.
 */
import {
  collectiveSpeakers,
  genericOrganisationHeads,
  eventHeads,
  irregularPast,
  functionWord,
  honorifics,
  monthNumber,
  nameParticles,
  organisationHeads,
  placeFeatureHeads,
  placePrepositions,
  placeWord,
  roleModifiers,
  roles,
  seatsOfPower,
  weekdayNumber
} from '../lexicon'
import { fold } from '../text/fold'
import type { Token } from '../text/tokenize'

export { fold }

export type EntityKind = 'person' | 'organisation' | 'place'

export interface NamedEntity {
  id: number
  /** Null while nothing in the report says what it is. */
  kind: EntityKind | null
  /** The fullest form seen: "Luiz Inácio Lula da Silva". */
  name: string
  /** Every form seen, as written. */
  variants: Set<string>
  /** Titles and roles written with the name: "Russian President", "professor emeritus at University College London". */
  roles: string[]
  /** Lowercase head words of those roles ("president", "professor"), for "the president" to find them. */
  roleHeads: Set<string>
  /** Name tokens folded for matching (no honorifics, no particles, no accents). */
  key: string[]
  evidence: { person: number; organisation: number; place: number }
}

export type MentionKind = 'name' | 'description' | 'pronoun'

export interface Mention {
  start: number
  end: number
  /** Token range [first, last) of the mention itself (a name without its title). */
  first: number
  last: number
  kind: MentionKind
  entity: NamedEntity | null
  text: string
  /** Token where the title written before a name starts (= first when there is none). */
  titleFirst: number
  /** For "Macron's office", "the utility's director": whose it is, when the report names them. */
  owner?: NamedEntity | null
}

export interface MentionContext {
  text: string
  tokens: readonly Token[]
  /** Per token: inside a quotation (names there are rarely what "he" or "it" refers to). */
  quoted: readonly boolean[]
  /** Per token: index of its sentence. */
  sentenceOf: readonly number[]
}

export interface ReportMentions {
  /** In text order. */
  mentions: Mention[]
  entities: NamedEntity[]
}

const LOOKBACK = 300
const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/
const RUN_CONNECTORS = new Set(['of', 'for', 'the', 'on', '&'])
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'one'])
const POSSESSIVE = new Set(["'s", '’s'])

const isRoleHead = (lower: string): boolean => roles().has(lower)
const isRoleWord = (lower: string): boolean => roles().has(lower) || roleModifiers().has(lower)
const isHonorific = (lower: string): boolean => honorifics().has(lower.replace(/\.$/, ''))

/** Length in tokens of the longest role phrase ending at token i ("prime minister", "harbour master"), 0 if none. */
function roleHeadAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]
  if (!t || t.kind !== 'word') return 0
  for (const words of roles().get(t.lower) ?? []) {
    let ok = i - words.length + 1 >= 0
    for (let k = 0; k < words.length && ok; k++) ok = tokens[i - words.length + 1 + k]!.lower === words[k]
    if (ok) return words.length
  }
  return 0
}

/** "al-Falasi", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name. */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|at|az|an|ud|ul|bin|ibn|abu|abd|de|di|da|du|van|von|le|la)[-‐]\p{Lu}/u

function isCapWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && (t.cap || JOINED_PARTICLE.test(t.text)) && !POSSESSIVE.has(t.lower)
}

class MentionFinder {
  private readonly entities: NamedEntity[] = []
  private readonly mentions: Mention[] = []
  private readonly acronyms = new Map<string, NamedEntity>()
  /** Organisations and places by folded name, so each is one entity however often it is named. */
  private readonly byKey = new Map<string, NamedEntity>()
  private readonly names: { mention: Mention; key: string[]; name: string }[] = []
  /** Words the report writes in lower case somewhere. */
  private readonly lowercaseWords = new Set<string>()
  /** Name mentions by their first token. */
  private readonly nameAt = new Map<number, Mention>()
  /** Lowercased capitalised words seen somewhere other than the start of a sentence. */
  private readonly capitalisedInside = new Set<string>()
  private readonly sentenceInitial: boolean[]

  constructor(private readonly ctx: MentionContext) {
    const { tokens, sentenceOf } = ctx
    this.sentenceInitial = tokens.map(() => false)
    let sentence = -1
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (sentenceOf[i] !== sentence && t.kind === 'word') {
        sentence = sentenceOf[i]!
        this.sentenceInitial[i] = true
      } else if (t.cap) this.capitalisedInside.add(t.lower)
      if (t.kind === 'word' && !t.cap) this.lowercaseWords.add(t.lower)
    }
  }

  find(): ReportMentions {
    const runs = this.capitalRuns()
    // Short forms defined anywhere ("… Agency (Wada)") name their organisation even where they come first.
    for (const run of runs) this.defineAcronym(run.first, run.last)
    for (const run of runs) this.analyseRun(run.first, run.last)
    this.linkNames()
    this.findDescriptionsAndPronouns()
    this.mentions.sort((a, b) => a.start - b.start)
    this.gatherEvidence()
    this.resolveReferences()
    return { mentions: this.mentions, entities: this.entities }
  }

  private get tokens(): readonly Token[] {
    return this.ctx.tokens
  }

  /** Only one space (or an abbreviation's ". ") separates two tokens. */
  private adjacent(a: Token, b: Token): boolean {
    const gap = this.ctx.text.slice(a.end, b.start)
    return gap === ' ' || gap === '. '
  }

  private slice(first: number, last: number): string {
    return this.ctx.text.slice(this.tokens[first]!.start, this.tokens[last - 1]!.end)
  }

  /** Runs of capitalised words, joined by name particles and "of/for/the" ("Court of Arbitration for Sport"). */
  private capitalRuns(): { first: number; last: number }[] {
    const tokens = this.tokens
    const out: { first: number; last: number }[] = []
    for (let i = 0; i < tokens.length; i++) {
      if (!isCapWord(tokens[i])) continue
      let j = i
      for (;;) {
        const next = tokens[j + 1]
        if (isCapWord(next) && this.adjacent(tokens[j]!, next)) {
          j++
          continue
        }
        // One or two lowercase joiners between capitalised words: "Court of Arbitration", "Ursula von der Leyen".
        const joiner = (t: Token | undefined): boolean => t?.kind === 'word' && !t.cap && (RUN_CONNECTORS.has(t.lower) || nameParticles().has(t.lower))
        let width = 0
        if (joiner(next) && this.adjacent(tokens[j]!, next!))
          width = joiner(tokens[j + 2]) && nameParticles().has(tokens[j + 2]!.lower) && this.adjacent(next!, tokens[j + 2]!) ? 2 : 1
        const after = tokens[j + 1 + width]
        if (width > 0 && isCapWord(after) && this.adjacent(tokens[j + width]!, after)) {
          j += width + 1
          continue
        }
        break
      }
      out.push({ first: i, last: j + 1 })
      i = j
    }
    return out
  }

  /** Longest place name starting at each token, computed once (-1 = not yet). */
  private placeLength: Int8Array | null = null

  /** Longest country, people or capital name starting at token k ("South Africa", "United Arab Emirates"), in tokens. */
  private placeAt(k: number, limit: number): number {
    this.placeLength ??= new Int8Array(this.tokens.length).fill(-1)
    let len = this.placeLength[k]!
    if (len < 0) {
      len = 0
      const t = this.tokens[k]!
      // Place names start with a capital letter; most tokens are settled by that alone.
      if (t.cap) {
        for (let n = Math.min(6, this.tokens.length - k); n >= 1 && len === 0; n--) {
          if (n > 1 && !this.adjacent(this.tokens[k + n - 2]!, this.tokens[k + n - 1]!)) continue
          if (placeWord(this.slice(k, k + n))) len = n
        }
      }
      this.placeLength[k] = len
    }
    return Math.min(len, Math.max(0, limit - k)) === len ? len : 0
  }

  private isAcronym(k: number): boolean {
    const t = this.tokens[k]!
    const glued = k > 0 && this.tokens[k - 1]!.end === t.start && this.tokens[k - 1]!.kind !== 'punct'
    return t.upper && /^\p{Lu}{2,}$/u.test(t.text) && !glued && !placeWord(t.text) && !ROMAN.test(t.text)
  }

  /** A capitalised token that can be part of a personal name. */
  private nameLike(k: number): boolean {
    const t = this.tokens[k]!
    if (!isCapWord(t) || t.upper) return false
    if (!t.cap) return true
    const l = t.lower
    if (functionWord().has(l) || monthNumber(l) !== undefined || weekdayNumber(l) !== undefined) return false
    if (isRoleWord(l) || isHonorific(l) || organisationHeads().has(l)) return false
    return !placeWord(t.text)
  }

  /** "Court of Arbitration for Sport (CAS)": an organisation-shaped run followed by a bracketed short form. */
  private defineAcronym(first: number, last: number): void {
    const tokens = this.tokens
    const [open, inner, close] = [tokens[last], tokens[last + 1], tokens[last + 2]]
    if (open?.text !== '(' || close?.text !== ')' || !isCapWord(inner) || inner.text.length > 8 || inner.text.includes(' ')) return
    const lowers = tokens.slice(first, last).map((t) => t.lower)
    if (!lowers.some((l) => organisationHeads().has(l))) return
    while (first < last && (functionWord().has(tokens[first]!.lower) || this.placeAt(first, last))) first += Math.max(1, this.placeAt(first, last))
    if (first >= last) return
    const name = this.slice(first, last)
    const e = this.organisation(name)
    e.variants.add(inner.text)
    this.acronyms.set(fold(inner.text), e)
  }

  private analyseRun(first: number, last: number): void {
    const tokens = this.tokens
    // Sentence openers and calendar words start runs without naming anything ("In", "The", "Saturday").
    while (
      first < last &&
      !this.nameLike(first) &&
      !this.isAcronym(first) &&
      !this.placeAt(first, last) &&
      !isRoleWord(tokens[first]!.lower) &&
      !isHonorific(tokens[first]!.lower) &&
      !organisationHeads().has(tokens[first]!.lower)
    )
      first++
    if (first >= last) return
    // A seat of power inside a run ("Kremlin Calls Valieva") is an organisation of its own.
    for (let k = first; k < last; k++) {
      if (last - first > 1 && seatsOfPower().has(tokens[k]!.text)) {
        if (k > first) this.analyseRun(first, k)
        this.addOrganisation(k, k + 1)
        if (k + 1 < last) this.analyseRun(k + 1, last)
        return
      }
    }
    const text = this.slice(first, last)
    const lowers = tokens.slice(first, last).map((t) => t.lower)
    const head = lowers.findLastIndex((l, k) => organisationHeads().has(l) && tokens[first + k]!.cap && !isRoleHead(l))
    if (seatsOfPower().has(text) || head >= 0) {
      // "Alliance Secretary General", "Interior Ministry Spokesman Ali X": the organisation ends at its head; a title may follow.
      const end = head >= 0 && lowers.slice(head + 1).some((l) => isRoleHead(l)) ? first + head + 1 : last
      this.addOrganisation(first, end)
      if (end < last) this.analyseRun(end, last)
      return
    }
    // Without an organisation's head, "of"/"for" joins two names, not one: "Maria Alvarez of Chile";
    // unless the whole run is a country's name ("Arab Republic of Egypt").
    const joiner = lowers.findIndex((l, k) => k > 0 && (l === 'of' || l === 'for') && !tokens[first + k]!.cap)
    if (joiner > 0 && this.placeAt(first, last) !== last - first) {
      this.analyseRun(first, first + joiner)
      this.analyseRun(first + joiner + 1, last)
      return
    }
    // Places inside the run ("South Africa", "United Arab Emirates") are never part of a personal name.
    const inPlace = new Set<number>()
    for (let k = first; k < last;) {
      const len = this.placeAt(k, last)
      for (let x = k; x < k + len; x++) inPlace.add(x)
      k += len || 1
    }
    // The name is the longest tail of name-like tokens (particles and a regnal number inside).
    let s = last
    while (s - 1 >= first) {
      const k = s - 1
      const t = tokens[k]!
      if (inPlace.has(k)) break
      const particle = nameParticles().has(t.lower.replace(/-$/, '')) && k > first && s < last
      const regnal = ROMAN.test(t.text) && s === last && k > first
      if (this.nameLike(k) || particle || regnal) s--
      else break
    }
    while (s < last && !tokens[s]!.cap) s++
    if (last - s > 5) s = last - 5
    const prefixHasTitle = lowers.slice(0, s - first).some((l) => isRoleWord(l) || isHonorific(l))
    // A prefix with no title is something else named next to the name ("Casablanca" in "Casablanca and Essaouira").
    for (let k = first; k < s;) {
      const place = this.placeAt(k, s)
      if (place) {
        this.addPlace(k, k + place)
        k += place
        continue
      }
      if (this.isAcronym(k)) this.addOrganisation(k, k + 1)
      else if (!prefixHasTitle && this.nameLike(k)) {
        let e = k + 1
        while (e < s && this.nameLike(e)) e++
        this.addName(k, e, k)
        k = e
        continue
      }
      k++
    }
    if (s < last) this.addName(s, last, this.titleStart(first, s))
  }

  /** Where the title before a name starts: role words, honorifics, and an organisation or country right before them. */
  private titleStart(runFirst: number, nameFirst: number): number {
    const tokens = this.tokens
    let k = nameFirst
    while (
      k > runFirst &&
      (isRoleWord(tokens[k - 1]!.lower) ||
        isHonorific(tokens[k - 1]!.lower) ||
        this.isAcronym(k - 1) ||
        this.placeAt(k - 1, nameFirst) ||
        RUN_CONNECTORS.has(tokens[k - 1]!.lower))
    )
      k--
    // Lowercase role words before the run: "Kremlin spokesperson Dmitry Peskov", "WADA director general Olivier Niggli",
    // and a role's complement: "Ambassador to NATO Julianne Smith".
    while (k > 0) {
      const t = tokens[k - 1]!
      if (t.kind !== 'word' || !this.adjacent(t, tokens[k]!)) break
      const complement = (t.lower === 'to' || t.lower === 'of' || t.lower === 'for') && k - 2 >= 0 && isRoleWord(tokens[k - 2]!.lower)
      // A role of several words ("harbour master", "chief executive") is taken whole.
      const phrase = roleHeadAt(tokens, k - 1)
      if (phrase > 1) k -= phrase
      else if (complement || isRoleWord(t.lower) || (t.cap && (this.isAcronym(k - 1) || this.placeAt(k - 1, k) || organisationHeads().has(t.lower)))) k--
      else break
    }
    return k
  }

  private newEntity(name: string, key: string[], kind: EntityKind | null): NamedEntity {
    const e: NamedEntity = {
      id: this.entities.length,
      kind,
      name,
      variants: new Set([name]),
      roles: [],
      roleHeads: new Set(),
      key,
      evidence: { person: 0, organisation: 0, place: 0 }
    }
    this.entities.push(e)
    return e
  }

  private pushMention(first: number, last: number, kind: MentionKind, entity: NamedEntity | null, titleFirst = first): Mention {
    const m: Mention = {
      start: this.tokens[first]!.start,
      end: this.tokens[last - 1]!.end,
      first,
      last,
      kind,
      entity,
      text: this.slice(first, last),
      titleFirst
    }
    this.mentions.push(m)
    return m
  }

  private organisation(name: string): NamedEntity {
    const key = `organisation\u0000${fold(name)}`
    let e = this.byKey.get(key)
    if (!e) this.byKey.set(key, (e = this.newEntity(name, [fold(name)], 'organisation')))
    return e
  }

  private addOrganisation(first: number, last: number): void {
    const tokens = this.tokens
    const name = this.slice(first, last)
    const key = [fold(name)]
    const e = this.acronyms.get(key[0]!) ?? this.organisation(name)
    e.evidence.organisation++
    e.variants.add(name)
    this.pushMention(first, last, 'name', e)
    // "Court of Arbitration for Sport (CAS)": the bracketed short form names the same organisation.
    const [open, inner, close] = [tokens[last], tokens[last + 1], tokens[last + 2]]
    if (open?.text === '(' && close?.text === ')' && isCapWord(inner) && inner.text.length <= 8) {
      this.acronyms.set(fold(inner.text), e)
      e.variants.add(inner.text)
      this.pushMention(last + 1, last + 2, 'name', e)
    }
  }

  private addPlace(first: number, last: number): void {
    const name = placeWord(this.slice(first, last))!.country.name
    let e = this.byKey.get(`place\u0000${name}`)
    if (!e) this.byKey.set(`place\u0000${name}`, (e = this.newEntity(name, [fold(name)], 'place')))
    e.variants.add(this.slice(first, last))
    this.pushMention(first, last, 'name', e)
  }

  private addName(first: number, last: number, titleFirst: number): void {
    const tokens = this.tokens
    const name = this.slice(first, last)
    // A lone capitalised word at the start of a sentence, never capitalised elsewhere, is an ordinary word
    // ("Rescue", "Updated"); before a reporting verb it is a name ("Lula said") unless it is a common noun
    // ("Residents said", "Officials added") or the report writes it in lower case elsewhere.
    const lone = last - first === 1
    const word = tokens[first]!.lower
    if (lone && this.sentenceInitial[first] && titleFirst === first && !this.capitalisedInside.has(word) && !this.acronyms.has(fold(name))) {
      if (!tokens[first + 1]?.verb || collectiveSpeakers().has(word) || isRoleWord(word) || isRoleWord(word.replace(/s$/, '')) || this.lowercaseWords.has(word)) return
    }
    const lastLower = tokens[last - 1]!.lower
    if (eventHeads().has(lastLower)) return
    const acronym = lone ? this.acronyms.get(fold(name)) : undefined
    if (acronym) {
      acronym.variants.add(name)
      this.pushMention(first, last, 'name', acronym)
      return
    }
    if (placeFeatureHeads().has(lastLower) && last - first > 1) {
      const e = this.newEntity(name, [fold(name)], 'place')
      this.pushMention(first, last, 'name', e)
      return
    }
    const key = tokens
      .slice(first, last)
      .filter((t) => !nameParticles().has(t.lower) && !ROMAN.test(t.text))
      .map((t) => fold(t.text))
    if (key.length === 0) return
    const m = this.pushMention(first, last, 'name', null, titleFirst)
    this.names.push({ mention: m, key, name })
  }

  /** Longest names first establish the entities; a shorter form joins the one name that contains it. */
  private linkNames(): void {
    const order = [...this.names].sort((a, b) => b.key.length - a.key.length || a.mention.start - b.mention.start)
    const named: NamedEntity[] = []
    for (const n of order) {
      const owners = named.filter((e) => containsKey(e.key, n.key))
      let owner = owners.length === 1 ? owners[0] : owners.length > 1 ? this.nearestBefore(owners, n.mention.start) : undefined
      if (!owner) {
        owner = this.newEntity(n.name, n.key, null)
        named.push(owner)
      }
      owner.variants.add(n.name)
      n.mention.entity = owner
      if (n.mention.titleFirst < n.mention.first) addRole(owner, this.slice(n.mention.titleFirst, n.mention.first))
    }
  }

  private nearestBefore(candidates: NamedEntity[], at: number): NamedEntity | undefined {
    let best: Mention | undefined
    for (const m of this.mentions) if (m.end <= at && m.entity && candidates.includes(m.entity) && (!best || m.start > best.start)) best = m
    return best?.entity ?? candidates[0]
  }

  /** "the minister", "the Moroccan monarch", "Morocco's prime minister", "the ministry"; "he", "she", "it". */
  private findDescriptionsAndPronouns(): void {
    const tokens = this.tokens
    const nameTokens = new Set<number>()
    for (const m of this.mentions) for (let k = m.titleFirst; k < m.last; k++) nameTokens.add(k)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (t.kind !== 'word' || nameTokens.has(i)) continue
      if (t.lower === 'he' || t.lower === 'she' || t.lower === 'it') {
        this.pushMention(i, i + 1, 'pronoun', null)
        continue
      }
      const person = isRoleHead(t.lower)
      const organisation = !t.cap && organisationHeads().has(t.lower)
      if (!person && !organisation) continue
      // A head followed by another role word or a name is part of a longer title ("chair president Cyril").
      const next = tokens[i + 1]
      if (next && this.adjacent(t, next) && (isRoleWord(next.lower) || isCapWord(next))) continue
      // A head followed by a noun is a modifier ("a press conference", "the court ruling").
      if (next && this.adjacent(t, next) && next.kind === 'word' && !functionWord().has(next.lower) && !next.verb && !looksVerbal(next.lower)) continue
      let k = i
      // Modifiers: other role words, a country or its people ("the Norwegian politician"), an organisation's short name.
      while (
        k - 1 >= 0 &&
        this.adjacent(tokens[k - 1]!, tokens[k]!) &&
        (this.placeAt(k - 1, k) || (!nameTokens.has(k - 1) && (isRoleWord(tokens[k - 1]!.lower) || this.isAcronym(k - 1) || seatsOfPower().has(tokens[k - 1]!.text))))
      )
        k--
      // "the port authority", "the state news agency": a noun or two modifying an organisation's head.
      if (organisation) {
        let m = k
        while (
          m - 1 >= 0 &&
          k - m < 2 &&
          tokens[m - 1]!.kind === 'word' &&
          !tokens[m - 1]!.cap &&
          !functionWord().has(tokens[m - 1]!.lower) &&
          !looksVerbal(tokens[m - 1]!.lower) &&
          this.adjacent(tokens[m - 1]!, tokens[m]!)
        )
          m--
        if (m < k && DETERMINERS.has(tokens[m - 1]?.lower ?? '')) k = m
      }
      const before = tokens[k - 1]
      let from = k
      if (before && DETERMINERS.has(before.lower)) from = k - 1
      else if (before && POSSESSIVE.has(before.lower) && isCapWord(tokens[k - 2])) from = k - 2
      // "the utility’s director": a common noun owning the role, after a determiner.
      else if (before && POSSESSIVE.has(before.lower) && tokens[k - 2]?.kind === 'word' && DETERMINERS.has(tokens[k - 3]?.lower ?? '')) from = k - 3
      else if (k === i && !t.cap) continue
      this.pushMention(from, i + 1, 'description', null)
    }
  }

  private gatherEvidence(): void {
    const tokens = this.tokens
    for (const m of this.mentions) if (m.kind === 'name') this.nameAt.set(m.first, m)
    for (const m of this.mentions) {
      const e = m.entity
      if (!e || m.kind !== 'name' || e.kind === 'place' || e.kind === 'organisation') continue
      const before = tokens[m.first - 1]
      const after = tokens[m.last]
      if (m.titleFirst < m.first) e.evidence.person += 2
      if (after?.text === ',') {
        const apposition = this.appositionAfter(m.last)
        if (apposition?.age) e.evidence.person += 3
        if (apposition?.role) {
          e.evidence.person += 2
          addRole(e, apposition.role)
        }
      }
      // "Lula said", "said Putin": a reporting verb right next to the name.
      if (after?.verb || before?.verb) e.evidence.person += 1
      if (before && placePrepositions().has(before.lower)) e.evidence.place += 2
      // "the historic city of Marrakech", "the streets of Rabat".
      const feature = tokens[m.first - 2]?.lower ?? ''
      if (before?.lower === 'of' && (placeFeatureHeads().has(feature) || placeFeatureHeads().has(feature.replace(/s$/, '')))) e.evidence.place += 2
      if (after && !after.cap && placeFeatureHeads().has(after.lower)) e.evidence.place += 2
      // Two or more name words ("Cyril Ramaphosa") read as a person unless something says otherwise.
      if (m.last - m.first >= 2) e.evidence.person += 1
      // "Nordline Ferries chief executive Tomas …": a name right before the title of another name is the employer.
      if (after && isRoleWord(after.lower) && !after.cap && this.titleOfNameAt(m.last)) e.evidence.organisation += 3
    }
    for (const e of this.entities) {
      if (e.kind !== null) continue
      const { person, place, organisation } = e.evidence
      if (organisation > person && organisation > place) e.kind = 'organisation'
      else if (person > place) e.kind = 'person'
      else if (place > 0) e.kind = 'place'
    }
  }

  /** A person's name whose written title starts at token k ("chief executive Tomas Ferreira-Lind"). */
  private titleOfNameAt(k: number): boolean {
    for (let j = k; j < Math.min(k + 6, this.tokens.length); j++) {
      const m = this.nameAt.get(j)
      if (m) return m.titleFirst <= k
    }
    return false
  }

  /** ", 33," / ", professor emeritus at X" / ", a Casablanca resident in her 80s" after a name (token `comma` is the comma). */
  private appositionAfter(comma: number): { age: boolean; role: string | null } | null {
    const tokens = this.tokens
    const first = tokens[comma + 1]
    if (!first) return null
    if (first.kind === 'number' && /^\d{1,3}$/.test(first.text) && [',', '.', ')'].includes(tokens[comma + 2]?.text ?? '')) return { age: true, role: null }
    let k = comma + 1
    let sawRole = false
    while (k < tokens.length && k - comma <= 14) {
      const t = tokens[k]!
      if (t.kind === 'punct' && !"-'’".includes(t.text)) break
      if (k > comma + 1 && t.verb && !isRoleHead(t.lower)) break
      if (isRoleHead(t.lower)) sawRole = true
      k++
    }
    if (!sawRole) return null
    return { age: false, role: this.slice(comma + 1, k).replace(/^(?:the|a|an)\s+/i, '') }
  }

  /** Descriptions and pronouns point at the last fitting entity before them. */
  private resolveReferences(): void {
    const { sentenceOf } = this.ctx
    let lastPerson: NamedEntity | null = null
    let lastOrganisation: NamedEntity | null = null
    // The first person named in each sentence: its subject, most often, and the likeliest "he" of the next.
    const subjectOf = new Map<number, NamedEntity>()
    for (const [index, m] of this.mentions.entries()) {
      const s = sentenceOf[m.first]!
      if (m.kind === 'pronoun') {
        const p = this.tokens[m.first]!.lower
        if (p === 'it') m.entity = lastOrganisation
        else {
          const own = subjectOf.get(s)
          m.entity = own ?? subjectOf.get(s - 1) ?? lastPerson
        }
        continue
      }
      if (m.kind === 'description') {
        m.entity = this.resolveDescription(m, index)
        const possessor = POSSESSIVE.has(this.tokens[m.first + 1]?.lower ?? '') ? this.nameAt.get(m.first) : undefined
        if (possessor) m.owner = possessor.entity
      }
      const e = m.entity
      if (this.ctx.quoted[m.first]) continue
      if (e?.kind === 'person') {
        lastPerson = e
        if (!subjectOf.has(s)) subjectOf.set(s, e)
      } else if (e?.kind === 'organisation') lastOrganisation = e
    }
  }

  private resolveDescription(m: Mention, index: number): NamedEntity | null {
    const head = this.tokens[m.last - 1]!.lower
    // Antecedents are looked for among the last few hundred mentions: a description refers back a page, not a book.
    const oldest = Math.max(0, index - LOOKBACK)
    if (organisationHeads().has(head) && !isRoleHead(head)) {
      // "the ministry": the last organisation named with that head; "the company", "the group": the last one named.
      let last: NamedEntity | null = null
      for (let k = index - 1; k >= oldest; k--) {
        const e = this.mentions[k]!.entity
        if (e?.kind !== 'organisation' || this.ctx.quoted[this.mentions[k]!.first]) continue
        if (e.key[0]!.split(/\s+/).includes(head)) return e
        last ??= e
      }
      return genericOrganisationHeads().has(head) ? last : null
    }
    // "the BRICS chair, Cyril Ramaphosa": an apposition right after names the person.
    const next = this.mentions[index + 1]
    if (
      next?.kind === 'name' &&
      next.entity &&
      next.entity.kind !== 'place' &&
      next.entity.kind !== 'organisation' &&
      this.ctx.text.slice(m.end, next.start).trim() === ','
    ) {
      addRole(next.entity, m.text.replace(/^(?:the|a|an|his|her|its|their)\s+/i, ''))
      return next.entity
    }
    let topic: NamedEntity | null = null
    for (let k = index - 1; k >= oldest; k--) {
      const earlier = this.mentions[k]!
      const e = earlier.entity
      if (e?.kind === 'person' && e.roleHeads.has(head)) return e
      if (!topic && e?.kind === 'person' && earlier.kind === 'name' && !this.ctx.quoted[earlier.first]) topic = e
    }
    // "The Norwegian politician said": a definite description nobody else fits is the person the story is about.
    return this.tokens[m.first]!.lower === 'the' ? topic : null
  }
}

export function findMentions(ctx: MentionContext): ReportMentions {
  return new MentionFinder(ctx).find()
}

/** A verb form after a noun phrase ("the ministry confirmed", "the king ordered"): past tense or a third-person form. */
function looksVerbal(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('s') || lower.endsWith('ing') || irregularPast().has(lower)
}

function addRole(e: NamedEntity, role: string): void {
  const clean = role
    .replace(/\s+/g, ' ')
    .replace(/[’']s$/, '')
    .replace(/[,\s]+$/, '')
    .trim()
  if (!clean || e.roles.includes(clean)) return
  e.roles.push(clean)
  for (const w of clean.toLowerCase().split(/\s+/)) if (isRoleHead(w)) e.roleHeads.add(w)
}

/** `short` names the same one as `long`: its tokens appear in order inside `long` ("lula" in "luiz inacio lula silva"). */
function containsKey(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer
    return true
  }
  return false
}
