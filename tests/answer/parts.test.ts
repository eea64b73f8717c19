import { describe, expect, it } from 'vitest';
import { asksChapterCount, chaptersOf } from '../../src/answer/parts.js';
import type { Clause } from '../../src/domain.js';
import { toSimplified } from '../../src/text/script.js';

let ordinal = 0;
const chapter = (marker: string, heading: string): Clause => ({
  id: `d#${marker}~${ordinal}`,
  docId: 'd',
  kind: 'chapter',
  marker,
  heading,
  shortHeading: `${marker} ${heading}`,
  path: [`${marker} ${heading}`],
  parentId: null,
  text: '',
  sentences: [],
  depth: 1,
  ordinal: ordinal++,
});

// 《重庆市地方金融条例(草案)》's 目录 and the first chapter of its body, as the stored copy has them (notices-zl).
const chongqing = ['总则', '地方金融组织', '地方金融监督管理', '金融风险防范与处置', '西部金融中心建设', '法律责任', '附则'].map((h, i) => chapter(`第${'一二三四五六七'[i]}章`, h));

describe('how a document is divided', () => {
  it('reads a question for the number of chapters, in either script, and not one for which chapter', () => {
    expect(asksChapterCount('重庆地方金融条例草案一共几章？')).toBe(true);
    // (The engine reads a question in simplified characters.)
    expect(asksChapterCount(toSimplified('貴州省地方金融監督管理條例一共分幾章？'))).toBe(true);
    expect(asksChapterCount('这个条例共有多少章')).toBe(true);
    expect(asksChapterCount('第几章讲法律责任？')).toBe(false);
    expect(asksChapterCount('有几个章节')).toBe(false);
  });

  it('counts a 目录’s chapters once though the body repeats the first, with their headings', () => {
    const chapters = chaptersOf([...chongqing, chapter('第一章', '总则')]);
    expect(chapters?.count).toBe('七');
    expect(chapters?.headings[4]).toBe('第五章 西部金融中心建设');
    expect(chapters?.last.heading).toBe('附则');
  });

  it('reads headings spaced out in 繁體 (`第六章  附  則`)', () => {
    expect(chaptersOf([chapter('第一章', '總  則'), chapter('第二章', '附  則')])?.headings).toEqual(['第一章 總則', '第二章 附則']);
  });

  it('counts nothing of a copy that stops before its closing chapter or skips one', () => {
    expect(chaptersOf(chongqing.slice(0, 3))).toBeNull();
    expect(chaptersOf([chongqing[0]!, chongqing[2]!, chongqing[6]!])).toBeNull();
  });

  it('counts nothing of a document holding two texts’ runs of chapters', () => {
    const first = ['总则', '申请条件', '资金管理', '监督检查', '附则'].map((h, i) => chapter(`第${'一二三四五'[i]}章`, h));
    expect(chaptersOf([...first, ...chongqing])).toBeNull();
  });
});
