import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

export interface OidcSettings {
  issuer: string;
  jwksUrl: string;
  audience: string;
  organisationClaim: string;
}

export interface ExternalIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  name: string;
  /** Value of the configured organisation claim (an EHAK code or an organisation code), if present. */
  organisation: string | null;
}

const ALLOWED_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/**
 * Verifies ID tokens of an external OpenID Connect provider (TARA, or a KOV's
 * own identity provider) against its published JWKS: signature, issuer,
 * audience and expiry. Keys are fetched and cached by jose.
 */
export class OidcVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: OidcSettings) {
    this.jwks = createRemoteJWKSet(new URL(settings.jwksUrl), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    });
  }

  /** The identity in a valid ID token; null when the token fails any check. */
  async verify(idToken: string): Promise<ExternalIdentity | null> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, this.jwks, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ALLOWED_ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 30,
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
    const claim = (name: string) => (typeof payload[name] === 'string' ? (payload[name] as string) : null);
    // TARA puts names under profile_attributes; generic providers use name / given_name + family_name.
    const profile = (payload.profile_attributes ?? {}) as Record<string, unknown>;
    const given = claim('given_name') ?? (typeof profile.given_name === 'string' ? profile.given_name : null);
    const family =
      claim('family_name') ?? (typeof profile.family_name === 'string' ? profile.family_name : null);
    const name = claim('name') ?? ([given, family].filter(Boolean).join(' ') || payload.sub!);
    return {
      issuer: this.settings.issuer,
      subject: payload.sub!,
      email: claim('email'),
      name,
      organisation: claim(this.settings.organisationClaim),
    };
  }
}
