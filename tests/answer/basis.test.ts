import { describe, expect, it } from 'vitest';
import { asksForBasis, basisSentence, citedAs, citing, citingSentences, pointedTitle } from '../../src/answer/basis.js';
import type { Clause } from '../../src/domain.js';

const clause = (docId: string, text: string, ordinal = 0): Clause => ({
  id: `${docId}#${ordinal}`, docId, kind: 'preamble', marker: '', heading: '前言', shortHeading: '前言', path: ['前言'], parentId: null, text, sentences: [text], depth: 1, ordinal,
});

// Opening sentences of real notices (tests/eval/libraries/notices-j), verbatim.
const CHANGCHUN = clause('cc', '为加快长春新区金融业集聚发展,根据《吉林省人民政府办公厅关于金融支持民营经济发展的实施意见》(吉政办发﹝2019﹞8号)、《长春市金融业发展专项资金管理暂行办法》,结合新区实际,特制定本政策。');
const SHANXI = clause('sx', '我省原有小额贷款公司监管制度主要包括《小额贷款公司监督管理指引(试行)》(晋金监互金〔2021〕13号)、《山西省小额贷款公司分类评级办法》(晋金监互金〔2021〕15号),部分条款内容已不适用新的监管要求。');
const MACAU = clause('mo', '行政長官根據《澳門特別行政區基本法》第五十條(五)項,經徵詢行政會的意見,制定本獨立行政法規。');

describe('a question for what a document rests on', () => {
  it('is read from a verb of resting and a question for a document or an article', () => {
    expect(asksForBasis('长春新区金融集聚若干政策是根据吉林省哪个文件制定的？')).toBe(true);
    expect(asksForBasis('句容工信局转发的是省里哪个文件？')).toBe(true);
    expect(asksForBasis('这个利息补贴的行政法规是行政长官根据基本法哪一条制定的？')).toBe(true);
    expect(asksForBasis('按照什么标准给予补贴？')).toBe(false);
    expect(asksForBasis('长春新区对金融机构总部给多少补助？')).toBe(false);
  });

  it('is answered by the sentence citing what it asks, read in simplified characters', () => {
    const sentences = citingSentences([CHANGCHUN, MACAU]);
    expect(sentences.map((s) => s.restsOn)).toEqual([true, true]);
    expect(basisSentence('长春新区金融集聚若干政策是根据吉林省哪个文件制定的？', sentences)?.clause.docId).toBe('cc');
    expect(basisSentence('这个利息补贴的行政法规是行政长官根据基本法哪一条制定的？', sentences)?.clause.docId).toBe('mo');
    expect(basisSentence('依据的是哪个文件？', [])).toBeNull();
  });
});

describe('a document a held one cites', () => {
  it('is found by its title as a user writes it, with the 文号 the sentence gives it', () => {
    const sentences = citingSentences([CHANGCHUN, SHANXI]);
    const title = pointedTitle('山西原来那个小额贷款公司分类评级办法的文号是多少？')!;
    expect(title).toBe('小额贷款公司分类评级办法');
    const found = citing(title, sentences)!;
    expect(found.clause.docId).toBe('sx');
    expect(citedAs(title, found)).toEqual({ title: '山西省小额贷款公司分类评级办法', number: '晋金监互金〔2021〕15号' });
    expect(citing('小额贷款公司现场检查办法', sentences)).toBeNull();
  });
});
