/**
 * Issue 10, item 7: the browser test finds a Chromium and never installs one. Without one its tests
 * are skipped with a message saying what to install; a run that requires the browser
 * (POLICY_BOT_REQUIRE_BROWSER=1, as .ci/run sets) fails instead.
 */
import { describe, expect, it } from 'vitest';
import { findChromium, skipOrFail } from './chromium.js';

describe('findChromium', () => {
  it('takes the executable named by POLICY_BOT_CHROMIUM', () => {
    expect(findChromium({ POLICY_BOT_CHROMIUM: process.execPath })).toEqual({ available: true, path: process.execPath });
  });

  it('says why the browser tests are skipped when the named browser is missing', () => {
    const status = findChromium({ POLICY_BOT_CHROMIUM: '/nonexistent/chromium' });
    expect(status).toEqual({ available: false, reason: 'POLICY_BOT_CHROMIUM=/nonexistent/chromium does not exist', required: false });
    const skip = (note: string): never => {
      throw new Error(`skipped: ${note}`);
    };
    expect(() => skipOrFail(status, skip)).toThrow('skipped: no Chromium: POLICY_BOT_CHROMIUM=/nonexistent/chromium does not exist');
  });

  it('fails instead of skipping when the run requires the browser', () => {
    const status = findChromium({ POLICY_BOT_CHROMIUM: '/nonexistent/chromium', POLICY_BOT_REQUIRE_BROWSER: '1' });
    const skip = (note: string): never => {
      throw new Error(`skipped: ${note}`);
    };
    expect(() => skipOrFail(status, skip)).toThrow(
      /^the chat page browser test needs Chromium \(POLICY_BOT_REQUIRE_BROWSER=1\): POLICY_BOT_CHROMIUM=\/nonexistent\/chromium does not exist$/,
    );
  });

  it('names the Debian package to install when no browser is found', () => {
    const status = findChromium({});
    if (status.available) expect(status.path).toMatch(/chromium/);
    else expect(status.reason).toContain('apt-get install chromium');
  });
});
