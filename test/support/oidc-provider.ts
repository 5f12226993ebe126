import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';

/**
 * A real (if tiny) OpenID Connect key server: serves a JWKS over HTTP with a
 * key pair generated for the test, and signs ID tokens with it.
 */
export async function startOidcProvider() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  const server = http.createServer((req, res) => {
    if (req.url === '/jwks') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/issuer`;
  const audience = 'elvl-intranet';

  const sign = (
    claims: JWTPayload,
    options: { key?: CryptoKey; kid?: string; expiresIn?: string | number } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'test-key-1' })
      .setIssuer((claims.iss as string | undefined) ?? issuer)
      .setAudience((claims.aud as string | undefined) ?? audience)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(options.key ?? privateKey);

  return {
    issuer,
    audience,
    jwksUrl: `${base}/jwks`,
    sign,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_JWKS_URL: `${base}/jwks`,
      OIDC_AUDIENCE: audience,
      OIDC_ORGANISATION_CLAIM: 'kov_ehak',
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
