import type { AuthUser } from '../../src/common/auth';
import { tableCounts } from '../support/action-plan';
import { factories } from '../support/factories';
import { users } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';

const t = useSeededDatabase();
const make = factories(t);

const COHORT = `query ($id: ID!) { cohort(id: $id) { id status enrolledCount waitlistCount
  myEnrolment { id status } sessions { id onlineUrl modules { title } } } }`;
const ENROL = `mutation ($input: EnrolInCohortInput!) { enrolInCohort(input: $input) {
  enrolment { id status queueNumber } userErrors { field code message } } }`;
const CANCEL = `mutation ($id: ID!) { cancelEnrolment(input: { enrolmentId: $id }) { enrolment { status } userErrors { field code } } }`;
const ATTEND = `mutation ($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) { recorded userErrors { field code } } }`;
const COMPLETE = `mutation ($id: ID!) { completeCohort(input: { cohortId: $id }) { cohort { status } userErrors { field code message } } }`;
const STATUS = `query ($id: ID!) { node(id: $id) { ... on Enrolment { status } } }`;

let members: AuthUser[];
beforeAll(async () => {
  members = await Promise.all(
    ['it@tallinn.ee', 'it@tartu.ee', 'it@voru.ee', 'it@saue.ee'].map((email) => make.seeded(email)),
  );
});

const enrol = async (cohortId: string, who: AuthUser, extra: Record<string, unknown> = {}) =>
  (await t.gql.run(ENROL, { input: { cohortId, ...extra } }, who)).data!.enrolInCohort;

describe('the seeded programme', () => {
  it('has a pilot group and four regional groups in different counties, readable by the public', async () => {
    const result = await t.gql.run(`{ trainingProgrammes { title modules { position title durationHours }
      cohorts { edges { node { name kind capacity status county { name } sessions { startsAt endsAt timeZone } } } } } }`);
    expect(result.errors).toBeUndefined();
    const [paged] = result.data!.trainingProgrammes;
    const programme = { ...paged, cohorts: paged.cohorts.edges.map((e: any) => e.node) };
    expect(programme.title).toBe('KOV teenuste digipädevuse programm');
    expect(programme.modules.map((m: any) => m.title)).toEqual([
      'Teenusepõhine juhtimine',
      'Infoturve ja E-ITS',
      'Kasutajakogemus',
      'Andmekaitse',
      'Teenusedisain',
    ]);
    // In the order they run.
    expect(programme.cohorts.map((c: any) => c.name)).toEqual([
      'Pilootgrupp 2025',
      'Lõuna-Eesti grupp 2025',
      'Lääne-Eesti grupp 2026',
      'Ida-Eesti grupp 2026',
      'Põhja-Eesti grupp 2026',
    ]);
    const kinds = programme.cohorts.map((c: any) => c.kind);
    expect(kinds.filter((k: string) => k === 'PILOT')).toHaveLength(1);
    const regional = programme.cohorts.filter((c: any) => c.kind === 'REGIONAL');
    expect(regional.length).toBeGreaterThanOrEqual(4);
    expect(new Set(regional.map((c: any) => c.county.name)).size).toBe(regional.length);
    expect(programme.cohorts[0].sessions[0]).toMatchObject({ timeZone: 'Europe/Tallinn' });
  });

  it('evaluated the completed groups: people who missed a session of a required module did not complete', async () => {
    const [row] = await t.db.dataSource.query(
      `SELECT count(*) FILTER (WHERE e.status = 'COMPLETED')::int AS completed,
              count(*) FILTER (WHERE e.status = 'NOT_COMPLETED')::int AS not_completed
         FROM training_enrolments e JOIN training_cohorts c ON c.id = e.cohort_id WHERE c.status = 'COMPLETED'`,
    );
    expect(row.completed).toBeGreaterThan(0);
    expect(row.not_completed).toBeGreaterThan(0);
  });
});

describe('the training report', () => {
  it('counts the KOVs reached as the distinct KOVs with a completed enrolment (checked against SQL)', async () => {
    const [{ id }] = (await t.gql.run(`{ trainingProgrammes { id } }`)).data!.trainingProgrammes;
    const result = await t.gql.run(
      `query ($id: ID!) { trainingReport(programmeId: $id) { kovsReached kovsTotal completedCount completionRate
        byYear { year kovsReached completed } byCounty { county { name } kovsReached }
        cohorts { cohort { name } enrolled completed completionRate attendanceRate } } }`,
      { id },
      users.organiser,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.trainingReport;
    const [{ kovs, completed }] = await t.db.dataSource.query(
      `SELECT count(DISTINCT o.id)::int AS kovs, count(*)::int AS completed
         FROM training_enrolments e JOIN organisations o ON o.id = e.organisation_id
        WHERE e.status = 'COMPLETED' AND o.kind = 'KOV'`,
    );
    expect(report.kovsReached).toBe(kovs);
    expect(kovs).toBeGreaterThan(0);
    expect(report.completedCount).toBe(completed);
    expect(report.kovsTotal).toBe(79);
    expect(report.byYear.reduce((n: number, y: any) => n + y.completed, 0)).toBe(completed);
    const pilot = report.cohorts.find((c: any) => c.cohort.name === 'Pilootgrupp 2025');
    expect(pilot).toMatchObject({ enrolled: 8, completed: 6, completionRate: 75 });
    expect(
      (
        await t.gql.run(
          `query ($id: ID!) { trainingReport(programmeId: $id) { kovsReached } }`,
          { id },
          users.member,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('enrolment', () => {
  it('gives places while they last, then the waiting list; a cancellation promotes the first waiting', async () => {
    const cohort = await make.aCohort({ capacity: 2 });
    const results = [];
    for (const who of members) results.push(await enrol(cohort.id, who));
    expect(results.map((r) => r.enrolment.status)).toEqual([
      'ENROLLED',
      'ENROLLED',
      'WAITLISTED',
      'WAITLISTED',
    ]);
    const before = (await t.gql.run(COHORT, { id: cohort.id }, members[2])).data!.cohort;
    expect(before).toMatchObject({
      enrolledCount: 2,
      waitlistCount: 2,
      myEnrolment: { status: 'WAITLISTED' },
    });
    // The link is for people with a place.
    expect(before.sessions[0].onlineUrl).toBeNull();
    expect((await t.gql.run(COHORT, { id: cohort.id }, members[0])).data!.cohort.sessions[0].onlineUrl).toBe(
      'https://meet.example.ee/koolitus',
    );

    const cancelled = await t.gql.run(CANCEL, { id: results[0].enrolment.id }, members[0]);
    expect(cancelled.data!.cancelEnrolment.enrolment.status).toBe('CANCELLED');
    expect((await t.gql.run(STATUS, { id: results[2].enrolment.id }, members[2])).data!.node.status).toBe(
      'ENROLLED',
    );
    expect((await t.gql.run(STATUS, { id: results[3].enrolment.id }, members[3])).data!.node.status).toBe(
      'WAITLISTED',
    );

    // Coming back after cancelling: the back of the queue.
    const again = await enrol(cohort.id, members[0]);
    expect(again.enrolment).toMatchObject({ status: 'WAITLISTED' });
    expect(again.enrolment.queueNumber).toBeGreaterThan(results[3].enrolment.queueNumber);
  });

  it('refuses a duplicate, a full cohort without a waiting list, an unopened cohort and people of other organisations, writing nothing', async () => {
    const full = await make.aCohort({ capacity: 1, waitlistEnabled: false, enrollees: [members[0]] });
    const draft = await make.aCohort({ status: 'DRAFT' });
    const [{ id: tartu }] = await t.db.dataSource.query(
      `SELECT id FROM organisations WHERE ehak_code = '0793'`,
    );
    const onlyTartu = await make.aCohort({
      organisationIds: [Buffer.from(`Organisation:${tartu}`).toString('base64url')],
    });
    const before = await tableCounts(t.db.dataSource);
    expect((await enrol(full.id, members[0])).userErrors).toEqual([
      expect.objectContaining({ field: 'cohortId', code: 'ALREADY_ENROLLED' }),
    ]);
    expect((await enrol(full.id, members[1])).userErrors).toEqual([
      expect.objectContaining({ code: 'COHORT_FULL' }),
    ]);
    expect((await enrol(draft.id, members[1])).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
    expect((await enrol(onlyTartu.id, members[0])).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_ELIGIBLE' }),
    ]);
    expect((await enrol('not-an-id', members[0])).userErrors).toEqual([
      expect.objectContaining({ field: 'cohortId', code: 'NOT_FOUND' }),
    ]);
    expect(await tableCounts(t.db.dataSource)).toEqual(before);
    expect((await enrol(onlyTartu.id, members[1])).enrolment.status).toBe('ENROLLED');
  });

  it('does not take enrolments for a programme not yet published', async () => {
    const organiser = await make.seeded('korraldaja@elvl.ee');
    const draft = (
      await t.gql.run(
        `mutation ($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) { programme { id } } }`,
        {
          input: {
            title: 'Mustandprogramm',
            modules: [
              { title: 'Esimene', durationHours: 2 },
              { title: 'Teine', durationHours: 2 },
            ],
          },
        },
        organiser,
      )
    ).data!.createTrainingProgramme.programme;
    const cohort = await make.aCohort({ programmeId: draft.id, status: 'DRAFT' });
    const open = await t.gql.run(
      `mutation ($id: ID!) { openCohort(input: { cohortId: $id }) { userErrors { field code } } }`,
      { id: cohort.id },
      organiser,
    );
    expect(open.data!.openCohort.userErrors).toEqual([{ field: 'cohortId', code: 'INVALID' }]);
    expect((await enrol(cohort.id, members[0])).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
  });

  it('closes enrolment at the first session, except for organisers enrolling someone', async () => {
    const cohort = await make.aCohort({ enrolmentClosesAt: new Date(Date.now() - 1000).toISOString() });
    expect((await enrol(cohort.id, members[0])).userErrors).toEqual([
      expect.objectContaining({ code: 'ENROLMENT_CLOSED' }),
    ]);
    const onBehalf = await enrol(cohort.id, cohort.organiser, {
      userId: Buffer.from(`User:${members[0].id}`).toString('base64url'),
    });
    expect(onBehalf).toMatchObject({ enrolment: { status: 'ENROLLED' }, userErrors: [] });
    const byMember = await t.gql.run(
      ENROL,
      { input: { cohortId: cohort.id, userId: Buffer.from(`User:${members[2].id}`).toString('base64url') } },
      members[1],
    );
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('attendance and completion', () => {
  it('completes those who attended enough, not the others; re-runs only after a correction', async () => {
    const cohort = await make.aCohort({ enrollees: members.slice(0, 3) });
    const organiser = cohort.organiser;
    const [full, partial, absent] = cohort.enrolmentIds;
    const attend = (session: number, ids: string[], present = true) =>
      t.gql.run(
        ATTEND,
        { input: { sessionId: cohort.sessionIds[session], enrolmentIds: ids, present } },
        organiser,
      );
    // The programme needs half of the sessions and a session of each module (1 in sessions 0–1, 2 in 2–3).
    expect((await attend(0, [full, partial])).data!.recordTrainingAttendance).toEqual({
      recorded: 2,
      userErrors: [],
    });
    await attend(1, [full]);
    await attend(2, [full, partial]);
    await attend(3, [full]);
    await attend(3, [absent], false);

    // Someone not enrolled cannot be recorded; nothing is written.
    const other = await make.aCohort({ enrollees: [members[3]] });
    const wrong = await t.gql.run(
      ATTEND,
      {
        input: {
          sessionId: cohort.sessionIds[0],
          enrolmentIds: [full, other.enrolmentIds[0]],
          present: true,
        },
      },
      organiser,
    );
    expect(wrong.data!.recordTrainingAttendance).toEqual({
      recorded: 0,
      userErrors: [{ field: 'enrolmentIds', code: 'NOT_ENROLLED' }],
    });
    // Only its trainers and organisers keep a cohort's attendance.
    expect((await attend(0, [absent])).errors).toBeUndefined();
    const byMember = await t.gql.run(
      ATTEND,
      { input: { sessionId: cohort.sessionIds[0], enrolmentIds: [absent], present: true } },
      members[0],
    );
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await attend(0, [absent], false);

    const done = await t.gql.run(COMPLETE, { id: cohort.id }, organiser);
    expect(done.data!.completeCohort).toEqual({ cohort: { status: 'COMPLETED' }, userErrors: [] });
    const statuses = async () =>
      Promise.all(
        [full, partial, absent].map(
          async (id, i) => (await t.gql.run(STATUS, { id }, members[i])).data!.node.status,
        ),
      );
    expect(await statuses()).toEqual(['COMPLETED', 'COMPLETED', 'NOT_COMPLETED']);

    const again = await t.gql.run(COMPLETE, { id: cohort.id }, organiser);
    expect(again.data!.completeCohort.userErrors).toEqual([
      expect.objectContaining({ code: 'NOTHING_CHANGED' }),
    ]);

    // A correction: the absent person was at sessions 1 and 2 after all.
    await attend(1, [absent]);
    await attend(2, [absent]);
    expect((await t.gql.run(COMPLETE, { id: cohort.id }, organiser)).data!.completeCohort.userErrors).toEqual(
      [],
    );
    expect(await statuses()).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
  });

  it('requires accepted group work for a module that asks for it', async () => {
    const programme = await make.aProgramme({
      minAttendancePercent: 0,
      modules: [
        { title: 'Teenusedisain', durationHours: 3, required: false, requiresGroupWork: true },
        { title: 'Andmekaitse', durationHours: 3, required: false },
      ],
    });
    const cohort = await make.aCohort({ programmeId: programme.id, enrollees: members.slice(0, 2) });
    const submit = (who: AuthUser, description: string) =>
      t.gql.run(
        `mutation ($input: SubmitGroupWorkInput!) { submitGroupWork(input: $input) { submission { id acceptedAt module { title } } userErrors { field code } } }`,
        { input: { cohortId: cohort.id, module: 1, description } },
        who,
      );
    const mine = (await submit(members[0], 'Teekonnakaart')).data!.submitGroupWork;
    expect(mine.submission).toMatchObject({ acceptedAt: null, module: { title: 'Teenusedisain' } });
    expect((await submit(members[2], 'Võõras töö')).data!.submitGroupWork.userErrors).toEqual([
      { field: 'cohortId', code: 'NOT_ENROLLED' },
    ]);
    const accept = `mutation ($id: ID!) { acceptGroupWork(input: { submissionId: $id }) { submission { acceptedAt } userErrors { code } } }`;
    expect(
      (await t.gql.run(accept, { id: mine.submission.id }, members[1])).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql.run(accept, { id: mine.submission.id }, cohort.organiser)).data!.acceptGroupWork.submission
        .acceptedAt,
    ).toBeTruthy();
    await submit(members[1], 'Pooleli'); // handed in, not accepted
    await t.gql.run(COMPLETE, { id: cohort.id }, cohort.organiser);
    const statuses = await Promise.all(
      cohort.enrolmentIds.map(
        async (id, i) => (await t.gql.run(STATUS, { id }, members[i])).data!.node.status,
      ),
    );
    expect(statuses).toEqual(['COMPLETED', 'NOT_COMPLETED']);
  });

  it('lists programmes with cohorts, sessions and your enrolment in the same number of statements for 2 cohorts or 8', async () => {
    const programme = await make.aProgramme();
    const query = `query ($id: ID!) { trainingProgramme(id: $id) { title modules { title materials { title } }
      cohorts(first: 100) { edges { node { name enrolledCount waitlistCount myEnrolment { status } trainers { name }
        sessions { startsAt onlineUrl modules { title } } } } } } }`;
    const count = async () => {
      t.db.statements.reset();
      const result = await t.gql.run(query, { id: programme.id }, members[0]);
      expect(result.errors).toBeUndefined();
      return t.db.statements.count;
    };
    for (let i = 0; i < 2; i += 1) await make.aCohort({ programmeId: programme.id, enrollees: [members[0]] });
    const few = await count();
    for (let i = 0; i < 6; i += 1) await make.aCohort({ programmeId: programme.id });
    expect(await count()).toBe(few);
    expect(few).toBeLessThanOrEqual(12);
  });
});

describe('programmes and cohorts as an organiser builds them', () => {
  it('edits a cohort (more places move the waiting list up), a programme and its modules, and archives it', async () => {
    const cohort = await make.aCohort({ capacity: 1, enrollees: members.slice(0, 3) });
    const update = await t.gql.run(
      `mutation ($input: UpdateCohortInput!) { updateCohort(input: $input) { cohort { capacity enrolledCount waitlistCount } userErrors { field code } } }`,
      { input: { cohortId: cohort.id, capacity: 2, name: 'Suurem grupp' } },
      cohort.organiser,
    );
    expect(update.data!.updateCohort).toEqual({
      cohort: { capacity: 2, enrolledCount: 2, waitlistCount: 1 },
      userErrors: [],
    });
    expect((await t.gql.run(STATUS, { id: cohort.enrolmentIds[1] }, members[1])).data!.node.status).toBe(
      'ENROLLED',
    );
    const byMember = await t.gql.run(
      `mutation ($input: UpdateCohortInput!) { updateCohort(input: $input) { userErrors { code } } }`,
      { input: { cohortId: cohort.id, capacity: 50 } },
      members[0],
    );
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const programme = await make.aProgramme();
    const edited = await t.gql.run(
      `mutation ($p: UpdateTrainingProgrammeInput!, $m: UpdateTrainingModuleInput!) {
         a: updateTrainingProgramme(input: $p) { programme { title minAttendancePercent } userErrors { code } }
         b: updateTrainingModule(input: $m) { programme { modules { position title durationHours required } } userErrors { code } } }`,
      {
        p: { id: programme.id, title: 'Täiendatud programm', minAttendancePercent: 90 },
        m: {
          programmeId: programme.id,
          position: 2,
          title: 'Infoturve ja E-ITS',
          durationHours: 4.5,
          required: false,
        },
      },
      users.organiser,
    );
    expect(edited.data!.a).toEqual({
      programme: { title: 'Täiendatud programm', minAttendancePercent: 90 },
      userErrors: [],
    });
    expect(edited.data!.b.programme.modules[1]).toEqual({
      position: 2,
      title: 'Infoturve ja E-ITS',
      durationHours: 4.5,
      required: false,
    });
    const archived = await t.gql.run(
      `mutation ($id: ID!) { archiveTrainingProgramme(input: { id: $id }) { programme { status } userErrors { code } } }`,
      { id: programme.id },
      users.organiser,
    );
    expect(archived.data!.archiveTrainingProgramme.programme.status).toBe('ARCHIVED');
    expect(
      (await t.gql.run(`query ($id: ID!) { trainingProgramme(id: $id) { id } }`, { id: programme.id })).data!
        .trainingProgramme,
    ).toBeNull();
  });

  it('refuses a session outside the programme’s modules or ending before it starts, writing nothing', async () => {
    const programme = await make.aProgramme();
    const before = await tableCounts(t.db.dataSource);
    const result = await t.gql.run(
      `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } userErrors { field code } } }`,
      {
        input: {
          programmeId: programme.id,
          name: 'Vigane grupp',
          kind: 'PILOT',
          capacity: 5,
          sessions: [
            { startsAt: '2027-01-10T09:00:00Z', endsAt: '2027-01-10T08:00:00Z', modules: [1] },
            { startsAt: '2027-01-11T09:00:00Z', endsAt: '2027-01-11T12:00:00Z', modules: [3] },
          ],
        },
      },
      users.organiser,
    );
    expect(result.data!.createCohort.userErrors).toEqual([
      { field: 'sessions.0.endsAt', code: 'INVALID' },
      { field: 'sessions.1.modules', code: 'INVALID' },
    ]);
    expect(await tableCounts(t.db.dataSource)).toEqual(before);
  });
});

describe('a programme’s cohorts', () => {
  it('show a draft cohort’s trainer only their own draft once the programme is archived, not its other cohorts', async () => {
    const trainer = await make.aUser();
    const programme = await make.aProgramme();
    await make.aCohort({ programmeId: programme.id });
    const draft = await make.aCohort({
      programmeId: programme.id,
      status: 'DRAFT',
      trainerIds: [trainer.id],
    });
    const query = `query ($id: ID!) { cohort(id: $id) { programme { cohorts { totalCount edges { node { id } } } } } }`;
    const published = await t.gql.run(query, { id: draft.id }, trainer.identity);
    expect(published.data!.cohort.programme.cohorts.totalCount).toBe(2);

    const archived = await t.gql.run(
      `mutation ($id: ID!) { archiveTrainingProgramme(input: { id: $id }) { userErrors { code } } }`,
      { id: programme.id },
      users.organiser,
    );
    expect(archived.data!.archiveTrainingProgramme.userErrors).toEqual([]);
    const after = await t.gql.run(query, { id: draft.id }, trainer.identity);
    expect(after.data!.cohort.programme.cohorts).toEqual({
      totalCount: 1,
      edges: [{ node: { id: draft.id } }],
    });
  });
});
