import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124215618 } from './Migration20261124215618';
import { Migration20261124220906 } from './Migration20261124220906';
import { Migration20261124221342 } from './Migration20261124221342';
import { Migration20261124221603 } from './Migration20261124221603';
import { Migration20261124222423 } from './Migration20261124222423';
import { Migration20261124225157 } from './Migration20261124225157';
import { Migration20261124230201 } from './Migration20261124230201';
import { Migration20261124230901 } from './Migration20261124230901';
import { Migration20261124231548 } from './Migration20261124231548';
import { Migration20261124234121 } from './Migration20261124234121';
import { Migration20261125001500 } from './Migration20261125001500';
import { Migration20261125004000 } from './Migration20261125004000';
import { Migration20261125010000 } from './Migration20261125010000';
import { Migration20261201233000 } from './Migration20261201233000';
import { Migration20261202050000 } from './Migration20261202050000';
import { Migration20261202060000 } from './Migration20261202060000';
import { Migration20261202070000 } from './Migration20261202070000';
import { Migration20261203080000 } from './Migration20261203080000';
import { Migration20261203090000 } from './Migration20261203090000';
import { Migration20261206200000 } from './Migration20261206200000';
import { Migration20261207090000 } from './Migration20261207090000';

/** Every migration, in order. `npm run migration:create` writes a new file; add it here. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261124215618', class: Migration20261124215618 },
  { name: 'Migration20261124220906', class: Migration20261124220906 },
  { name: 'Migration20261124221342', class: Migration20261124221342 },
  { name: 'Migration20261124221603', class: Migration20261124221603 },
  { name: 'Migration20261124222423', class: Migration20261124222423 },
  { name: 'Migration20261124225157', class: Migration20261124225157 },
  { name: 'Migration20261124230201', class: Migration20261124230201 },
  { name: 'Migration20261124230901', class: Migration20261124230901 },
  { name: 'Migration20261124231548', class: Migration20261124231548 },
  { name: 'Migration20261124234121', class: Migration20261124234121 },
  { name: 'Migration20261125001500', class: Migration20261125001500 },
  { name: 'Migration20261125004000', class: Migration20261125004000 },
  { name: 'Migration20261125010000', class: Migration20261125010000 },
  { name: 'Migration20261201233000', class: Migration20261201233000 },
  { name: 'Migration20261202050000', class: Migration20261202050000 },
  { name: 'Migration20261202060000', class: Migration20261202060000 },
  { name: 'Migration20261202070000', class: Migration20261202070000 },
  { name: 'Migration20261203080000', class: Migration20261203080000 },
  { name: 'Migration20261203090000', class: Migration20261203090000 },
  { name: 'Migration20261206200000', class: Migration20261206200000 },
  { name: 'Migration20261207090000', class: Migration20261207090000 },
];
