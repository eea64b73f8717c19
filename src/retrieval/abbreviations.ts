/**
 * Short forms people type for the names regulations spell out: `券商` for 证券公司, `央行` for 中国人民银行,
 * `监管` for 监督管理. General usage of Chinese finance and administration, not any document's words:
 * a question is searched under both forms (see expansion.ts), and a clause that spells out the long form
 * is not taken for one that leaves out what the question asks.
 */
import type { Alias } from './expansion.js';

export const ABBREVIATIONS: readonly Alias[] = Object.freeze(
  [
    ['券商', '证券公司'],
    ['央行', '中国人民银行'],
    ['人行', '中国人民银行'],
    ['证监会', '证券监督管理机构'],
    ['银保监会', '银行保险监督管理机构'],
    ['金融监管总局', '金融监督管理总局'],
    ['外管局', '外汇管理局'],
    ['发改委', '发展改革委员会'],
    ['小贷公司', '小额贷款公司'],
    ['非吸', '非法吸收公众存款'],
    ['个体户', '个体工商户'],
    ['民企', '民营企业'],
    ['国企', '国有企业'],
    ['外企', '外商投资企业'],
    ['监管', '监督管理'],
  ].map(([short, long]) => Object.freeze({ short: short!, long: long! })),
);
