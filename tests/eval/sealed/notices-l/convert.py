#!/usr/bin/env python3
"""Build the library texts of notices-l.

All ten texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was copied from the tool's JSON output, with its escapes, into one line of
RAW (default /tmp/nl_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}. Each excerpt must have the character count recorded below.
Only these edits are made, each listed per file in EDITS (see README, "How the texts were made"):
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - cut_after: keep the text up to and including this exact string (the last complete sentence before the
    place where the stored copy breaks off);
  - title: add this line as line 1 where the stored page has no title line (README: composed titles).
Every line is stripped of leading and trailing whitespace; runs of blank lines become one blank line.
The script asserts that every kept line (apart from an added title) is a line of the raw copy; only the
last kept line may end at the cut.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/nl_raw/raw.jsonl')

# key -> (output file, excerpt length in characters, edits)
EDITS = {
    'chancheng': ('chancheng-district-credit-risk-compensation-fund-measures-2023.txt', 734,
                  dict(cut_after='具有独立法人资格的企业。')),
    'nanhai': ('nanhai-district-sme-financing-risk-compensation-fund-measures.txt', 695,
               dict(cut_after='5名相关负责人兼任。',
                    title='佛山市南海区中小企业融资风险补偿专项资金管理办法')),
    'binjiang': ('hangzhou-binjiang-hightech-zone-tech-sme-financing-opinions-2024.txt', 766,
                 dict(drop=['客户服务热线:', '0571-56774949', '新闻资讯分类', 'MAIN BUSINESS', '新闻资讯',
                            '您的位置:首页 -> 新闻资讯', '日期:2024/5/24 9:02:03    阅读:'],
                      cut_after='退出或分红后给予专项奖励。')),
    'changshan': ('changshan-county-small-micro-loan-risk-pool-measures-draft-2025.txt', 738,
                  dict(drop=['访问次数:', '字体大小:大 中 小'],
                       cut_after='为市场主体注入资金活水。',
                       title='常山县小微企业贷款风险补偿资金池管理办法(公开征求意见稿)')),
    'longyou': ('longyou-county-phoenix-action-listing-plan-2021-2025.txt', 772,
                dict(cut_after='实现县域经济转型升级、高质量发展。')),
    'cangzhou': ('cangzhou-enterprise-listing-action-plan-2023.txt', 739,
                 dict(cut_after='完善市级上市后备企业资源库入库标准。')),
    'jingan': ('jingan-district-guarantee-loan-interest-fee-subsidy-measures-2019.txt', 709,
               dict(drop=['字号:'])),
    'yunnan': ('yunnan-guarantee-system-fund-measures-interpretation-2025.txt', 711,
               dict(cut_after='第二章“支持方向和补助标准”,共5条。',
                    title='《云南省政府性融资担保体系建设专项资金管理办法》解读')),
    'luzhou': ('luzhou-emergency-loan-turnover-fund-measures-2025.txt', 712,
               dict(cut_after='的原则有偿使用。',
                    title='泸州市产业发展应急转贷资金管理办法')),
    'macau': ('macau-youth-entrepreneurship-aid-scheme.txt', 736,
              dict(cut_after='* 已更改 - 請查閱:第22/2024號行政法規',
                   title='青年創業援助計劃')),
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
    return '\n'.join(out) + '\n'


def build(raw, e):
    text = raw
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = [ln.strip() for ln in text.split('\n')]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return squeeze(lines)


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
        txt = build(raw, e)
        raw_lines = {ln.strip() for ln in raw.split('\n')}
        body = txt.rstrip('\n').split('\n')
        if 'title' in e:
            body = body[2:]
        for k, ln in enumerate(body):
            if ln and ln not in raw_lines:
                assert 'cut_after' in e and ln.endswith(e['cut_after']) and k == len(body) - 1, (key, ln)
        for d in e.get('drop', []):
            assert d in raw_lines, (key, d)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars')


if __name__ == '__main__':
    main()
