#!/usr/bin/env python3
"""Build the library texts of notices-x.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was pasted, as the JSON string the tool returned, into a Python file and written as one
line of RAW (default /tmp/libraries/notices-x_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam keyword lines of mirror sites, breadcrumbs, accessibility links);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    line before the place where the stored copy breaks off, or before trailing chrome: editor credits,
    copyright notes, link lines);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - drop_repeat: remove every occurrence of these lines except the first (a headline the page repeats inside
    the body);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date line);
  - title: add this line as line 1 (README: which titles are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed; that every drop /
replace / drop_repeat key is a line of the raw copy; and that no character of the kept text is absent from the
raw copy (nothing rewritten, nothing converted between scripts).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-x_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 政府采购合同融资 (政采贷) ----
    'haizhou': ('haizhou-district-zhengcaidai-procurement-contract-loan-news-2021.txt', 449,
                dict(cut_after='切实提升中小微企业的竞争力和发展能力。')),
    'zixing': ('zixing-procurement-contract-loan-first-loan-news.txt', 545,
               dict(cut_after='來源:資興市融媒體中心',
                    title='資興市第一筆政府采購合同融資貸款')),
    'zhuxi': ('zhuxi-county-zhengcaidai-online-financing-launch-news.txt', 515,
              dict(cut_after='整个手续只花了2天。(赵毅 熊专)',
                   title='竹溪县财政局“政采贷”线上融资业务启动')),
    'jiyuan': ('jiyuan-zone-procurement-contract-financing-report-2024.txt', 732,
               dict(start_at='济源:政府采购合同融资助力中小微企业纾困解难',
                    replace={'字体[ ] 日 期:2024-09-14 来 源:济源财政   作者:【视力保护色:          】':
                             '日 期:2024-09-14 来 源:济源财政'},
                    cut_after='利率优惠等方面将给予更多支持。')),
    # ---- topic B: 小额贷款公司 / 融资担保公司 / 典当行 监督管理 ----
    'yunnan': ('yunnan-financing-guarantee-supervision-rules-draft-consultation-2020.txt', 792,
               dict(cut_after='2020年1月19日')),
    'hunan': ('hunan-microcredit-classified-rating-measures-2022.txt', 731,
              dict(cut_after='具体承担对辖区内小额贷款公司的分类监管评级工作。',
                   title='湖南省地方金融监督管理局关于印发<湖南省小额贷款公司分类监管评级办法>的通知')),
    'henan': ('henan-microcredit-daily-supervision-measures.txt', 726,
              dict(drop=['2024-11-23 版权声明 我要投稿', '河南省小额贷款公司日常监督管理办法(精选5篇)',
                         '河南省小额贷款公司日常监督管理办法 篇1'],
                   cut_after='(三)鼓励组建注册资本3亿元以上的小额贷款公司。')),
    'linyi': ('linyi-pawnshop-supervision-rules.txt', 725,
              dict(drop=['基本介紹', '- 中文名:臨沂市典當監督管理實施細則', '- 目的:規範我市典當行經營',
                         '- 地點:臨沂市', '- 性質:典當監督管理實施細則'],
                   cut_after='每個股東的最高出資額不高於註冊資本的30%;',
                   title='臨沂市典當監督管理實施細則')),
    # ---- topic C: 绿色金融 / 碳减排 贴息、奖补 ----
    'huadu': ('huadu-district-green-finance-industry-support-measures-2019.txt', 723,
              dict(cut_after='每家企业每年最高给予10万元补贴。')),
    'lanzhou': ('lanzhou-new-area-green-finance-reward-policy-2020.txt', 926,
                dict(start_at='蘭州新區(qū)綠色金融發(fā)展獎勵政策(試行)',
                     drop=['字號:[][][]'],
                     cut_after='一次性給予獎勵資金50萬元。')),
    'shandong': ('shandong-green-fiscal-finance-support-system-news.txt', 758,
                 dict(start_at='山东省财政完善绿色财政金融支持体系助力高质量发展',
                      drop=['为更好发挥财政政策对绿色金融的引导和推动作用,省财政进一步完善绿色财政金融支持体系,构建财政金融联动...…'],
                      drop_repeat=['山东省财政完善绿色财政金融支持体系助力高质量发展'],
                      cut_after='信息来源:山东财政')),
    'jiangsu': ('jiangsu-huanbaodai-green-loan-product-news-2018.txt', 728,
                dict(start_at='江蘇率先出臺“環保貸”助力綠色產業',
                     replace={'日期:2018-06-27     來源:鳳凰網江蘇綜合    瀏覽:4775    評論:0':
                              '日期:2018-06-27 來源:鳳凰網江蘇綜合'},
                     cut_after='具有完備的綠色信貸體系。')),
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
    seen, kept = set(), []
    for ln in lines:
        if ln in e.get('drop_repeat', []):
            if ln in seen:
                continue
            seen.add(ln)
        kept.append(ln)
    return kept


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
        for d in e.get('drop', []) + e.get('drop_repeat', []):
            assert d in raw_lines, (key, 'drop not a raw line', d)
        for a in e.get('replace', {}):
            assert a in raw_lines, (key, 'replace not a raw line', a)
        for d in e.get('drop_repeat', []):
            assert raw.count(d) >= 2, (key, 'drop_repeat line occurs once', d)
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
            # a composed title uses only characters of the raw copy (no script conversion)
            assert set(nows(e['title'])) - set(raw) <= set('<>'), (key, set(nows(e['title'])) - set(raw))
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        assert set(body) <= set(raw) | {'\n'}, (key, set(body) - set(raw))
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        seg = raw[start:raw.index(e['cut_after']) + len(e['cut_after'])]
        assert len(nows(body)) <= len(nows(seg)), key
        assert nows(body) in nows(seg) or 'drop' in e or 'replace' in e or 'drop_repeat' in e, key
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
