#!/usr/bin/env python3
"""Build the library texts of notices-g.

Mainland texts: raw copies of the stored page excerpts returned by the `search` tool (corpus `pages`),
typed character for character into RAW_DIR (default /tmp/ng_raw; not kept in the folder so that no extra
document is ingested). Each raw copy must have the character count recorded below. Only these edits are made,
each listed per file in EDITS:
  - drop_head / drop_tail: remove site chrome lines before / after the document (greeting bars, spam
    keyword banners, "扫一扫" footers, page tabs) and, for a page whose stored copy stops in the middle of a
    sentence, the unfinished last fragment (see `cut_after`);
  - cut_after: keep the text up to and including this exact string (the last complete sentence);
  - drop_lines: remove lines that are page tabs;
  - title: a first line added where the stored page has no title line of its own (composed; see README).
Trailing whitespace is removed; lines holding only whitespace become blank; runs of blank lines become one.
The script asserts that every kept line is a line of the raw copy (apart from whitespace and the added title).

Taiwan text: kong0107/mojLawSplitJSON JSON read from the local bare mirror with git (MOJ_GIT).
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/ng_raw')
MOJ = os.environ.get('MOJ_GIT', '/work/.mirror/kong0107+mojLawSplitJSON/repo')
MOJ_COMMIT = '0d26e6c7c759821bbb6465162ffe149af5aed203'

# raw file -> (output file, raw length in characters, edits)
EDITS = {
    'changchun.txt': ('changchun-tech-finance-loan-interest-subsidy-supplementary-notice-2016.txt', 569,
                      dict(drop_head=2)),
    'xinmi.txt': ('xinmi-zhongyuan-equity-exchange-listing-reward-opinions.txt', 702,
                  dict(drop_tail=3, title='新密市人民政府关于鼓励企业进入中原股权交易中心挂牌的奖励意见')),
    'xinxiang.txt': ('xinxiang-hitech-zone-listing-reward-measures-2017.txt', 753,
                     dict(cut_after='按程序办理拨付手续。')),
    'suizhou.txt': ('suizhou-tech-innovation-loan-interest-subsidy-interpretation-2025.txt', 440,
                    dict(drop_tail=1, title='《关于财政金融联动支持经济高质量发展若干措施》市级财政贴息政策解读')),
    'donghu.txt': ('donghu-hitech-zone-listing-reward-publicity-2020.txt', 484,
                   dict(title='東湖高新區管委會地方金融工作局上市、再融資、新三板掛牌企業獎勵公示')),
    'yichang.txt': ('yichang-tech-innovation-loan-subsidy-application-notice-2020.txt', 804,
                    dict(drop_head=1, cut_after='法人代表身份證復印件;')),
    'luan.txt': ('luan-government-financing-guarantee-measures-draft-consultation-2025.txt', 842,
                 dict(drop_lines=['  • 征集公告', '  • 征集渠道', '  • 网络渠道意见及采纳情况'],
                      cut_after='联系人:金融发展科汪玲。')),
    'hebei.txt': ('hebei-sme-financing-measures-2018.txt', 706,
                  dict(cut_after='标准给予直接奖励。', title='河北省支持中小企业融资若干措施')),
    'heilongjiang.txt': ('heilongjiang-entrepreneurship-employment-measures-2026.txt', 710,
                         dict(cut_after='小微企业最高贷款额度由400万元提高至600万元。',
                              title='黑龙江省进一步鼓励支持创业带动就业若干政策措施')),
}
TAIWAN = {'FalVMingLing/K0110045.json': 'taiwan-hualien-earthquake-lodging-financing-assistance-2018.txt'}


def squeeze(lines):
    out, blank = [], False
    for ln in lines:
        ln = ln.rstrip()
        if not ln.strip():
            if out and not blank:
                out.append('')
            blank = True
            continue
        out.append(ln)
        blank = False
    while out and not out[-1]:
        out.pop()
    return '\n'.join(out) + '\n'


def mainland(raw, e):
    text = raw
    if 'cut_after' in e:
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = text.split('\n')
    if e.get('drop_head'):
        lines = lines[e['drop_head']:]
    if e.get('drop_tail'):
        while lines and not lines[-1].strip():
            lines.pop()
        lines = lines[:-e['drop_tail']]
    lines = [ln for ln in lines if ln not in e.get('drop_lines', [])]
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return squeeze(lines)


def taiwan(d):
    out = [d['法規名稱'], '', '法規類別：' + d['法規類別'], '最新異動日期：' + d['最新異動日期'], '沿革：']
    out += d['沿革內容'].replace('\r\n', '\n').split('\n')
    for a in d['法規內容']:
        out.append('')
        if '編章節' in a:
            out.append(a['編章節'])
        else:
            out.append(a['條號'])
            out += a['條文內容'].replace('\r\n', '\n').split('\n')
    return squeeze(out)


def main():
    for src, (dst, n, e) in EDITS.items():
        raw = open(os.path.join(RAW_DIR, src), encoding='utf-8').read()
        if len(raw) != n:
            sys.exit(f'{src}: {len(raw)} chars, expected {n}')
        txt = mainland(raw, e)
        raw_lines = {ln.strip() for ln in raw.split('\n')}
        body = txt.split('\n')[2:] if 'title' in e else txt.split('\n')
        for ln in body:
            if ln.strip() and ln.strip() not in raw_lines:
                # only the last kept line may be a prefix of a raw line (cut_after)
                assert 'cut_after' in e and ln.strip().endswith(e['cut_after']), (src, ln)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars')
    for path, dst in TAIWAN.items():
        d = json.loads(subprocess.check_output(['git', '-C', MOJ, 'show', f'{MOJ_COMMIT}:{path}']))
        txt = taiwan(d)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars')


if __name__ == '__main__':
    main()
