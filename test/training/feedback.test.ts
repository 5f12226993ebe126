import { useSeededServer } from '../support/harness';

const t = useSeededServer();
const { make } = t;

const FEEDBACK = `mutation ($input: SubmitTrainingFeedbackInput!) { submitTrainingFeedback(input: $input) { saved userErrors { code } } }`;

describe('cohort feedback and the participant list', () => {
  it('takes one rating per participant, summarises it for trainers, and exports participants with attendance for Excel', async () => {
    const ulle = await make.seeded('it@tartu.ee');
    const jyri = await make.seeded('it@voru.ee');
    const outsider = await make.seeded('it@saue.ee');
    const cohort = await make.aCohort({
      sessions: [
        { startsAt: '2026-11-02T07:00:00Z', endsAt: '2026-11-02T13:00:00Z', modules: [1] },
        { startsAt: '2026-11-09T07:00:00Z', endsAt: '2026-11-09T13:00:00Z', modules: [2] },
      ],
      enrolmentClosesAt: new Date(Date.now() + 3600_000).toISOString(),
      enrollees: [ulle, jyri],
    });
    await t.gql.run(
      `mutation ($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) { recorded } }`,
      { input: { sessionId: cohort.sessionIds[0], enrolmentIds: cohort.enrolmentIds, present: true } },
      cohort.organiser,
    );
    const rate = (who: typeof ulle, rating: number, anonymous = false) =>
      t.gql.run(FEEDBACK, { input: { cohortId: cohort.id, rating, anonymous, comment: 'Väga hea' } }, who);
    expect((await rate(ulle, 9, true)).data!.submitTrainingFeedback).toEqual({ saved: true, userErrors: [] });
    expect((await rate(jyri, 6)).data!.submitTrainingFeedback.saved).toBe(true);
    expect((await rate(ulle, 1)).data!.submitTrainingFeedback.userErrors).toEqual([{ code: 'DUPLICATE' }]);
    expect((await rate(outsider, 1)).data!.submitTrainingFeedback.userErrors).toEqual([
      { code: 'NOT_ENROLLED' },
    ]);
    const [{ anonymous }] = await t.db.dataSource.query(
      `SELECT count(*) FILTER (WHERE user_id IS NULL)::int AS anonymous FROM training_feedback`,
    );
    expect(anonymous).toBe(1);

    const summary = `query ($id: ID!) { cohort(id: $id) { feedback { count average distribution { rating count } } } }`;
    const forTrainer = (await t.gql.run(summary, { id: cohort.id }, cohort.organiser)).data!.cohort.feedback;
    expect(forTrainer).toMatchObject({ count: 2, average: '7.50' });
    expect(forTrainer.distribution.filter((d: any) => d.count > 0)).toEqual([
      { rating: 6, count: 1 },
      { rating: 9, count: 1 },
    ]);
    expect((await t.gql.run(summary, { id: cohort.id }, ulle)).data!.cohort.feedback).toBeNull();

    const csv = await fetch(`${t.server.base}/cohorts/${cohort.id}/participants.csv`, {
      headers: { authorization: `Bearer ${await make.anAccessToken('korraldaja@elvl.ee')}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(header).toBe(
      'Nimi;E-post;Organisatsioon;Maakond;Staatus;Järjekorranumber;Koht alates;Kohal 2026-11-02;Kohal 2026-11-09',
    );
    expect(rows[0]).toMatch(/^Ülle Õunapuu;it@tartu\.ee;Tartu linn;Tartu maakond;ENROLLED;\d+;[^;]+;jah;$/);
    const member = await fetch(`${t.server.base}/cohorts/${cohort.id}/participants.csv`, {
      headers: { authorization: `Bearer ${await make.anAccessToken('it@tartu.ee')}` },
    });
    expect(member.status).toBe(404);
  });

  it('completes only those who gave feedback when the programme asks for it', async () => {
    const [ulle, jyri] = [await make.seeded('it@tartu.ee'), await make.seeded('it@voru.ee')];
    const programme = await make.aProgramme({ requiresFeedback: true, minAttendancePercent: 50 });
    const cohort = await make.aCohort({
      programmeId: programme.id,
      sessions: [{ startsAt: '2026-11-03T07:00:00Z', endsAt: '2026-11-03T13:00:00Z', modules: [1, 2] }],
      enrolmentClosesAt: new Date(Date.now() + 3600_000).toISOString(),
      enrollees: [ulle, jyri],
    });
    await t.gql.run(
      `mutation ($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) { recorded } }`,
      { input: { sessionId: cohort.sessionIds[0], enrolmentIds: cohort.enrolmentIds, present: true } },
      cohort.organiser,
    );
    await t.gql.run(FEEDBACK, { input: { cohortId: cohort.id, rating: 8, anonymous: true } }, ulle);
    const done = await t.gql.run(
      `mutation ($id: ID!) { completeCohort(input: { cohortId: $id }) { userErrors { code } } }`,
      { id: cohort.id },
      cohort.organiser,
    );
    expect(done.data!.completeCohort.userErrors).toEqual([]);
    const status = async (id: string, who: typeof ulle) =>
      (await t.gql.run(`query ($id: ID!) { node(id: $id) { ... on Enrolment { status } } }`, { id }, who))
        .data!.node.status;
    expect(await status(cohort.enrolmentIds[0], ulle)).toBe('COMPLETED');
    expect(await status(cohort.enrolmentIds[1], jyri)).toBe('NOT_COMPLETED');
  });
});
