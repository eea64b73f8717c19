#!/usr/bin/env python3
"""Build the library texts of notices-u.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was pasted, as the JSON string the tool returned, into a JSON object and written as one line
of RAW (default /tmp/notices-u_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}.
The twelfth (key 'shandong') is a whole file of the public GitHub collection LawRefBook/Laws, saved with
`git show HEAD:<path>` as GITHUB_RAW (default /tmp/notices-u_raw/shandong-talent.md); its git blob id is checked.

Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    breadcrumbs, injected spam keyword lines of mirror sites, an empty "标题:" label);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, item or line
    before the place where the stored copy breaks off, or before an injected spam footer);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date/source line);
  - unmark: remove the Markdown heading marks '# ' / '## ' of the GitHub file (its headings stay as lines);
  - title: add this line as line 1 (README: which titles are composed, and from what).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that every drop /
replace key is a line of the raw copy, and that nothing but the listed chrome was removed.
`python3 convert.py --check` rebuilds every text in memory and refuses if a file in the folder differs.
"""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/notices-u_raw/raw.jsonl')
GITHUB_RAW = os.environ.get('GITHUB_RAW', '/tmp/notices-u_raw/shandong-talent.md')
# LawRefBook/Laws, commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981 (file last changed in 79f1a0f9…),
# path DLC/山东地方法规/地方性法规/山东/山东省人才发展促进条例(2020-03-26).md
GITHUB_BLOB = '56d4af44be4b45c4ebcea3842c7b646938d972d6'
CHECK = sys.argv[1:] == ['--check']  # compare the .txt files with what would be built; write nothing

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 金融人才 引进 / 奖励 / 补贴 ----
    'nanchang': ('nanchang-financial-talent-award-application-revision-notice-2024.txt', 732,
                 dict(start_at='关于修订全市“大力引育金融人才”奖励申报有关事项的通知',
                      replace={'来源:市金融办  发布日期: 2024-08-02   访问量:': '来源:市金融办 发布日期: 2024-08-02'},
                      cut_after='申报材料均需加盖单位公章。',
                      title='南昌市关于修订全市“大力引育金融人才”奖励申报有关事项的通知')),
    'guangxi': ('guangxi-financial-talent-ten-measures-notice-2019.txt', 706,
                dict(cut_after='定期发布金融领域急需紧缺人才目录和金融人才发展白皮书。')),
    'luohu': ('luohu-district-finance-professional-talent-incentive-guide-2023.txt', 843,
              dict(cut_after='未整改完畢的行政處罰記錄,或對申報單位上述行為記錄負有直接或主要責任的。')),
    'shandong': ('shandong-talent-development-promotion-regulation-2020.txt', 8865,
                 dict(drop=['<!-- INFO END -->'], unmark=True)),
    # ---- topic B: 股权投资 / 引导基金 ----
    'dezhou': ('dezhou-development-zone-conversion-fund-measures-news.txt', 712,
               dict(start_at='我區將設20億元新舊動能轉換基金',
                    cut_after='人才引進等五大類優惠政策。',
                    title='德州經濟技術開發區 我區將設20億元新舊動能轉換基金')),
    'hubei': ('hubei-venture-capital-guidance-fund-interim-measures.txt', 708,
              dict(cut_after='个人、企业或社会机构无偿捐赠的资金等。',
                   title='湖北省创业投资引导基金管理暂行办法')),
    'mianyang': ('mianyang-industry-guidance-fund-measures-draft-consultation-2022.txt', 399,
                 dict(title='《绵阳市政府产业发展投资引导基金管理办法(修订)(征求意见稿)》公开征求意见')),
    'ouhai': ('ouhai-district-industry-guidance-fund-measures-draft-consultation-2025.txt', 780,
              dict(start_at='关于公开征求《温州市瓯海区政府产业引导基金管理办法》意见的公告',
                   cut_after='盘活的财政存量资金和基金投资收益等。')),
    # ---- topic C: 农业保险 保费补贴 ----
    'qianjiang': ('qianjiang-agricultural-insurance-premium-subsidy-rules-2024.txt', 726,
                  dict(cut_after='结合我市实际,制定本实施细则。',
                       title='潜江市农业保险保费补贴管理实施细则')),
    'yunnan': ('yunnan-agricultural-insurance-premium-subsidy-rules-interpretation.txt', 703,
               dict(cut_after='加大对脱贫地区及脱贫户的支持力度。',
                    title='《云南省农业保险保费补贴资金管理实施细则》解读')),
    'yicheng': ('yicheng-county-wheat-insurance-premium-subsidy-news-2013.txt', 716,
                dict(start_at='翼城縣安排部署政策性小麥保險工作',
                     replace={'2013-03-08 09:00:58 來源:': '2013-03-08 09:00:58'},
                     cut_after='責任編輯:高卓然')),
    'hainan': ('hainan-policy-agricultural-insurance-work-plan-2025.txt', 745,
               dict(drop=['标题:'],
                    cut_after='制种保险(水稻、玉米)。',
                    title='海南省2025年政策性农业保险工作实施方案')),
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
        lines = [re.sub(r'^#{1,2} ', '', ln) for ln in lines]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def nows(s):
    return re.sub(r'\s', '', s)


def git_blob_id(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def main():
    raws = {}
    for ln in open(RAW, encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']] = d['excerpt']
    gh = open(GITHUB_RAW, 'rb').read()
    if git_blob_id(gh) != GITHUB_BLOB:
        sys.exit('shandong: GitHub file is not the recorded blob')
    raws['shandong'] = gh.decode('utf-8')
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
        # what was removed from the raw segment is exactly the listed chrome (dropped lines, replaced-line tails,
        # heading marks): nothing of the document's own wording is lost
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        end = raw.index(e['cut_after']) + len(e['cut_after']) if 'cut_after' in e else len(raw)
        seg = nows(raw[start:end])
        removed = len(seg) - len(nows(body))
        allowed = sum(len(nows(d)) for d in e.get('drop', []))
        allowed += sum(len(nows(a)) - len(nows(b)) for a, b in e.get('replace', {}).items())
        if e.get('unmark'):
            allowed += sum(len(m.group(0).strip()) for m in re.finditer(r'(?m)^#{1,2} ', raw[start:end]))
        assert removed == allowed, (key, removed, allowed)
        path = os.path.join(HERE, dst)
        if CHECK:
            if open(path, encoding='utf-8').read() != txt:
                sys.exit(f'{dst}: differs from what convert.py builds')
            print(f'{dst}: identical')
            continue
        open(path, 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
