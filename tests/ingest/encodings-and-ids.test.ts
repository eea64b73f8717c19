/**
 * Issue 10, items 6 and 9: documents without manifest entries get ids that cannot collide, and
 * text documents in the encodings government files come in (GBK/GB18030, UTF-16, UTF-8 with BOM)
 * are decoded, not refused.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, idFromFile, readCorpus } from '../../src/ingest/index.js';
import { tempDir } from '../helpers.js';

/** GB18030 bytes of a text, from the decoder's own table (Node has no GBK encoder). */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

const POLICY = '关于支持绿色金融发展的若干措施\n一、总体要求\n鼓励银行机构扩大绿色信贷规模，2025年绿色贷款余额达到500亿元。\n二、保障措施\n设立绿色金融专项资金。\n';

describe('document ids from file names', () => {
  it('gives Chinese file names different ids (their ASCII part kept) and indexes them all', async () => {
    const dir = tempDir('policy-bot-corpus-');
    writeFileSync(join(dir, '关于支持绿色金融发展的若干措施.txt'), POLICY);
    writeFileSync(join(dir, '关于支持科技金融发展的若干措施.txt'), POLICY.replace(/绿色/g, '科技'));
    writeFileSync(join(dir, '2024年金融工作要点.txt'), POLICY.replace(/绿色/g, '普惠'));
    const corpus = await readCorpus(dir);
    expect(corpus.problems).toEqual([]);
    const ids = corpus.documents.map((d) => d.meta.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.find((id) => id.startsWith('2024-'))).toMatch(/^2024-[0-9a-f]{8}$/);
    expect(ids.filter((id) => /^doc-[0-9a-f]{8}$/.test(id))).toHaveLength(2);
  });

  it('keeps a slug file name as its id and tells apart names a slug would merge', async () => {
    expect(idFromFile('yuzhong-plan.txt')).toBe('yuzhong-plan');
    expect(idFromFile('a b.txt')).not.toBe(idFromFile('a-b.txt'));
    const dir = tempDir('policy-bot-corpus-');
    writeFileSync(join(dir, 'plan.txt'), POLICY);
    writeFileSync(join(dir, 'plan.md'), POLICY.replace(/绿色/g, '普惠'));
    const corpus = await readCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents.map((d) => d.meta.id)).toEqual(['plan', expect.stringMatching(/^plan-[0-9a-f]{8}$/)]);
  });
});

describe('text encodings', () => {
  it('reads GB18030 (GBK) .txt and .md files, and an HTML page declaring gb2312', async () => {
    const dir = tempDir('policy-bot-corpus-');
    writeFileSync(join(dir, 'green.txt'), gb18030(POLICY));
    writeFileSync(join(dir, 'tech.md'), gb18030(`# ${POLICY.replace(/绿色/g, '科技')}`));
    writeFileSync(
      join(dir, 'page.html'),
      Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'), gb18030(POLICY.replace(/\n/g, '<br>')), Buffer.from('</body></html>')]),
    );
    const corpus = await readCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents.map((d) => d.meta.title)).toEqual(['关于支持绿色金融发展的若干措施', '关于支持绿色金融发展的若干措施', '关于支持科技金融发展的若干措施']);
    expect(corpus.documents[0]!.clauses.map((c) => c.text).join('')).toContain('2025年绿色贷款余额达到500亿元');
  });

  it('decodes UTF-8 with and without BOM and UTF-16 with either BOM; refuses bytes that are no known text', () => {
    const text = '一、总体要求';
    expect(decodeText(Buffer.from(text), 'a.txt')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.txt')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'a.txt')).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a.txt')).toBe(text);
    expect(decodeText(gb18030(text), 'a.txt')).toBe(text);
    expect(() => decodeText(Buffer.from([0x81, 0x20, 0xff, 0x30, 0x80]), 'bin.txt')).toThrow(/^bin\.txt: cannot be read \(not valid UTF-8 or GB18030 \(GBK\) text/);
  });
});
