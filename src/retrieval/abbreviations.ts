/**
 * Short forms people type for the names regulations spell out: `券商` for 证券公司, `央行` for 中国人民银行,
 * `监管` for 监督管理. General usage of Chinese finance and administration, not any document's words:
 * a question is searched under both forms (see expansion.ts), and a clause that spells out the long form
 * is not taken for one that leaves out what the question asks.
 */
import { bigrams } from '../bigrams.js';
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
    ['工信局', '工业和信息化局'],
    ['工信厅', '工业和信息化厅'],
    ['人社局', '人力资源和社会保障局'],
    ['经信局', '经济和信息化局'],
    ['经信厅', '经济和信息化厅'],
    ['小贷公司', '小额贷款公司'],
    ['新三板', '全国中小企业股份转让系统'],
    ['北交所', '北京证券交易所'],
    ['上交所', '上海证券交易所'],
    ['深交所', '深圳证券交易所'],
    ['非吸', '非法吸收公众存款'],
    ['个体户', '个体工商户'],
    ['民企', '民营企业'],
    ['国企', '国有企业'],
    ['外企', '外商投资企业'],
    ['监管', '监督管理'],
  ].map(([short, long]) => Object.freeze({ short: short!, long: long! })),
);

// The long form of a short name names a body or a firm (`证券监督管理机构`, `中国人民银行`, `小额贷款公司`, `个体工商户`).
const NAMES_A_BODY = /(?:机构|公司|银行|局|委员会|企业|户)$/u;

/**
 * The bigrams of the short forms a question uses, and of their long forms when those name a body or a firm: a
 * clause need hold neither word for word (`证监会…受理申报材料后给予100万元奖励` does not spell out 证券监督管理机构).
 * An act's long form (`监督管理` of 监管) is what its clause says, and stays a topic.
 */
export function shortFormBigrams(question: string): string[] {
  return ABBREVIATIONS.filter((a) => question.includes(a.short) && !NAMES_A_MARKET.test(a.long)).flatMap((a) => [...bigrams(a.short), ...(NAMES_A_BODY.test(a.long) ? bigrams(a.long) : [])]);
}

// A market is a topic a clause must speak of, in either form (`新三板` or `全国中小企业股份转让系统`): see `saysLongForm`.
const NAMES_A_MARKET = /(?:交易所|系统)$/u;

/** Whether `text` says the long form of a short form that `word` (a run of a question's characters) belongs to. */
export function saysLongForm(word: string, text: string): boolean {
  return ABBREVIATIONS.some((a) => (a.short.includes(word) || word.includes(a.short)) && text.includes(a.long));
}

/** The long forms of the short forms a word belongs to (`监管` → 监督管理, `券商` → 证券公司; `管理` → none). */
export function longFormsOf(word: string): string[] {
  return ABBREVIATIONS.filter((a) => a.short.includes(word)).map((a) => a.long);
}
