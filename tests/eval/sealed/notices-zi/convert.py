#!/usr/bin/env python3
"""Build the library texts of notices-zi.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one line of
RAW (default /tmp/sealed/notices-zi_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}.
The twelfth (zhejiang) is a whole regulation from the GitHub collection LawRefBook/Laws, commit
2f4c5c23716267af9dbebbbbd6cbbf732b101981, path DLC/浙江地方法规/地方性法规/浙江/浙江省医疗保障条例(2021-03-26).md, saved
with `git show` as MD (default /tmp/sealed/notices-zi_raw/zhejiang-medical-security-regulation.md).
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam lines and a spam headline, breadcrumbs, accessibility / login links);
  - cut_after: keep the text up to and including this exact string (the last complete sentence or clause before
    the place where the stored copy breaks off, or before trailing page chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome, a teaser line);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date line);
  - markdown (zhejiang only): drop the collection's `<!-- INFO END -->` marker line and the leading `#`/`##`
    heading marks;
  - title: add this line as line 1 (README: which titles are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, and that every drop /
replace key is a line of the raw copy. Wording, traditional script and garbling are kept as stored.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/sealed/notices-zi_raw/raw.jsonl')
MD = os.environ.get('MD', '/tmp/sealed/notices-zi_raw/zhejiang-medical-security-regulation.md')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 住房公积金 贷款 政策调整 ----
    'chizhou': ('chizhou-housing-fund-loan-limit-adjustment-notice-2024.txt', 829,
                dict(start_at='索引号: ',
                     replace={'发布时间:2024-05-22 15:11 来源:市公积金中心 浏览次数: 字体:[ ]':
                              '发布时间:2024-05-22 15:11 来源:市公积金中心'},
                     cut_after='2024522',
                     title='池州市住房公积金管理委员会关于调整住房公积金贷款额度的通知')),
    'zibo': ('zibo-housing-fund-loan-multiple-raise-news-2024.txt', 337,
             dict(cut_after='校對 楊利',
                  title='淄博市住房公積金管理中心關(guān)于上調(diào)住房公積金貸款額度計算倍數(shù)的公告')),
    'changzhi': ('changzhi-housing-fund-quarterly-loan-cap-notice-2023.txt', 177,
                 dict(title='长治市住房公积金管理中心2023年第四季度住房公积金个人最高贷款额度')),
    'putian': ('putian-housing-fund-policy-adjustment-news-2024.txt', 277,
               dict(drop=['导读 财联社7月4日电,福建省莆田市住房公积金管理中心2日发布《莆田市住房公积金管理委员会关于调整住房公积金政策的通知》。文件明确,莆田...'],
                    cut_after='来源:财联社',
                    title='莆田市住房公积金管理委员会关于调整住房公积金政策的通知')),
    # ---- topic B: 惠民保 / 城市定制型商业医疗保险 ----
    'dongying': ('dongying-huiminbao-2025-product-commentary.txt', 729,
                 dict(replace={'2025-07-11 00:40:04 0次': '2025-07-11 00:40:04'},
                      cut_after='已成为我国多层次医疗保障体系的关键组成部分。',
                      title='东营惠民保2025年度产品')),
    'anhui': ('anhui-wanhuibao-huiminbao-coverage-2024.txt', 645,
              dict(start_at='安徽“惠民保”是“皖惠保”',
                   cut_after='真正做到全民普惠。',
                   title='安徽“惠民保”(皖惠保)')),
    'tianjin': ('tianjin-huiminbao-coverage-qa.txt', 637,
                dict(title='天津惠民保保什么 惠民保五种病不保?(问答)')),
    'zhejiang': ('zhejiang-province-medical-security-regulation-2021.txt', 8527,
                 dict(markdown=True)),
    # ---- topic C: 活体畜禽 / 农机具 / 农业设施 抵押贷款 ----
    'hubei': ('hubei-province-rural-property-mortgage-loan-pilot-measures-draft-consultation-2025.txt', 739,
              dict(start_at='【决策草案】湖北省农村产权抵(质)押贷款试点办法(征求意见稿)',
                   cut_after='畜禽水产养殖活体、农产品存货;')),
    'pingyi': ('pingyi-county-livestock-mortgage-loan-news-2025.txt', 705,
               dict(start_at='山东平邑:',
                    cut_after='为模式落地提供政策支撑。')),
    'nanchuan': ('nanchuan-district-live-cattle-mortgage-loan-news.txt', 630, dict()),
    'leiyang': ('leiyang-farm-machinery-mortgage-loan-news.txt', 412,
                dict(cut_after='有效解决农业生产资金难筹“瓶颈”。')),
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
    if e.get('markdown'):
        lines = [ln for ln in lines if ln != '<!-- INFO END -->']
        lines = [re.sub(r'^#{1,2} ', '', ln) for ln in lines]
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
    raws['zhejiang'] = open(MD, encoding='utf-8').read()
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
        # only chrome is removed: the kept body is never longer than the raw copy from start_at to the cut
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        end = raw.index(e['cut_after']) + len(e['cut_after']) if 'cut_after' in e else len(raw)
        seg = raw[start:end]
        assert len(nows(body)) <= len(nows(seg)), key
        # every kept line (but a replaced one) is a line of the raw copy, or (markdown) a raw line without '#'
        for ln in body.split('\n'):
            if not ln or ln in e.get('replace', {}).values():
                continue
            ok = ln in raw_lines or (e.get('markdown') and ('# ' + ln in raw_lines or '## ' + ln in raw_lines))
            if not ok:
                # the first / last kept line may be cut inside a raw line by start_at / cut_after
                ok = ln in seg
            assert ok, (key, ln)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
