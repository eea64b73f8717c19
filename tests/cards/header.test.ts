/** A document's header and opening, as cards and jurisdiction read them. */
import { describe, expect, it } from 'vitest';
import { documentHeaders } from '../../src/cards/header.js';
import { parseDocument } from '../../src/ingest/index.js';

describe('document header', () => {
  // 中小企業發展條例 as Taiwan's law database publishes it: each history item wrapped onto a second line.
  it('reads a numbered heading with the text its wrapped line became', async () => {
    const text = ['中小企業發展條例', '沿革：', '1.中華民國八十年二月四日總統（80）華總（一）義字第 0705 號令制定', '  公布全文 40 條；並自公布日施行', '第 一 章 總則', '第 1 條', '為扶助中小企業之創立及發展，特制定本條例。'].join('\n');
    const { clauses } = await parseDocument('sme.txt', new TextEncoder().encode(text), undefined);
    const [header] = documentHeaders(clauses).values();
    expect(header!.opening).toContain('中華民國八十年二月四日');
    expect(header!.opening).toContain('公布全文');
  });
});
