import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../src/config/project-root';

/** Debian's Chromium (`apt-get install chromium`); never a browser download. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the dashboard tests leave their screenshots, one per page, to be looked at. */
export const SCREENSHOT_DIR = join(projectRoot(), 'dist', 'screenshots');

/**
 * Headless Chromium as this machine runs it: no sandbox (root), and no background networking,
 * whose connections the closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A page of its own, remembering every uncaught error and console error it shows. */
export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions and `console.error` lines, for `expect(errors).toEqual([])`. */
  errors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const SESSION_KEY = 'coverage-hub.session';

/**
 * A new browser context (its own storage), signed in with `key` when one is given (as the
 * sign-in form leaves it: the key in sessionStorage), in Chinese unless `language` says.
 */
export async function openPage(
  browser: Browser,
  options: { key?: string; language?: 'zh' | 'en' } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  await context.addInitScript(
    ({ key, language, sessionKey }) => {
      // Runs in the page (the test's own types know no DOM).
      type Storage = { setItem(name: string, value: string): void };
      const web = globalThis as unknown as { sessionStorage: Storage; localStorage: Storage };
      if (key) web.sessionStorage.setItem(sessionKey, JSON.stringify({ token: key, via: 'key' }));
      if (language) web.localStorage.setItem('coverage-hub.language', language);
    },
    { key: options.key, language: options.language, sessionKey: SESSION_KEY },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    page,
    errors,
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: () => context.close(),
  };
}
