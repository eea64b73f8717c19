/**
 * A real headless Chromium for the chat page's browser test: Debian's `chromium` package, driven by
 * playwright-core. When /usr/bin/chromium is missing and we are root on Debian, it is installed with
 * apt-get; when that is impossible the caller skips its tests with the reason returned here, so a
 * browser test never passes without a browser.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';

const run = promisify(execFile);

export const CHROMIUM_PATH = '/usr/bin/chromium';

export type ChromiumStatus = { readonly available: true } | { readonly available: false; readonly reason: string };

let installing: Promise<ChromiumStatus> | undefined;

/** Installs Debian's chromium once if it is missing; says why not when it cannot. */
export function ensureChromium(): Promise<ChromiumStatus> {
  installing ??= install();
  return installing;
}

async function install(): Promise<ChromiumStatus> {
  if (existsSync(CHROMIUM_PATH)) return { available: true };
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    return { available: false, reason: `${CHROMIUM_PATH} is missing and this is not a Debian system with apt-get; install chromium there` };
  }
  if (process.getuid?.() !== 0) {
    return { available: false, reason: `${CHROMIUM_PATH} is missing and installing it needs root: run \`apt-get install -y chromium\`` };
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt/dpkg run instead of failing on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  try {
    await run('apt-get', [...lock, 'update'], { env, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
    await run('apt-get', [...lock, 'install', '-y', '--no-install-recommends', 'chromium'], {
      env,
      timeout: 900_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    const detail = String((err as { stderr?: string }).stderr || (err as Error).message).trim().split('\n').slice(-3).join(' | ');
    return { available: false, reason: `apt-get could not install chromium: ${detail}` };
  }
  return existsSync(CHROMIUM_PATH)
    ? { available: true }
    : { available: false, reason: `apt-get finished but ${CHROMIUM_PATH} is still missing` };
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
export async function launchChromium(options: { readonly viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-bot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
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
