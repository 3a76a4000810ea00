import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124215618 } from './Migration20261124215618';

/** Every migration, in order. `npm run migration:create` writes a new file; add it here. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261124215618', class: Migration20261124215618 },
];
