/**
 * Issue 21, item 7: questions are embedded in processes of their own, one per core, so answering
 * uses every core; a process that dies is replaced and what it was embedding is answered anyway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BgeEmbeddings, EmbeddingPool } from '../../src/index/index.js';
import { isPolicyBotError } from '../../src/errors.js';
import { MODEL_DIR, tempDir } from '../helpers.js';

const until = async (done: () => boolean, tries = 400) => {
  for (let i = 0; i < tries && !done(); i++) await new Promise((r) => setTimeout(r, 50));
};

describe('EmbeddingPool', () => {
  let pool: EmbeddingPool;
  const model = new BgeEmbeddings({ modelDir: MODEL_DIR });

  beforeAll(async () => {
    pool = new EmbeddingPool({ modelDir: MODEL_DIR, workers: 2, restartDelayMs: 50 });
    await Promise.all([pool.warmUp(), model.warmUp()]);
    await until(() => pool.readyCount === 2);
  }, 120_000);
  afterAll(() => pool.close());

  it('gives the vectors the model gives in this process, for questions and documents', async () => {
    const question = '2027年渝中区绿色贷款余额目标是多少？';
    expect(await pool.embedQuery(question)).toEqual(await model.embedQuery(question));
    const texts = ['持续推进电梯责任险、食品安全责任险等在渝中落地。', '支持发行科创票据', '跨境人民币结算', '养老金融', '绿色债券'];
    expect(await pool.embedDocuments(texts)).toEqual(await model.embedDocuments(texts));
  });

  it('embeds concurrent questions in both processes at once', async () => {
    const asked = Array.from({ length: 8 }, (_, i) => pool.embedQuery(`小微企业融资支持政策第${i}问`));
    expect(pool.busyCount).toBe(2);
    expect(await Promise.all(asked)).toHaveLength(8);
  });

  it('answers every question when a process is killed mid-question, and starts another in its place', async () => {
    const started = pool.started;
    const asked = Array.from({ length: 12 }, (_, i) => pool.embedQuery(`科技型企业知识产权质押融资第${i}问`));
    const [victim] = pool.pids;
    process.kill(victim!, 'SIGKILL');
    const vectors = await Promise.all(asked);
    expect(vectors.every((v) => v.length === 512)).toBe(true);
    await until(() => pool.readyCount === 2);
    expect(pool.started).toBe(started + 1);
    expect(pool.pids).not.toContain(victim);
    expect(await pool.embedQuery('重启之后的问题')).toEqual(await model.embedQuery('重启之后的问题'));
  }, 60_000);
});

describe('EmbeddingPool without a model', () => {
  it('fails every call with the missing model message, without restarting processes', async () => {
    const pool = new EmbeddingPool({ modelDir: tempDir('policy-bot-no-model-'), workers: 2, restartDelayMs: 50 });
    try {
      const err = await pool.warmUp().catch((e: unknown) => e);
      expect(isPolicyBotError(err, 'MODEL_MISSING')).toBe(true);
      await expect(pool.embedQuery('问题')).rejects.toThrow(/npm run fetch-model/);
      await new Promise((r) => setTimeout(r, 300));
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('EmbeddingPool with a hung process', () => {
  it('kills a process that neither answers nor dies, and answers its question from another', async () => {
    const pool = new EmbeddingPool({ modelDir: MODEL_DIR, workers: 2, restartDelayMs: 50, jobTimeoutMs: 1_500 });
    try {
      await pool.warmUp();
      await until(() => pool.readyCount === 2);
      const [stuck] = pool.pids;
      // Stopped, not killed: it holds whatever it is given and never exits by itself.
      process.kill(stuck!, 'SIGSTOP');
      const asked = Array.from({ length: 4 }, (_, i) => pool.embedQuery(`挂起的进程第${i}问`));
      const vectors = await Promise.all(asked);
      expect(vectors.every((v) => v.length === 512)).toBe(true);
      await until(() => !pool.pids.includes(stuck!));
      expect(pool.pids).not.toContain(stuck);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
