/**
 * The entities and mentions found so far in one report, and the indexes the
 * passes share: organisations and places by folded name (one entity however
 * often they are named), organisations by their short form, personal names
 * waiting to be linked, name mentions by their first token. An entity's id is
 * its place in the order of finding, so the passes must keep their order.
 */
import { placeWord } from '../../lexicon'
import { fold } from '../../text/fold'
import type { ReportTokens } from './reportTokens'
import { isRoleHead } from './shapes'
import type { EntityKind, Mention, MentionKind, NamedEntity } from './types'

/** A personal name as written, before linking decides whose it is. */
export interface PendingName {
  mention: Mention
  key: string[]
  name: string
}

export class Findings {
  readonly entities: NamedEntity[] = []
  readonly mentions: Mention[] = []
  /** Organisations by their short form, folded ("cas" → Court of Arbitration for Sport). */
  readonly acronyms = new Map<string, NamedEntity>()
  /** Organisations and places by folded name, so each is one entity however often it is named. */
  private readonly byKey = new Map<string, NamedEntity>()
  readonly names: PendingName[] = []
  /** Name mentions by their first token. */
  readonly nameAt = new Map<number, Mention>()

  constructor(readonly report: ReportTokens) {}

  newEntity(name: string, key: string[], kind: EntityKind | null): NamedEntity {
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

  pushMention(first: number, last: number, kind: MentionKind, entity: NamedEntity | null, titleFirst = first): Mention {
    const tokens = this.report.tokens
    const m: Mention = {
      start: tokens[first]!.start,
      end: tokens[last - 1]!.end,
      first,
      last,
      kind,
      entity,
      text: this.report.slice(first, last),
      titleFirst
    }
    this.mentions.push(m)
    return m
  }

  /** The one organisation entity of this name. */
  organisation(name: string): NamedEntity {
    const key = `organisation\u0000${fold(name)}`
    let e = this.byKey.get(key)
    if (!e) this.byKey.set(key, (e = this.newEntity(name, [fold(name)], 'organisation')))
    return e
  }

  /** A country, its people or its capital (tokens [first, last)): a mention of the country, under its common name. */
  addPlace(first: number, last: number): void {
    const name = placeWord(this.report.slice(first, last))!.country.name
    let e = this.byKey.get(`place\u0000${name}`)
    if (!e) this.byKey.set(`place\u0000${name}`, (e = this.newEntity(name, [fold(name)], 'place')))
    e.variants.add(this.report.slice(first, last))
    this.pushMention(first, last, 'name', e)
  }
}

/** Records a title or role written with an entity's name, once, with the role words "the president" can find it by. */
export function addRole(e: NamedEntity, role: string): void {
  const clean = role
    .replace(/\s+/g, ' ')
    .replace(/[’']s$/, '')
    .replace(/[,\s]+$/, '')
    .trim()
  if (!clean || e.roles.includes(clean)) return
  e.roles.push(clean)
  for (const w of clean.toLowerCase().split(/\s+/)) if (isRoleHead(w)) e.roleHeads.add(w)
}
