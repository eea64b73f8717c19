#!/usr/bin/env python3
"""Build the library texts of notices-w.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one
line of RAW (default /tmp/sealed/notices-w_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    site name, breadcrumbs, a consulting site's banner, hotline and repost headline);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    item before the place where the stored copy breaks off, or before trailing page chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: tab bars, share buttons,
    "阅读下一篇"-style links);
  - dedupe: remove a line that repeats, word for word, an earlier line of the kept text (an image caption that
    repeats the headline);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date / metadata line,
    or the repost marker "原标题:");
  - join_head: join the first n lines into one line (a headline the page breaks over several lines);
  - title: add this line as line 1 (README: which titles are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that every drop /
replace key is a line of the raw copy, that every replacement only deletes characters (the new line is a
subsequence of the old one), and that the kept body is never longer than the raw segment.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/sealed/notices-w_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 非法集资 (非法金融活动) 举报奖励 ----
    'huantai': ('huantai-county-illegal-fundraising-report-reward-rules-draft-consultation-2022.txt', 801,
                dict(drop=['• 公告内容', '• 草案全文', '• 草案解读', '• 背景介绍', '• 公众意见采纳情况反馈',
                           '• 决策公开', '• 我要发表意见'],
                     cut_after='结合我实际,制定本细则。')),
    'yugan': ('yugan-county-illegal-fundraising-report-reward-measures-2020.txt', 738,
              dict(replace={'2020年6月13日18:59:47干越金融2148字阅读7分9秒': '2020年6月13日18:59:47干越金融'},
                   dedupe=True,
                   cut_after='县财政部门负责奖励资金的预算保障。')),
    'cq92': ('chongqing-central-districts-illegal-finance-report-reward-measures-interpretation-2025.txt', 734,
             dict(cut_after='2018年10月22日印发。',
                  title='《“9+2”中心城区非法金融活动举报奖励暂行办法》解读')),
    'changsha': ('changsha-illegal-fundraising-report-reward-measures-news-2019.txt', 620,
                 dict(start_at='长沙:举报非法集资最少奖励3000元',
                      drop=['时刻新闻', '—分享—'],
                      cut_after='■记者 潘显璇 实习生 钟丛宇')),
    # ---- topic B: 出口信用保险 / 外贸企业融资 支持 ----
    'xuchang': ('xuchang-foreign-trade-loan-measures-draft-consultation-2025.txt', 740,
                dict(cut_after='为开展“外贸贷”业务提供数据参考。',
                     title='《许昌市“外贸贷”融资业务管理办法》和《许昌市出口退税资金池管理办法》公开征求意见')),
    'shenzhen': ('shenzhen-export-credit-insurance-policy-financing-interest-subsidy-guide-2017.txt', 782,
                 dict(start_at='深圳市经贸信息委2017年',
                      cut_after='已支付贷款利息并取得银行票据。')),
    'zhongshan': ('zhongshan-commerce-fund-foreign-trade-promotion-rules-2021.txt', 749,
                  dict(start_at='关于印发中山市商务发展专项资金')),
    'nansha': ('nansha-district-export-credit-insurance-matching-award.txt', 752,
               dict(cut_after='6.专项资金收款账户信息汇总表',
                    title='广州市南沙区商贸业发展扶持办法出口信用保险配套奖')),
    # ---- topic C: 企业上市挂牌 / 发行债券 奖励 ----
    'urumqi': ('urumqi-etdz-listing-reward-measures-news-2009.txt', 1002,
               dict(cut_after='給予企業(yè)經(jīng)營班子一次性獎(jiǎng)勵(lì)150萬元人民幣')),
    'wusheng': ('wusheng-county-listing-support-measures-2023.txt', 628,
                dict(title='武胜县鼓励企业上市挂牌若干措施')),
    'hainan': ('hainan-capital-market-reward-fund-application-news-2022.txt', 795,
               dict(start_at='最高500万元!海南省发展奖励资金即将开始申报',
                    replace={'来源: 作者: 时间:2022-11-14 浏览量:4151': '时间:2022-11-14'},
                    cut_after='详情点击《关于开展海南省资本市场发展奖励资金(2021年度)申报工作的通知》')),
    'aksu': ('aksu-prefecture-listing-eaglet-plan-2021-2025.txt', 736,
             dict(start_at='阿克苏地区制定并印发《<阿克苏地区促进经济高质量发展',
                  join_head=2,
                  cut_after='有效促进经济转型升级。')),
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
    if e.get('dedupe'):
        seen, kept = set(), []
        for ln in lines:
            if ln and ln in seen:
                continue
            seen.add(ln)
            kept.append(ln)
        lines = kept
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


def is_subsequence(small, big):
    it = iter(big)
    return all(c in it for c in small)


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
        for a, b in e.get('replace', {}).items():
            assert a in raw_lines, (key, 'replace not a raw line', a)
            assert is_subsequence(b, a), (key, 'replacement adds characters', b)
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        # the kept body is never longer than the raw copy from start_at to the cut (only chrome is removed)
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        end = raw.index(e['cut_after']) + len(e['cut_after']) if 'cut_after' in e else len(raw)
        seg = raw[start:end]
        assert len(nows(body)) <= len(nows(seg)), key
        # every kept character sequence comes from the raw segment, in order
        assert is_subsequence(nows(body), nows(seg)), key
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
