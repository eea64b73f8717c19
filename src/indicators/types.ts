/** The indicator table's row: one quantitative target or baseline, exactly as its source states it. */

export type IndicatorKind = 'target' | 'baseline' | 'cumulative';

export interface Indicator {
  /** Stable: `${clauseId}~${n}`, the n-th indicator of the clause. */
  readonly id: string;
  readonly docId: string;
  /** Full document title. */
  readonly title: string;
  readonly clauseId: string;
  /** Clause path as users see it. */
  readonly label: string;
  /** The measure's name as stated, completed from context: `绿色贷款余额全市占比`. */
  readonly indicator: string;
  /** 全市 / 全区 / 渝中区 …, when the text says so. */
  readonly scope: string | null;
  /** The value exactly as written: `570`, `1.7`, `【2.8】` unwrapped to `2.8`, or words (`全国平均水平`). */
  readonly value: string;
  /** The upper end of a range (`2-3家` → 3). */
  readonly valueMax: string | null;
  /** `亿元`, `万亿元`, `%`, `家` … as written; empty for a value in words. */
  readonly unit: string;
  /** How the value binds, as written; `…` stands for the value: `突破`, `达到…以上`, `…左右`, `不低于`. */
  readonly qualifier: string | null;
  readonly year: number | null;
  readonly kind: IndicatorKind;
  /** The source sentence (for a table row: header and row), verbatim, containing the value. */
  readonly quote: string;
  /** `extracted` at ingest, or `override` from the reviewed overrides file. */
  readonly origin: 'extracted' | 'override';
}
