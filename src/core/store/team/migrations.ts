/**
 * The team database's schema, as numbered migrations. Each runs once, in a
 * transaction, under an advisory lock so two desks starting at once do not
 * both run it; `factdesk_migration` records which ran, when and by whom. A
 * database from a newer factdesk (a migration this one does not know) is
 * refused rather than written.
 *
 * Rows keep the model's JSON whole (`row`) beside the columns the database
 * checks and indexes, so the store reads back exactly what was written.
 */
import type { PoolClient } from 'pg'
import { UserError } from '../../errors'

/** The channel whose notifications carry a new review_event id, and nothing else. */
export const EVENT_CHANNEL = 'factdesk_event'
/** The channel for presence: which editor has which claim open (not a lock, not logged). */
export const PRESENCE_CHANNEL = 'factdesk_presence'

const MIGRATIONS: readonly { version: number; what: string; sql: string }[] = [
  {
    version: 1,
    what: 'reports, claims, clusters, claim reviews with versions, the append-only review_event log',
    sql: `
      CREATE TABLE desk (
        id int PRIMARY KEY CHECK (id = 1),
        story_name text NOT NULL DEFAULT '',
        organisation text NOT NULL DEFAULT '',
        url text NOT NULL DEFAULT '',
        -- The newest event's id. Every write takes its next id here and holds this row until it commits,
        -- so events commit in id order: a desk that has seen event n has seen every event before it.
        last_event bigint NOT NULL DEFAULT 0
      );
      INSERT INTO desk (id) VALUES (1);

      CREATE TABLE report (
        id text PRIMARY KEY,
        position double precision NOT NULL,
        version int NOT NULL DEFAULT 1,
        row jsonb NOT NULL
      );
      CREATE TABLE cluster (id text PRIMARY KEY);
      CREATE TABLE claim (
        id text PRIMARY KEY,
        report_id text NOT NULL REFERENCES report (id) DEFERRABLE INITIALLY DEFERRED,
        cluster_id text NOT NULL REFERENCES cluster (id) DEFERRABLE INITIALLY DEFERRED,
        position double precision NOT NULL,
        version int NOT NULL DEFAULT 1,
        row jsonb NOT NULL
      );
      CREATE INDEX claim_report ON claim (report_id);
      CREATE TABLE claim_review (
        claim_id text PRIMARY KEY REFERENCES claim (id) DEFERRABLE INITIALLY DEFERRED,
        -- 1 when first written, one more at every change: a write names the version it was made on.
        version int NOT NULL,
        verdict text NOT NULL CHECK (verdict IN ('unreviewed', 'verified', 'disputed', 'unconfirmed')),
        note text NOT NULL,
        editor text,
        updated_at timestamptz,
        row jsonb NOT NULL
      );

      CREATE TABLE review_event (
        id bigint PRIMARY KEY,
        at timestamptz NOT NULL,
        -- Who: the PostgreSQL role that wrote it, whatever the client says (see the trigger below).
        editor text NOT NULL,
        -- From which desk (one id per open desk or CLI run).
        desk_id text NOT NULL,
        -- The change's kind (verdict, note, merge, undo…); null for writes outside the change log (an import).
        kind text,
        claim_ids text[] NOT NULL,
        report_ids text[] NOT NULL,
        -- Every row before and after (the change's ops); null with kind.
        ops jsonb,
        undoes jsonb,
        -- Which rows the write touched, as [table, id] pairs: what a desk re-reads when it catches up.
        rows jsonb NOT NULL
      );
      CREATE FUNCTION review_event_signed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.editor := session_user;
        RETURN NEW;
      END $$;
      CREATE TRIGGER review_event_signed BEFORE INSERT ON review_event FOR EACH ROW EXECUTE FUNCTION review_event_signed();
      CREATE FUNCTION review_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER review_event_append_only BEFORE UPDATE OR DELETE ON review_event FOR EACH ROW EXECUTE FUNCTION review_event_append_only();
      CREATE TRIGGER review_event_no_truncate BEFORE TRUNCATE ON review_event FOR EACH STATEMENT EXECUTE FUNCTION review_event_append_only();

      CREATE TABLE brief_version (seq bigserial PRIMARY KEY, id text NOT NULL UNIQUE, row jsonb NOT NULL);
      CREATE TABLE page_archive (sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'), bytes bytea NOT NULL);

      -- Every role that may connect to the database is an editor of its desk; the log only grows.
      GRANT SELECT, UPDATE ON desk TO PUBLIC;
      GRANT SELECT, INSERT, UPDATE, DELETE ON report, cluster, claim, claim_review TO PUBLIC;
      GRANT SELECT, INSERT ON review_event, brief_version, page_archive TO PUBLIC;
      GRANT USAGE ON SEQUENCE brief_version_seq_seq TO PUBLIC;
      GRANT SELECT ON factdesk_migration TO PUBLIC;
    `
  }
]

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version

/** Brings the database's schema up to date; `doing` names the database in messages. */
export async function migrate(client: PoolClient, shown: string): Promise<void> {
  // Up to date already (every desk but the first): nothing to lock, and editors need no right to create tables.
  const present = await client.query<{ present: boolean }>("SELECT to_regclass('factdesk_migration') IS NOT NULL AS present")
  if (present.rows[0]?.present) {
    const current = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM factdesk_migration')
    if (current.rows[0]?.version === SCHEMA_VERSION) return
  }
  await client.query('BEGIN')
  try {
    // One migrator at a time, across every desk; released at COMMIT or ROLLBACK.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('factdesk migrations'))")
    await client.query(`CREATE TABLE IF NOT EXISTS factdesk_migration (
      version int PRIMARY KEY, what text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT session_user)`)
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM factdesk_migration')).rows.map((r) => r.version))
    const newest = Math.max(0, ...applied)
    if (newest > SCHEMA_VERSION) {
      throw new UserError(
        `The team database ${shown} was set up by a newer factdesk (schema ${newest}; this one knows up to ${SCHEMA_VERSION}). Update factdesk.`,
        'store'
      )
    }
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue
      await client.query(migration.sql)
      await client.query('INSERT INTO factdesk_migration (version, what) VALUES ($1, $2)', [migration.version, migration.what])
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}
