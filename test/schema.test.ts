import fs from 'node:fs';
import path from 'node:path';
import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { buildAppSchema, printAppSchema } from '../src/schema';

describe('schema/schema.graphql', () => {
  it('equals the schema the code builds (run `npm run schema:emit` and review the diff)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });

  it('describes every type, field and argument', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      // Root operation types cannot carry a description in type-graphql.
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
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
});
