import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { User } from '../users';

@ObjectType({ description: 'Tokens after a successful sign-in, or why it failed.' })
export class LoginPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Short-lived bearer token: send as "Authorization: Bearer <token>".',
  })
  accessToken: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Long-lived token for `refreshToken`; keep it secret.',
  })
  refreshToken: string | null;

  @Field(() => User, { nullable: true, description: 'The signed-in user.' })
  user: User | null;

  @Field(() => [UserError], { description: 'Why sign-in failed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of signing out.' })
export class LogoutPayload {
  @Field(() => ID, { nullable: true, description: 'The session that ended.' })
  endedSessionId: string | null;

  @Field(() => [UserError], { description: 'Always empty; present for a uniform payload shape.' })
  userErrors: UserError[];
}
