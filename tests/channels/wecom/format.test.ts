import { describe, expect, it } from 'vitest';
import { formatForWecom, splitMessage, WECOM_TEXT_MAX_BYTES } from '../../../src/channels/wecom/index.js';
import { readXmlFields, writeXml } from '../../../src/channels/wecom/xml.js';

const bytes = (s: string) => Buffer.byteLength(s);

describe('splitMessage', () => {
  it('keeps a short message whole', () => {
    expect(splitMessage('【政策条款】一句话。')).toEqual(['【政策条款】一句话。']);
  });

  it('splits at line ends into parts within WeCom’s 2048 bytes, losing nothing', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${'持续推进电梯责任险、食品安全责任险等在渝中落地。'.repeat(2)}`);
    const parts = splitMessage(lines.join('\n'));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(bytes(p)).toBeLessThanOrEqual(WECOM_TEXT_MAX_BYTES);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('cuts a single overlong line after a sentence, never inside a character', () => {
    const line = '金融支持实体经济。'.repeat(200) + '😀'.repeat(300);
    const parts = splitMessage(line, WECOM_TEXT_MAX_BYTES, 99);
    for (const p of parts) {
      expect(bytes(p)).toBeLessThanOrEqual(WECOM_TEXT_MAX_BYTES);
      expect(p).not.toContain('\uFFFD');
    }
    expect(parts[0]).toMatch(/。$/);
    expect(parts.join('')).toBe(line);
  });

  it('sends at most five parts and says the rest was left out', () => {
    const parts = splitMessage('长'.repeat(10_000));
    expect(parts).toHaveLength(5);
    expect(parts[4]).toMatch(/其余部分从略/);
    expect(bytes(parts[4]!)).toBeLessThanOrEqual(WECOM_TEXT_MAX_BYTES);
  });
});

describe('formatForWecom', () => {
  it('labels the kind and lists numbered citations with their quotes', () => {
    const text = formatForWecom({
      question: 'q',
      kind: 'policy',
      answer: '根据…：持续推进电梯责任险。[1]',
      citations: [{ docId: 'd', clauseId: 'd#1', title: '某区金融高质量发展实施方案', shortTitle: '某实施方案', label: '二、工作任务 › 6. 促进保险市场稳健发展', quote: '持续推进电梯责任险。', score: 0.7 }],
    });
    expect(text).toBe('【政策条款】根据…：持续推进电梯责任险。[1]\n\n引用：\n[1] 《某实施方案》 二、工作任务 › 6. 促进保险市场稳健发展\n“持续推进电梯责任险。”');
  });
});

describe('formatForWecom on a grouped list', () => {
  it('sets the groups apart and names each line\'s source without repeating its quote', () => {
    const text = formatForWecom({
      question: 'q',
      kind: 'policy',
      answer: '根据您描述的情况（科技型），以下措施可能适用：\n【信贷】\n1. 《某方案》8. 条款：深入推广知识价值信用贷款。[1]\n【保险】\n2. 《某方案》6. 条款：积极完善科技保险等产品。[2]',
      citations: [
        { docId: 'd', clauseId: 'd#8', title: '某区金融高质量发展实施方案', shortTitle: '某实施方案', label: '二、工作任务 › 8. 条款', quote: '深入推广知识价值信用贷款。', score: 1 },
        { docId: 'd', clauseId: 'd#6', title: '某区金融高质量发展实施方案', shortTitle: '某实施方案', label: '二、工作任务 › 6. 条款', quote: '积极完善科技保险等产品。', score: 0.9 },
      ],
    });
    expect(text).toBe(
      '【政策条款】根据您描述的情况（科技型），以下措施可能适用：\n\n【信贷】\n1. 《某方案》8. 条款：深入推广知识价值信用贷款。[1]\n\n【保险】\n2. 《某方案》6. 条款：积极完善科技保险等产品。[2]' +
        '\n\n出处：\n[1] 《某实施方案》 二、工作任务 › 8. 条款\n[2] 《某实施方案》 二、工作任务 › 6. 条款',
    );
  });
});

describe('WeCom XML', () => {
  it('reads CDATA and text fields, and round-trips content containing ]]>', () => {
    const xml = writeXml({ ToUserName: 'u', Content: 'a]]>b <c> & d', CreateTime: 12 });
    const fields = readXmlFields(xml);
    expect(fields.get('Content')).toBe('a]]>b <c> & d');
    expect(fields.get('CreateTime')).toBe('12');
    expect(readXmlFields('<xml><A>x &amp; y</A></xml>').get('A')).toBe('x & y');
  });
});
