/**
 * A document the library does not hold but one it holds repeals: whether it is still in force is answered
 * from the repealing clause. The text is the last article of 中国（上海）自由贸易试验区条例 (2014), verbatim.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { copyOfCorpus, testConfig } from '../helpers.js';

let kb: KnowledgeBase;

beforeAll(async () => {
  const corpus = copyOfCorpus();
  writeFileSync(
    join(corpus, 'shanghai-ftz-regulation-2014.txt'),
    [
      '中国（上海）自由贸易试验区条例',
      '第一章 总则',
      '第一条 为了推进和保障中国（上海）自由贸易试验区建设，根据有关法律、行政法规，结合本市实际，制定本条例。',
      '第九章 附则',
      '第五十六条 依据《上海市外资银行管理条例》制定的《上海市外资银行营业性机构管理办法》同时废止。',
      '第五十七条 本条例自2014年8月1日起施行。1996年12月19日上海市第十届人民代表大会常务委员会第三十二次会议审议通过的《上海外高桥保税区条例》同时废止。',
    ].join('\n'),
  );
  kb = await openKnowledgeBase(testConfig(corpus));
});
afterAll(() => kb?.close());

describe('a document the library does not hold', () => {
  it('is said repealed, and from when, when a document it holds repeals it', async () => {
    const a = await kb.engine.ask('《上海外高桥保税区条例》现在还有效吗？');
    expect(a.kind).toBe('policy');
    expect(a.answer).toContain('政策库中没有《上海外高桥保税区条例》本身');
    expect(a.answer).toContain('已废止，自2014年8月1日起');
    expect(a.citations[0]?.label).toContain('第五十七条');
  });

  it('is not said repealed when a document it holds only names it beside a repeal (依据《X》制定的《Y》同时废止)', async () => {
    expect((await kb.engine.ask('《上海市外资银行营业性机构管理办法》现在还有效吗？')).answer).toContain('已废止');
    expect((await kb.engine.ask('《上海市外资银行管理条例》现在还有效吗？')).answer).not.toContain('已废止');
  });

  it('is still declined as not held when nothing the library holds names it', async () => {
    const a = await kb.engine.ask('《上海市融资租赁公司监督管理暂行办法》现在还有效吗？');
    expect(a.kind).toBe('none');
  });
});
