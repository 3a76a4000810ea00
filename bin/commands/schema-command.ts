import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/project-root';
import { printHubSchema } from '../../schema/build-schema';

/** The committed SDL lives here; a test fails when it is stale. */
export const SCHEMA_FILE = join(projectRoot(), 'schema', 'schema.graphql');

/** `hub schema [--write]`: prints the SDL, or writes it to schema/schema.graphql. */
export async function schemaCommand(options: { write: boolean }): Promise<void> {
  const sdl = await printHubSchema();
  if (options.write) {
    writeFileSync(SCHEMA_FILE, sdl);
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  } else {
    process.stdout.write(sdl);
  }
}
