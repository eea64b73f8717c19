#!/usr/bin/env python3
"""Build the library texts of notices-t.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one line of
RAW (default /tmp/sealed/notices-t_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}. The twelfth (河南省就业促进条例) is a whole file of the GitHub collection
LawRefBook/Laws, saved unchanged as REG (default /tmp/sealed/notices-t_raw/henan-employment-regulation-2009.md) by
    git show 2f4c5c23716267af9dbebbbbd6cbbf732b101981:'DLC/河南地方法规/地方性法规/河南/河南省就业促进条例(2009-03-26).md'
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    navigation menus, breadcrumbs, stray HTML tags of a spam mirror, the site's "EN"/host lines);
  - cut_after: keep the text up to and including this exact string (the last complete sentence or clause before
    the place where the stored copy breaks off, or before site chrome below the document);
  - excise: remove this exact string (occurring once in the raw copy) from inside a line: keyword spam that a
    mirror site injected into the middle of the headline;
  - drop: remove lines whose stripped text equals one of these strings (site chrome, injected spam lines,
    repository markup);
  - replace: replace a whole stripped line by another (only to remove page chrome from a metadata line);
  - unmark: remove the leading Markdown heading marks ('# ', '## ') of the repository file;
  - join_head: join the first n lines into one line (a headline the page breaks over several lines);
  - title: add this line as line 1 (README: composed titles); title_from is the string of the raw copy the
    composed title is taken from, and must occur in it.
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts, independently of the line editing, that apart from an added title the kept text equals
the raw copy from start_at up to the cut, with exactly the listed excisions, dropped lines, replaced lines and
heading marks removed, character for character once whitespace is removed; and that every drop / replace key is
a line of the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/sealed/notices-t_raw/raw.jsonl')
REG = os.environ.get('REG', '/tmp/sealed/notices-t_raw/henan-employment-regulation-2009.md')

ZX_SPAM_LINE = ('2026-01-17百家乐,百家乐官方网站,百家乐APP下载,百家乐游戏平台,百家乐网址,百家乐试玩,百家乐的玩法,'
                '百家乐技巧,百家乐公式,百家乐打法,百家乐电子,21点,德州扑克,快三,pk10,时时彩,北京赛车')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 政府性融资担保 (担保费补贴 / 降费奖补 / 代偿补偿) ----
    'henan': ('henan-financing-guarantee-system-opinions-2020.txt', 1172,
              dict(start_at='河南省人民政府办公厅关于进一步加强政府性融资担保体系建设',
                   replace={'文章来源:本站 发布时间:2021-10-08 10:14 浏览次数:17498次': '发布时间:2021-10-08 10:14'},
                   cut_after='妥善化解风险。')),
    'fujian': ('fujian-financing-guarantee-special-fund-measures-interpretation-2026.txt', 707,
               dict(cut_after='负责专项资金的预算指标管理和核拨结算。',
                    title='《福建省政府性融资担保发展专项资金管理办法》解读',
                    title_from='《福建省政府性融资担保发展专项资金管理办法》')),
    'gansu': ('gansu-financing-guarantee-system-opinions-news-2019.txt', 573, dict()),
    'zhenjiang': ('zhenjiang-financing-guarantee-special-fund-measures.txt', 729,
                  dict(start_at='镇江市融资担保专项资金管理办法',
                       cut_after='按照绩效目标组织实施项目绩效评价等。')),
    # ---- topic B: 知识产权质押融资 (贴息 / 风险补偿) ----
    'shaanxi': ('shaanxi-ip-finance-support-measures-2025-2027.txt', 760,
                dict(start_at='陕西省知识产权局 国家金融监督管理总局陕西监管局 陕西省财政厅关于印发',
                     cut_after='风险补偿金(秦知贷),')),
    'ganzhou': ('ganzhou-ip-finance-pilot-zone-plan-draft-consultation-2025.txt', 727,
                dict(cut_after='激励科技创新和促进科技成果转化。',
                     title='《赣州市知识产权金融综合试验区试点建设方案(征求意见稿)》公开征求意见',
                     title_from='《赣州市知识产权金融综合试验区试点建设方案(征求意见稿)》')),
    'yangjiang': ('yangjiang-ip-pledge-risk-compensation-measures-interpretation.txt', 700,
                  dict(cut_after='与市场主体质押融资活动相关。')),
    'fujianqa': ('fujian-patent-pledge-loan-interest-subsidy-qa-2022.txt', 248,
                 dict(cut_after='來源:省市場監管局')),
    # ---- topic C: 创业担保贷款 / 小额担保贷款 贴息 ----
    'henanreg': ('henan-employment-promotion-regulation-2009.txt', 6274,
                 dict(drop=['<!-- INFO END -->'], unmark=True)),
    'zhangxian': ('zhangxian-county-startup-guaranteed-loan-notice-2023.txt', 740,
                  dict(excise=['百家乐- 百家乐官方网站- APP下载'],
                       drop=[ZX_SPAM_LINE],
                       cut_after='严禁在校学生申请。')),
    'yanji': ('yanji-returnee-startup-subsidized-loan-news-2018.txt', 640,
              dict(start_at='吉林延吉推出貼息專項貸款助力',
                   drop=['字號:默認 超大 | 打印 |'],
                   join_head=2,
                   cut_after='帶動就業5萬餘人。')),
    'gaotang': ('gaotang-county-small-guaranteed-loan-interest-subsidy-report-2016.txt', 338,
                dict(title='高唐县财政局认真落实小额担保贷款财政贴息惠民政策',
                     title_from='高唐县财政局认真落实小额担保贷款财政贴息惠民政策')),
}

HEADING = re.compile(r'^#+\s+')


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


def segment(raw, e):
    """The raw copy from start_at up to and including cut_after."""
    text = raw
    if 'start_at' in e:
        assert e['start_at'] in text, e['start_at']
        text = text[text.index(e['start_at']):]
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    return text


def edit_lines(raw, e):
    text = segment(raw, e)
    for s in e.get('excise', []):
        text = text.replace(s, '')
    lines = [ln.strip() for ln in text.split('\n')]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    if e.get('unmark'):
        lines = [HEADING.sub('', ln) for ln in lines]
    if e.get('join_head'):
        n = e['join_head']
        lines = [''.join(lines[:n])] + lines[n:]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def nows(s):
    return re.sub(r'\s', '', s)


def expected_body(raw, e):
    """Independent of edit_lines: the raw segment with exactly the listed edits undone, whitespace removed."""
    seg = segment(raw, e)
    for s in e.get('excise', []):
        assert raw.count(s) == 1, ('excise must occur once', s)
        seg = seg.replace(s, '', 1)
    out = []
    for ln in seg.split('\n'):
        st = ln.strip()
        if st in e.get('drop', []):
            continue
        st = e.get('replace', {}).get(st, st)
        if e.get('unmark'):
            st = HEADING.sub('', st)
        out.append(st)
    return nows(''.join(out))


def main():
    raws = {}
    for ln in open(RAW, encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']] = d['excerpt']
    raws['henanreg'] = open(REG, encoding='utf-8').read()
    assert set(raws) == set(EDITS), set(raws) ^ set(EDITS)
    for key, (dst, n, e) in EDITS.items():
        raw = raws[key]
        if len(raw) != n:
            sys.exit(f'{key}: {len(raw)} chars, expected {n}')
        raw_lines = {ln.strip() for ln in raw.split('\n')}
        for d in e.get('drop', []):
            assert d in raw_lines, (key, 'drop not a raw line', d)
        for a in e.get('replace', {}):
            assert a in raw_lines, (key, 'replace not a raw line', a)
        if 'title' in e:
            assert e['title_from'] in raw, (key, 'title source not in raw copy')
            assert nows(e['title_from']) in nows(e['title']), key
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == expected_body(raw, e), key
        # only chrome is removed: the kept body is never longer than the raw segment
        assert len(nows(body)) <= len(nows(segment(raw, e))), key
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars ({len(nows(txt))} without whitespace), {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
