#!/usr/bin/env python3
"""Build the library texts of notices-zk.

Two kinds of raw copy, all kept out of this folder (so that no extra document is ingested) in RAW_DIR
(default /tmp/libraries/notices-zk_raw/):
  - pages_raw.jsonl: nine stored page excerpts that the `search` tool (corpus `pages`) returned for the
    addresses in the README; each excerpt was pasted, as the JSON string the tool returned, into one line
    {"key", "url", "excerpt"};
  - merged_for_ai_e30bf75.md: the file merged_for_ai.md of the public GitHub repository youyi666/price_scraper
    at commit e30bf75056c88d16be9a943411838df7f9fd8871 (a scrape of whole government notices); the three
    notices used are the sections "=== TASK START [ID: n] ..." to "=== TASK END [ID: n] ===" for n = 8, 9, 11,
    cut out by GH_SECTION below.
Every raw copy must have the character count recorded below. Only these edits are made, per file in EDITS:
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    spam keyword lines, date / view counters, scraper metadata block, a repeated headline);
  - cut_after: keep the text up to and including this exact string (drops site chrome after the document, or
    the unfinished fragment where a stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - drop_prefix: remove lines whose stripped text starts with one of these strings (attachment download links);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date line);
  - unbold: remove the markdown bold markers '**' the scraper added;
  - title: add this line as line 1 (README: which titles are the page's own headline, which are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied (character for character once whitespace is removed), that every drop /
drop_prefix / replace key matches a line of the raw copy, and that the kept body is never longer than that
stretch of the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/libraries/notices-zk_raw')
GH_FILE = 'merged_for_ai_e30bf75.md'
GH_URL = 'https://github.com/youyi666/price_scraper/blob/e30bf75056c88d16be9a943411838df7f9fd8871/merged_for_ai.md'
GH_SECTION = {'tonglu': 8, 'wencheng': 9, 'suichang': 11}

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 消费品以旧换新 / 消费贷款贴息 ----
    'tonglu': ('tonglu-county-trade-in-participant-recruitment-notice-2025.txt', 2230,
               dict(start_at='为贯彻省、市消费品以旧换新工作部署',
                    unbold=True,
                    title='关于征集2026年桐庐县消费品以旧换新活动参与企业的公告')),
    'wencheng': ('wencheng-county-trade-in-participant-pre-recruitment-notice-2025.txt', 1877,
                 dict(start_at='为深入贯彻落实省委省政府的工作要求',
                      cut_after='收件地址：文成县大峃镇建设路75号五楼505室',
                      title='关于预征集2026年文成县家电、数码以旧换新活动参与企业的公告')),
    'suichang': ('suichang-county-trade-in-merchant-recruitment-notice-2025.txt', 2565,
                 dict(start_at='为继续做好2026年消费品以旧换新',
                      drop_prefix=['[附件一：', '[附件二：'],
                      title='关于征集2026年遂昌县家电和3C产品以旧换新参与商户的公告')),
    'dafang': ('dafang-county-rural-bank-consumer-loan-interest-subsidy-report-2025.txt', 726,
               dict(drop=['圖片來源:大方農商銀行微信公眾號'],
                    cut_after='明確6家國有行、12家股份行及5家其他機構為貸款經辦機構。',
                    title='貴州大方農村商業銀行發布關于消費貸款貼息工作的公告')),
    # ---- topic B: 渔业 / 森林 保险 保费补贴 ----
    'shiquan': ('shiquan-county-public-welfare-forest-insurance-report.txt', 831,
                dict(title='石泉縣為全縣生態公益林購買森林保險')),
    'hefei': ('hefei-freshwater-aquaculture-insurance-pilot-report.txt', 614,
              dict(start_at='水产养殖是指',
                   cut_after='确保水产养殖保险试点工作顺利开展。',
                   title='合肥市政策性农业保险试点工作领导小组关于开展淡水养殖(鱼)保险试点工作实施方案的通知')),
    'fuqing': ('fuqing-fishery-insurance-county-subsidy-raise-report.txt', 366,
               dict(start_at='福清:提高县级财政补贴使渔民得到实惠',
                    cut_after='受到广大渔民的一致好评。')),
    'fujian': ('fujian-forest-comprehensive-insurance-qa-2019.txt', 779,
               dict(replace={'浏览量:{{ pvCount }}   发布时间:2019-08-30 15:44:00': '发布时间:2019-08-30 15:44:00'},
                    cut_after='省级以下生态公益林执行商品林财政补贴政策。',
                    title='福建省财政民生(支农)政策简答六| 森林综合保险政策')),
    # ---- topic C: 长期护理保险 ----
    'tengzhou': ('tengzhou-long-term-care-insurance-benefit-qa-2023.txt', 886,
                 dict(start_at='長期護理保險的待遇支付標準是什么?',
                      replace={'作者: 來自: 時間:2023-12-13 10:00:00': '時間:2023-12-13 10:00:00'},
                      cut_after='長期護理保險基金每床日按 30 元標準支付。',
                      title='滕州市長期護理保險的待遇支付標準是什么?')),
    'beibei': ('beibei-district-long-term-care-insurance-contribution-qa-2025.txt', 617,
               dict(cut_after='2025年其缴费标准为132元/年·人。',
                    title='北碚区参加长期护理保险缴费标准和方法是什么?')),
    'shenzhen': ('shenzhen-long-term-care-insurance-measures-draft-consultation-2021.txt', 714,
                 dict(replace={'作者:   来源: 深圳市司法局  2021-01-15': '来源: 深圳市司法局 2021-01-15'},
                      cut_after='202118')),
    'jingjiang': ('jingjiang-long-term-care-insurance-overview-2022.txt', 490,
                  dict(start_at='靖江市長期護',
                       title='靖江市長期護理保險')),
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
    start = raw.index(e['start_at']) if 'start_at' in e else 0
    text = raw[start:]
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        text = text[:text.index(e['cut_after']) + len(e['cut_after'])]
    return text


def edit_lines(raw, e):
    lines = [ln.strip() for ln in segment(raw, e).split('\n')]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    lines = [ln for ln in lines if not ln.startswith(tuple(e.get('drop_prefix', [])) or ('\x00',))]
    if e.get('unbold'):
        lines = [ln.replace('**', '') for ln in lines]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def nows(s):
    return re.sub(r'\s', '', s)


def load_raws():
    raws, urls = {}, {}
    for ln in open(os.path.join(RAW_DIR, 'pages_raw.jsonl'), encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']], urls[d['key']] = d['excerpt'], d['url']
    gh = open(os.path.join(RAW_DIR, GH_FILE), encoding='utf-8').read()
    for key, n in GH_SECTION.items():
        m = re.search(r'=== TASK START \[ID: %d\][^\n]*\n=+\n(.*?)\n=== TASK END \[ID: %d\] ===' % (n, n), gh, re.S)
        raws[key], urls[key] = m.group(1), GH_URL + f' (section ID {n})'
    return raws, urls


def main():
    raws, _ = load_raws()
    assert set(raws) == set(EDITS), set(raws) ^ set(EDITS)
    for key, (dst, n, e) in EDITS.items():
        raw = raws[key]
        if len(raw) != n:
            sys.exit(f'{key}: {len(raw)} chars, expected {n}')
        raw_lines = [ln.strip() for ln in raw.split('\n')]
        for d in e.get('drop', []):
            assert d in raw_lines, (key, 'drop not a raw line', d)
        for p in e.get('drop_prefix', []):
            assert any(ln.startswith(p) for ln in raw_lines), (key, 'drop_prefix matches no raw line', p)
        for a in e.get('replace', {}):
            assert a in raw_lines, (key, 'replace not a raw line', a)
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        assert len(nows(body)) <= len(nows(segment(raw, e))), key
        # nothing but the listed edits: removing the dropped lines, the replaced parts and '**' from the raw
        # segment gives the body again
        seg = nows(segment(raw, e))
        for d in e.get('drop', []):
            seg = seg.replace(nows(d), '', 1)
        for a, b in e.get('replace', {}).items():
            seg = seg.replace(nows(a), nows(b), 1)
        for ln in segment(raw, e).split('\n'):
            if ln.strip().startswith(tuple(e.get('drop_prefix', [])) or ('\x00',)):
                seg = seg.replace(nows(ln), '', 1)
        if e.get('unbold'):
            seg = seg.replace('**', '')
        assert seg == nows(body), key
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
