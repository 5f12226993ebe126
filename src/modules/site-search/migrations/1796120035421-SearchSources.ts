import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Table, trigger events, the kind it queues, and the column naming the subject. */
const SEARCH_SYNC_TRIGGERS: [string, string, string, string][] = [
  [
    'events',
    'INSERT OR DELETE OR UPDATE OF title, description, status, kind, themes, venue_address, starts_at, ends_at',
    'EVENT',
    'id',
  ],
  ['event_sessions', 'INSERT OR DELETE OR UPDATE', 'EVENT', 'event_id'],
  [
    'training_programmes',
    'INSERT OR DELETE OR UPDATE OF title, title_en, description, status, topic_codes',
    'TRAINING',
    'id',
  ],
  ['training_modules', 'INSERT OR DELETE OR UPDATE', 'TRAINING', 'programme_id'],
  [
    'training_cohorts',
    'INSERT OR DELETE OR UPDATE OF status, name, programme_id',
    'TRAINING',
    'programme_id',
  ],
  ['mentor_profiles', 'INSERT OR DELETE OR UPDATE', 'MENTOR', 'id'],
];

export class SearchSources1796120035421 implements MigrationInterface {
  name = 'SearchSources1796120035421';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_sync_outbox" ("id" BIGSERIAL NOT NULL, "kind" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e04d12ae6e1d84b61ad977f6c34" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_39b65a9d74928a70f95b60ce49" ON "search_sync_outbox"  ("processed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_search_sync_outbox_pending" ON "search_sync_outbox"  ("next_attempt_at") WHERE "processed_at" IS NULL`,
    );
    // Every change to what the events, training and mentors indexes hold queues its subject, in the change's
    // own transaction, whichever code makes it. The worker reads the subject's state when it syncs.
    await queryRunner.query(`
      CREATE FUNCTION search_sync_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE before uuid; after uuid;
      BEGIN
        -- A row moved to another parent (a session to another event) changes both parents' documents.
        IF TG_OP <> 'INSERT' THEN before := (to_jsonb(OLD) ->> TG_ARGV[1])::uuid; END IF;
        IF TG_OP <> 'DELETE' THEN after := (to_jsonb(NEW) ->> TG_ARGV[1])::uuid; END IF;
        INSERT INTO search_sync_outbox (kind, subject_id)
          SELECT DISTINCT TG_ARGV[0], subject FROM unnest(ARRAY[before, after]) AS subject
           WHERE subject IS NOT NULL;
        PERFORM pg_notify('search_sync_outbox', '');
        RETURN NULL;
      END $$`);
    // A mentor's document holds their name and organisation's name: renaming either queues their profiles.
    await queryRunner.query(`
      CREATE FUNCTION search_sync_enqueue_mentors() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('INSERT INTO search_sync_outbox (kind, subject_id)
                        SELECT ''MENTOR'', id FROM mentor_profiles WHERE %I = $1', TG_ARGV[0]) USING NEW.id;
        PERFORM pg_notify('search_sync_outbox', '');
        RETURN NULL;
      END $$`);
    for (const [table, events, kind, column] of SEARCH_SYNC_TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER "search_sync_${table}" AFTER ${events} ON "${table}"
         FOR EACH ROW EXECUTE FUNCTION search_sync_enqueue('${kind}', '${column}')`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER "search_sync_users" AFTER UPDATE OF name ON "users"
       FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION search_sync_enqueue_mentors('user_id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "search_sync_organisations" AFTER UPDATE OF name ON "organisations"
       FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
       EXECUTE FUNCTION search_sync_enqueue_mentors('organisation_id')`,
    );
    // Mentors' expertise is written with the topics' names.
    await queryRunner.query(`
      CREATE FUNCTION search_sync_enqueue_mentors_of_topic() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_sync_outbox (kind, subject_id)
          SELECT 'MENTOR', id FROM mentor_profiles WHERE NEW.code = ANY(expertise_codes);
        PERFORM pg_notify('search_sync_outbox', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "search_sync_topics" AFTER UPDATE OF name, name_en ON "topics"
       FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.name_en IS DISTINCT FROM NEW.name_en)
       EXECUTE FUNCTION search_sync_enqueue_mentors_of_topic()`,
    );
    // What exists already is indexed by the worker once this has run.
    await queryRunner.query(
      `INSERT INTO search_sync_outbox (kind, subject_id)
       SELECT 'EVENT', id FROM events UNION ALL
       SELECT 'TRAINING', id FROM training_programmes UNION ALL
       SELECT 'MENTOR', id FROM mentor_profiles`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of SEARCH_SYNC_TRIGGERS)
      await queryRunner.query(`DROP TRIGGER "search_sync_${table}" ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER "search_sync_users" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "search_sync_organisations" ON "organisations"`);
    await queryRunner.query(`DROP TRIGGER "search_sync_topics" ON "topics"`);
    await queryRunner.query(`DROP FUNCTION search_sync_enqueue_mentors_of_topic()`);
    await queryRunner.query(`DROP FUNCTION search_sync_enqueue_mentors()`);
    await queryRunner.query(`DROP FUNCTION search_sync_enqueue()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_search_sync_outbox_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_39b65a9d74928a70f95b60ce49"`);
    await queryRunner.query(`DROP TABLE "search_sync_outbox"`);
  }
}
