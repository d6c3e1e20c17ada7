// Headless Chromium for the web app's tests and bench: Debian's `chromium` package (CI installs it
// in .ci/run), driven by playwright-core. `CAPA_TS_CHROMIUM` overrides the path. Without it a suite
// prints a visible skip notice; under CI=true its absence is a failure.
//
// The flags keep Chromium off the network entirely (no component updates, sync, QUIC or
// background requests): the only address a test reaches is the page's own server on 127.0.0.1.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CAPA_TS_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** like requireTestdata: false when Chromium is there, else a skip reason (a failure under CI=true) */
export function requireChromium(suite: string): false | string {
  if (chromiumAvailable()) return false;
  const msg = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CAPA_TS_CHROMIUM)`;
  if (process.env.CI === 'true') throw new Error(`${suite}: ${msg}`);
  process.stderr.write(`SKIP ${suite}: ${msg}\n`);
  return msg;
}

export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh browser with an empty profile (its own --user-data-dir, removed on close). */
export async function launchChromium(opts: { viewport?: { width: number; height: number } } = {}): Promise<Chromium> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'capa-ts-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
