#!/usr/bin/env python3
"""Build the library texts of notices-m.

Nine texts are raw copies of the stored page excerpt that the `search` tool (corpus `pages`) returned for their
address; one (新疆) is the file `read_file` returned from the GitHub repository whthomas/china-laws. Each raw copy
was written into RAW_DIR (default /tmp/nm_raw; not kept in the folder so that no extra document is ingested) by
pasting the JSON string the tool returned into json.loads, so it is character for character what the tool gave.
Each raw copy must have the character count recorded below. Only these edits are made, per file (see README,
"How the texts were made"):
  - frontmatter: drop the YAML front matter (between the first two '---' lines) and turn the Markdown heading
    '# title' into the title line (新疆 only);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, list item or
    clause before the place where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: hotline banner, breadcrumb,
    font-size switch, site name);
  - drop_qmarks: remove lines made only of '?' (encoding debris of non-breaking spaces on the 蔡甸 repost);
  - replace: replace a whole line by another (only: the 蔡甸 signature line loses its leading '??' debris);
  - to_top: move the first line equal to this string to line 1 (the page's own title line);
  - title: add this line as line 1 where the stored page has no title line (the body heading, or a composed
    title: see README).
Every line is stripped of leading and trailing whitespace; runs of blank lines become one blank line.
The script asserts that every kept line (apart from an added title) is a line of the raw copy with only the
edits above, and that each cut_after string occurs once.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/nm_raw')

EDITS = {
    'shunyi.txt': ('shunyi-district-industrial-finance-support-measures-2025.txt', 790,
                   dict(title='顺义区关于促进产业金融高质量发展的支持办法',
                        cut_after='给予资金支持5000万元。')),
    'chaoyang.txt': ('chaoyang-district-first-loan-subsidy-application-notice-2022.txt', 744,
                     dict(cut_after='附件: 《北京市中小微企业首次贷款贴息及担保费用补助实施细则》附件')),
    'miyun.txt': ('miyun-district-first-loan-subsidy-handling-guide.txt', 784,
                  dict(title='密云区中小微企业首次贷款贴息及担保费用补助办理指南',
                       cut_after='加盖公章后报送至市经济和信息化局;')),
    'zzgx.txt': ('zhengzhou-hitech-zone-listing-reward-application-notice-2020.txt', 732,
                 dict(drop=['郑州政务服务网', '你所在的位置: 首页 新闻中心 通知公告 正文'],
                      to_top='关于组织申报2019年郑州市企业上市挂牌融资奖补资金的通知',
                      cut_after='辅导验收单、受理通知、近三年纳税情况以及需要提供的其他资料。')),
    'zzjd.txt': ('zhengzhou-listing-reward-fund-measures-interpretation.txt', 715,
                 dict(title='《郑州市企业上市挂牌“千企展翼”三年倍增行动计划奖补资金管理办法》政策解读',
                      cut_after='过会的企业,分阶段给予奖励。')),
    'suchengqu.txt': ('sucheng-district-listing-support-opinions-draft-2022.txt', 753,
                      dict(drop=['客服热线:0755-8882 8155'],
                           to_top='关于进一步鼓励支持企业挂牌上市的实施意见(征求意见稿)',
                           cut_after='区政府分阶段给予每户企业不超过500万元奖补。')),
    'taizhou.txt': ('taizhou-listing-support-measures-2023.txt', 722,
                    dict(title='泰州市支持企业上市的若干政策措施',
                         cut_after='消防救援支队按职责分工负责)')),
    'harbin.txt': ('harbin-finance-industry-development-policies-2021.txt', 726,
                   dict(drop=['字號: 大 中 小'],
                        cut_after='獲獎融資擔保等其他機構每家獎勵30萬元。')),
    'caidian.txt': ('caidian-district-tech-renovation-loan-interest-subsidy-publicity-2024.txt', 497,
                    dict(title='蔡甸區省新增重點領域技術改造貸款貼息資金(第一批)分配情況公示',
                         drop_qmarks=True,
                         replace={'??蔡甸區科學技術和經濟信息化局': '蔡甸區科學技術和經濟信息化局'})),
    'xinjiang.txt': ('xinjiang-sme-promotion-law-implementing-measures-2022.txt', 7544,
                     dict(frontmatter=True)),
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
    if e.get('frontmatter'):
        assert text.startswith('---\n')
        end = text.index('\n---\n', 4)
        text = text[end + 5:]
        lines = text.split('\n')
        i = next(k for k, ln in enumerate(lines) if ln.startswith('# '))
        lines[i] = lines[i][2:]
        text = '\n'.join(lines)
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = [ln.strip() for ln in text.split('\n')]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    if e.get('drop_qmarks'):
        lines = [ln for ln in lines if not (ln and set(ln) <= {'?'})]
    rep = e.get('replace', {})
    lines = [rep.get(ln, ln) for ln in lines]
    if 'to_top' in e:
        i = lines.index(e['to_top'])
        lines = [lines[i], ''] + lines[:i] + lines[i + 1:]
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return squeeze(lines)


def main():
    for src, (dst, n, e) in EDITS.items():
        raw = open(os.path.join(RAW_DIR, src), encoding='utf-8').read()
        if len(raw) != n:
            sys.exit(f'{src}: {len(raw)} chars, expected {n}')
        txt = build(raw, e)
        raw_lines = {ln.strip() for ln in raw.split('\n')} | set(e.get('replace', {}).values())
        if e.get('frontmatter'):
            raw_lines |= {ln.strip()[2:] for ln in raw.split('\n') if ln.startswith('# ')}
        body = txt.split('\n')[2:] if 'title' in e else txt.split('\n')
        for ln in body:
            if ln and ln not in raw_lines:
                assert 'cut_after' in e and ln.endswith(e['cut_after']), (src, ln)
        for d in e.get('drop', []):
            assert d in raw_lines, (src, d)
        for k in e.get('replace', {}):
            assert k in raw_lines, (src, k)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {len(txt.splitlines())} lines')


if __name__ == '__main__':
    main()
