import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

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
