/** The outage log of the shared database (issue 21): once when it stops answering, then at most once a minute with a count, and once when it is back. */
import { describe, expect, it } from 'vitest';
import { DatabaseHealth } from '../../src/index/postgres/health.js';
import { loadDatabaseConfig } from '../../src/config.js';

describe('DatabaseHealth', () => {
  it('logs an outage once, then at most once a minute with a count, and the recovery once', () => {
    let now = 0;
    const lines: string[] = [];
    const health = new DatabaseHealth({ log: (l) => lines.push(l), now: () => now });
    health.answered();
    expect(lines).toEqual([]);
    // Every 5 s for three minutes, as the version poller of one instance fails.
    for (let t = 0; t < 180_000; t += 5_000) {
      now = t;
      health.unreachable('no reply within 6 s (DATABASE_QUERY_TIMEOUT_SECONDS)');
    }
    expect(health.reachable).toBe(false);
    expect(lines).toEqual([
      'database unreachable (no reply within 6 s (DATABASE_QUERY_TIMEOUT_SECONDS)); questions get 503 until it answers again',
      'database still unreachable after 60 s: 12 more failed queries (last: no reply within 6 s (DATABASE_QUERY_TIMEOUT_SECONDS))',
      'database still unreachable after 120 s: 12 more failed queries (last: no reply within 6 s (DATABASE_QUERY_TIMEOUT_SECONDS))',
    ]);
    now = 181_000;
    health.answered();
    health.answered();
    expect(health.reachable).toBe(true);
    expect(lines.slice(3)).toEqual(['database reachable again after 181 s (36 failed queries); answering from it again']);
  });
});

describe('database timeouts in the configuration', () => {
  const url = 'postgres://bot:pw@127.0.0.1:5432/bot';
  it('are a few seconds by default', () => {
    expect(loadDatabaseConfig({ DATABASE_URL: url })).toMatchObject({ connectTimeoutMs: 5_000, statementTimeoutMs: 5_000, queryTimeoutMs: 6_000 });
  });

  it('are read in seconds and checked once, naming the variable', () => {
    expect(
      loadDatabaseConfig({ DATABASE_URL: url, DATABASE_CONNECT_TIMEOUT_SECONDS: '2', DATABASE_STATEMENT_TIMEOUT_SECONDS: '3', DATABASE_QUERY_TIMEOUT_SECONDS: '4.5' }),
    ).toMatchObject({ connectTimeoutMs: 2_000, statementTimeoutMs: 3_000, queryTimeoutMs: 4_500 });
    expect(() => loadDatabaseConfig({ DATABASE_URL: url, DATABASE_CONNECT_TIMEOUT_SECONDS: 'soon' })).toThrow(/^configuration: DATABASE_CONNECT_TIMEOUT_SECONDS must be a number/);
    expect(() => loadDatabaseConfig({ DATABASE_URL: url, DATABASE_STATEMENT_TIMEOUT_SECONDS: '10', DATABASE_QUERY_TIMEOUT_SECONDS: '5' })).toThrow(
      /^configuration: DATABASE_QUERY_TIMEOUT_SECONDS must be at least DATABASE_STATEMENT_TIMEOUT_SECONDS/,
    );
  });
});
