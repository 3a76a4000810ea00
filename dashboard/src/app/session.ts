/**
 * The signed-in person's credential: an API key or a token from the province's identity provider.
 * Kept in sessionStorage, so closing the browser on a shared office computer signs out.
 */
export interface Session {
  /** Sent as `Authorization: Bearer …`; null when the hub runs open (loopback sandbox). */
  token: string | null;
  via: 'key' | 'token' | 'open';
}

const STORAGE_KEY = 'coverage-hub.session';

export function loadSession(): Session | null {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    return text ? (JSON.parse(text) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

export function authorizationHeader(session: Session | null): Record<string, string> {
  return session?.token ? { authorization: `Bearer ${session.token}` } : {};
}
