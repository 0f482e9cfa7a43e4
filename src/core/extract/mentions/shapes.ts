/**
 * The shape of a name, word by word: what a capitalised word, a joined
 * particle, a regnal number, a role or an honorific looks like. These are
 * questions about one token or one word, answered from the lexicon, and every
 * pass asks them; the passes that ask about a token in its report live in
 * reportTokens.ts.
 */
import { honorifics, irregularPast, roleModifiers, roles } from '../../lexicon'
import type { Token } from '../../text/tokenize'

/** A regnal number after a name ("Charles III"): part of the name, never a word of its own. */
export const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/
/** Lowercase words that may join the capitalised words of one name ("Court of Arbitration for Sport"). */
export const RUN_CONNECTORS = new Set(['of', 'for', 'the', 'on', '&'])
/** Words that open a description standing for someone or something named before ("the minister", "its director", "the ministry"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'one'])
/** The possessive ending as the tokenizer splits it off ("Macron" + "’s"). */
export const POSSESSIVE = new Set(["'s", '’s'])

export const isRoleHead = (lower: string): boolean => roles().has(lower)
export const isRoleWord = (lower: string): boolean => roles().has(lower) || roleModifiers().has(lower)
export const isHonorific = (lower: string): boolean => honorifics().has(lower.replace(/\.$/, ''))

/** Length in tokens of the longest role phrase ending at token i ("prime minister", "harbour master"), 0 if none. */
export function roleHeadAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]
  if (!t || t.kind !== 'word') return 0
  for (const words of roles().get(t.lower) ?? []) {
    let ok = i - words.length + 1 >= 0
    for (let k = 0; k < words.length && ok; k++) ok = tokens[i - words.length + 1 + k]!.lower === words[k]
    if (ok) return words.length
  }
  return 0
}

/**
 * "al-Falasi", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name. A list of its own: it
 * has the assimilated forms of "al-" ("ad-", "ar-", "as-"…) that the lexicon's name particles lack, and not all
 * of theirs; deriving it from them would change which words read as capitalised.
 */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|at|az|an|ud|ul|bin|ibn|abu|abd|de|di|da|du|van|von|le|la)[-‐]\p{Lu}/u

/** A word that can be part of a name: capitalised, or a joined particle before one; never a possessive. */
export function isCapWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && (t.cap || JOINED_PARTICLE.test(t.text)) && !POSSESSIVE.has(t.lower)
}

/** A verb form after a noun phrase ("the ministry confirmed", "the king ordered"): past tense or a third-person form. */
export function looksVerbal(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('s') || lower.endsWith('ing') || irregularPast().has(lower)
}
