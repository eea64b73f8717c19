#!/usr/bin/env python3
"""Build the library texts of notices-k.

Mainland texts: raw copies of the stored page excerpts that the `search` tool (corpus `pages`) returned for
each address, typed character for character into RAW_DIR (default /tmp/nk_raw; not kept in the folder so that
no extra document is ingested). Each raw copy must have the character count recorded below. Only these edits
are made, each listed per file in EDITS (see README, "How the texts were made"):
  - split: replace this separator by a line break (the 湖南 copy runs its paragraphs together, separated by
    three spaces);
  - cut_after: keep the text up to and including this exact string (the last complete sentence before the
    place where the stored copy breaks off);
  - drop_head: remove this many first lines (site chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - title: add this line as line 1 where the stored page has no title line (see README: composed titles);
Every line is stripped of leading and trailing whitespace; runs of blank lines become one blank line.
The script asserts that every kept line (apart from an added title) is a line of the raw copy with only the
edits above; only the last kept line may end at the cut.

Taiwan text: kong0107/mojLawSplitJSON JSON read from the local bare mirror with git (MOJ_GIT).
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/nk_raw')
MOJ = os.environ.get('MOJ_GIT', '/work/.mirror/kong0107+mojLawSplitJSON/repo')
MOJ_COMMIT = '0d26e6c7c759821bbb6465162ffe149af5aed203'

# raw file -> (output file, raw length in characters, edits)
EDITS = {
    'donghai.txt': ('donghai-county-emergency-loan-turnover-fund-forwarding-notice-2023.txt', 625,
                    dict(drop=['当前位置:首页> 正文', '信息来源:系统管理员', '【字体:', '打印本页'])),
    'changshou.txt': ('changshou-district-loan-turnover-emergency-fund-interpretation-2023.txt', 719,
                      dict(cut_after='辖区银行自愿与相关部门签订合作协议。')),
    'fuling.txt': ('fuling-district-listing-support-proposal-reply.txt', 583,
                   dict(cut_after='额外的100万元扶持资金。')),
    'wuhu.txt': ('wuhu-specialized-board-listing-reward-notice-2019.txt', 765,
                 dict(cut_after='由县区兑付至企业。',
                      title='关于开展2019年度专精特新板挂牌企业奖补资金兑付工作的通知')),
    'lasa.txt': ('lasa-finance-support-small-micro-enterprises-opinions-2016.txt', 711,
                 dict(drop_head=1, cut_after='将难以完成支持小微企业的任务。')),
    'hukou.txt': ('hukou-county-listing-yingshanhong-action-plan.txt', 715,
                  dict(cut_after='五年内确保有一家企业在主板上市。',
                       title='湖口县企业上市“映山红行动”攻坚方案')),
    'jinan.txt': ('jinan-guarantee-fee-reduction-award-publicity-2020.txt', 790,
                  dict(drop=['访问:', '字号: 默认 超大', '公示(1).pdf', '分享:', '【打印此页】 【关闭窗口】'])),
    'liaocheng.txt': ('liaocheng-guarantee-fee-subsidy-measures-2023.txt', 757,
                      dict(drop=['[可行性研究报告 - 政策法规] 发表于:2026-03-05 19:33:35', '收藏', '详情'],
                           cut_after='结合我市实际,制定本办法。')),
    'hunan.txt': ('hunan-finance-support-county-economy-opinions.txt', 705,
                  dict(split='   ', cut_after='三年内逐步提高。',
                       title='湖南省关于金融支持县域经济发展的意见')),
}
TAIWAN = {'FalVMingLing/J0140002.json': 'taiwan-sme-development-fund-measures-2022.txt'}


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


def prep(raw, e):
    return raw.replace(e['split'], '\n') if 'split' in e else raw


def mainland(raw, e):
    text = prep(raw, e)
    if 'cut_after' in e:
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = text.split('\n')
    if e.get('drop_head'):
        lines = lines[e['drop_head']:]
    lines = [ln.strip() for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
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
        raw_lines = {ln.strip() for ln in prep(raw, e).split('\n')}
        body = txt.split('\n')[2:] if 'title' in e else txt.split('\n')
        for k, ln in enumerate(body):
            if ln and ln not in raw_lines:
                assert 'cut_after' in e and ln.endswith(e['cut_after']) and k == len(body) - 2, (src, ln)
        for d in e.get('drop', []):
            assert d in raw_lines, (src, d)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars')
    for path, dst in TAIWAN.items():
        d = json.loads(subprocess.check_output(['git', '-C', MOJ, 'show', f'{MOJ_COMMIT}:{path}']))
        txt = taiwan(d)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars')


if __name__ == '__main__':
    main()
