import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Machine-readable reasons for an expected, recoverable mutation failure. */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  NOT_FOUND = 'NOT_FOUND',
  DUPLICATE = 'DUPLICATE',
  CONFLICT = 'CONFLICT',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  NEGATIVE_AMOUNT = 'NEGATIVE_AMOUNT',
  UNKNOWN_ACCOUNT = 'UNKNOWN_ACCOUNT',
  UNKNOWN_CATEGORY = 'UNKNOWN_CATEGORY',
  YEAR_OUTSIDE_PERIOD = 'YEAR_OUTSIDE_PERIOD',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_TOKEN = 'INVALID_TOKEN',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  EVENT_NOT_OPEN = 'EVENT_NOT_OPEN',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  EVENT_FULL = 'EVENT_FULL',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  CANCELLATION_DEADLINE_PASSED = 'CANCELLATION_DEADLINE_PASSED',
  INVALID_ANSWER = 'INVALID_ANSWER',
  NOT_ATTENDED = 'NOT_ATTENDED',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input. Stable: front-ends may branch on it.',
});

@ObjectType({ description: 'An expected problem with a mutation input; the mutation changed nothing.' })
export class UserError {
  @Field(() => String, {
    nullable: true,
    description: 'Input field at fault, e.g. "amountNet"; null when not tied to one.',
  })
  field: string | null;

  @Field({ description: 'Human-readable explanation, safe to show to the user.' })
  message: string;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code: UserErrorCode;
}

export const userError = (code: UserErrorCode, field: string | null, message: string): UserError =>
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
