import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../src/common/auth';
import { developmentAccessToken } from '../../src/modules/auth';
import { identityOf, testAuthRuntime, users, type GraphQLResult } from './graphql';

/**
 * Builders for test data, through the GraphQL schema as a real person would
 * make it (so every rule and audit entry applies), with overrides for what a
 * test cares about. Each call makes new rows with unique names, so test files
 * and tests never depend on each other's data.
 *
 *   const make = factories(t);
 *   const event = await make.anEvent({ capacity: 2 });
 *   const guide = await make.aGuide({ status: 'DRAFT', visibility: 'INTERNAL' });
 */
export interface FactoryTarget {
  gql: {
    run<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
      user?: AuthUser | null,
    ): Promise<GraphQLResult<T>>;
  };
  db: { dataSource: DataSource };
}

type Overrides = Record<string, unknown>;

const unique = () => randomBytes(4).toString('hex');
const hoursFromNow = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();

/** The data of a mutation's payload, failing the test on a GraphQL error or a userError. */
function payloadOf(result: GraphQLResult, mutation: string): Record<string, any> {
  if (result.errors?.length)
    throw new Error(`${mutation}: ${result.errors.map((e) => e.message).join('; ')}`);
  const payload = result.data![mutation];
  if (payload.userErrors?.length) throw new Error(`${mutation}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

const GUIDE_STEPS: Record<string, string[]> = {
  DRAFT: [],
  IN_REVIEW: ['submitGuideForReview'],
  PUBLISHED: ['publishGuide'],
  ARCHIVED: ['publishGuide', 'archiveGuide'],
};

export function factories(t: FactoryTarget) {
  const run = (query: string, variables: Record<string, unknown>, as: AuthUser | null) =>
    t.gql.run(query, variables, as);
  const seeded = (email: string) => identityOf(t.db.dataSource, email);
  const organisationId = async (code: string) => {
    const [row] = await t.db.dataSource.query(
      `SELECT id FROM organisations WHERE code = $1 OR ehak_code = $1`,
      [code],
    );
    if (!row) throw new Error(`no organisation ${code}`);
    return Buffer.from(`Organisation:${row.id}`).toString('base64url');
  };

  /**
   * Answers given by question key, as the typed input names them: by the
   * question's id, `values` for a list, `value` otherwise. A key the event has
   * no question for gets an id that matches no question.
   */
  const answersFor = async (eventId: string, byKey: Record<string, unknown>) => {
    const result = await run(
      `query ($id: ID!) { event(id: $id) { questions { id key } } }`,
      { id: eventId },
      users.admin,
    );
    const ids = new Map<string, string>(result.data!.event.questions.map((q: any) => [q.key, q.id]));
    return Object.entries(byKey).map(([key, answer]) => ({
      questionId:
        ids.get(key) ??
        Buffer.from('RegistrationQuestion:00000000-0000-4000-8000-000000000000').toString('base64url'),
      ...(Array.isArray(answer) ? { values: answer } : { value: String(answer) }),
    }));
  };

  const make = {
    answersFor,

    /** A seeded person by email (the demo users: admin@elvl.ee, korraldaja@elvl.ee, it@tartu.ee …). */
    seeded,

    /** A new account; `organisation` is a code or a KOV's EHAK code (Tallinn by default). */
    async aUser(overrides: { role?: string; organisation?: string; name?: string; email?: string } = {}) {
      const email = overrides.email ?? `test-${unique()}@example.ee`;
      const payload = payloadOf(
        await run(
          `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id email } userErrors { field code message } } }`,
          {
            input: {
              email,
              name: overrides.name ?? 'Test Isik',
              organisationId: await organisationId(overrides.organisation ?? '0784'),
              roles: [overrides.role ?? 'MEMBER'],
              password: `parool-${unique()}-${unique()}`,
            },
          },
          users.admin,
        ),
        'createUser',
      );
      return { id: payload.user.id as string, email, identity: await seeded(email) };
    },

    /** A signed access token (and its session) for an existing person, as `npm run token` makes it. */
    async anAccessToken(email: string) {
      return (await developmentAccessToken(t.db.dataSource, testAuthRuntime(), email)).accessToken;
    },

    /**
     * `n` members of one KOV (Tallinn), each signed in: for load tests that
     * need hundreds of people at once, so made in two statements, not one by one.
     */
    async manyMembersWithTokens(n: number, label = unique()) {
      const [{ id: kov }] = await t.db.dataSource.query(
        `SELECT id FROM organisations WHERE ehak_code = '0784'`,
      );
      const people: { id: string }[] = await t.db.dataSource.query(
        `INSERT INTO users (email, name, organisation_id, roles)
         SELECT 'koormus-' || $3 || '-' || k || '@tallinn.ee', 'Koormustestija ' || k, $1, '{MEMBER}'
           FROM generate_series(1, $2::int) k
         RETURNING id`,
        [kov, n, label],
      );
      const sessions: { id: string; user_id: string }[] = await t.db.dataSource.query(
        `INSERT INTO auth_sessions (user_id, refresh_token_hash, expires_at, method)
         SELECT id, 'h' || id, now() + interval '1 day', 'cli' FROM unnest($1::uuid[]) AS id RETURNING id, user_id`,
        [people.map((p) => p.id)],
      );
      const auth = testAuthRuntime();
      return Promise.all(
        sessions.map((s) => auth.tokens.signAccessToken({ userId: s.user_id, sessionId: s.id })),
      );
    },

    /** A new organisation (a state partner unless `kind` says otherwise). */
    async anOrganisation(overrides: Overrides = {}) {
      const payload = payloadOf(
        await run(
          `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name code } userErrors { field code message } } }`,
          {
            input: {
              name: `Testasutus ${unique()}`,
              kind: 'STATE_AGENCY',
              code: `T${unique()}`.toUpperCase(),
              ...overrides,
            },
          },
          users.admin,
        ),
        'createOrganisation',
      );
      return payload.organisation as { id: string; name: string; code: string | null };
    },

    /**
     * A guide in the given status (PUBLISHED by default) and visibility
     * (PUBLIC), owned by ELVL, made by an editor through the workflow.
     */
    async aGuide(overrides: Overrides & { status?: string } = {}) {
      const { status = 'PUBLISHED', ...fields } = overrides;
      const title = (fields.title as string | undefined) ?? `Testjuhend ${unique()}`;
      const created = payloadOf(
        await run(
          `mutation ($input: CreateGuideInput!) { createGuide(input: $input) { guide { id version slug } userErrors { field code message } } }`,
          {
            input: {
              language: 'ET',
              kind: 'HOW_TO',
              title,
              slug: `test-${unique()}`,
              summary: 'Lühikokkuvõte.',
              body: '## Miks\n\nSest nii on õige.',
              visibility: 'PUBLIC',
              audience: ['IT_SPECIALIST'],
              topics: ['cyber-security'],
              organisationId: await organisationId('ELVL'),
              ...fields,
            },
          },
          users.editor,
        ),
        'createGuide',
      ).guide;
      let version = created.version as number;
      for (const step of GUIDE_STEPS[status]) {
        version = payloadOf(
          await run(
            `mutation ($input: ${step === 'publishGuide' ? 'PublishGuideInput' : 'GuideTransitionInput'}!) { ${step}(input: $input) { guide { version } userErrors { field code message } } }`,
            { input: { id: created.id, version } },
            users.editor,
          ),
          step,
        ).guide.version;
      }
      return { id: created.id as string, slug: created.slug as string, title, version, status };
    },

    /**
     * An event two days ahead, PUBLISHED by default (DRAFT leaves it
     * unpublished), organised by the seeded organiser, with `registrants`
     * registered in order.
     */
    async anEvent(overrides: Overrides & { status?: 'DRAFT' | 'PUBLISHED'; registrants?: AuthUser[] } = {}) {
      const { status = 'PUBLISHED', registrants = [], ...fields } = overrides;
      const organiser = await seeded('korraldaja@elvl.ee');
      const event = payloadOf(
        await run(
          `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id sequence } userErrors { field code message } } }`,
          {
            input: {
              title: `Testseminar ${unique()}`,
              kind: 'WORKSHOP',
              startsAt: hoursFromNow(48),
              endsAt: hoursFromNow(50),
              capacity: 20,
              ...fields,
            },
          },
          organiser,
        ),
        'createEvent',
      ).event;
      let sequence = event.sequence as number;
      if (status === 'PUBLISHED') {
        sequence = payloadOf(
          await run(
            `mutation ($id: ID!) { publishEvent(input: { id: $id }) { event { sequence } userErrors { field code message } } }`,
            { id: event.id },
            organiser,
          ),
          'publishEvent',
        ).event.sequence;
      }
      const registrationIds: string[] = [];
      for (const who of registrants) registrationIds.push((await make.aRegistration(event.id, who)).id);
      return { id: event.id as string, sequence, organiser, registrationIds };
    },

    /** Registers `who` for an event; returns the registration (CONFIRMED or WAITLISTED). */
    async aRegistration(eventId: string, who: AuthUser, answers?: Record<string, unknown>) {
      return payloadOf(
        await run(
          `mutation ($input: RegisterForEventInput!) { registerForEvent(input: $input) { registration { id status queueNumber } userErrors { field code message } } }`,
          { input: { eventId, answers: answers && (await answersFor(eventId, answers)) } },
          who,
        ),
        'registerForEvent',
      ).registration as { id: string; status: string; queueNumber: number };
    },

    /** A published training programme with two modules (both required). */
    async aProgramme(overrides: Overrides = {}) {
      const organiser = await seeded('korraldaja@elvl.ee');
      const programme = payloadOf(
        await run(
          `mutation ($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) { programme { id } userErrors { field code message } } }`,
          {
            input: {
              title: `Testprogramm ${unique()}`,
              minAttendancePercent: 50,
              modules: [
                { title: 'Teenusepõhine juhtimine', durationHours: 3 },
                { title: 'Infoturve', durationHours: 3 },
              ],
              ...overrides,
            },
          },
          organiser,
        ),
        'createTrainingProgramme',
      ).programme;
      payloadOf(
        await run(
          `mutation ($id: ID!) { publishTrainingProgramme(input: { id: $id }) { programme { id } userErrors { field code message } } }`,
          { id: programme.id },
          organiser,
        ),
        'publishTrainingProgramme',
      );
      return { id: programme.id as string };
    },

    /**
     * A cohort of a new programme (or `programmeId`), OPEN by default (DRAFT
     * leaves it unopened), with four sessions a week apart from two days ahead,
     * module 1 in the first two and module 2 in the last two; `enrollees` are
     * enrolled in order.
     */
    async aCohort(
      overrides: Overrides & { programmeId?: string; status?: 'DRAFT' | 'OPEN'; enrollees?: AuthUser[] } = {},
    ) {
      const { programmeId, status = 'OPEN', enrollees = [], ...fields } = overrides;
      const organiser = await seeded('korraldaja@elvl.ee');
      const week = (n: number, hours: number) => hoursFromNow(48 + n * 24 * 7 + hours);
      const cohort = payloadOf(
        await run(
          `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id sessions { id } } userErrors { field code message } } }`,
          {
            input: {
              programmeId: programmeId ?? (await make.aProgramme()).id,
              name: `Testgrupp ${unique()}`,
              kind: 'REGIONAL',
              capacity: 10,
              sessions: [0, 1, 2, 3].map((n) => ({
                startsAt: week(n, 0),
                endsAt: week(n, 3),
                modules: [n < 2 ? 1 : 2],
                onlineUrl: 'https://meet.example.ee/koolitus',
              })),
              ...fields,
            },
          },
          organiser,
        ),
        'createCohort',
      ).cohort;
      if (status === 'OPEN') {
        payloadOf(
          await run(
            `mutation ($id: ID!) { openCohort(input: { cohortId: $id }) { cohort { id } userErrors { field code message } } }`,
            { id: cohort.id },
            organiser,
          ),
          'openCohort',
        );
      }
      const enrolmentIds: string[] = [];
      for (const who of enrollees) enrolmentIds.push((await make.anEnrolment(cohort.id, who)).id);
      return {
        id: cohort.id as string,
        sessionIds: cohort.sessions.map((s: { id: string }) => s.id) as string[],
        organiser,
        enrolmentIds,
      };
    },

    /** Enrols `who` in a cohort; returns the enrolment (ENROLLED or WAITLISTED). */
    async anEnrolment(cohortId: string, who: AuthUser) {
      return payloadOf(
        await run(
          `mutation ($input: EnrolInCohortInput!) { enrolInCohort(input: $input) { enrolment { id status queueNumber } userErrors { field code message } } }`,
          { input: { cohortId } },
          who,
        ),
        'enrolInCohort',
      ).enrolment as { id: string; status: string; queueNumber: number };
    },

    /** A new version of an action plan (by default a copy of the seeded 2023 plan). */
    async aPlanVersion(overrides: { sourcePlanId?: string; versionLabel?: string } = {}) {
      const sourcePlanId =
        overrides.sourcePlanId ??
        (await run(`{ actionPlans { id versionNumber } }`, {}, null)).data!.actionPlans.find(
          (p: { versionNumber: number }) => p.versionNumber === 1,
        ).id;
      return payloadOf(
        await run(
          `mutation ($input: CreateActionPlanVersionInput!) { createActionPlanVersion(input: $input) { actionPlan { id versionNumber } userErrors { field code message } } }`,
          { input: { sourcePlanId, versionLabel: overrides.versionLabel ?? `Test ${unique()}` } },
          users.admin,
        ),
        'createActionPlanVersion',
      ).actionPlan as { id: string; versionNumber: number };
    },
  };
  return make;
}
