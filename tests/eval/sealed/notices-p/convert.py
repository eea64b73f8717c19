#!/usr/bin/env python3
"""Build the library texts of notices-p.

All ten texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was copied from the tool's JSON output, with its escapes, into one line of
RAW (default /tmp/np_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}. Each excerpt must have the character count recorded below.
Only these edits are made, each listed per file in EDITS (see README, "How the texts were made"):
  - cut_after: keep the text up to and including this exact string (the last complete sentence or clause
    before the place where the stored copy breaks off);
  - strip_prefix: remove this prefix (a list bullet of the page's info panel) from the start of a line;
  - replace: replace a whole stripped line by another (only to remove a font-size widget from a source line);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - join_table: from the line equal to this string on, join the one-cell-a-line table of the stored copy
    into one line per table row (the header row is the run of cells before `1 |`; each later row has as
    many cells as the header; the last row starts at `合 计 |`);
  - title: add this line as line 1 where the stored page has no title line, or where the page's own title
    line comes after an information panel (README: composed and repeated titles).
Every line is stripped of leading and trailing whitespace; runs of blank lines become one blank line.
The script asserts that, apart from an added title, the kept text equals the raw copy up to the cut with the
prefixes, replacements and dropped lines applied, character for character once whitespace is removed, and
that every kept line occurs in the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/np_raw/raw.jsonl')

# key -> (output file, excerpt length in characters, edits)
EDITS = {
    'jinpu': ('jinpu-new-area-first-loan-interest-subsidy-rules-2022.txt', 724,
              dict(cut_after='企业经营性贷款和用于厂房、设备等日常经营的固定资产投资项目贷款。',
                   title='金普新区中小微企业首次贷款贴息实施细则')),
    'shenfu': ('shenfu-demo-zone-listing-doubling-plan-interpretation-2022.txt', 713,
               dict(cut_after='加强融资支持;',
                    title='《辽宁省沈抚改革创新示范区推进企业上市倍增计划工作方案》解读')),
    'dali': ('dali-prefecture-listing-doubling-plan-2022-2025.txt', 842,
             dict(cut_after='推动上市后备企业资源提质扩容。',
                  strip_prefix='• ',
                  drop=['当前位置: 首页 / 政务公开 / 政府信息公开平台 / 政策文件 / 其他文件 / 州政府办公室文件',
                        '成文日期: 1659980030000', '有效性:', '【字体: 大  中', '【打印文本】'],
                  title='大理白族自治州人民政府办公室关于印发大理州企业上市倍增计划(2022—2025年)的通知')),
    'jiujiang': ('jiujiang-listing-yingshanhong-upgrade-opinions.txt', 718,
                 dict(cut_after='(一)实施强基培育行动。',
                      title='九江市关于纵深推进企业上市“映山红行动”升级工程的实施意见')),
    'fuzhoujx': ('fuzhou-jiangxi-listing-yingshanhong-upgrade-opinions.txt', 734,
                 dict(cut_after='分级培育上市后备企业。')),
    'beichuan': ('beichuan-county-poverty-microcredit-documents-notice-2024.txt', 753,
                 dict(cut_after='2024年2月4日',
                      drop=['字体:【    】 打印'],
                      title='北川羌族自治县人民政府办公室关于印发《北川羌族自治县脱贫人口小额信贷工作实施方案》'
                            '《北川羌族自治县脱贫小额信贷分险基金使用管理实施细则》《北川羌族自治县脱贫小额信贷贴息资金'
                            '管理办法》的通知')),
    'lingchuan': ('lingchuan-county-agri-leading-enterprise-loan-interest-subsidy-2023.txt', 847,
                  dict(join_table='序号 |',
                       title='陵川县农业农村局关于下达2023年支持农业龙头企业发展资金使用计划的通知')),
    'chaling': ('chaling-county-inclusive-finance-demo-zone-plan-2018.txt', 758,
                dict(cut_after='为建设富饶美丽幸福新茶陵提供有力的支撑。',
                     drop=['当前位置:首页>政务公开>政府信息公开目录>政府文件'],
                     replace={'来源:茶陵县人民政府办公室 作者: 发布时间:2018-12-07 【字体大小:':
                              '来源:茶陵县人民政府办公室 作者: 发布时间:2018-12-07'})),
    'liaocheng': ('liaocheng-guarantee-risk-compensation-fund-measures-draft-2024.txt', 750,
                  dict(cut_after='结合我市实际,制定本办法。')),
    'hkbudget': ('hongkong-budget-2013-sme-support.txt', 724,
                 dict(cut_after='最高百分之二十的保費折扣;')),
}


def squeeze(lines):
    out, blank = [], False
    for ln in lines:
        ln = ln.strip()
        if not ln:
            if out and not blank:
                out.append('')
            blank = True
            continue
        out.append(ln)
        blank = False
    while out and not out[-1]:
        out.pop()
    return out


def join_table(lines, start):
    """One line per table row: the header row is the run of cells up to the first cell `1 |`; every
    later row has as many cells as the header, except the last row, which starts at `合 计 |`."""
    i = lines.index(start)
    head, cells = lines[:i], lines[i:]
    assert all(c.endswith(' |') for c in cells), 'table cell without a closing bar'
    ncols = cells.index('1 |')
    rows, cur = [], []
    for c in cells:
        if cur and (len(cur) == ncols or c == '合 计 |'):
            rows.append(' '.join(cur))
            cur = []
        cur.append(c)
    rows.append(' '.join(cur))
    return head + rows


def edit_lines(raw, e):
    text = raw
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = [ln.strip() for ln in text.split('\n')]
    p = e.get('strip_prefix')
    if p:
        lines = [ln[len(p):] if ln.startswith(p) else ln for ln in lines]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'join_table' in e:
        lines = join_table(lines, e['join_table'])
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def nows(s):
    return re.sub(r'\s', '', s)


def main():
    raws = {}
    for ln in open(RAW, encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']] = d['excerpt']
    assert set(raws) == set(EDITS), set(raws) ^ set(EDITS)
    for key, (dst, n, e) in EDITS.items():
        raw = raws[key]
        if len(raw) != n:
            sys.exit(f'{key}: {len(raw)} chars, expected {n}')
        raw_lines = [ln.strip() for ln in raw.split('\n')]
        p = e.get('strip_prefix')
        raw_lines_p = {ln[len(p):] if p and ln.startswith(p) else ln for ln in raw_lines}
        for d in e.get('drop', []):
            assert d in raw_lines_p, (key, 'drop not a raw line', d)
        for a in e.get('replace', {}):
            assert a in raw_lines_p, (key, 'replace not a raw line', a)
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        if 'join_table' not in e:
            for ln in body.split('\n'):
                assert ln in raw, (key, 'line not in raw copy', ln)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
