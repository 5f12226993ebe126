import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { Role, type AuthUser } from '../src/common/auth';
import { buildAppSchema } from '../src/schema';
import { planFingerprint, tableCounts } from './support/action-plan';
import { users } from './support/graphql';
import { useSeededDatabase } from './support/harness';

/**
 * Who may call each mutation. Every mutation in the schema must be listed: a
 * new mutation without an entry fails this test until someone decides.
 */
const ACCESS: Record<string, 'public' | 'signed-in' | Role[]> = {
  login: 'public',
  loginWithIdToken: 'public',
  refreshToken: 'public',
  recordSearchClick: 'public',
  logout: 'signed-in',
  createUser: [Role.ADMIN],
  updateUser: [Role.ADMIN],
  createOrganisation: [Role.ADMIN],
  updateOrganisation: [Role.ADMIN],
  createActivity: [Role.ADMIN],
  updateActivity: [Role.ADMIN],
  setBudgetLine: [Role.ADMIN],
  removeBudgetLine: [Role.ADMIN],
  createActionPlanVersion: [Role.ADMIN],
  createGuide: [Role.EDITOR],
  updateGuide: [Role.EDITOR],
  submitGuideForReview: [Role.EDITOR],
  publishGuide: [Role.EDITOR],
  archiveGuide: [Role.EDITOR],
  returnGuideToDraft: [Role.EDITOR],
  restoreGuideRevision: [Role.EDITOR],
  deleteGuide: [Role.EDITOR],
  removeGuideAttachment: [Role.EDITOR],
  createEvent: [Role.ORGANISER],
  updateEvent: [Role.ORGANISER],
  publishEvent: [Role.ORGANISER],
  cancelEvent: [Role.ORGANISER],
  completeEvent: [Role.ORGANISER],
  checkIn: [Role.ORGANISER],
  registerForEvent: 'signed-in',
  cancelRegistration: 'signed-in',
  submitFeedback: 'signed-in',
  createCalendarFeedUrl: 'signed-in',
  createTrainingProgramme: [Role.ORGANISER],
  publishTrainingProgramme: [Role.ORGANISER],
  createCohort: [Role.ORGANISER],
  updateTrainingProgramme: [Role.ORGANISER],
  updateTrainingModule: [Role.ORGANISER],
  archiveTrainingProgramme: [Role.ORGANISER],
  updateCohort: 'signed-in',
  addTrainingSession: 'signed-in',
  updateTrainingSession: 'signed-in',
  removeTrainingSession: 'signed-in',
  // Signed-in at the door; the service then asks whether you teach or organise this cohort.
  openCohort: 'signed-in',
  cancelCohort: 'signed-in',
  completeCohort: 'signed-in',
  recordTrainingAttendance: 'signed-in',
  enrolInCohort: 'signed-in',
  cancelEnrolment: 'signed-in',
  revokeCertificate: [Role.ORGANISER],
  submitTrainingFeedback: 'signed-in',
  submitGroupWork: 'signed-in',
  acceptGroupWork: 'signed-in',
  // Signed-in at the door; the service then asks whether you are the mentor, one of the pair, or a coordinator.
  saveMentorProfile: 'signed-in',
  requestMentorship: 'signed-in',
  acceptMentorship: 'signed-in',
  declineMentorship: 'signed-in',
  completeMentorship: 'signed-in',
  cancelMentorship: 'signed-in',
  updateMentorshipGoal: 'signed-in',
  logMentorshipMeeting: 'signed-in',
  recordExpenditure: [Role.ADMIN],
  reverseExpenditure: [Role.ADMIN],
  setActivityStatus: [Role.ADMIN],
  addActivityProgressNote: [Role.ADMIN],
  setIndicatorTarget: [Role.ADMIN],
  recordIndicatorActual: [Role.ADMIN],
};

const IDENTITIES: [string, AuthUser | null][] = [
  ['the public', null],
  ['a member', users.member],
  ['an editor', users.editor],
  ['an organiser', users.organiser],
  ['a mentoring coordinator', users.coordinator],
  ['an admin', users.admin],
];

/** A syntactically valid value for an input type: the check must fail on who calls, not on the input's shape. */
function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0].name; // as a variable spells it
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  if (isScalarType(inner)) {
    return (
      (
        { Int: 2025, Float: 1, Boolean: false, DateTimeISO: new Date().toISOString() } as Record<
          string,
          unknown
        >
      )[inner.name] ?? 'x'
    );
  }
  throw new Error(`no sample for ${String(inner)}`);
}

const t = useSeededDatabase();

describe('authorization matrix', () => {
  it('lists every mutation of the schema, and nothing else', async () => {
    const mutations = Object.keys((await buildAppSchema()).getMutationType()!.getFields()).sort();
    expect(Object.keys(ACCESS).sort()).toEqual(mutations);
  });

  it('refuses every mutation to those not allowed, with UNAUTHENTICATED or FORBIDDEN, and changes no row', async () => {
    const schema = await buildAppSchema();
    const fields = schema.getMutationType()!.getFields();
    const checked: string[] = [];
    for (const [name, field] of Object.entries(fields)) {
      const rule = ACCESS[name];
      if (!rule) continue; // reported by the test above
      const args = field.args;
      const variables = Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type)]));
      const signature = args.length
        ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})`
        : '';
      const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
      const query = `mutation${signature} { ${name}${call} { __typename } }`;

      for (const [label, user] of IDENTITIES) {
        const allowed =
          rule === 'public' ||
          (rule === 'signed-in' && user !== null) ||
          (Array.isArray(rule) &&
            user !== null &&
            user.roles.some((r) => rule.includes(r) || r === Role.ADMIN));
        const before = [await tableCounts(t.db.dataSource), await planFingerprint(t.db.dataSource)];
        const result = await t.gql.run(query, variables, user);
        const code = result.errors?.[0]?.extensions?.code;
        if (allowed) {
          expect({
            name,
            label,
            code: ['UNAUTHENTICATED', 'FORBIDDEN'].includes(code as string) ? code : 'ok',
          }).toEqual({
            name,
            label,
            code: 'ok',
          });
        } else {
          expect({ name, label, code }).toEqual({
            name,
            label,
            code: user ? 'FORBIDDEN' : 'UNAUTHENTICATED',
          });
          expect([await tableCounts(t.db.dataSource), await planFingerprint(t.db.dataSource)]).toEqual(
            before,
          );
        }
        checked.push(`${name}/${label}`);
      }
    }
    expect(checked).toHaveLength(Object.keys(ACCESS).length * IDENTITIES.length);
  });
});
