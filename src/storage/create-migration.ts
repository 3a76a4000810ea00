/**
 * Development tool: `npm run migration:create` diffs the entities against a database that has every
 * committed migration applied and writes the difference as a new migration file to review and
 * commit.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './orm-config';
import { migrateDatabase } from './database';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL to a scratch database');
  const orm = await MikroORM.init(ormConfig(url, {}));
  await migrateDatabase(orm, url);
  const result = await orm
    .getMigrator()
    .createMigration(process.argv[2] ?? 'src/storage/migrations', false, false);
  console.log(
    result.fileName
      ? `wrote ${result.fileName}: add it to src/storage/migrations/index.ts`
      : 'no changes',
  );
  await orm.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
