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

  it('reads the OCR limits, and refuses a bad one at start-up by name', () => {
    expect(loadConfig({}).ocr).toEqual({ pageTimeoutMs: 120_000, maxPages: 100, memoryMb: 1024, threads: 1, cachePath: `${PROJECT_ROOT}/embeddings/ocr-cache.sqlite` });
    expect(loadConfig({ OCR_PAGE_TIMEOUT_SECONDS: '2.5', OCR_MAX_PAGES: '0', OCR_THREADS: '2' }).ocr).toMatchObject({ pageTimeoutMs: 2500, maxPages: 0, threads: 2 });
    expect(() => loadConfig({ OCR_MAX_PAGES: '-1' })).toThrow(/^configuration: OCR_MAX_PAGES must be a whole number from 0 to 10000, got "-1"/);
    expect(() => loadConfig({ OCR_PAGE_TIMEOUT_SECONDS: 'soon' })).toThrow(/^configuration: OCR_PAGE_TIMEOUT_SECONDS /);
    expect(() => loadConfig({ OCR_MEMORY_MB: '16' })).toThrow(/^configuration: OCR_MEMORY_MB /);
  });

  it('keeps absolute paths as given', () => {
    expect(loadConfig({ INDEX_DIR: '/srv/index' }).indexDir).toBe('/srv/index');
  });
});
