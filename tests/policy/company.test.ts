import { describe, expect, it } from 'vitest';
import { learnZones, LibraryRegister, nationalRegister } from '../../src/jurisdiction/index.js';
import { readCompany } from '../../src/policy/company.js';

const names = (c: ReturnType<typeof readCompany>) => c?.wants.map((n) => n.name);

describe('reading the company', () => {
  it('reads its place to the county, with the chain of places it lies in', () => {
    const c = readCompany('我们是温州市泰顺县的一家小微工厂，贷款到期了，需要应急周转资金，有什么政策？');
    expect(c?.place).toBe('泰顺县');
    expect(c?.placeChain).toEqual(['浙江省', '温州市', '泰顺县']);
    expect(names(c)).toEqual(['转贷']);
  });

  it('reads a zone of the library as its place, inside its city', () => {
    // The zone as 国函〔2010〕36号 names it (国务院关于同意设立重庆两江新区的批复).
    const places = new LibraryRegister(nationalRegister(), learnZones([{ document: 'pf', text: '国务院关于同意设立重庆两江新区的批复' }]));
    const c = readCompany('我们是两江新区的一家外贸小微企业，需要贷款，有什么政策？', [], new Date(), places);
    expect(c?.place).toBe('两江新区');
    expect(c?.placeChain).toEqual(['重庆市', '两江新区']);
    // Without the library's zones it names no place.
    expect(readCompany('我们是两江新区的一家外贸小微企业，需要贷款，有什么政策？')?.place).toBeUndefined();
  });

  it('reads where a firm is, not where its owners come from', () => {
    const c = readCompany('我们是澳门投资者在广州市天河区设立的企业，想了解补贴政策');
    expect(c?.place).toBe('天河区');
    expect(c?.ownership).toEqual(expect.arrayContaining(['外资', '港澳']));
    expect(names(c)).toEqual(['补贴']);
    // Only where it comes from: no place of its own.
    expect(readCompany('我们是一家澳门企业，想了解跨境理财和补贴政策')?.place).toBeUndefined();
  });

  it('reads industry, size, ownership and needs from its own words', () => {
    const c = readCompany('我们是一家外资私募股权投资机构，准备在上海设立QFLP基金，有哪些政策？');
    expect(c?.industries).toContain('股权投资/基金');
    expect(c?.ownership).toContain('外资');
    expect(names(c)).toEqual(['股权投资', '设立']);
    expect(c?.placeChain).toEqual(['上海市']);
  });

  it('reads the needs an exporter states, and the figures with their units', () => {
    const c = readCompany('我们是宁波的外贸小微企业，去年进出口额3000万美元，担心汇率波动，想做汇率避险，也需要贷款，有哪些政策？');
    expect(names(c)).toEqual(['汇率避险', '贷款']);
    expect(c?.sizes).toContain('小微');
    expect(c?.facts).toEqual([expect.objectContaining({ kind: '进出口额', amount: expect.objectContaining({ value: 3e7, currency: '美元' }) })]);
  });

  it('reads a follow-up on the listed measures', () => {
    expect(readCompany('我们是泰顺县的小微企业，需要转贷，有什么政策？。那我们能贷多少？')?.followOn).toBe('amount');
    expect(readCompany('我们是泰顺县的小微企业，需要转贷，有什么政策？。要准备什么材料？')?.followOn).toBe('materials');
    expect(readCompany('我们是泰顺县的小微企业，需要转贷，有什么政策？')?.followOn).toBeUndefined();
  });

  it('is null for a question that is no self-description', () => {
    expect(readCompany('融资担保公司的注册资本最少要多少？')).toBeNull();
  });
});
