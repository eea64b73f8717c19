/**
 * A real headless Chromium for the chat page's browser test: Debian's `chromium` package (or any
 * Chromium named by POLICY_BOT_CHROMIUM), driven by playwright-core. The test never installs a
 * browser itself: without one its tests are skipped with a message saying what to install, and
 * with POLICY_BOT_REQUIRE_BROWSER=1 (set by .ci/run) they fail instead, so CI cannot pass without
 * running them.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Debian's `chromium` (and Ubuntu's older `chromium-browser`) put the executable. */
const KNOWN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export type ChromiumStatus =
  | { readonly available: true; readonly path: string }
  | { readonly available: false; readonly reason: string; readonly required: boolean };

/** Finds the browser; when there is none, says what to install, and whether the run requires it. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumStatus {
  const named = env.POLICY_BOT_CHROMIUM?.trim();
  const candidates = named ? [named] : KNOWN_PATHS;
  const path = candidates.find((p) => existsSync(p));
  if (path) return { available: true, path };
  const reason = named
    ? `POLICY_BOT_CHROMIUM=${named} does not exist`
    : `no Chromium at ${KNOWN_PATHS.join(' or ')}; install Debian's chromium (\`sudo apt-get install chromium\`) or set POLICY_BOT_CHROMIUM to a Chromium executable`;
  return { available: false, reason, required: env.POLICY_BOT_REQUIRE_BROWSER === '1' };
}

/**
 * For a browser test without a browser: skips it with the reason, or fails it when the run
 * requires the browser, so the count of failed tests says so.
 */
export function skipOrFail(status: ChromiumStatus, skip: (note: string) => never): void {
  if (status.available) return;
  if (status.required) throw new Error(`the chat page browser test needs Chromium (POLICY_BOT_REQUIRE_BROWSER=1): ${status.reason}`);
  skip(`no Chromium: ${status.reason}`);
}

export interface Browser {
  readonly context: BrowserContext;
  /** Requests the page tried to send anywhere but 127.0.0.1 (all were blocked). */
  readonly blocked: readonly string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile that can reach 127.0.0.1 only: its background services
 * are off, host names resolve to nothing, and any other request is aborted and recorded.
 */
export async function launchChromium(executablePath: string, options: { readonly viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-bot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: options.viewport ?? { width: 1024, height: 768 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const blocked: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      blocked.push(route.request().url());
      return route.abort();
    },
  );
  return {
    context,
    blocked,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
