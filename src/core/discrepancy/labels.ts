import type { DiscrepancyKind } from '../model'

/** What each kind of disagreement is called where editors read it (desk, brief, CLI). */
export const DISCREPANCY_LABELS: Record<DiscrepancyKind, string> = {
  number: 'Figures',
  date: 'Dates',
  timing: 'Timing',
  title: 'Title',
  spelling: 'Spelling',
  'quote-wording': 'Quotation wording',
  place: 'Place'
}
