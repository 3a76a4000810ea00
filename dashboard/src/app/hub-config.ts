/** What the hub tells the dashboard before sign-in (schema/server/dashboard-page.ts). */
export interface HubConfig {
  auth: 'keys' | 'open';
  identityProvider: { authority: string; clientId: string; scope: string } | null;
}

/** Injected into index.html by the hub; a dev server without the hub asks for keys. */
export function readHubConfig(): HubConfig {
  const element = document.getElementById('hub-config');
  if (!element?.textContent) return { auth: 'keys', identityProvider: null };
  return JSON.parse(element.textContent) as HubConfig;
}
