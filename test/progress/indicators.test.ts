import type { AuthUser } from '../../src/common/auth';
import { localToday } from '../../src/common/local-time';
import { useSeededDatabase } from '../support/harness';
import { factories } from '../support/factories';

const t = useSeededDatabase();
const make = factories(t);
let admin: AuthUser;
let member: AuthUser;
const thisYear = Number(localToday().slice(0, 4));

beforeAll(async () => {
  admin = await make.seeded('admin@elvl.ee');
  member = await make.seeded('it@tartu.ee');
});

const INDICATORS = `query ($planId: ID!, $year: Int) {
  indicators(planId: $planId, year: $year) {
    id key name nameEn unit higherIsBetter measured measure measureKind activity { number }
    baseline { year value }
    periods { year target actual actualNote achieved }
  }
}`;

async function indicators(year?: number) {
  const result = await t.gql.run(INDICATORS, { planId: t.plan.planId, year }, member);
  expect(result.errors).toBeUndefined();
  return new Map<string, any>(result.data!.indicators.map((i: any) => [i.key, i]));
}

const actualIn = async (key: string, year: number) =>
  (await indicators(year)).get(key).periods.find((p: any) => p.year === year).actual;

const SET_TARGET = `mutation ($input: SetIndicatorTargetInput!) {
  setIndicatorTarget(input: $input) { indicator { key periods { year target actual achieved } } userErrors { field code message } }
}`;
const RECORD_ACTUAL = `mutation ($input: RecordIndicatorActualInput!) {
  recordIndicatorActual(input: $input) { indicator { key periods { year target actual actualNote achieved } } userErrors { field code message } }
}`;

describe('result indicators', () => {
  it('are seeded from the plan text: targets where it gives them, the VOLIS baseline 5.63, measured kinds', async () => {
    const all = await indicators();
    expect(all.get('regional-training-groups')).toMatchObject({
      unit: 'COUNT',
      measured: false,
      activity: { number: 2 },
      periods: expect.arrayContaining([expect.objectContaining({ year: 2026, target: '4' })]),
    });
    expect(all.get('services-mapped').periods.find((p: any) => p.year === 2026).target).toBe('40');
    expect(all.get('consultation-user-satisfaction')).toMatchObject({
      unit: 'SCORE',
      baseline: { year: 2023, value: '5.63' },
    });
    expect(all.get('kovs-reached-by-it-network')).toMatchObject({
      measured: true,
      measure: 'KOVS_REACHED_BY_SEMINARS',
      activity: null,
      nameEn: 'KOVs reached by the IT network',
    });
    const measures = [...all.values()].filter((i) => i.measured).map((i) => i.measure);
    expect(new Set(measures)).toEqual(
      new Set([
        'KOVS_REACHED_BY_SEMINARS',
        'KOVS_WITH_TRAINED_STAFF',
        'SEMINAR_SATISFACTION',
        'GUIDES_PUBLISHED',
        'MENTORSHIPS_COMPLETED',
      ]),
    );
    // Every indicator has every plan year; a year argument narrows that to one.
    expect(all.get('services-mapped').periods.map((p: any) => p.year)).toEqual([2023, 2024, 2025, 2026]);
    expect((await indicators(2025)).get('services-mapped').periods.map((p: any) => p.year)).toEqual([2025]);
    // Counts are 0 in a past year with nothing to count, not missing.
    expect(await actualIn('eits-mentorships-completed', 2023)).toBe('0');
  });

  it('measures KOVs reached: a person from a KOV not yet counted attends a seminar and the count goes up by one', async () => {
    const [{ ehak_code }] = await t.db.dataSource.query(
      `SELECT o.ehak_code FROM organisations o
        WHERE o.kind = 'KOV' AND NOT EXISTS (
          SELECT 1 FROM registrations r WHERE r.organisation_id = o.id AND r.status = 'ATTENDED')
        ORDER BY o.name LIMIT 1`,
    );
    const person = await make.aUser({ organisation: ehak_code, name: 'Õie Šmidt-Žukova' });
    const event = await make.anEvent({ registrants: [person.identity] });
    const [{ year }] = await t.db.dataSource.query(
      `SELECT extract(year FROM starts_at AT TIME ZONE time_zone)::int AS year FROM events WHERE id = $1`,
      [Buffer.from(event.id, 'base64url').toString().split(':')[1]],
    );
    const before = Number(await actualIn('kovs-reached-by-it-network', year));

    // `before` already counts the registration: registered is not attended.
    const checkedIn = await t.gql.run(
      `mutation ($input: CheckInInput!) { checkIn(input: $input) { userErrors { code message } } }`,
      { input: { registrationIds: event.registrationIds } },
      event.organiser,
    );
    expect(checkedIn.data!.checkIn.userErrors).toEqual([]);
    expect(Number(await actualIn('kovs-reached-by-it-network', year))).toBe(before + 1);

    // A second person of the same KOV does not count twice.
    const colleague = await make.aUser({ organisation: ehak_code });
    const second = await make.anEvent({ registrants: [colleague.identity] });
    await t.gql.run(
      `mutation ($input: CheckInInput!) { checkIn(input: $input) { userErrors { code } } }`,
      { input: { registrationIds: second.registrationIds } },
      second.organiser,
    );
    expect(Number(await actualIn('kovs-reached-by-it-network', year))).toBe(before + 1);
  });

  it('measures published guides, of one kind and of all kinds', async () => {
    const best = Number(await actualIn('best-practice-guides-published', thisYear));
    const all = Number(await actualIn('guides-published', thisYear));
    await make.aGuide({ kind: 'BEST_PRACTICE', title: 'Tartu linna IT-teenuste koondamise kogemuslugu' });
    await make.aGuide({ kind: 'HOW_TO' });
    await make.aGuide({ kind: 'BEST_PRACTICE', status: 'DRAFT' });
    // A translation is the same guide: it does not count again.
    const original = await make.aGuide({ kind: 'BEST_PRACTICE' });
    await make.aGuide({ kind: 'BEST_PRACTICE', language: 'EN', translationOf: original.id });
    expect(Number(await actualIn('best-practice-guides-published', thisYear))).toBe(best + 2);
    expect(Number(await actualIn('guides-published', thisYear))).toBe(all + 3);
  });

  it('sets targets and records entered actuals in the indicator’s unit, and says whether they are achieved', async () => {
    const all = await indicators();
    const services = all.get('services-mapped').id;
    const satisfaction = all.get('consultation-user-satisfaction').id;

    const set = await t.gql.run(
      SET_TARGET,
      { input: { indicatorId: services, year: 2025, target: '20' } },
      admin,
    );
    expect(set.data!.setIndicatorTarget.userErrors).toEqual([]);
    const recorded = await t.gql.run(
      RECORD_ACTUAL,
      {
        input: { indicatorId: services, year: 2025, value: '23', note: 'Valideeritud Põlva ja Võru vallaga' },
      },
      admin,
    );
    expect(recorded.data!.recordIndicatorActual.userErrors).toEqual([]);
    expect(recorded.data!.recordIndicatorActual.indicator.periods.find((p: any) => p.year === 2025)).toEqual({
      year: 2025,
      target: '20',
      actual: '23',
      actualNote: 'Valideeritud Põlva ja Võru vallaga',
      achieved: true,
    });
    await t.gql.run(SET_TARGET, { input: { indicatorId: satisfaction, year: 2026, target: '7.5' } }, admin);
    const score = await t.gql.run(
      RECORD_ACTUAL,
      { input: { indicatorId: satisfaction, year: 2026, value: '6.40', note: 'Pilootküsitlus' } },
      admin,
    );
    expect(
      score.data!.recordIndicatorActual.indicator.periods.find((p: any) => p.year === 2026),
    ).toMatchObject({
      actual: '6.40',
      achieved: false,
    });
    // Clearing a target.
    const cleared = await t.gql.run(
      SET_TARGET,
      { input: { indicatorId: services, year: 2025, target: null } },
      admin,
    );
    expect(
      cleared.data!.setIndicatorTarget.indicator.periods.find((p: any) => p.year === 2025),
    ).toMatchObject({
      target: null,
      actual: '23',
      achieved: null,
    });
    const audit = await t.db.dataSource.query(
      `SELECT action FROM audit_log WHERE target_type = 'ResultIndicator' ORDER BY at`,
    );
    expect(audit.map((a: any) => a.action)).toEqual([
      'setIndicatorTarget',
      'recordIndicatorActual',
      'setIndicatorTarget',
      'recordIndicatorActual',
      'setIndicatorTarget',
    ]);
  });

  it('refuses values outside the unit, years outside the plan and entered actuals on measured indicators', async () => {
    const all = await indicators();
    const before = await t.db.dataSource.query(`SELECT * FROM indicator_periods ORDER BY indicator_id, year`);
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        SET_TARGET,
        { indicatorId: all.get('services-mapped').id, year: 2025, target: '12.5' },
        'target',
        'INVALID_INDICATOR_VALUE',
      ],
      [
        SET_TARGET,
        { indicatorId: all.get('services-mapped').id, year: 2030, target: '12' },
        'year',
        'YEAR_OUTSIDE_PERIOD',
      ],
      [
        SET_TARGET,
        { indicatorId: all.get('consultation-user-satisfaction').id, year: 2025, target: '11' },
        'target',
        'INVALID_INDICATOR_VALUE',
      ],
      [SET_TARGET, { indicatorId: t.plan.planId, year: 2025, target: '1' }, 'indicatorId', 'NOT_FOUND'],
      [
        RECORD_ACTUAL,
        { indicatorId: all.get('kovs-reached-by-it-network').id, year: 2025, value: '50' },
        'indicatorId',
        'INDICATOR_MEASURED',
      ],
      [
        RECORD_ACTUAL,
        { indicatorId: all.get('consultation-mvp').id, year: 2025, value: '  ' },
        'value',
        'INVALID_INDICATOR_VALUE',
      ],
      [
        RECORD_ACTUAL,
        { indicatorId: all.get('services-mapped').id, year: 2025, value: '-3' },
        'value',
        'INVALID_INDICATOR_VALUE',
      ],
    ];
    for (const [mutation, input, field, code] of cases) {
      const result = await t.gql.run(mutation, { input }, admin);
      expect(result.errors).toBeUndefined();
      const payload = Object.values(result.data!)[0] as any;
      expect(payload.indicator).toBeNull();
      expect(payload.userErrors).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect(
      await t.db.dataSource.query(`SELECT * FROM indicator_periods ORDER BY indicator_id, year`),
    ).toEqual(before);
    const anonymous = await t.gql.run(INDICATORS, { planId: t.plan.planId }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('activity status, timeline and the progress dashboard', () => {
  const DASHBOARD = `query ($planId: ID!, $year: Int) {
    planProgress(planId: $planId, year: $year) {
      year vat plan { title }
      total { planned { amount } actual { amount } remaining { amount } executionPercent overPlan }
      planIndicators { key periods { year target actual achieved } }
      activities {
        activity { number name timeline(first: 2) { totalCount edges { node { title } } } }
        status
        execution { planned { amount } actual { amount } remaining { amount } executionPercent overPlan }
        indicators { key name unit measured baseline { year value } periods { year target actual achieved } }
        latestNote { notedOn title bodyHtml author { name } }
      }
    }
  }`;

  it('sets a status (audited) and keeps a dated Markdown timeline for signed-in people', async () => {
    const activityId = t.plan.activityId(3);
    const status = await t.gql.run(
      `mutation ($input: SetActivityStatusInput!) { setActivityStatus(input: $input) { activity { status } userErrors { code } } }`,
      { input: { activityId, status: 'DELAYED' } },
      admin,
    );
    expect(status.data!.setActivityStatus).toEqual({ activity: { status: 'DELAYED' }, userErrors: [] });
    const [entry] = await t.db.dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'setActivityStatus' ORDER BY at DESC LIMIT 1`,
    );
    expect(entry).toEqual({ before: { status: 'PLANNED' }, after: { status: 'DELAYED' } });

    const note = (notedOn: string, title: string, body: string) =>
      t.gql.run(
        `mutation ($input: AddActivityProgressNoteInput!) { addActivityProgressNote(input: $input) { activity { number } userErrors { field code } } }`,
        { input: { activityId, notedOn, title, body } },
        admin,
      );
    expect(
      (await note('2025-03-10', 'Hange välja kuulutatud', 'Riigihangete registris nr 123456.')).data!
        .addActivityProgressNote.userErrors,
    ).toEqual([]);
    await note('2025-06-02', 'Hange ebaõnnestus', 'Ühtegi pakkumist ei laekunud; **uus hange** sügisel.');
    const bad = await note('2025-13-01', 'Vale kuupäev', 'x');
    expect(bad.data!.addActivityProgressNote.userErrors).toEqual([
      { field: 'notedOn', code: 'INVALID_DATE' },
    ]);

    const TIMELINE = `query ($id: ID!) { node(id: $id) { ... on Activity { status timeline(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { notedOn title body bodyHtml author { name } } } } } } }`;
    const timeline = await t.gql.run(TIMELINE, { id: activityId }, member);
    expect(timeline.errors).toBeUndefined();
    const page = timeline.data!.node.timeline;
    expect(page.totalCount).toBe(2);
    expect(page.edges[0].node).toMatchObject({
      notedOn: '2025-06-02',
      title: 'Hange ebaõnnestus',
      bodyHtml: expect.stringContaining('<strong>uus hange</strong>'),
      author: { name: expect.any(String) },
    });
    const next = await t.gql.run(
      `query ($id: ID!, $after: String) { node(id: $id) { ... on Activity { timeline(first: 5, after: $after) { edges { node { title } } } } } }`,
      { id: activityId, after: page.pageInfo.endCursor },
      member,
    );
    expect(next.data!.node.timeline.edges.map((e: any) => e.node.title)).toEqual(['Hange välja kuulutatud']);
    const anonymous = await t.gql.run(TIMELINE, { id: activityId }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('renders the dashboard for all eight activities in a fixed number of SQL statements', async () => {
    const countFor = async () => {
      t.db.statements.reset();
      const result = await t.gql.run(DASHBOARD, { planId: t.plan.planId, year: 2025 }, member);
      expect(result.errors).toBeUndefined();
      return { count: t.db.statements.count, data: result.data!.planProgress };
    };
    const first = await countFor();
    expect(first.data.activities).toHaveLength(8);
    expect(first.data.activities[2]).toMatchObject({
      status: 'DELAYED',
      latestNote: { notedOn: '2025-06-02', title: 'Hange ebaõnnestus' },
    });
    const satisfaction = first.data.activities[2].indicators.find(
      (i: any) => i.key === 'consultation-user-satisfaction',
    );
    expect(satisfaction).toMatchObject({
      baseline: { year: 2023, value: '5.63' },
      periods: [{ year: 2025 }],
    });
    // Planned for 2025 equals the summary's 2025 total.
    const summary = await t.gql.run(
      `query ($planId: ID!) { budgetSummary(planId: $planId, groupBy: [YEAR], vat: NET) { rows { year amount { amount } } } }`,
      { planId: t.plan.planId },
      member,
    );
    expect(first.data.total.planned.amount).toBe(
      summary.data!.budgetSummary.rows.find((r: any) => r.year === 2025).amount.amount,
    );

    // More notes, spending and activities with news: the same number of statements.
    for (const number of [1, 5, 8]) {
      await t.gql.run(
        `mutation ($input: AddActivityProgressNoteInput!) { addActivityProgressNote(input: $input) { userErrors { code } } }`,
        {
          input: {
            activityId: t.plan.activityId(number),
            notedOn: '2025-05-05',
            title: 'Seis',
            body: 'Käib.',
          },
        },
        admin,
      );
      await t.gql.run(
        `mutation ($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { userErrors { code } } }`,
        {
          input: {
            activityId: t.plan.activityId(number),
            date: '2025-05-05',
            year: 2025,
            account: 'PERSONNEL',
            amountNet: '100.00',
            description: 'Palk',
          },
        },
        admin,
      );
    }
    const second = await countFor();
    expect(second.count).toBe(first.count);
    // Plan, activities, execution, indicators; for the indicators' periods: indicators, plans,
    // stored periods and one per measure kind (5); latest notes; their authors; timelines' first pages (2).
    expect(second.count).toBeLessThanOrEqual(16);
    expect(second.data.activities[2].activity.timeline.totalCount).toBe(2);
    expect(second.data.activities[0].activity.timeline.edges).toHaveLength(1);
    expect(second.data.activities.filter((a: any) => a.latestNote).length).toBe(4);
    expect(second.data.total.actual.amount).toBe('300.00');
  });
});
