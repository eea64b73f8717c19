#!/usr/bin/env python3
"""Build the library texts of notices-i.

Mainland texts: raw copies of the stored page excerpts that the `search` tool (corpus `pages`) returned for
each address, typed character for character into RAW_DIR (default /tmp/ni_raw; not kept in the folder so that
no extra document is ingested). Each raw copy must have the character count recorded below. Only these edits
are made, each listed per file in EDITS (see README, "How the texts were made"):
  - cut_after: keep the text up to and including this exact string (the last complete sentence before the
    place where the stored copy breaks off);
  - drop_head: remove this many first lines (site chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: "听全文", "分享到",
    "扫一扫在手机上查看当前页面", the 上海 "信息来源 … [打印本页] [纠错]" bar);
  - replace: replace a whole line by another (only: the status tag "(有效)" in front of the 泰顺 title);
  - join_head: join the first N lines into one (the 上海 title is broken over two lines on the page);
  - to_top: move the first line equal to this string to line 1 (the 广州 and 泰顺 pages put a metadata
    table before the title);
  - title: add this line as line 1 where the stored page has no title line (see README: 海口 and 钦州 use the
    document's own heading, 句容's is composed);
  - a leading list bullet "• " is removed (markup of the metadata tables of 广州 and 泰顺).
Every line is stripped of leading and trailing whitespace; runs of blank lines become one blank line.
The script asserts that every kept line (apart from an added title) is a line of the raw copy with only the
edits above.

Taiwan text: kong0107/mojLawSplitJSON JSON read from the local bare mirror with git (MOJ_GIT).
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/ni_raw')
MOJ = os.environ.get('MOJ_GIT', '/work/.mirror/kong0107+mojLawSplitJSON/repo')
MOJ_COMMIT = '0d26e6c7c759821bbb6465162ffe149af5aed203'

# raw file -> (output file, raw length in characters, edits)
EDITS = {
    'guangdong.txt': ('guangdong-microcredit-company-development-opinions-2016.txt', 726,
                      dict(cut_after='以本规定为准。')),
    'guangzhou.txt': ('guangzhou-ip-pledge-financing-risk-compensation-fund-measures-2020.txt', 786,
                      dict(drop=['听全文', '分享到', '-'], cut_after='分担知识产权信贷风险。',
                           to_top='广州市知识产权局关于印发广州市知识产权质押融资风险补偿基金管理办法的通知')),
    'haikou.txt': ('haikou-ip-pledge-financing-risk-compensation-measures-2023.txt', 715,
                   dict(cut_after='提供知识产权质押融资贷款风险补偿。',
                        title='海口市知识产权质押融资风险补偿资金管理办法')),
    'taishun.txt': ('taishun-emergency-loan-turnover-fund-measures-2025.txt', 800,
                    dict(cut_after='确保转贷资金安全封闭运作。',
                         replace={'(有效)泰顺县人民政府办公室关于印发《泰顺县企业应急转贷专项资金管理办法》的通知':
                                  '泰顺县人民政府办公室关于印发《泰顺县企业应急转贷专项资金管理办法》的通知'},
                         to_top='泰顺县人民政府办公室关于印发《泰顺县企业应急转贷专项资金管理办法》的通知')),
    'shanghai.txt': ('shanghai-financial-leasing-supervision-measures-draft-consultation-2021.txt', 793,
                     dict(join_head=2, cut_after='(不含金融租赁公司)。',
                          drop=['信息来源:上海市地方金融监督管理局       发布时间:2021-02-01        [打印本页] [纠错]'])),
    'quanzhou_scf.txt': ('quanzhou-supply-chain-finance-work-plan-2023.txt', 785,
                         dict(cut_after='打造若干细分产业方向的供应链金融服务标杆平台。')),
    'jurong.txt': ('jurong-manufacturing-loan-interest-subsidy-project-notice-2024.txt', 649,
                   dict(title='句容市工业和信息化局关于做好省制造业贷款财政贴息项目入库工作的通知')),
    'quanzhou_faq.txt': ('quanzhou-guarantee-company-subsidy-faq-2018.txt', 311,
                         dict(drop=['扫一扫在手机上查看当前页面'])),
    'qinzhou.txt': ('qinzhou-sme-emergency-turnover-fund-draft-consultation-2025.txt', 747,
                    dict(drop_head=3, cut_after='确保应急周转资金的规范、安全高效使用。',
                         title='钦州市小微企业应急周转资金暂行管理办法(征求意见稿)')),
}
TAIWAN = {'FalVMingLing/J0140018.json': 'taiwan-moea-covid-relief-revitalization-measures-2022.txt'}


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


def unbullet(ln):
    return re.sub(r'^•\s*', '', ln.strip())


def mainland(raw, e):
    text = raw
    if 'cut_after' in e:
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = text.split('\n')
    if e.get('drop_head'):
        lines = lines[e['drop_head']:]
    if e.get('join_head'):
        n = e['join_head']
        lines = [''.join(ln.strip() for ln in lines[:n])] + lines[n:]
    lines = [unbullet(ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    rep = e.get('replace', {})
    lines = [rep.get(ln, ln) for ln in lines]
    if 'to_top' in e:
        i = lines.index(e['to_top'])
        lines = [lines[i], ''] + lines[:i] + lines[i + 1:]
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
    # keep the hard wraps of 沿革 but drop their indentation, as squeeze() strips every line
    return squeeze(out)


def main():
    for src, (dst, n, e) in EDITS.items():
        raw = open(os.path.join(RAW_DIR, src), encoding='utf-8').read()
        if len(raw) != n:
            sys.exit(f'{src}: {len(raw)} chars, expected {n}')
        txt = mainland(raw, e)
        raw_lines = {unbullet(ln) for ln in raw.split('\n')}
        if e.get('join_head'):
            raw_lines.add(''.join(ln.strip() for ln in raw.split('\n')[:e['join_head']]))
        raw_lines |= set(e.get('replace', {}).values())
        body = txt.split('\n')[2:] if 'title' in e else txt.split('\n')
        for ln in body:
            if ln and ln not in raw_lines:
                # only the last kept line may be a prefix of a raw line (cut_after)
                assert 'cut_after' in e and ln.endswith(e['cut_after']), (src, ln)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars')
    for path, dst in TAIWAN.items():
        d = json.loads(subprocess.check_output(['git', '-C', MOJ, 'show', f'{MOJ_COMMIT}:{path}']))
        txt = taiwan(d)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars')


if __name__ == '__main__':
    main()
