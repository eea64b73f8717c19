/**
 * Issue 10, item 8: a channel that must reach a remote API starts in the background, with a
 * deadline per attempt and retries that wait longer each time, logging one line per new reason.
 */
import { describe, expect, it } from 'vitest';
import { loadBackgroundStartConfig, startInBackground, type BackgroundStartOptions } from '../../src/channels/background-start.js';

interface Fake {
  readonly name: string;
  stopped: boolean;
}

/** A start that follows a script: each attempt fails, hangs until aborted, or succeeds. */
function scripted(steps: Array<'refuse' | 'hang' | 'deny' | 'ok'>) {
  const attempts: number[] = [];
  const lines: string[] = [];
  const stoppedChannels: Fake[] = [];
  const t0 = Date.now();
  let started!: (channel: Fake) => void;
  const running = new Promise<Fake>((resolve) => (started = resolve));
  const options: BackgroundStartOptions<Fake> = {
    name: 'Fake bot',
    start: (signal) => {
      attempts.push(Date.now() - t0);
      const step = steps[Math.min(attempts.length - 1, steps.length - 1)]!;
      if (step === 'ok') return Promise.resolve({ name: `bot-${attempts.length}`, stopped: false });
      if (step === 'refuse') return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9'));
      if (step === 'deny') return Promise.reject(Object.assign(new Error('401 Unauthorized'), { permanent: true }));
      return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    },
    stop: async (channel) => {
      channel.stopped = true;
      stoppedChannels.push(channel);
    },
    timeoutMs: 100,
    timeoutReason: 'no answer within 0.1 s',
    firstDelayMs: 20,
    maxDelayMs: 80,
    isPermanent: (err) => (err as { permanent?: boolean }).permanent === true,
    log: (line) => lines.push(line),
    onStarted: (channel) => started(channel),
  };
  return { options, attempts, lines, stoppedChannels, running };
}

describe('startInBackground', () => {
  it('returns at once while the first attempt is still waiting for an answer', () => {
    const { options } = scripted(['hang']);
    const channel = startInBackground(options);
    expect(channel.current).toBeUndefined();
    return channel.stop();
  });

  it('retries a refused start, logging the reason once, until the channel starts', async () => {
    const { options, lines, attempts, running } = scripted(['refuse', 'refuse', 'refuse', 'ok']);
    const channel = startInBackground(options);
    const started = await running;
    expect(channel.current).toBe(started);
    expect(attempts).toHaveLength(4);
    expect(lines).toEqual(['Fake bot not started: connect ECONNREFUSED 127.0.0.1:9; trying again in the background (next try in 20 ms)']);
    await channel.stop();
    expect(started.stopped).toBe(true);
  });

  it('aborts an attempt at its deadline and logs again only when the reason changes', async () => {
    const { options, lines, running } = scripted(['refuse', 'hang', 'hang', 'ok']);
    const channel = startInBackground(options);
    await running;
    expect(lines).toEqual([
      expect.stringContaining('Fake bot not started: connect ECONNREFUSED'),
      'Fake bot not started: no answer within 0.1 s; trying again in the background (next try in 40 ms)',
    ]);
    await channel.stop();
  });

  it('waits longer after each failure, up to the longest wait', async () => {
    const { options, attempts, running } = scripted(['refuse', 'refuse', 'refuse', 'refuse', 'refuse', 'ok']);
    const channel = startInBackground(options);
    await running;
    const waits = attempts.slice(1).map((t, i) => t - attempts[i]!);
    // Timers fire no earlier than asked: 20, 40, 80, 80, 80 ms.
    expect(waits.map((w, i) => w >= [20, 40, 80, 80, 80][i]! - 2)).toEqual([true, true, true, true, true]);
    await channel.stop();
  });

  it('gives up on a failure that retrying cannot fix, saying so', async () => {
    const { options, lines, attempts } = scripted(['deny', 'ok']);
    const channel = startInBackground(options);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(attempts).toHaveLength(1);
    expect(channel.current).toBeUndefined();
    expect(lines).toEqual(['Fake bot not started: 401 Unauthorized; not trying again (fix the setting and restart)']);
    await channel.stop();
  });

  it('stops retrying on stop(), cancelling the attempt in progress', async () => {
    const { options, attempts } = scripted(['hang']);
    const channel = startInBackground(options);
    await channel.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(attempts).toHaveLength(1);
    expect(channel.current).toBeUndefined();
  });
});

describe('loadBackgroundStartConfig', () => {
  it('defaults to a 15 s deadline and retries from 5 s up to every 5 minutes', () => {
    expect(loadBackgroundStartConfig({})).toEqual({ timeoutMs: 15_000, firstDelayMs: 5_000, maxDelayMs: 300_000 });
  });

  it('names the variable of a bad value', () => {
    expect(() => loadBackgroundStartConfig({ CHANNEL_START_TIMEOUT_SECONDS: '0' })).toThrow(/CHANNEL_START_TIMEOUT_SECONDS must be a whole number/);
    expect(() => loadBackgroundStartConfig({ CHANNEL_RETRY_MAX_SECONDS: 'soon' })).toThrow(/CHANNEL_RETRY_MAX_SECONDS/);
  });
});
