import fc from 'fast-check';
import { getMetadataStorage as validationMetadata } from 'class-validator';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { getMetadataStorage as typeGraphqlMetadata } from 'type-graphql';
import { buildAppSchema } from '../../src/schema';
import { tableCounts } from '../support/action-plan';
import { useSeededServer } from '../support/harness';

/**
 * Schema-driven checks of every mutation's input over HTTP, as the admin (who
 * passes every role check): random inputs never give a 500 or an internal
 * error, and input a mutation refuses changes no row; and every declared
 * bound (class-validator) broken on its own comes back as a userError.
 */
const t = useSeededServer({
  env: { MUTATIONS_PER_MINUTE_PER_USER: '1000000', MUTATIONS_PER_MINUTE_PER_IP: '1000000' },
});
/** Inputs per mutation: bounded, with a fixed seed, so CI is repeatable and quick. */
const RUNS = 10;
let token: string;
let mutations: GraphQLField<unknown, unknown>[];

beforeAll(async () => {
  token = await t.make.anAccessToken('admin@elvl.ee');
  const schema = await buildAppSchema();
  mutations = Object.values(schema.getMutationType()!.getFields()).filter((m) =>
    m.args.some((a) => a.name === 'input'),
  );
});

/** Text that is hard on a server: Estonian, formulas, huge, NUL, lone surrogates, SQL, JSON. */
const nastyText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    'õäöüšž ÕÄÖÜŠŽ',
    '=HYPERLINK("http://x","y")',
    "'; DROP TABLE users; --",
    '\u0000',
    'a\ud800b',
    '{"a":1}',
    '',
    ' ',
    '2027-02-30',
    '-1',
    'NaN',
    '9'.repeat(40),
  ),
  fc.constant('x'.repeat(100_000)),
);

/** An arbitrary value of a GraphQL input type (nullable fields sometimes null or left out). */
function arbitraryOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryOf(type.ofType, depth);
  const inner = getNullableType(type);
  const value = ((): fc.Arbitrary<unknown> => {
    if (isListType(inner))
      return fc.array(arbitraryOf(inner.ofType, depth + 1), { maxLength: depth > 2 ? 0 : 3 });
    if (isEnumType(inner)) return fc.constantFrom(...inner.getValues().map((v) => v.name));
    if (isInputObjectType(inner)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(inner.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryOf(f.type, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
    switch (isScalarType(inner) ? inner.name : '') {
      case 'Int':
        return fc.oneof(
          fc.integer({ min: -5, max: 50 }),
          fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 32_768),
        );
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return fc.oneof(
          nastyText,
          fc.constantFrom(
            'QWN0aXZpdHk6bm9wZQ',
            Buffer.from('Event:00000000-0000-4000-8000-000000000000').toString('base64url'),
          ),
        );
      case 'DateTimeISO':
      case 'DateTime':
        return fc.oneof(
          fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
          nastyText,
        );
      case 'JSONObject':
        return fc.oneof(
          fc.constant({}),
          fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(nastyText, fc.integer())),
        );
      default:
        return nastyText;
    }
  })();
  return isNonNullType(type)
    ? value
    : fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** The mutation's document, asking for userErrors and nothing that could fail on its own. */
const documentOf = (m: GraphQLField<unknown, unknown>) => {
  const inputType = m.args.find((a) => a.name === 'input')!.type.toString();
  return `mutation ($input: ${inputType}) { ${m.name}(input: $input) { userErrors { code field } } }`;
};

const send = (m: GraphQLField<unknown, unknown>, input: unknown) =>
  t.server.graphql(documentOf(m), { input }, { token });

/** Tables a refused mutation may still touch: the per-minute counters and the sign-in rate limits. */
const withoutCounters = ({ rate_limit_counters: _ignored, ...rest }: Record<string, number>) => rest;

describe('fuzzing every mutation', () => {
  it('never answers 500 or INTERNAL_SERVER_ERROR, and refused input writes nothing (fixed seed)', async () => {
    let sent = 0;
    for (const mutation of mutations) {
      const input = arbitraryOf(mutation.args.find((a) => a.name === 'input')!.type);
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const before = withoutCounters(await tableCounts(t.db.dataSource));
          const { status, body } = await send(mutation, value);
          sent++;
          const codes = (body.errors ?? []).map((e: any) => e.extensions?.code);
          if (status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
            throw new Error(`${mutation.name} answered ${status} ${JSON.stringify(body).slice(0, 300)}`);
          }
          const payload = body.data?.[mutation.name];
          const refused = !payload || payload.userErrors.length > 0;
          if (refused) expect(withoutCounters(await tableCounts(t.db.dataSource))).toEqual(before);
        }),
        { seed: 20261130, numRuns: RUNS, endOnFailure: true },
      );
    }
    expect(sent).toBe(mutations.length * RUNS);
  }, 600_000);

  it('reports every declared bound broken on its own as a userError, not a top-level error', async () => {
    const classes = new Map(typeGraphqlMetadata().inputTypes.map((i) => [i.name, i.target]));
    /** A minimal value of a type: required fields filled with something its type accepts. */
    const minimal = (type: GraphQLInputType): unknown => {
      const inner = getNullableType(type);
      if (isListType(inner)) return [];
      if (isEnumType(inner)) return inner.getValues()[0].name;
      if (isInputObjectType(inner)) {
        return Object.fromEntries(
          Object.values(inner.getFields())
            .filter((f) => isNonNullType(f.type))
            .map((f) => [f.name, minimal(f.type)]),
        );
      }
      return (
        { Int: 1, Float: 1, Boolean: false, DateTimeISO: '2027-01-01T00:00:00Z' }[
          (inner as { name: string }).name
        ] ?? 'x'
      );
    };
    const broken = (rule: string, constraints: unknown[]): unknown => {
      switch (rule) {
        case 'maxLength':
          return 'õ'.repeat(Number(constraints[0]) + 1);
        case 'minLength':
          return Number(constraints[0]) > 0 ? '' : undefined;
        case 'max':
          return Number(constraints[0]) + 1;
        case 'min':
          return Number(constraints[0]) - 1;
        case 'arrayMaxSize':
          return Array(Number(constraints[0]) + 1).fill(undefined);
        default:
          return undefined;
      }
    };
    let checked = 0;
    for (const mutation of mutations) {
      const inputType = getNamedType(
        mutation.args.find((a) => a.name === 'input')!.type,
      ) as GraphQLInputObjectType;
      const target = classes.get(inputType.name);
      if (!target) continue;
      for (const rule of validationMetadata().getTargetValidationMetadatas(
        target as never,
        '',
        true,
        false,
      )) {
        const field = inputType.getFields()[rule.propertyName];
        if (!field || !rule.name) continue;
        let value = broken(rule.name, rule.constraints ?? []);
        if (value === undefined) continue;
        if (Array.isArray(value))
          value = value.map(() => minimal(getNamedType(field.type) as GraphQLInputType));
        const input = { ...(minimal(inputType) as object), [rule.propertyName]: value };
        const before = withoutCounters(await tableCounts(t.db.dataSource));
        const { status, body } = await send(mutation, input);
        expect({ mutation: mutation.name, field: rule.propertyName, status, errors: body.errors }).toEqual({
          mutation: mutation.name,
          field: rule.propertyName,
          status: 200,
          errors: undefined,
        });
        expect(body.data[mutation.name].userErrors).toContainEqual({
          code: 'INVALID',
          field: rule.propertyName,
        });
        expect(withoutCounters(await tableCounts(t.db.dataSource))).toEqual(before);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  }, 300_000);
});
