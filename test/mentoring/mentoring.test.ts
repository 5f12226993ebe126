import { useSeededServer } from '../support/harness';
import { users } from '../support/graphql';
import { tableCounts } from '../support/action-plan';

const t = useSeededServer({ env: { MUTATIONS_PER_MINUTE_PER_IP: '100000' } });
const { make } = t;

const SAVE = `mutation ($input: MentorProfileInput!) { saveMentorProfile(input: $input) { mentorProfile { id capacity } userErrors { field code } } }`;
const REQUEST = `mutation ($input: RequestMentorshipInput!) { requestMentorship(input: $input) { mentorship { id status } userErrors { field code } } }`;
const ACCEPT = `mutation ($id: ID!) { acceptMentorship(input: { mentorshipId: $id }) { mentorship { status } userErrors { code } } }`;
const DECLINE = `mutation ($id: ID!) { declineMentorship(input: { mentorshipId: $id }) { mentorship { status } userErrors { code } } }`;
const DETAILS = `query ($id: ID!) { mentorship(id: $id) { status menteeOrganisation { name } goals { description status } meetings { totalCount edges { node { heldOn } } } } }`;

describe('the E-ITS mentor network', () => {
  it('lists mentors by E-ITS module and county to signed-in people only', async () => {
    const voru = await make.seeded('it@voru.ee');
    expect(
      (await t.gql.run(SAVE, { input: { expertise: ['e-its/OPS'], capacity: 1 } }, voru)).data!
        .saveMentorProfile.userErrors,
    ).toEqual([]);
    const list = (filter: Record<string, unknown>, who = voru) =>
      t.gql.run(
        `query ($filter: MentorProfileFilter) { mentorProfiles(filter: $filter) { totalCount edges { node { user { name } expertise { code } } } } }`,
        { filter },
        who,
      );
    // The seeded Tallinn mentor knows the ORP group, so a question about ORP.4 finds them.
    const orp = (await list({ topics: ['e-its/ORP.4'] })).data!.mentorProfiles;
    expect(orp.edges.map((e: any) => e.node.user.name)).toEqual(['Märt Männik']);
    const [{ id: voruCounty }] = await t.db.dataSource.query(
      `SELECT id FROM counties WHERE short_name = 'Võru'`,
    );
    const inVoru = (await list({ countyId: Buffer.from(`County:${voruCounty}`).toString('base64url') })).data!
      .mentorProfiles;
    expect(inVoru.edges.map((e: any) => e.node.user.name)).toEqual(['Jüri Šmidt']);
    expect((await list({}, null as never)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await t.gql.run(SAVE, { input: { expertise: ['cyber-security'], capacity: 1 } }, voru)).data!
        .saveMentorProfile.userErrors,
    ).toEqual([{ field: 'expertise', code: 'INVALID' }]);
  });

  it('pages through mentors without repeating anyone, even when they joined in the same moment', async () => {
    const who = await make.seeded('it@tartu.ee');
    await t.db.dataSource.query(
      `INSERT INTO mentor_profiles (user_id, organisation_id, expertise_codes, capacity)
       SELECT id, organisation_id, '{e-its/CON}', 1 FROM users
        WHERE email LIKE 'osaleja%' AND id NOT IN (SELECT user_id FROM mentor_profiles) LIMIT 5`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await t.gql.run(
          `query ($after: String) { mentorProfiles(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
          who,
        )
      ).data!.mentorProfiles;
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const [{ n }] = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM mentor_profiles`);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('never lets a mentor of capacity 1 accept two requests, even at the same moment', async () => {
    const mentor = await make.aUser({ organisation: '0793', name: 'Mentor Mänd' });
    const profile = (
      await t.gql.run(SAVE, { input: { expertise: ['e-its/ORP'], capacity: 1 } }, mentor.identity)
    ).data!.saveMentorProfile.mentorProfile;
    const askers = [await make.aUser({ organisation: '0919' }), await make.aUser({ organisation: '0725' })];
    const requests = [];
    for (const asker of askers) {
      const result = await t.gql.run(
        REQUEST,
        {
          input: {
            mentorProfileId: profile.id,
            goals: [{ topic: 'e-its/ORP.4', description: 'Infoturbe koolitus töötajatele' }],
          },
        },
        asker.identity,
      );
      requests.push(result.data!.requestMentorship.mentorship.id);
    }
    const token = await make.anAccessToken(mentor.email);
    const answers = await Promise.all(requests.map((id) => t.server.graphql(ACCEPT, { id }, { token })));
    const outcomes = answers.map((a) => a.body.data.acceptMentorship);
    expect(outcomes.filter((o) => o.mentorship?.status === 'ACCEPTED')).toHaveLength(1);
    expect(outcomes.filter((o) => o.userErrors[0]?.code === 'MENTOR_AT_CAPACITY')).toHaveLength(1);
    // Capacity cannot drop below what the mentor holds; a second open request from the same KOV is refused.
    expect(
      (await t.gql.run(SAVE, { input: { expertise: ['e-its/ORP'], capacity: 1 } }, mentor.identity)).data!
        .saveMentorProfile.userErrors,
    ).toEqual([]);
    const again = await t.gql.run(
      REQUEST,
      { input: { mentorProfileId: profile.id, goals: [{ description: 'Uuesti' }] } },
      askers[0].identity,
    );
    expect(again.data!.requestMentorship.userErrors).toEqual([
      { field: 'mentorProfileId', code: 'DUPLICATE' },
    ]);
    const [{ n }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM mentorships m JOIN mentor_profiles p ON p.id = m.mentor_profile_id
        WHERE m.status = 'ACCEPTED' AND p.user_id = $1`,
      [mentor.identity.id],
    );
    expect(n).toBe(1);
  });

  it('keeps a declined request declined, shows details only to the pair and coordinators, and logs the work', async () => {
    const mentor = await make.seeded('it@tallinn.ee');
    const mentee = await make.seeded('it@saue.ee');
    const [{ id: profileUuid }] = await t.db.dataSource.query(
      `SELECT p.id FROM mentor_profiles p JOIN users u ON u.id = p.user_id WHERE u.email = 'it@tallinn.ee'`,
    );
    const profileId = Buffer.from(`MentorProfile:${profileUuid}`).toString('base64url');
    const ask = async () =>
      (
        await t.gql.run(
          REQUEST,
          {
            input: {
              mentorProfileId: profileId,
              goals: [{ topic: 'e-its/ORP', description: 'Turvapoliitika' }, { description: 'Audit' }],
            },
          },
          mentee,
        )
      ).data!.requestMentorship.mentorship.id;
    const declinedId = await ask();
    expect(
      (await t.gql.run(DECLINE, { id: declinedId }, mentor)).data!.declineMentorship.mentorship.status,
    ).toBe('DECLINED');
    const before = await tableCounts(t.db.dataSource);
    expect((await t.gql.run(ACCEPT, { id: declinedId }, mentor)).data!.acceptMentorship.userErrors).toEqual([
      { code: 'ALREADY_DECIDED' },
    ]);
    expect(await tableCounts(t.db.dataSource)).toEqual(before);
    // Only the mentor decides.
    const acceptedId = await ask();
    expect((await t.gql.run(ACCEPT, { id: acceptedId }, mentee)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await t.gql.run(ACCEPT, { id: acceptedId }, mentor)).data!.acceptMentorship.mentorship.status,
    ).toBe('ACCEPTED');

    await t.gql.run(
      `mutation ($input: UpdateMentorshipGoalInput!) { updateMentorshipGoal(input: $input) { userErrors { code } } }`,
      { input: { mentorshipId: acceptedId, position: 1, status: 'IN_PROGRESS', notes: 'Mustand valmis' } },
      mentee,
    );
    await t.gql.run(
      `mutation ($input: LogMentorshipMeetingInput!) { logMentorshipMeeting(input: $input) { userErrors { code } } }`,
      {
        input: {
          mentorshipId: acceptedId,
          heldOn: '2026-11-20',
          durationMinutes: 90,
          topics: 'Riskianalüüsi ülevaade',
        },
      },
      mentor,
    );
    // Impossible dates and positions are refused as input, not as a server error.
    const badDay = await t.gql.run(
      `mutation ($input: LogMentorshipMeetingInput!) { logMentorshipMeeting(input: $input) { userErrors { field code } } }`,
      { input: { mentorshipId: acceptedId, heldOn: '2026-02-30', durationMinutes: 30, topics: 'x' } },
      mentor,
    );
    expect(badDay.data!.logMentorshipMeeting.userErrors).toEqual([{ field: 'heldOn', code: 'INVALID' }]);
    const farGoal = await t.gql.run(
      `mutation ($input: UpdateMentorshipGoalInput!) { updateMentorshipGoal(input: $input) { userErrors { code } } }`,
      { input: { mentorshipId: acceptedId, position: 40000, status: 'DONE' } },
      mentee,
    );
    // A declared bound (class-validator) is reported like any other input problem.
    expect(farGoal.data!.updateMentorshipGoal.userErrors).toEqual([{ code: 'INVALID' }]);
    const details = (await t.gql.run(DETAILS, { id: acceptedId }, mentee)).data!.mentorship;
    expect(details).toMatchObject({
      status: 'ACCEPTED',
      menteeOrganisation: { name: 'Saue vald' },
      goals: [
        { description: 'Turvapoliitika', status: 'IN_PROGRESS' },
        { description: 'Audit', status: 'NOT_STARTED' },
      ],
      meetings: { totalCount: 1, edges: [{ node: { heldOn: '2026-11-20' } }] },
    });
    expect(
      (await t.gql.run(DETAILS, { id: acceptedId }, await make.seeded('it@tartu.ee'))).data!.mentorship,
    ).toBeNull();
    // A seminar or training organiser is not a mentoring coordinator: a KOV's security gaps are not theirs to read.
    expect((await t.gql.run(DETAILS, { id: acceptedId }, users.organiser)).data!.mentorship).toBeNull();
    expect((await t.gql.run(DETAILS, { id: acceptedId }, users.coordinator)).data!.mentorship.status).toBe(
      'ACCEPTED',
    );

    const report = (
      await t.gql.run(
        `{ mentoringReport { mentors kovsSupported byStatus { status count } } }`,
        {},
        users.organiser,
      )
    ).data!.mentoringReport;
    const [{ kovs }] = await t.db.dataSource.query(
      `SELECT count(DISTINCT mentee_organisation_id)::int AS kovs FROM mentorships WHERE status IN ('ACCEPTED', 'COMPLETED')`,
    );
    expect(report.kovsSupported).toBe(kovs);
    expect(report.byStatus).toEqual(expect.arrayContaining([{ status: 'DECLINED', count: 1 }]));
  });
});
