import { BRIEF_FORMATS } from '../../core/brief/formats'
import type { Command } from '../io'
import { CLI } from '../name'

export const USAGE = `factdesk — fact-check breaking news from several reports

Usage: ${CLI} <command> [options]

Commands:
  extract FILE|URL... [--json]      Show the claims found in reports (no store is touched)
  import FILE|URL... [--store PATH] Add reports to the store: .txt .md .html .docx .pdf files,
                                    or http(s) addresses (the page is fetched and archived);
                                    reports already there are skipped, bad ones listed
  reports [--json] [--store PATH]   List the reports: id, outlet · headline · date, claims
  remove REPORT_ID [--store PATH]   Remove a report with its claims and their reviews
                                    (recorded in the history; the desk can undo it)
  stories [--json]                  List the stories the desk opened recently, with their
                                    store paths (each story is its own store: --store PATH)
  claims [--json] [--store PATH]    List claims with speaker, cluster, verdict and note
  verdict CLAIM_ID VERDICT [--note TEXT] [--editor NAME] [--store PATH]
                                    Record a verdict: verified, disputed or unconfirmed
                                    ("clear" returns the claim to unreviewed)
  history [CLAIM_ID] [--json] [--store PATH]
                                    Who changed what and when: one claim's changes, or
                                    every change on the desk, newest first
  brief [--format ${BRIEF_FORMATS.join('|')}] [--out PATH]
        [--scope all|reviewed|verified] [--reports ID,...] [--title TEXT] [--lede TEXT]
        [--closing TEXT] [--paper a4|letter] [--store PATH]
                                    Write the situation brief (text formats to stdout without
                                    --out; pdf and docx need --out); a written file is recorded
                                    as a brief version. --reports takes report ids or the
                                    source numbers the brief cites them by
  settings [--organisation NAME] [--url URL] [--editor NAME] [--store PATH]
                                    Show or set the newsroom a brief is published under
                                    (ClaimReview needs the organisation and its URL)
  restore [--store PATH]            Replace a damaged store with its newest good backup
                                    (the damaged file is kept beside it)
  team push --store FILE --to URL   Move a local story into an empty team database
  help                              Show this help

Without --store, commands use the desk app's own store (seeded with sample
reports on first use). --store postgresql://ROLE@HOST:PORT/DATABASE works on a
team database instead (the password from the URL, PGPASSWORD or ~/.pgpass).
Errors exit with code 2 and leave the store unchanged; an import that refuses
some of its files adds the others and exits with code 2.
`

export const help: Command = async (_args, ctx) => {
  ctx.io.stdout.write(USAGE)
}
