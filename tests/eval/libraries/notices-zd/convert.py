#!/usr/bin/env python3
"""Build the library texts of notices-zd.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README; one (焦作) is a whole file of the GitHub collection LawRefBook/Laws (DLC/, commit 2f4c5c23). Each excerpt
was pasted, as the JSON string the tool returned, into json.loads; the GitHub file was taken with `git show` from
the fetched snapshot. Both were written as one line each of RAW (default /tmp/libraries/notices-zd_raw/raw.jsonl;
kept out of the folder so that no extra document is ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam keyword lines of mirror sites, breadcrumbs, site name, host name);
  - cut_after: keep the text up to and including this exact string, which must occur once (the last complete
    sentence, clause or heading before the place where the stored copy breaks off or turns into page debris);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: empty metadata fields,
    font-size and share buttons, word counts, the collection's <!-- INFO END --> marker);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date / source line);
  - join_head: join the first n lines into one line (a headline the page breaks over several lines);
  - unmark: remove the markdown heading marks ('# ', '## ', '### ') in front of lines (the collection's markup
    for the title, chapters and sections; the heading words themselves are kept);
  - title: add this line as line 1 (README: which titles are composed, and from which words of the text).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that every drop /
replace key is a line of the raw copy, and that the kept body is never longer than that raw segment.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-zd_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 信用信息共享 / 融资信用服务平台 (信易贷) / 银税互动 ----
    'lianyungang': ('lianyungang-credit-info-sharing-sme-financing-plan-draft-consultation-2022.txt', 783,
                    dict(start_at='关于征求《连云港市加强信用信息共享应用',
                         replace={'来源 :连云港市信用办 访问次数 : 发布时间:2022-08-31':
                                  '来源 :连云港市信用办 发布时间:2022-08-31'},
                         cut_after='促进中小微企业融资工作方案\n\n(征求意见稿)')),
    'longting': ('longting-district-credit-info-sharing-sme-financing-plan-2022.txt', 892,
                 dict(title='龍亭區(qū)加強信用信息共享應(yīng)用促進中小微企業(yè)融資實施方案')),
    'xiangcheng': ('xiangcheng-district-tax-credit-loan-agreement-news-2015.txt', 490,
                   dict(title='襄城区“征信互认、银税互动”的“纳税信用贷”合作框架协议')),
    'shanxi_yinshui': ('shanxi-bank-tax-interaction-credit-financing-notice.txt', 693,
                       dict(join_head=3,
                            cut_after='以提升纳税信用结果共享应用水平。')),
    # ---- topic B: 城市房地产融资协调机制 / “白名单” ----
    'tongcheng': ('tongcheng-county-real-estate-whitelist-loans-news-2024.txt', 586,
                  dict(cut_after='助力通城房地產(chǎn)市場健康發(fā)展。',
                       title='通城金融監(jiān)管支局助力通城房地產(chǎn)“白名單”項目貸款投放落實落地')),
    'fuyang': ('fuyang-real-estate-financing-coordination-whitelist-news-2024.txt', 284,
               dict(title='阜阳市已正式建立房地产融资协调机制')),
    'weifang': ('weifang-real-estate-whitelist-first-batch-signing-news-2024.txt', 429,
                dict(replace={'金融 2024-03-14 09:31:22 来源:中国房地产网': '2024-03-14 09:31:22 来源:中国房地产网'},
                     title='潍坊市第一批房地产融资协调机制“白名单”项目贷款签约仪式')),
    'shandong': ('shandong-real-estate-financing-coordination-mechanism-news-2024.txt', 361,
                 dict(drop=['文章字数:294'])),
    # ---- topic C: 文旅 / 康养(养老) 产业 金融支持 (贷款贴息) ----
    'zhaoxian': ('zhaoxian-county-culture-tourism-recovery-measures-interpretation-2022.txt', 728,
                 dict(start_at='赵县文化广电体育和旅游局促进文化产业',
                      replace={'发布时间:2022-08-12    浏览量:1': '发布时间:2022-08-12'},
                      drop=['发文字号:', '【字体: 】    打印'],
                      cut_after='市级文明旅游示范单位分别奖励5万元;')),
    'shijiazhuang': ('shijiazhuang-culture-tourism-recovery-18-measures-news-2022.txt', 729,
                     dict(cut_after='经综合评定后,分别给予10万元奖励',
                          title='石家庄市促进文化产业和旅游业恢复发展的十八条政策措施')),
    'shanxi_kangyang': ('shanxi-kangyang-industry-bed-subsidy-loan-interest-news-2022.txt', 508,
                        dict(start_at='山西大力扶持康養產業發展',
                             drop=['小字號', '分享讓更多人看到', '返回頂部'])),
    'jiaozuo': ('jiaozuo-all-for-one-tourism-promotion-regulation-2020.txt', 7890,
                dict(unmark=True, drop=['<!-- INFO END -->'])),
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
        assert e['start_at'] in text, e['start_at']
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
    if e.get('unmark'):
        assert lines[0].startswith('# '), lines[0]
        lines = [re.sub(r'^#+\s+', '', ln) for ln in lines]
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
            # a composed title is made of words of the text (it quotes them), not of new wording
            assert nows(e['title']).strip('“”') in nows(raw) or all(
                part in nows(raw) for part in re.split(r'[“”的]', nows(e['title'])) if part), (key, 'title words')
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        seg = segment(raw, e)
        assert len(nows(body)) <= len(nows(seg)), key
        # what was removed from the segment is exactly the dropped lines, the replaced chrome and the '# ' mark
        removed = len(nows(seg)) - len(nows(body))
        expected = sum(len(nows(d)) for d in e.get('drop', []) if d in {x.strip() for x in seg.split('\n')})
        expected += sum(len(nows(a)) - len(nows(b)) for a, b in e.get('replace', {}).items())
        if e.get('unmark'):
            expected += sum(len(m.group(1)) for m in re.finditer(r'^(#+)\s', seg, re.M))
        assert removed == expected, (key, removed, expected)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
