/** What the hub says of a credential: accepted, refused, or a key that may not sign in here. */
export type CredentialCheck =
  { ok: true } | { ok: false; reason: 'invalid' | 'portal' | 'unreachable'; message: string };

/** Asks the hub who the credential is (401: unknown or revoked; 403: persisted operations only). */
export async function verifyCredential(token: string): Promise<CredentialCheck> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
  } catch (error) {
    return { ok: false, reason: 'unreachable', message: (error as Error).message };
  }
  if (response.status === 401) return { ok: false, reason: 'invalid', message: '401' };
  const body = (await response.json().catch(() => ({}))) as {
    data?: { viewer?: { role: string } };
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.data?.viewer) return { ok: true };
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'PERSISTED_OPERATION_REQUIRED')
    return { ok: false, reason: 'portal', message: body.errors?.[0]?.message ?? '' };
  return {
    ok: false,
    reason: 'unreachable',
    message: body.errors?.[0]?.message ?? `HTTP ${response.status}`,
  };
}
