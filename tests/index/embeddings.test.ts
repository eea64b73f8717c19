import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPolicyBotError } from '../../src/errors.js';
import { BGE_SMALL_ZH, BgeEmbeddings } from '../../src/index/index.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { MODEL_DIR, tempDir } from '../helpers.js';

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('BgeEmbeddings', () => {
  it('embeds into normalised 512-d vectors, queries with the retrieval instruction', async () => {
    const e = new BgeEmbeddings({ modelDir: MODEL_DIR });
    const [doc] = await e.embedDocuments(['到2027年，绿色贷款余额达到2000亿元。']);
    const query = await e.embedQuery('绿色贷款余额目标是多少');
    expect(doc).toHaveLength(512);
    expect(Math.hypot(...doc!)).toBeCloseTo(1, 4);
    expect(cosine(query, doc!)).toBeGreaterThan(cosine(query, (await e.embedDocuments(['帮我写一首关于春天的诗']))[0]!));
  });

  it('embeds a text the same alone or among others (no batch padding effects)', async () => {
    const e = new BgeEmbeddings({ modelDir: MODEL_DIR });
    const [alone] = await e.embedDocuments(['养老金融']);
    const [, among] = await e.embedDocuments(['一个长得多的句子，用来检验批量嵌入时的填充是否改变结果。', '养老金融']);
    expect(among).toEqual(alone);
  });

  it('says how to fetch the model when it is missing', async () => {
    const e = new BgeEmbeddings({ modelDir: tempDir() });
    await expect(e.embedQuery('测试')).rejects.toSatisfy(
      (err) => isPolicyBotError(err, 'MODEL_MISSING') && (err as Error).message.includes('npm run fetch-model'),
    );
  });

  it('refuses a corrupt model file by its sha256', async () => {
    const dir = tempDir();
    // The model folder may be a link (a worktree sharing one download): copy what it points to.
    cpSync(realpathSync(MODEL_DIR), dir, { recursive: true });
    writeFileSync(join(dir, BGE_SMALL_ZH.id, BGE_SMALL_ZH.onnxFile), 'not a model');
    const e = new BgeEmbeddings({ modelDir: dir });
    await expect(e.embedQuery('测试')).rejects.toSatisfy((err) => isPolicyBotError(err, 'MODEL_CORRUPT'));
  });

  // A pool runs one process per core with one model thread each. transformers.js makes its session
  // from a buffer, and onnxruntime-node ignores thread options given with a buffer: each process
  // then spun a second thread, and 32 clients were served at barely one client's rate.
  it.runIf(existsSync('/proc/self/task'))('runs the model on the threads asked for', () => {
    const threadsOfAProcessEmbeddingWith = (threads: number) => {
      const script = `
        import { readdirSync } from 'node:fs';
        import { BgeEmbeddings } from './src/index/embeddings.ts';
        const model = new BgeEmbeddings({ modelDir: ${JSON.stringify(MODEL_DIR)}, threads: ${threads} });
        await model.embedQuery('线程数');
        console.log(readdirSync('/proc/self/task').length);`;
      return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim());
    };
    expect(threadsOfAProcessEmbeddingWith(3) - threadsOfAProcessEmbeddingWith(1)).toBe(2);
  });
});
