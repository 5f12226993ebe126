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

/** What the common reasons mean. */
const commonDescriptions: Record<UserErrorCode, string> = {
  INVALID: 'The value breaks a rule of its field (length, range, format); the message says which.',
  REQUIRED: 'A value is missing.',
  NOT_FOUND: 'Nothing with this ID exists, or the caller may not see it.',
  DUPLICATE: 'Something with this key exists already.',
  CONFLICT: 'The data changed since it was read (e.g. a stale version); read it again and retry.',
};

/** Every reason the API may give, with what it means: the common ones above and the modules' (see declareUserErrorCodes). */
const userErrorCodes: Record<string, string> = { ...UserErrorCode };
const userErrorDescriptions: Record<string, { description: string }> = Object.fromEntries(
  Object.entries(commonDescriptions).map(([code, description]) => [code, { description }]),
);
registerEnumType(userErrorCodes, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input. Stable: front-ends may branch on it.',
  // Read when the schema is built, after every module has declared its codes.
  valuesConfig: userErrorDescriptions,
});

/**
 * Adds a module's reasons (code → what it means) to the UserErrorCode enum;
 * the assembly calls it for each module's `errorCodes` before the schema is
 * built. A code may be declared twice only with the same meaning.
 */
export function declareUserErrorCodes(codes: Readonly<Record<string, string>>): void {
  for (const [code, description] of Object.entries(codes)) {
    const known = userErrorDescriptions[code]?.description;
    if (known !== undefined && known !== description) {
      throw new Error(`User error code ${code} is declared twice with different meanings`);
    }
    userErrorCodes[code] = code;
    userErrorDescriptions[code] = { description };
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
