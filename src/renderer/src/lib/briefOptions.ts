/** The brief's options as its form edits them: empty words mean "derive it" (BriefView turns them into the request). */
export interface BriefOptionsState {
  includeUnreviewed: boolean
  title: string
  lede: string
  closing: string
}
