import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmbeddings, ingest, openKnowledgeBase } from '../../src/knowledge-base.js';
import { copyOfCorpus, testConfig } from '../helpers.js';

describe('indicator overrides file', () => {
  it('removes, replaces and adds rows, marked as overrides', async () => {
    const corpus = copyOfCorpus();
    writeFileSync(
      join(corpus, 'indicator-overrides.json'),
      JSON.stringify({
        remove: ['yuzhong-2024-2027#一/金融集聚能级大幅提升~5'],
        replace: { 'yuzhong-2024-2027#一/金融集聚能级大幅提升~1': { indicator: '金融业增加值（渝中区）' } },
        add: [
          {
            clauseId: 'yuzhong-2024-2027#二/(一)/1',
            indicator: '1000亿级法人金融机构',
            value: '1000',
            unit: '亿级',
            year: 2027,
            kind: 'target',
            quote: '到2027年,力争金融资产规模超过1.6万亿元,1000亿级法人金融机构实现零突破',
          },
        ],
      }),
    );
    const config = testConfig(corpus);
    await ingest(config, createEmbeddings(config));
    const kb = await openKnowledgeBase({ ...config, autoRebuild: false });
    const rows = kb.engine.indicators();
    expect(rows.find((r) => r.id.endsWith('金融集聚能级大幅提升~5'))).toBeUndefined();
    expect(rows.find((r) => r.id.endsWith('金融集聚能级大幅提升~1'))).toMatchObject({ indicator: '金融业增加值（渝中区）', origin: 'override' });
    expect(rows.find((r) => r.indicator === '1000亿级法人金融机构')).toMatchObject({ origin: 'override', value: '1000' });
    kb.close();
  });

  it('fails ingest when an override quotes a number that is not in its clause', async () => {
    const corpus = copyOfCorpus();
    writeFileSync(
      join(corpus, 'indicator-overrides.json'),
      JSON.stringify({ add: [{ clauseId: 'yuzhong-2024-2027#二/(一)/1', indicator: '虚构指标', value: '999', year: 2027, kind: 'target', quote: '到2027年,虚构指标达到999家' }] }),
    );
    const config = testConfig(corpus);
    await expect(ingest(config, createEmbeddings(config))).rejects.toThrow(/the quote is not verbatim text of clause/);
  });
});
