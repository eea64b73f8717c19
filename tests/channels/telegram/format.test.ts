import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../../src/domain.js';
import { formatAnswer, formatSource } from '../../../src/channels/telegram/format.js';
import { stateValue } from '../../../src/answer/index.js';
import { escapeHtml, packMessages, textUnits } from '../../../src/channels/telegram/html.js';
import type { Indicator } from '../../../src/answer/index.js';
import { parseTelegramHtml } from './fake-bot-api.js';

const titleOf = (docId: string) => (docId === 'yuzhong-2024-2027' ? '渝中区“智融惠畅”实施方案(2024-2027)' : docId);

function citation(n: number, quote: string): Citation {
  return {
    docId: 'yuzhong-2024-2027',
    title: '渝中区深入落实“智融惠畅”工程高质量打造西部金融中心主承载区实施方案(2024-2027年)',
    shortTitle: '渝中区“智融惠畅”实施方案(2024-2027)',
    clauseId: `yuzhong-2024-2027#二/${n}`,
    label: `二、工作任务 › ${n}. 条款`,
    quote,
    score: 0.6,
  };
}

describe('escapeHtml', () => {
  it('escapes the three characters Telegram HTML reserves, and nothing else', () => {
    expect(escapeHtml('<b>粗体</b> & “引号” > 1')).toBe('&lt;b&gt;粗体&lt;/b&gt; &amp; “引号” &gt; 1');
  });
});

describe('textUnits and packMessages', () => {
  it('keeps short text whole, wrapped once', () => {
    expect(textUnits('持续推进电梯责任险。', { tag: 'blockquote' })).toEqual([{ html: '<blockquote>持续推进电梯责任险。</blockquote>', gap: '\n' }]);
  });

  it('splits text longer than a message at sentence ends, each piece in its own tag', () => {
    const text = '推进绿色金融改革创新。'.repeat(30);
    const units = textUnits(text, { lead: '<b>[1]</b> 标题\n', tag: 'blockquote', limit: 100 });
    expect(units.length).toBeGreaterThan(1);
    for (const u of units) {
      expect(u.html.length).toBeLessThanOrEqual(100);
      expect(u.html).toMatch(/<blockquote>(推进绿色金融改革创新。)+<\/blockquote>$/);
      expect(() => parseTelegramHtml(u.html)).not.toThrow();
    }
    expect(units[0]!.html.startsWith('<b>[1]</b> 标题\n')).toBe(true);
    expect(units.map((u) => parseTelegramHtml(u.html)).join('')).toBe(`[1] 标题\n${text}`);
  });

  it('never cuts an entity: escaped characters count at their escaped length', () => {
    const units = textUnits('&'.repeat(50), { limit: 32 });
    for (const u of units) {
      expect(u.html.length).toBeLessThanOrEqual(32);
      expect(u.html).toMatch(/^(&amp;)+$/);
    }
    expect(units.map((u) => parseTelegramHtml(u.html)).join('')).toBe('&'.repeat(50));
  });

  it('never splits a surrogate pair', () => {
    const units = textUnits('😀'.repeat(40), { limit: 25 });
    expect(units.map((u) => u.html).join('')).toBe('😀'.repeat(40));
    for (const u of units) expect(u.html.length % 2).toBe(0);
  });

  it('packs units into as few messages as fit, never breaking one', () => {
    const units = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)].map((html) => ({ html, gap: '\n' }));
    expect(packMessages(units, 90)).toEqual([`${'a'.repeat(40)}\n${'b'.repeat(40)}`, 'c'.repeat(40)]);
  });
});

describe('formatAnswer', () => {
  const answer: Answer = {
    question: '电梯责任险在渝中有什么政策？',
    kind: 'policy',
    answer: '根据《渝中区“智融惠畅”实施方案(2024-2027)》6. 促进保险市场稳健发展：持续推进电梯责任险、食品安全责任险等在渝中落地。[1]',
    citations: [citation(6, '持续推进电梯责任险、食品安全责任险等在渝中落地。')],
  };

  it('writes the kind, the answer, then numbered citations with short title · label and the quote', () => {
    expect(formatAnswer(answer, titleOf, '电梯责任险在渝中有什么政策？')).toEqual([
      '<b>【政策条款】</b>\n' +
        '根据《渝中区“智融惠畅”实施方案(2024-2027)》6. 促进保险市场稳健发展：持续推进电梯责任险、食品安全责任险等在渝中落地。[1]\n\n' +
        '<b>引用：</b>\n' +
        '<b>[1]</b> 渝中区“智融惠畅”实施方案(2024-2027) · 二、工作任务 › 6. 条款\n' +
        '<blockquote>持续推进电梯责任险、食品安全责任险等在渝中落地。</blockquote>',
    ]);
  });

  it('names the document of each citation by the short title the citation carries (issue 18)', () => {
    const other = { ...citation(3, '第三条的句子。'), docId: 'anjia', title: '某区金融人才安家补贴办法（试行）', shortTitle: '安家补贴办法', label: '第三条' };
    const [html] = formatAnswer({ ...answer, citations: [other] }, () => 'anjia');
    expect(html).toContain('<b>[1]</b> 安家补贴办法 · 第三条\n');
  });

  it('keeps the groups of a grouped list visible in bold and names each line\'s source without repeating it', () => {
    const grouped: Answer = {
      question: '我们是一家科技型小微企业，有哪些融资支持政策？',
      kind: 'policy',
      answer: '根据您描述的情况（科技型、小微），政策库现行文件中以下措施可能适用，按支持方式分组：\n【信贷】\n1. 《渝中》8. 条款：深入推广知识价值信用贷款。[1]\n【保险】\n2. 《渝中》6. 条款：积极完善科技保险等产品。[2]',
      citations: [citation(8, '深入推广知识价值信用贷款。'), citation(6, '积极完善科技保险等产品。')],
    };
    const [html] = formatAnswer(grouped, titleOf, grouped.question);
    expect(html).toContain('\n<b>【信贷】</b>\n1. ');
    expect(html).toContain('\n<b>【保险】</b>\n2. ');
    expect(html).toContain('<b>出处：</b>\n<b>[1]</b> 渝中区“智融惠畅”实施方案(2024-2027) · 二、工作任务 › 8. 条款\n<b>[2]</b>');
    expect(html).not.toContain('<blockquote>');
    expect(() => parseTelegramHtml(html!)).not.toThrow();
  });

  it('shows how a follow-up was understood', () => {
    const [html] = formatAnswer({ ...answer, question: '2025年渝中区绿色贷款余额目标是多少？' }, titleOf, '那2025年呢？');
    expect(html).toMatch(/^<i>理解为：2025年渝中区绿色贷款余额目标是多少？<\/i>\n<b>【政策条款】<\/b>/);
  });

  it('escapes hostile text in the answer, the question, the labels and the quotes', () => {
    const hostile: Answer = {
      question: '<script>&x</script>',
      kind: 'none',
      answer: '没有 <b>内容</b> & 引用',
      citations: [{ ...citation(1, '<i>未闭合 & </blockquote>'), label: '一、<u>标签</u>' }],
    };
    const [html] = formatAnswer(hostile, titleOf, 'x');
    expect(() => parseTelegramHtml(html!)).not.toThrow();
    expect(parseTelegramHtml(html!)).toBe(
      '理解为：<script>&x</script>\n【未找到】\n没有 <b>内容</b> & 引用\n\n相关条款（仅供参考）：\n' +
        '[1] 渝中区“智融惠畅”实施方案(2024-2027) · 一、<u>标签</u>\n<i>未闭合 & </blockquote>',
    );
  });

  it('splits a long answer between citations, under the limit, every message parsing on its own', () => {
    const quotes = Array.from({ length: 12 }, (_, i) => `第${i + 1}条：${'加快推进金融服务实体经济，'.repeat(25)}。`);
    const long: Answer = { ...answer, citations: quotes.map((q, i) => citation(i + 1, q)) };
    const messages = formatAnswer(long, titleOf, answer.question);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(4096);
      expect(() => parseTelegramHtml(m)).not.toThrow();
    }
    for (const m of messages.slice(1)) expect(m).toMatch(/^<b>\[\d+\]<\/b> /);
    expect(messages.join('\n').match(/<b>\[\d+\]<\/b>/g)).toHaveLength(12);
    // Long quotes fold away in the client.
    expect(messages[0]).toContain('<blockquote expandable>');
  });

  it('splits a single quote longer than a message inside its blockquote, continuing in the next message', () => {
    const huge: Answer = { ...answer, citations: [citation(1, '推进绿色金融改革创新试验区建设。'.repeat(400))] };
    const messages = formatAnswer(huge, titleOf, answer.question);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(4096);
      expect(() => parseTelegramHtml(m)).not.toThrow();
    }
    // The answer, then the citation's heading with the quote's first piece, then the rest of the quote.
    expect(messages[0]).toMatch(/^<b>【政策条款】<\/b>\n根据/);
    expect(messages[1]).toMatch(/^<b>引用：<\/b>\n<b>\[1\]<\/b> .*\n<blockquote expandable>推进/);
    expect(messages.slice(2).every((m) => /^<blockquote expandable>推进.*<\/blockquote>$/s.test(m))).toBe(true);
    expect(messages.map(parseTelegramHtml).join('')).toContain('推进绿色金融改革创新试验区建设。'.repeat(400).slice(0, 2000));
  });
});

describe('formatSource', () => {
  it('names the document and clause path and quotes the whole clause, escaped', () => {
    const [html] = formatSource({
      clause: {
        id: 'd#一', docId: 'd', kind: 'cn-item', marker: '一、', heading: '总体要求', shortHeading: '一、总体要求',
        path: ['一、总体要求'], parentId: null, text: '到2027年 <目标> & 任务。', sentences: [], depth: 1, ordinal: 1,
      },
      document: { id: 'd', file: 'd.txt', title: '某区实施方案', shortTitle: '某区方案', docNumber: '某发〔2024〕1号', date: '2024-11-28' },
    });
    expect(html).toBe(
      '<b>原文｜某区方案</b>\n一、总体要求\n<i>《某区实施方案》（某发〔2024〕1号，2024-11-28）</i>\n' +
        '<blockquote>到2027年 &lt;目标&gt; &amp; 任务。</blockquote>',
    );
  });
});

describe('stateValue', () => {
  const row = { value: '2000', valueMax: null, unit: '亿元', qualifier: null } as unknown as Indicator;
  it('states the value with its qualifier as written', () => {
    expect(stateValue(row)).toBe('2000亿元');
    expect(stateValue({ ...row, qualifier: '达到' })).toBe('达到2000亿元');
    expect(stateValue({ ...row, qualifier: '…以上' })).toBe('2000亿元以上');
    expect(stateValue({ ...row, value: '2', valueMax: '3', unit: '家' })).toBe('2-3家');
  });
});
