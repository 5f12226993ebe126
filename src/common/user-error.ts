import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Reasons for an expected, recoverable mutation failure that every module
 * uses. A module with reasons of its own declares them in its manifest
 * (`errorCodes`); together they form the GraphQL enum UserErrorCode.
 */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  NOT_FOUND = 'NOT_FOUND',
  DUPLICATE = 'DUPLICATE',
  CONFLICT = 'CONFLICT',
}

/** Every reason the API may give: the common ones above and the modules' (see declareUserErrorCodes). */
const userErrorCodes: Record<string, string> = { ...UserErrorCode };
registerEnumType(userErrorCodes, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input. Stable: front-ends may branch on it.',
});

/**
 * Adds a module's reasons to the UserErrorCode enum; the assembly calls it
 * for each module's `errorCodes` before the schema is built. A name may be
 * declared twice only with the same value.
 */
export function declareUserErrorCodes(codes: Record<string, string>): void {
  for (const [name, value] of Object.entries(codes)) {
    if (name !== value) throw new Error(`User error code ${name} must have the value "${name}"`);
    userErrorCodes[name] = value;
  }
}

@ObjectType({ description: 'An expected problem with a mutation input; the mutation changed nothing.' })
export class UserError {
  @Field(() => String, {
    nullable: true,
    description: 'Input field at fault, e.g. "amountNet"; null when not tied to one.',
  })
  field: string | null;

  @Field({ description: 'Human-readable explanation, safe to show to the user.' })
  message: string;

  @Field(() => userErrorCodes, { description: 'Machine-readable reason.' })
  code: string;
}

export const userError = (code: string, field: string | null, message: string): UserError =>
  Object.assign(new UserError(), { code, field, message });

/**
 * Thrown inside a service transaction to abort it and report userErrors: the
 * transaction rolls back, so an invalid mutation writes nothing.
 */
export class UserInputFailure extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join('; '));
    this.name = 'UserInputFailure';
  }
}

/** class-validator's findings as "field: rule" lines, without the values that were sent. */
export interface ValidationFinding {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFinding[];
}
export function validationFindings(
  errors: ValidationFinding[],
  prefix = '',
): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((rule) => ({ field, message: rule }));
    return [...own, ...validationFindings(e.children ?? [], field)];
  });
}
