import { describe, expect, it } from 'vitest';
import { askedWords, saysAnyOf } from '../../src/answer/asked-words.js';
import { findPlaces } from '../../src/jurisdiction/index.js';

const wordsOf = (question: string) => {
  const places = findPlaces(question);
  return askedWords(question, (start, end) => places.some((p) => p.start < end && start < p.end));
};

describe('the words a question is about', () => {
  it('are its words of content, not its asking words, places or everyday words', () => {
    expect(wordsOf('临沂市城乡居民养老保险缴费档次有哪些？')).toEqual(['城乡居民', '养老保险', '缴费', '档次']);
    expect(wordsOf('淳安县千岛湖景区门票有没有优惠政策？')).toEqual(['千岛湖', '景区', '门票', '优惠政策']);
  });

  it('hold a short form the dictionary cuts into single characters', () => {
    expect(wordsOf('竹溪县搭建政采贷系统投了多少钱？')).toEqual(['搭建', '政采贷', '系统']);
  });

  // 臨沂市典當監督管理實施細則 第七條 (tests/eval/libraries/notices-x), its opening.
  it('are said by no clause on another topic, whatever its script', () => {
    const pawnshop = '申請設立典當行,應當具備下列條件:(一)有符合法律、法規規定的章程;';
    expect(saysAnyOf(wordsOf('临沂市城乡居民养老保险缴费档次有哪些？'), pawnshop)).toBe(false);
    expect(saysAnyOf(wordsOf('臨沂市設立典當行要具備哪些條件？'), pawnshop)).toBe(true);
  });

  it('hold names in Latin letters and the adverbs that name a case', () => {
    expect(wordsOf('知识产权质押贷款贴息按LPR的多少给？')).toContain('LPR');
    expect(wordsOf('贷款逾期了会上征信吗？')).toEqual(expect.arrayContaining(['逾期', '征信']));
  });

  it('are said by two of their characters, side by side or a short form\'s few apart', () => {
    expect(saysAnyOf(['养老保险'], '支持保险机构参与城乡居民大病保险')).toBe(true);
    expect(saysAnyOf(['农险'], '经营农业保险业务的保险机构')).toBe(true);
    expect(saysAnyOf(['农险'], '农村信用社、保险机构')).toBe(false);
    expect(saysAnyOf(['政采贷'], '开展政府采购合同融资贷款业务')).toBe(true);
    expect(saysAnyOf(['LPR'], '按一年期lpr的50%给予贴息')).toBe(true);
  });
});
