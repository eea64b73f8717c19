#!/usr/bin/env python3
"""Build the library texts of notices-zm.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README; each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one line of
RAW (default /tmp/sealed/notices-zm_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}. The twelfth (key 'guangdong') is a whole file of the public GitHub
collection LawRefBook/Laws at commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981 (`git show` of the path in its url),
written to RAW the same way.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam keyword lines of mirror sites, breadcrumbs, site name, page counters, metadata bars);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or item
    before the place where the stored copy breaks off, or the end of the document before the page footer);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove the page layout's list numbering
    "1. " ... "5. " in front of a metadata line);
  - unbullet: remove a leading '• ' (list bullets of the site layout) from a line;
  - demarkdown: remove the Markdown heading marks '# ' / '## ' of the GitHub file and its '<!-- INFO END -->'
    marker line (markup of the collection, not text of the regulation);
  - join_head: join the first n non-blank lines into one line (a headline the page breaks over several lines);
  - title: add this line as line 1 (README: which titles are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that the kept body is
never longer than that raw segment, and that every drop / replace key is a line of the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/sealed/notices-zm_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 脱贫人口 / 扶贫 小额信贷 ----
    'hongsibu': ('hongsibu-district-poverty-microcredit-interest-subsidy-notice-2022.txt', 709,
                 dict(start_at='红寺堡区2022年脱贫人口小额信贷贴息项目公告',
                      drop=['字号:', '用微信扫描二维码', '分享至好友和朋友圈', '×'],
                      cut_after='2022年12月8日')),
    'wulong': ('wulong-district-poverty-microcredit-interest-subsidy-plan-publicity-2024.txt', 849,
               dict(start_at='• [ 索号 ]',
                    unbullet=True,
                    drop=['字体:【 默认 超大', '分享:'],
                    cut_after='包含出嫁及死亡系统删除的人员的小额信贷进行贴息',
                    title='重庆市武隆区乡村振兴局 关于2023年度脱贫人口小额信贷第二批 贴息资金计划公示')),
    'haojiang': ('haojiang-district-poverty-microcredit-policy-qa-2016.txt', 818,
                 dict(start_at='扶貧小額信貸政策問答',
                      replace={'1. 2016-12-08 12:38': '2016-12-08 12:38',
                               '2. 來源:汕頭市濠江區農林水務局': '來源:汕頭市濠江區農林水務局',
                               '3. 發布機構:汕頭市濠江區農林水務局': '發布機構:汕頭市濠江區農林水務局',
                               '5.    第一章  什么貸款': '第一章  什么貸款'},
                      drop=['4. 【字體:'],
                      cut_after='適度放寬申請貸款的年齡條件。',
                      title='汕頭市濠江區扶貧小額信貸政策問答')),
    'foping': ('foping-county-poverty-microcredit-news-2025.txt', 724,
               dict(start_at='佛坪“贷”动乡村振兴新活力',
                    cut_after='强化群众的诚信意识;')),
    # ---- topic B: 失业保险 稳岗返还 ----
    'zhushan': ('zhushan-county-unemployment-insurance-job-stabilization-refund-guide-2024.txt', 1029,
                dict(cut_after='0719-4225258;15727085008。',
                     title='竹山縣失業保險返還辦理指南')),
    'neimenggu': ('inner-mongolia-unemployment-insurance-relief-policy-qa-2022.txt', 808,
                  dict(start_at='内蒙古自治区就业政策微课堂',
                       join_head=2,
                       cut_after='备付期限应在2年以上;')),
    'guangdong': ('guangdong-province-unemployment-insurance-regulation-2022.txt', 7203,
                  dict(demarkdown=True)),
    'mohrss': ('mohrss-unemployment-insurance-regulation-revision-draft-explanation-2017.txt', 756,
               dict(start_at='人力資源社會保障部關於失業保險條例',
                    join_head=2,
                    drop=['字號: 默認 超大 | 打印 |'],
                    cut_after='激勵企業承擔穩定就業的社會責任,')),
    # ---- topic C: 巨灾 / 住宅地震 / 农房 / 自然灾害 保险 ----
    'suining': ('suining-earthquake-catastrophe-housing-insurance-plan-2018.txt', 734,
                dict(cut_after='保障地震巨灾保险工作稳步推进。',
                     title='遂宁市人民政府办公室关于印发《遂宁市城乡居民住宅地震巨灾保险实施方案》的通知')),
    'renshou': ('renshou-county-earthquake-catastrophe-housing-insurance-plan-2018.txt', 751,
                dict(start_at='仁寿县城乡居民住宅地震巨灾保险实施方案(2018)',
                     drop=['2996'],
                     cut_after='确保取得实效。')),
    'puan': ('puan-county-rural-housing-disaster-insurance-news-2015.txt', 672,
             dict(cut_after='(張普淵 報道)')),
    'hengdong': ('hengdong-county-natural-disaster-public-liability-insurance-plan-2020.txt', 758,
                 dict(start_at='衡東縣自然災害公眾責任保險實施方案',
                      cut_after='以衡東縣公安局出具的戶籍人口數為準。')),
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
    if e.get('unbullet'):
        lines = [ln[2:].strip() if ln.startswith('• ') else ln for ln in lines]
    if e.get('demarkdown'):
        lines = [ln for ln in lines if ln != '<!-- INFO END -->']
        lines = [re.sub(r'^#{1,2} ', '', ln) for ln in lines]
    if e.get('join_head'):
        n = e['join_head']
        idx = [i for i, ln in enumerate(lines) if ln][:n]
        head = ''.join(lines[i] for i in idx)
        lines = [head] + [ln for i, ln in enumerate(lines) if i > idx[-1]]
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
        # only chrome / markup / layout numbering is removed: the kept body is never longer than the raw segment
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        end = raw.index(e['cut_after']) + len(e['cut_after']) if 'cut_after' in e else len(raw)
        seg = raw[start:end]
        assert len(nows(body)) <= len(nows(seg)), key
        # every kept character run is taken from the raw segment in order (no rewording)
        rest = nows(seg)
        for ln in body.split('\n'):
            s = nows(ln)
            if not s:
                continue
            j = rest.find(s)
            if j < 0:
                sys.exit(f'{key}: line not found in order in the raw segment: {ln[:40]!r}')
            rest = rest[j + len(s):]
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
