import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The drop (inbox) feeds of SPEC: files the departments write into a directory. */
export const DROP_SOURCES = ['civil-affairs', 'statistics', 'federation'] as const;
/** A drop feed's source id. */
export type DropSource = (typeof DROP_SOURCES)[number];

/**
 * Copies (never moves) every generated drop file into `inboxRoot/<source>/`, skipping files
 * already delivered, and returns the inbox directories.
 */
export function fillInboxes(dataDir: string, inboxRoot: string): Record<DropSource, string> {
  const inboxes = {} as Record<DropSource, string>;
  for (const source of DROP_SOURCES) {
    const from = join(dataDir, 'feeds', source);
    const to = join(inboxRoot, source);
    mkdirSync(to, { recursive: true });
    inboxes[source] = to;
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from).sort()) {
      const src = join(from, name);
      if (!statSync(src).isFile()) continue;
      const dst = join(to, name);
      // Same size and not older than the generated file: already delivered (the hub never edits the
      // inbox).
      if (
        existsSync(dst) &&
        statSync(dst).size === statSync(src).size &&
        statSync(dst).mtimeMs >= statSync(src).mtimeMs
      )
        continue;
      copyFileSync(src, dst);
    }
  }
  return inboxes;
}
