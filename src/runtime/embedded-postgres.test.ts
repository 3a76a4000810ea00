import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateFolderOn } from './reachable-programs';

describe('folders the postgres user cannot enter', () => {
  const root = mkdtempSync(join(tmpdir(), 'hub-private-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the nearest folder on the way up that other users cannot enter', () => {
    const open = join(root, 'open', 'node_modules', 'bin');
    mkdirSync(open, { recursive: true, mode: 0o755 });
    chmodSync(join(root, 'open'), 0o755);
    chmodSync(join(root, 'open', 'node_modules'), 0o711);
    chmodSync(root, 0o700);
    expect(privateFolderOn(open)).toBe(root);
    chmodSync(join(root, 'open', 'node_modules'), 0o750);
    expect(privateFolderOn(open)).toBe(join(root, 'open', 'node_modules'));
  });

  it('looks past folders that can be entered (on Linux, /tmp and / can: none blocks)', () => {
    chmodSync(root, 0o755);
    chmodSync(join(root, 'open', 'node_modules'), 0o755);
    const blocking = privateFolderOn(join(root, 'open', 'node_modules', 'bin'));
    expect(blocking).toBe(privateFolderOn(tmpdir()));
    if (process.platform === 'linux' && tmpdir() === '/tmp') expect(blocking).toBeNull();
  });
});
