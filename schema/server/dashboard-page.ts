import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import type { AuthConfig } from '../../src/access/auth-config';
import { projectRoot } from '../../src/config/project-root';

/** What the dashboard needs before anyone signs in (served without authentication). */
export interface DashboardConfig {
  auth: AuthConfig['mode'];
  /** The province's identity provider (OpenID Connect), when the operator configured one. */
  identityProvider: { authority: string; clientId: string; scope: string } | null;
}

/**
 * The built dashboard (`npm run build` puts it in dist/dashboard; Vite names its assets by
 * content hash). HUB_DASHBOARD_DIR serves another build.
 */
export function dashboardDir(): string {
  return process.env.HUB_DASHBOARD_DIR ?? join(projectRoot(), 'dist', 'dashboard');
}

export function dashboardConfig(auth: AuthConfig): DashboardConfig {
  const provider = auth.jwt?.dashboardClientId
    ? {
        authority: auth.jwt.issuer,
        clientId: auth.jwt.dashboardClientId,
        scope: auth.jwt.dashboardScope ?? 'openid',
      }
    : null;
  return { auth: auth.mode, identityProvider: provider };
}

/** The page with the configuration in it, so the dashboard starts without asking for it. */
export function withConfig(html: string, config: DashboardConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return html.replace(
    '</head>',
    `<script id="hub-config" type="application/json">${json}</script></head>`,
  );
}

/**
 * Serves the dashboard at `/`: hashed assets cached for a year, `index.html` (with the sign-in's
 * configuration) for every page path, the router running in the browser. Mounted after the API's
 * routes, so `/graphql`, `/exports` and the probes answer first.
 */
export function mountDashboard(app: Express, auth: AuthConfig, dir = dashboardDir()): void {
  const config = dashboardConfig(auth);
  const index = join(dir, 'index.html');
  let page: string | undefined;
  // County offices are often on slow links: the page and its scripts go gzipped.
  const gzip = compression();
  app.use(
    '/assets',
    gzip,
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|graphiql|exports|healthz|readyz|metrics)[^.]*$/, gzip, (_req, res) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text')
        .send('The dashboard is not built: run `npm run build` (GraphQL answers at /graphql).');
      return;
    }
    page ??= withConfig(readFileSync(index, 'utf8'), config);
    res.set('cache-control', 'no-cache').type('html').send(page);
  });
}
