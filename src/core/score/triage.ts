/**
 * Triage by check-worthiness: the desk lists claims most worth checking first,
 * and folds away sentences that score low (a question, a sub-headline, a line
 * naming nothing specific: see scoreClaim), apart from the rest rather than
 * mixed in. Types only: the renderer uses this too.
 */
import type { Claim } from '../model'

/** Below this, a claim is low-value: folded away until the editor asks for it. */
export const CHECK_WORTHY_FROM = 0.3
/** Claims from stores made before scoring have no score: they sit in the middle, never folded. */
const UNSCORED = 0.5

export type Scored = Pick<Claim, 'score'>

export function checkWorthiness(claim: Scored): number {
  return claim.score ?? UNSCORED
}

export function isLowValue(claim: Scored): boolean {
  return checkWorthiness(claim) < CHECK_WORTHY_FROM
}

/** Most check-worthy first; ties keep their order (Array.prototype.sort is stable). */
export function byCheckWorthiness(a: Scored, b: Scored): number {
  return checkWorthiness(b) - checkWorthiness(a)
}
