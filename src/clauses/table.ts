/**
 * Rows of tables that PDF extraction flattened to text:
 *   `序号 指标名称 2015年 2020年`
 *   `1 金融业增加值占 GDP比重（%） 9% 高于 11%`
 * Cells are separated by single spaces, but a value may itself contain one (`高于 11%`), so values
 * are read from the right, a short qualifier joining the number after it.
 */

export interface TableHeader {
  /** Column titles after the name column: `['2015年', '2020年']`. */
  readonly valueColumns: readonly string[];
}

export interface TableRow {
  /** Serial number as written (`1`), if the table has one. */
  readonly serial: string | null;
  /** The row's name, unit included: `金融业增加值占 GDP比重（%）`. */
  readonly name: string;
  /** One cell per value column, verbatim: `['9%', '高于 11%']`. */
  readonly cells: readonly { readonly column: string; readonly value: string }[];
}

const HEADER = /^序号\s+\S+\s+(.+)$/;
const QUALIFIER = /^[\u4e00-\u9fff]{1,4}$/;
const HAS_DIGIT = /\d/;

export function parseTableHeader(line: string): TableHeader | null {
  const m = line.trim().match(HEADER);
  if (!m) return null;
  return { valueColumns: m[1]!.split(/\s+/) };
}

export function parseTableRow(header: TableHeader, line: string): TableRow | null {
  const tokens = line.trim().split(/\s+/);
  const serial = /^\d{1,3}$/.test(tokens[0] ?? '') ? tokens.shift()! : null;
  const values: string[] = [];
  while (values.length < header.valueColumns.length && tokens.length > 1) {
    let value = tokens.pop()!;
    const before = tokens[tokens.length - 1];
    if (HAS_DIGIT.test(value) && before !== undefined && QUALIFIER.test(before) && tokens.length > 1) {
      value = `${tokens.pop()!} ${value}`;
    }
    values.unshift(value);
  }
  if (values.length < header.valueColumns.length || !tokens.length) return null;
  return {
    serial,
    name: tokens.join(' '),
    cells: values.map((value, i) => ({ column: header.valueColumns[i]!, value })),
  };
}

/** `金融机构数量（家）：2015年 1500；2020年 2000`: a row as a reader says it. */
export function describeRow(row: TableRow): string {
  return `${row.name}：${row.cells.map((c) => `${c.column} ${c.value}`).join('；')}`;
}
