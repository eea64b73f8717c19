/**
 * The server's log names the corpus files it could not read (issue 21), as `npm run ingest` does:
 * at start and whenever a rebuilt index comes into use.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODEL_DIR, SHARED_CACHE, tempDir } from './helpers.js';
import { startInstance, type Instance } from './postgres/instances.js';

let instance: Instance | undefined;
afterAll(async () => {
  await instance?.stop();
});

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start with unreadable corpus documents', () => {
  it('warns in its log about each unreadable file at start and after a rebuild, one line each', async () => {
    const corpus = tempDir('policy-bot-serverlog-');
    writeFileSync(join(corpus, 'plan.txt'), '某区绿色金融方案\n一、发展目标\n到2027年，绿色贷款余额达到100亿元。\n二、保障措施\n加强组织领导。\n');
    writeFileSync(join(corpus, 'broken.pdf'), 'not a pdf');
    instance = await startInstance({ CORPUS_DIR: corpus, INDEX_DIR: tempDir('policy-bot-serverlog-index-'), MODEL_DIR, EMBEDDING_CACHE: SHARED_CACHE });
    await waitFor(() => /broken\.pdf/.test(instance!.output()), 10_000);
    expect(instance.output()).toMatch(/^政策通: corpus: broken\.pdf: .*not answered from until it is fixed$/m);

    // A file dropped in later, named to forge a line: reported after the watcher's rebuild, escaped.
    writeFileSync(join(corpus, 'late\n政策通: all good.docx'), 'not a docx');
    // (The watcher's rebuild runs beside the rest of the suite: up to minutes on a loaded 2-core machine.)
    await waitFor(() => /late\\n/.test(instance!.output()), 150_000);
    expect(instance.output()).toMatch(/^政策通: corpus: late\\n政策通: all good\.docx: /m);
    expect(instance.output()).not.toMatch(/^政策通: all good/m);
  }, 200_000);
});
