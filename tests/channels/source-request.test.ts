import { describe, expect, it } from 'vitest';
import { citationOfArticle, sourceRequest } from '../../src/channels/source-request.js';

describe('which cited clause "第N条的原文" asks for', () => {
  const cited = [['第二章设立、变更和终止', '第七条'], ['第二章设立、变更和终止', '第二条(一)'], undefined];

  it('is the article of that number when the last answer cites it, in Chinese or Arabic numerals', () => {
    expect(citationOfArticle('第二条的原文', sourceRequest('第二条的原文')!, cited)).toBe(2);
    expect(citationOfArticle('第7条的原文', sourceRequest('第7条的原文')!, cited)).toBe(1);
  });

  it('is the citation of that number when no cited clause is that article', () => {
    expect(citationOfArticle('第三条的原文', 3, cited)).toBe(3);
    expect(citationOfArticle('这个的原文是什么？', 1, cited)).toBe(1);
  });
});
