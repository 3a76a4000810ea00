// The province's identity provider for the dashboard's sign-in test: a real OpenID Connect
// provider (oidc-provider, in a process of its own: it is an ES module Jest cannot load) with
// its development login form. The login names the identity: "org-department@610100" signs in as
// the organization department of Xi'an. Access tokens are JWTs for the audience `urn:coverage-hub`,
// carrying the hub's role and region claims; the person consents on the provider's own page. Prints `{"issuer": …}` once it listens.
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const AUDIENCE = 'urn:coverage-hub';

const identityOf = (accountId) => {
  const [role, region] = accountId.split('@');
  return { hub_role: role, ...(region ? { hub_region: region } : {}) };
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'coverage-dashboard',
      token_endpoint_auth_method: 'none',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  scopes: ['openid', 'hub'],
  pkce: { required: () => true },
  cookies: { keys: ['sandbox-identity-provider'] },
  clientBasedCORS: () => true,
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
  extraTokenClaims: (_ctx, token) => identityOf(token.accountId),
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => AUDIENCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'hub',
        audience: AUDIENCE,
        accessTokenFormat: 'jwt',
        accessTokenTTL: 600,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
});
// Its warnings about development keys and interactions are this sandbox's purpose.
provider.on('server_error', (_ctx, error) => process.stderr.write(`${error.stack}\n`));
provider.listen(Number(port), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});
