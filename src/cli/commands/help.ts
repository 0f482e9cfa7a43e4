import type { Command } from '../io'

export const USAGE = `factdesk — fact-check breaking news from several reports

Usage: factdesk <command> [options]

Commands:
  extract FILE... [--json]          Show the claims found in report files (no store is touched)
  import FILE... [--store PATH]     Add reports to the store; reports already there are skipped
  claims [--json] [--store PATH]    List claims with their verdicts and notes
  verdict CLAIM_ID VERDICT [--note TEXT] [--editor NAME] [--store PATH]
                                    Record a verdict: verified, disputed or unconfirmed
                                    ("clear" returns the claim to unreviewed)
  history [CLAIM_ID] [--json] [--store PATH]
                                    Who changed what and when: one claim's changes, or
                                    every change on the desk, newest first
  brief [--format md|html|pdf|docx|csv|claimreview] [--out PATH] [--title TEXT]
        [--lede TEXT] [--closing TEXT] [--paper a4|letter] [--include-unreviewed] [--store PATH]
                                    Write the situation brief (text formats to stdout without
                                    --out; pdf and docx need --out); a written file is recorded
                                    as a brief version
  restore [--store PATH]            Replace a damaged store with its newest good backup
                                    (the damaged file is kept beside it)
  team push --store FILE --to URL   Move a local story into an empty team database
  help                              Show this help

Without --store, commands use the desk app's own store (seeded with sample
reports on first use). --store postgresql://ROLE@HOST:PORT/DATABASE works on a
team database instead (the password from the URL, PGPASSWORD or ~/.pgpass).
Errors exit with code 2 and leave the store unchanged.
`

export const help: Command = async (_args, ctx) => {
  ctx.io.stdout.write(USAGE)
}
