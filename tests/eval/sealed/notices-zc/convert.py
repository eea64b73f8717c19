#!/usr/bin/env python3
"""Build the library texts of notices-zc.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one
line of RAW (default /tmp/sealed/notices-zc_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    stray HTML tags of a mirror site);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    heading before the place where the stored copy breaks off, or before trailing share/related-article chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: keyword/tag lines, a stray
    list number, "listen to audio", "recommended reading");
  - replace: replace a whole stripped line by another (only to remove page chrome from a date line);
  - title: add this line as line 1 (README: which titles are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that every drop /
replace key is a line of the raw copy, and that a replaced line keeps a prefix of the raw line (nothing is added).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/sealed/notices-zc_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 无还本续贷 / 首贷 ----
    'pingyang': ('pingyang-county-no-principal-loan-renewal-news-2019.txt', 700,
                 dict(cut_after='一是将原有的贷款续期,直接进行转贷;',
                      title='平阳县推动开展“无还本续贷”业务')),
    'jingan': ('jingan-county-no-principal-loan-renewal-news-2020.txt', 475,
               dict(cut_after='(萬佳麗、唐詩文)')),
    'hubei': ('hubei-first-loan-expansion-action-plan-notice-2021.txt', 944,
              dict(replace={'發(fā)布日期:2021-06-10      點(diǎn)擊量:4540': '發(fā)布日期:2021-06-10'},
                   cut_after='特制訂本方案。',
                   title='武銀〔2021〕72號(hào) 印發(fā)《湖北省小微企業(yè)和個(gè)體工商戶首次貸款拓展專項(xiàng)行動(dòng)方案》的通知')),
    'shiqi': ('shiqi-subdistrict-first-loan-service-centre-commentary-2022.txt', 715,
              dict(drop=['点击在线收听语音版'],
                   cut_after='值得肯定与期待。')),
    # ---- topic B: 数据资产 / 碳排放权 / 排污权 质押(抵押)融资 ----
    'sihong': ('sihong-county-data-asset-pledge-loan-news-2025.txt', 706,
               dict(cut_after='12月份建设完成。”',
                    title='泗洪县:数据资产质押融资为民生项目注入金融“活水”')),
    'xiuzhou': ('xiuzhou-district-carbon-quota-pledge-loan-news-2021.txt', 948,
                dict(start_at='400萬!秀洲成功發放市本級首筆碳排放配額質押貸款',
                     cut_after='進行質押登記和公示。')),
    'hebei': ('hebei-emission-rights-mortgage-loan-measures-interpretation-2014.txt', 702,
              dict(cut_after='相结合的管理机制。')),
    'shanghai': ('shanghai-emission-rights-trading-measures-draft-consultation-2023.txt', 746,
                 dict(drop=['意見徵詢,徵求意見稿,'],
                      cut_after='化學需氧量、氨氮等。')),
    # ---- topic C: 金融辅导员 / 金融特派员 ----
    'zhaotong': ('zhaotong-financial-commissioner-rural-pilot-news-2025.txt', 717,
                 dict(cut_after='协调推进”的工作机制。',
                      title='昭通市推进金融特派员“进农村”试点工作')),
    'wulian': ('wulian-county-shandong-financial-tutor-teams-news-2020.txt', 685,
               dict(drop=['1', '推荐阅读'],
                    cut_after='闪电新闻采访人员 王小茜 报道')),
    'jiangle': ('jiangle-county-sci-tech-financial-commissioner-news-2022.txt', 984,
                dict(drop=['將樂(lè)縣加深科技特派員政策支持,將樂(lè)縣,縣科技局,科協(xié),特派員,三明市'],
                     cut_after='打通科技金融服務(wù)“最后一公里”。')),
    'qianxinan': ('qianxinan-prefecture-financial-commissioner-service-station-news.txt', 697,
                  dict(cut_after='唐劼说')),
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
        for a, b in e.get('replace', {}).items():
            assert a in raw_lines, (key, 'replace not a raw line', a)
            assert nows(a).startswith(nows(b)), (key, 'replace adds text', b)
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        # the kept body is never longer than the raw copy from start_at to the cut (only chrome is removed)
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        seg = raw[start:raw.index(e['cut_after']) + len(e['cut_after'])]
        assert len(nows(body)) <= len(nows(seg)), key
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
