/**
 * Issue 10, item 7: the tests run on a clone with nothing beside it. No test may read a file
 * outside the repository (the shared dev set beside the project is for npm run eval only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the test suite', () => {
  it('names no file outside the repository', () => {
    const outside = sources(join(PROJECT_ROOT, 'tests')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/['"`][^'"`]*(\.\.\/shared\/|\/work\/)/.test(line) ? [`${relative(PROJECT_ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(outside).toEqual([]);
  });
});
