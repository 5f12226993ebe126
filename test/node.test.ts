import { type GraphQLInterfaceType } from 'graphql';
import { toGlobalId } from '../src/common/node-id';
import { buildAppSchema } from '../src/schema';
import { factories } from './support/factories';
import { users } from './support/graphql';
import { useSeededDatabase } from './support/harness';
import type { AuthUser } from '../src/common/auth';

const t = useSeededDatabase();
const make = factories(t);

const NODE = `query ($id: ID!) { node(id: $id) { __typename id } }`;
const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;

interface Case {
  /** A global id of an object of the type. */
  id: string;
  /** Someone who may see it. */
  viewer: AuthUser | null;
  /** Whether the public (no sign-in) may see it too. */
  public: boolean;
}

const firstId = async (table: string, where = 'true') => {
  const [row] = await t.db.dataSource.query(`SELECT id FROM ${table} WHERE ${where} LIMIT 1`);
  if (!row) throw new Error(`no row in ${table}`);
  return row.id as string;
};

/**
 * One object of every type that implements Node, with who may see it. A new
 * Node type fails the first test until it is added here (and to its module's
 * manifest, or the schema would not build at all).
 */
async function cases(): Promise<Record<string, Case>> {
  const member = await make.seeded('it@tartu.ee');
  const admin = await make.seeded('admin@elvl.ee');
  const editor = await make.seeded('toimetaja@elvl.ee');
  const internalGuide = await make.aGuide({ status: 'PUBLISHED', visibility: 'INTERNAL' });
  const draftEvent = await make.anEvent({ status: 'DRAFT' });
  const event = await make.anEvent({ registrants: [member] });
  const guideUuid = Buffer.from(internalGuide.id, 'base64url').toString().split(':')[1];
  const programme = await make.aProgramme();
  const draftCohort = await make.aCohort({ programmeId: programme.id, status: 'DRAFT' });
  const openCohort = await make.aCohort({ programmeId: programme.id, enrollees: [member] });
  const [{ id: attachmentId }] = await t.db.dataSource.query(
    `INSERT INTO guide_attachments (guide_id, filename, content_type, size, sha256, uploaded_by_id)
     VALUES ($1, 'kord.pdf', 'application/pdf', 3, repeat('a', 64), $2) RETURNING id`,
    [guideUuid, editor.id],
  );
  const id = (type: string, local: string) => toGlobalId(type, local);
  const [certificate] = await t.db.dataSource.query(
    `SELECT c.id, u.email FROM training_certificates c
       JOIN training_enrolments e ON e.id = c.enrolment_id JOIN users u ON u.id = e.user_id LIMIT 1`,
  );
  const holder = await make.seeded(certificate.email);
  const mentor = await make.seeded('it@tallinn.ee');
  const submitted = await t.gql.run(
    `mutation ($input: SubmitGroupWorkInput!) { submitGroupWork(input: $input) { submission { id } userErrors { code } } }`,
    { input: { cohortId: openCohort.id, module: 1, description: 'Teenuste kaart' } },
    member,
  );
  const submissionId = submitted.data!.submitGroupWork.submission.id;
  const [{ id: profileId }] = await t.db.dataSource.query(`SELECT id FROM mentor_profiles LIMIT 1`);
  const request = await t.gql.run(
    `mutation ($input: RequestMentorshipInput!) { requestMentorship(input: $input) { mentorship { id } userErrors { code } } }`,
    {
      input: {
        mentorProfileId: id('MentorProfile', profileId),
        goals: [{ description: 'E-ITS riskianalüüs' }],
      },
    },
    member,
  );
  const mentorshipId = request.data!.requestMentorship.mentorship.id;
  const activityId = id('Activity', await firstId('activities'));
  const spent = await t.gql.run(
    `mutation ($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { expenditure { id } userErrors { code } } }`,
    {
      input: {
        activityId,
        date: '2025-09-15',
        year: 2025,
        account: 'OPERATING_COSTS',
        amountNet: '10.00',
        description: 'Kohvipaus',
      },
    },
    admin,
  );
  const noted = await t.gql.run(
    `mutation ($input: AddActivityProgressNoteInput!) { addActivityProgressNote(input: $input) { activity { timeline { edges { node { id } } } } userErrors { code } } }`,
    { input: { activityId, title: 'Hange välja kuulutatud', body: 'Hange on **avatud**.' } },
    admin,
  );
  return {
    Organisation: { id: id('Organisation', await firstId('organisations')), viewer: null, public: true },
    County: { id: id('County', await firstId('counties')), viewer: null, public: true },
    User: { id: id('User', member.id), viewer: member, public: false },
    ActionPlan: { id: id('ActionPlan', await firstId('action_plans')), viewer: null, public: true },
    Activity: { id: id('Activity', await firstId('activities')), viewer: null, public: true },
    BudgetLine: { id: id('BudgetLine', await firstId('budget_lines')), viewer: null, public: true },
    DeclaredBudgetFigure: {
      id: id('DeclaredBudgetFigure', await firstId('declared_budget_figures')),
      viewer: null,
      public: true,
    },
    AuditEntry: { id: id('AuditEntry', await firstId('audit_log')), viewer: admin, public: false },
    Guide: { id: internalGuide.id, viewer: editor, public: false },
    GuideRevision: {
      id: id('GuideRevision', await firstId('guide_revisions', `guide_id = '${guideUuid}'`)),
      viewer: editor,
      public: false,
    },
    GuideAttachment: { id: id('GuideAttachment', attachmentId), viewer: editor, public: false },
    Event: { id: draftEvent.id, viewer: draftEvent.organiser, public: false },
    EventSeries: { id: id('EventSeries', await firstId('event_series')), viewer: null, public: true },
    Registration: { id: event.registrationIds[0], viewer: member, public: false },
    RegistrationQuestion: {
      id: id(
        'RegistrationQuestion',
        await firstId('event_questions', `event_id IN (SELECT id FROM events WHERE status <> 'DRAFT')`),
      ),
      viewer: null,
      public: true,
    },
    TrainingProgramme: { id: programme.id, viewer: null, public: true },
    Cohort: { id: draftCohort.id, viewer: draftCohort.organiser, public: false },
    TrainingSession: { id: draftCohort.sessionIds[0], viewer: draftCohort.organiser, public: false },
    Enrolment: { id: openCohort.enrolmentIds[0], viewer: member, public: false },
    Certificate: { id: id('Certificate', certificate.id), viewer: holder, public: false },
    MentorProfile: { id: id('MentorProfile', profileId), viewer: member, public: false },
    Mentorship: { id: mentorshipId, viewer: mentor, public: false },
    GroupWorkSubmission: { id: submissionId, viewer: member, public: false },
    Expenditure: { id: spent.data!.recordExpenditure.expenditure.id, viewer: admin, public: false },
    ActivityProgressNote: {
      id: noted.data!.addActivityProgressNote.activity.timeline.edges[0].node.id,
      viewer: member,
      public: false,
    },
    ResultIndicator: {
      id: id('ResultIndicator', await firstId('result_indicators')),
      viewer: member,
      public: false,
    },
  };
}

describe('node(id:) and nodes(ids:)', () => {
  let all: Record<string, Case>;
  beforeAll(async () => {
    all = await cases();
  });

  it('has a case for every type that implements Node', async () => {
    const schema = await buildAppSchema();
    const implementations = schema
      .getImplementations(schema.getType('Node') as GraphQLInterfaceType)
      .objects.map((type) => type.name)
      .sort();
    expect(Object.keys(all).sort()).toEqual(implementations);
  });

  it('returns each object to someone who may see it, with the same id', async () => {
    for (const [type, { id, viewer }] of Object.entries(all)) {
      const result = await t.gql.run(NODE, { id }, viewer);
      expect({ type, errors: result.errors, node: result.data?.node }).toEqual({
        type,
        errors: undefined,
        node: { __typename: type, id },
      });
    }
  });

  it('returns null to the public where the type’s own query would not show it', async () => {
    for (const [type, c] of Object.entries(all)) {
      const result = await t.gql.run(NODE, { id: c.id }, null);
      expect({ type, node: result.data?.node ?? null }).toEqual({
        type,
        node: c.public ? { __typename: type, id: c.id } : null,
      });
    }
  });

  it('hides a registration from another member, and the audit log from a non-admin', async () => {
    const other = await make.seeded('it@voru.ee');
    expect((await t.gql.run(NODE, { id: all.Registration.id }, other)).data!.node).toBeNull();
    expect((await t.gql.run(NODE, { id: all.AuditEntry.id }, users.editor)).data!.node).toBeNull();
  });

  it('nodes(ids:) answers in order, null for unknown, malformed or hidden ids', async () => {
    const ids = [
      all.County.id,
      'not-an-id',
      toGlobalId('Event', '00000000-0000-4000-8000-000000000000'),
      all.Guide.id,
    ];
    const result = await t.gql.run(NODES, { ids }, null);
    expect(result.data!.nodes).toEqual([{ __typename: 'County', id: all.County.id }, null, null, null]);
  });
});
