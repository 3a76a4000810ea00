import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Express } from 'express';
import { projectRoot } from '../../src/config/project-root';

/** Files GraphiQL needs in the browser, served from node_modules so the explorer works offline. */
const ASSETS: Record<string, { module: string; type: string }> = {
  'react.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
};

const EXAMPLE = `# Coverage of Xi'an (两个覆盖), then who lacks a standalone union
query {
  coverage(filter: { region: "6101" }) {
    inScope
    p1 { required met gap }
    u1 { required met gap }
    dualCoverageRate
  }
  gaps(rule: U1_NO_STANDALONE_UNION, filter: { region: "6101" }, orderBy: EMPLOYEES_DESC, first: 5) {
    totalCount
    edges {
      node {
        reason
        organization { name uscc division { name } sourceRecords { source key } }
      }
    }
  }
  sources { source state records }
}
`;

function page(endpoint: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Coverage hub · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css"><style>body{margin:0;height:100vh}#graphiql{height:100vh}</style></head>
<body><div id="graphiql">Loading…</div>
<script src="/graphiql/react.js"></script><script src="/graphiql/react-dom.js"></script><script src="/graphiql/graphiql.js"></script>
<script>
const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)} }));
</script></body></html>`;
}

/**
 * Mounts the explorer: `GET /graphql` from a browser (Accept: text/html) gets GraphiQL, its assets
 * come from `/graphiql/*`. Everything else on `/graphql` goes on to the GraphQL handler.
 */
export function mountGraphiql(app: Express, endpoint = '/graphql'): void {
  const cache = new Map<string, Buffer>();
  app.get('/graphiql/:asset', (req, res) => {
    const asset = ASSETS[req.params.asset];
    if (!asset) return void res.status(404).end();
    let body = cache.get(asset.module);
    if (!body) {
      // Read from node_modules directly: the packages' export maps do not expose their UMD builds.
      body = readFileSync(join(projectRoot(), 'node_modules', asset.module));
      cache.set(asset.module, body);
    }
    res.type(asset.type).set('cache-control', 'public, max-age=86400').send(body);
  });
  app.get(endpoint, (req, res, next) => {
    const wantsHtml =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) ===
      'text/html';
    if (!wantsHtml || req.query.query) return next();
    res.type('html').send(page(endpoint));
  });
}
