import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printHubSchema } from './build-schema';

describe('the committed SDL', () => {
  it('matches the schema the resolvers build (run `npm run schema:emit` after changing them)', async () => {
    const committed = readFileSync(join(__dirname, 'schema.graphql'), 'utf8');
    expect(await printHubSchema()).toBe(committed);
  });
});
