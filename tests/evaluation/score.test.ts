import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/domain.js';
import { containsValue, scoreItem } from '../../src/evaluation/index.js';

describe('containsValue', () => {
  it('does not find a number inside a longer one', () => {
    expect(containsValue('占比达到17%', '7%')).toBe(false);
    expect(containsValue('不低于7%', '7%')).toBe(true);
    expect(containsValue('1706 3500', '3500')).toBe(false);
    expect(containsValue('2020年 3500', '3500')).toBe(true);
  });
  it('compares full- and half-width forms alike', () => {
    expect(containsValue('达到５００家', '500家')).toBe(true);
  });
});

describe('scoreItem', () => {
  const answer = (kind: Answer['kind'], text: string): Answer => ({
    question: 'q',
    kind,
    answer: text,
    citations: [{ docId: 'd', clauseId: 'd#1', title: '渝中区实施方案', shortTitle: '渝中区实施方案', label: '一、总体要求 › 金融集聚能级大幅提升', quote: '…', score: 0.7 }],
  });
  const item = { id: 'x', q: 'q', doc: '渝中', markers: ['金融集聚能级'], values: ['500家'] };

  it('passes with the right citation and value', () => {
    expect(scoreItem(item, answer('policy', '突破500家')).pass).toBe(true);
  });
  it('fails a none answer and a missing value', () => {
    expect(scoreItem(item, answer('none', '突破500家')).pass).toBe(false);
    expect(scoreItem(item, answer('policy', '突破5000家')).pass).toBe(false);
  });
  it('passes out-of-corpus questions only with none', () => {
    const off = { ...item, doc: null, markers: [], values: [] };
    expect(scoreItem(off, answer('none', '没有')).pass).toBe(true);
    expect(scoreItem(off, answer('policy', '…')).pass).toBe(false);
  });
});
