import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { MutationOutcome } from '../../common/mutation';
import { UserError } from '../../common/user-error';
import type { Context } from '../../context';
import { User } from '../users';
import { login, loginWithIdToken, logout, refresh, type SignedIn } from './auth.service';

@InputType({ description: 'Email and password of a local account.' })
export class LoginInput {
  @Field({ description: 'Email (case does not matter).' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'Password.' })
  @MaxLength(200)
  password: string;
}

@InputType({
  description: 'An ID token from the configured OpenID Connect provider (TARA or a KOV identity provider).',
})
export class LoginWithIdTokenInput {
  @Field({ description: 'The compact JWT the provider issued.' })
  @MaxLength(20_000)
  idToken: string;
}

@InputType({ description: 'A refresh token from an earlier sign-in or refresh.' })
export class RefreshTokenInput {
  @Field({ description: 'The refresh token; it is replaced by a new one.' })
  @MaxLength(200)
  refreshToken: string;
}

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

const toPayload = ({ value, userErrors }: MutationOutcome<SignedIn>): LoginPayload => ({
  accessToken: value?.accessToken ?? null,
  refreshToken: value?.refreshToken ?? null,
  user: value?.user ?? null,
  userErrors,
});

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      'Signs in with email and password. Any failure gives the same INVALID_CREDENTIALS error; repeated failures are throttled (TOO_MANY_ATTEMPTS).',
  })
  async login(
    @Arg('input', () => LoginInput, { description: 'The mutation input.' }) input: LoginInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    return toPayload(await login(ctx, input));
  }

  @Mutation(() => LoginPayload, {
    description:
      'Signs in with an ID token of the configured OpenID Connect provider; provisions the person on first sign-in.',
  })
  async loginWithIdToken(
    @Arg('input', () => LoginWithIdTokenInput, { description: 'The mutation input.' })
    input: LoginWithIdTokenInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    return toPayload(await loginWithIdToken(ctx, input));
  }

  @Mutation(() => LoginPayload, {
    description: 'Exchanges a refresh token for new tokens (the old refresh token stops working).',
  })
  async refreshToken(
    @Arg('input', () => RefreshTokenInput, { description: 'The mutation input.' }) input: RefreshTokenInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    return toPayload(await refresh(ctx, input));
  }

  @Authorized()
  @Mutation(() => LogoutPayload, { description: "Signs out: ends the caller's session and its tokens." })
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    const { value, userErrors } = await logout(ctx);
    return { endedSessionId: value, userErrors };
  }
}
