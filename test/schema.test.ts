import fs from 'node:fs';
import path from 'node:path';
import {
  graphql,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import { toGlobalId } from '../src/common/node-id';
import { Node } from '../src/common/node';
import { buildAppSchema, conversionAddsNothing, printAppSchema } from '../src/schema';

describe('schema/schema.graphql', () => {
  it('equals the schema the code builds (run `npm run schema:emit` and review the diff)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      // Root operation types cannot carry a description in type-graphql.
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) missing.push(`${type.name}.${value.name}`);
        }
      }
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('labels in Estonian and English every value of every enum a front-end shows', async () => {
    const schema = await buildAppSchema();
    // Codes for developers, not people: errors come with their own message; cache scopes are a directive's.
    const unlabelled = new Set(['UserErrorCode', 'CacheControlScope']);
    const { data } = (await graphql({
      schema,
      source:
        '{ et: enumLabels(language: ET) { enum values { value label } } en: enumLabels(language: EN) { enum } }',
    })) as unknown as {
      data: { et: { enum: string; values: { value: string; label: string }[] }[]; en: { enum: string }[] };
    };
    const labelled = new Map(data.et.map((e) => [e.enum, e.values]));
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isEnumType(type) || type.name.startsWith('__') || unlabelled.has(type.name)) continue;
      expect([type.name, labelled.get(type.name)?.map((v) => v.value)]).toEqual([
        type.name,
        type.getValues().map((v) => v.name),
      ]);
    }
    expect(data.en.map((e) => e.enum)).toEqual(data.et.map((e) => e.enum));
  });
});

describe('field resolvers', () => {
  const field = async (type: string, name: string) =>
    ((await buildAppSchema()).getType(type) as GraphQLObjectType).getFields()[name];

  it('calls the methods rows need without type-graphql per call, unless a role, middleware or argument needs it', async () => {
    for (const [type, name] of [
      ['Organisation', 'county'],
      ['BudgetLine', 'amountNet'],
      ['BudgetLine', 'account'],
      ['Event', 'sessions'],
      ['Event', 'organisers'],
    ]) {
      expect(`${type}.${name}: ${(await field(type, name)).resolve?.name}`).toBe(
        `${type}.${name}: leanFieldResolver`,
      );
    }
    // Arguments (validated by type-graphql) and roles (its auth checker) keep its wrapper.
    expect((await field('Event', 'registrations')).resolve?.name).not.toBe('leanFieldResolver');
    expect((await field('Activity', 'timeline')).resolve?.name).not.toBe('leanFieldResolver');
  });

  it("resolves every node's id from the Node interface's resolver without type-graphql per call", async () => {
    const schema = await buildAppSchema();
    const nodeTypes = schema.getImplementations(schema.getType('Node') as GraphQLInterfaceType).objects;
    expect(nodeTypes.length).toBeGreaterThan(20);
    for (const type of nodeTypes) {
      const { resolve } = type.getFields().id;
      expect(`${type.name}.id: ${resolve?.name}`).toBe(`${type.name}.id: leanFieldResolver`);
      // A plain row and an entity alike: the Node class adds nothing a copy into it would give.
      const info = { parentType: type } as unknown as GraphQLResolveInfo;
      expect(await resolve!({ id: 'a1b2' }, {}, {}, info)).toBe(toGlobalId(type.name, 'a1b2'));
    }
  });

  it("skips type-graphql's copy of a root only into a class that adds nothing to it", () => {
    class WithMethod {
      id: string;
      label() {
        return this.id;
      }
    }
    class WithDefault {
      id: string;
      kind = 'x';
    }
    class Derived extends WithMethod {}
    expect(conversionAddsNothing(Node as unknown as new () => object)).toBe(true);
    expect(conversionAddsNothing(WithMethod)).toBe(false);
    expect(conversionAddsNothing(WithDefault)).toBe(false);
    expect(conversionAddsNothing(Derived)).toBe(false);
  });

  it('answers for a plain-object root as for an entity (BudgetLine adds nothing to a copy)', async () => {
    const amountNet = (await field('BudgetLine', 'amountNet')).resolve!;
    const info = {} as GraphQLResolveInfo;
    expect(await amountNet({ amountNet: '1234.50' }, {}, {}, info)).toMatchObject({ amount: '1234.50' });
  });
});
