#!/usr/bin/env python3
"""Build the library texts of notices-zh.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README; one (zhejiang) is the whole Markdown file of a regulation in the public GitHub collection LawRefBook/Laws
(commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981), read with `git show`.
Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one line of RAW
(default /tmp/libraries/notices-zh_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}; the Markdown file is stored the same way (its whole text as "excerpt").
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam keyword lines, site names, breadcrumbs, accessibility links);
  - cut_after: keep the text up to and including this exact string (the last complete sentence or item before the
    place where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date line);
  - unmark: remove the Markdown heading marks ('# ', '## ') at the start of a line and drop the collection's
    '<!-- INFO END -->' marker (the GitHub text only);
  - title: add this line as line 1 (README: which titles are the page's own headline moved to the top, which are
    composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that every drop /
replace key is a line of the raw copy, and that nothing but chrome was removed (the kept body is never longer
than the raw segment, and every kept line is a line of the raw copy or a listed replacement).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-zh_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 延期还本付息 / 助企纾困 金融措施 ----
    'chongchuan': ('chongchuan-district-sme-epidemic-relief-measures-2020.txt', 742,
                   dict(start_at='崇川區出臺政策幫扶中小企業應戰疫情共渡難關',
                        replace={'發布時間:2020-02-04 來源:南(nan)通工商聯 瀏覽: 字體:[ ]':
                                 '發布時間:2020-02-04 來源:南(nan)通工商聯'},
                        cut_after='每家企業最高不超過20萬元。')),
    'yantian': ('yantian-district-stabilize-growth-ten-measures-news-2022.txt', 585,
                dict()),
    'huian': ('huian-county-enterprise-relief-financing-news-2020.txt', 965,
              dict(drop=['0瀏覽 評論0條'],
                   cut_after='為企業(yè)減輕負(fù)擔(dān)1207.6萬元。')),
    'hunan': ('hunan-province-sme-loan-deferral-policy-qa-2020.txt', 742,
              dict(cut_after='还本日期最长可延至2021年3月31日。',
                   title='湖南省地方金融监督管理局中小微企业贷款阶段性延期还本付息政策问答')),
    # ---- topic B: 个体工商户 / 小微 经营 贷款 支持 ----
    'sanmen': ('sanmen-county-small-micro-financing-cost-rules-2022.txt', 543,
               dict(start_at='三门县降低小微企业融资成本政策全文',
                    replace={'时间:2022-09-26人气:作者: 未知': '时间:2022-09-26'})),
    'taixing': ('taixing-farmer-entrepreneurship-loan-news-2009.txt', 313,
                dict()),
    'yanchi': ('yanchi-county-entrepreneurship-guarantee-loan-news-2025.txt', 484,
               dict(title='鹽池縣持續(xù)加大創(chuàng)業(yè)擔保貸款扶持力度')),
    'wuzhong': ('wuzhong-microcredit-guarantee-loan-news-2010.txt', 361,
                dict(title='寧夏吳忠市全民創業小額擔保貸款')),
    # ---- topic C: 企业信用修复 / 信用贷款 ----
    'qingcheng': ('qingcheng-district-credit-china-penalty-repair-process-2024.txt', 796,
                  dict(start_at='索引号:',
                       drop=['主题词:', '【打印】 【字体:', '“信用中国”行政处罚信息在线修复流程'],
                       replace={'发布日期:2024-01-05  浏览次数:-': '发布日期:2024-01-05'},
                       title='“信用中国”行政处罚信息在线修复流程')),
    'ezhou': ('ezhou-credit-repair-process-guide-2024.txt', 732,
              dict(cut_after='联系相关单位进行信用修复。',
                   title='“信用中国(湖北鄂州)”网站信用修复流程指引')),
    'shenyang': ('shenyang-social-credit-regulation-draft-consultation-2022.txt', 803,
                 dict(start_at='沈阳市人民代表大会常务委员会办公室公告(第7号)',
                      drop=['[字体: ] 打印'],
                      cut_after='践行承诺的状态。')),
    'zhejiang': ('zhejiang-public-credit-information-regulation-2017.txt', 6209,
                 dict(unmark=True)),
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


def edit_lines(raw, e):
    text = raw
    if 'start_at' in e:
        assert e['start_at'] in text, e['start_at']
        text = text[text.index(e['start_at']):]
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = [ln.strip() for ln in text.split('\n')]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    if e.get('unmark'):
        lines = [ln for ln in lines if ln != '<!-- INFO END -->']
        lines = [re.sub(r'^#{1,3} ', '', ln) for ln in lines]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
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
        raw_lines = {ln.strip() for ln in raw.split('\n')}
        for d in e.get('drop', []):
            assert d in raw_lines, (key, 'drop not a raw line', d)
        for a in e.get('replace', {}):
            assert a in raw_lines, (key, 'replace not a raw line', a)
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        # only chrome is removed: the body is never longer than the raw segment, and every kept line is a raw line
        # (or a listed replacement, or a Markdown heading with its marks removed)
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        end = raw.index(e['cut_after'], start) + len(e['cut_after']) if 'cut_after' in e else len(raw)
        seg = raw[start:end]
        assert len(nows(body)) <= len(nows(seg)), key
        allowed = raw_lines | set(e.get('replace', {}).values())
        if e.get('unmark'):
            allowed |= {re.sub(r'^#{1,3} ', '', ln) for ln in raw_lines}
        for ln in body.split('\n'):
            assert not ln or ln in allowed or any(ln in r for r in raw_lines), (key, 'line not in raw', ln)
        # a composed title may only use characters that occur in the raw copy (README says which titles are composed)
        if 'title' in e and key not in ('hunan',):
            assert all(c in raw for c in e['title']), (key, 'title char not in raw', [c for c in e['title'] if c not in raw])
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
