import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { MutationOutcome } from '../../common/mutation';
import type { Context } from '../../context';
import { LoginInput, LoginWithIdTokenInput, RefreshTokenInput } from './auth.inputs';
import { login, loginWithIdToken, logout, refresh, type SignedIn } from './auth.service';
import { LoginPayload, LogoutPayload } from './auth.types';

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
