#!/usr/bin/env python3
"""Build the library texts of notices-ze.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was pasted, as the JSON string literal the tool returned, into json.loads and written as
one line of RAW (default /tmp/libraries/notices-ze_raw/raw.jsonl; kept out of the folder so that no extra
document is ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected HTML tags and spam keyword lines of a mirror site, breadcrumbs, accessibility links);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    line before the place where the stored copy breaks off, or before trailing page chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove page chrome - a visit counter, a font-size
    switch - from a date line); the new line must be the old one with characters removed only;
  - title: add this line as line 1. title_kind says what it is: 'composed' (the page has no headline naming the
    place; the line is built from the text's own headline or the name it quotes, plus the place or issuer the
    page names elsewhere) or 'repeat' (the page's own headline, broken over raw lines title_from, joined).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed; that every drop /
replace key is a line of the raw copy; that a replacement only deletes characters; that a 'repeat' title is the
joined raw lines; and that the kept body is never longer than the raw segment.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-ze_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 人才贷 (talent loans: risk compensation, credit lines, interest subsidy) ----
    'zaozhuang': ('zaozhuang-talent-loan-risk-compensation-fund-measures-2025.txt', 710,
                  dict(cut_after='制定本管理办法。')),
    'jinhua': ('jinhua-talent-finance-twelve-measures-draft-consultation-2023.txt', 727,
               dict(replace={'发布日期:2023-09-25 18:50   访问次数:        信息来源:市金融办':
                             '发布日期:2023-09-25 18:50 信息来源:市金融办'},
                    cut_after='供应链融资等金融业务。',
                    title='金华市关于征求《金融支持人才发展十二条举措(征求意见稿)》意见的公告',
                    title_kind='composed')),
    'hubei': ('hubei-sci-tech-talent-loan-plan-interpretation-2024.txt', 704,
              dict(cut_after='原則上不包括不動產、準貨幣等資產抵押的貸款。')),
    'tongzhou': ('tongzhou-district-talent-entrepreneurship-opinions-report-2019.txt', 504,
                 dict(title='南通市通州区出台《关于促进人才创新创业发展的若干意见》', title_kind='composed')),
    # ---- topic B: 普惠金融发展专项资金 (inclusive-finance special fund) ----
    'mof': ('mof-inclusive-finance-special-fund-measures-2023.txt', 887,
            dict(cut_after='農(nóng)村金融機(jī)構(gòu)定向費用補貼等工作。',
                 title='財政部關(guān)于印發(fā)《普惠金融發(fā)展專項資金管理辦法》的通知', title_kind='composed')),
    'yueyang': ('yueyang-inclusive-finance-special-fund-allocation-notice-2019.txt', 480,
                dict(title='岳阳市财政局关于下达2019年普惠金融发展专项资金的通知', title_kind='composed')),
    'hanyin': ('hanyin-county-inclusive-finance-special-fund-allocation-notice-2022.txt', 822,
               dict()),
    'minle': ('minle-county-inclusive-finance-special-fund-performance-self-evaluation-2024.txt', 846,
              dict(start_at='2024年普惠金融发展专项资金预算执行情况绩效自评报告',
                   cut_after='执行率65%。实施情况如下:',
                   title='民乐县2024年普惠金融发展专项资金预算执行情况绩效自评报告', title_kind='composed')),
    # ---- topic C: 乡村振兴 / 农户小额信贷 贴息 (rural microcredit and its interest subsidy) ----
    'liandu': ('liandu-district-low-income-farmer-microcredit-interest-subsidy-publicity-2023.txt', 635,
               dict(start_at='关于拟发放2022年度莲都区低收入农户小额信贷贴息资金的公示',
                    cut_after='2023年8月13日')),
    'xiping': ('xiping-county-poverty-microcredit-interest-subsidy-plan-publicity-2024.txt', 686,
               dict(title='《关于2024年西平县脱贫人口小额信贷贴息项目投资计划的批复》公示公告',
                    title_kind='composed')),
    'pengshui': ('pengshui-county-poverty-microcredit-interest-subsidy-plan-notice-2024.txt', 473,
                 dict(cut_after='彭水苗族土家族自治县农业农村委员会办公室2024年12月23日印发',
                      title='彭水苗族土家族自治县农业农村委员会彭水苗族土家族自治县财政局关于下达2025年脱贫人口小额信贷贴息项目计划的通知',
                      title_kind='repeat', title_from=[1, 2, 3, 4])),
    'qingyang': ('qingyang-county-poverty-microcredit-policy-explainer-2024.txt', 1086,
                 dict(start_at='索引號:',
                      replace={'發(fā)布時(shí)間:2024-07-10 09:29 來源:青陽縣農(nóng)業(yè)農(nóng)村局 字號:[默認(rèn) 超大]':
                               '發(fā)布時(shí)間:2024-07-10 09:29 來源:青陽縣農(nóng)業(yè)農(nóng)村局'},
                      cut_after='2024年、2025年產(chǎn)生的利息給予70%貼息。',
                      title='青陽縣脫貧人口小額信貸政策宣傳', title_kind='composed')),
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


def segment(raw, e):
    text = raw
    if 'start_at' in e:
        assert text.count(e['start_at']) == 1, e['start_at']
        text = text[text.index(e['start_at']):]
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    return text


def edit_lines(raw, e):
    lines = [ln.strip() for ln in segment(raw, e).split('\n')]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def nows(s):
    return re.sub(r'\s', '', s)


def is_deletion(old, new):
    """True if new is old with some characters removed (a subsequence, same order)."""
    it = iter(old)
    return all(c in it for c in new)


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
        for d in e.get('drop', []):
            assert d in raw_lines, (key, 'drop not a raw line', d)
        for a, b in e.get('replace', {}).items():
            assert a in raw_lines, (key, 'replace not a raw line', a)
            assert is_deletion(a, b) and len(b) < len(a), (key, 'replacement adds text', a, b)
        if 'title' in e:
            assert e.get('title_kind') in ('composed', 'repeat'), key
            if e['title_kind'] == 'repeat':
                assert e['title'] == ''.join(raw_lines[i] for i in e['title_from']), (key, 'repeat title')
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        # the kept body is never longer than the raw copy from start_at to the cut (only chrome is removed)
        assert len(nows(body)) <= len(nows(segment(raw, e))), key
        # the kept body occurs in the raw segment once whitespace is removed and the replaced lines restored
        seg = nows(segment(raw, e))
        restored = nows(body)
        for a, b in e.get('replace', {}).items():
            restored = restored.replace(nows(b), nows(a))
        if not e.get('drop'):
            assert restored == seg, (key, 'kept text differs from the raw segment')
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars ({len(nows(txt))} without whitespace), {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
