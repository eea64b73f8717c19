import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';

describe('loadConfig', () => {
  it('resolves defaults against the project folder', () => {
    const config = loadConfig({});
    expect(config.corpusDir).toBe(`${PROJECT_ROOT}/corpus`);
    expect(config.modelAllowRemote).toBe(false);
    expect(config.maxQuestionChars).toBe(500);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the variable and the fix for a bad value', () => {
    expect(() => loadConfig({ MAX_QUESTION_CHARS: 'lots' })).toThrow(
      'configuration: MAX_QUESTION_CHARS must be a whole number from 10 to 10000, got "lots"',
    );
    expect(() => loadConfig({ MODEL_ALLOW_REMOTE: 'maybe' })).toThrow(/MODEL_ALLOW_REMOTE must be true or false/);
  });

  it('runs one embedding process per core on a machine of two or more (EMBEDDING_WORKERS=auto), or as many as set', () => {
    const cores = availableParallelism();
    expect(loadConfig({}).embeddingWorkers).toBe(cores >= 2 ? Math.min(cores, 8) : 0);
    expect(loadConfig({ EMBEDDING_WORKERS: 'auto' }).embeddingWorkers).toBe(loadConfig({}).embeddingWorkers);
    expect(loadConfig({ EMBEDDING_WORKERS: '0' }).embeddingWorkers).toBe(0);
    expect(loadConfig({ EMBEDDING_WORKERS: '3' }).embeddingWorkers).toBe(3);
    expect(() => loadConfig({ EMBEDDING_WORKERS: 'many' })).toThrow('configuration: EMBEDDING_WORKERS must be a whole number from 0 to 64, got "many"');
  });

  it('keeps absolute paths as given', () => {
    expect(loadConfig({ INDEX_DIR: '/srv/index' }).indexDir).toBe('/srv/index');
  });
});
