#!/usr/bin/env python3
"""Build the library texts of notices-zg.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was pasted, as the JSON string the tool returned, into one line of RAW_DIR/raw.jsonl
({"key", "url", "excerpt"}). The twelfth text (洛阳) is the whole file
`DLC/河南地方法规/地方性法规/河南/洛阳市科学技术进步条例(2019-08-19).md` of the public GitHub repository
LawRefBook/Laws (snapshot commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981), copied byte for byte to
RAW_DIR/luoyang.md. RAW_DIR defaults to /tmp/libraries/notices-zg_raw (kept out of the folder so that no extra
document is ingested).

Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam keyword lines, a hotline line, a "(资料图片)" placeholder, the tag-page header);
  - cut_after: keep the text up to and including this exact string (the last complete sentence or clause before
    the place where the stored copy breaks off, or before site chrome below the document);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove page counters from a date line);
  - unheading: remove the markdown heading marks ('# ', '## ') of the GitHub collection;
  - title: add this line as line 1 (README: which titles are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed; that every drop /
replace key is a line of the raw copy; that no kept character is absent from the raw copy's segment.
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/libraries/notices-zg_raw')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 商业汇票 / 供应链票据 / 应收账款 支持与奖励 ----
    'pbcdraft': ('national-pbc-supply-chain-finance-notice-draft-consultation-2025.txt', 768,
                 dict(drop=['收藏', '707'],
                      cut_after='国家市场监督管理总局\n\n2025年2月6日')),
    'shandong': ('shandong-supply-chain-finance-bill-reward-news-2022.txt', 746,
                 dict(cut_after='(大眾日報客戶端記者 趙小菊 通訊員 呂長龍)')),
    'qingdao': ('qingdao-supply-chain-finance-bill-reward-news-2023.txt', 747,
                dict(start_at='金融企业最高可获奖励500万元!',
                     replace={'2023-02-01 11:51:09浏览:41评论:0来源:新浪财经':
                              '2023-02-01 11:51:09 来源:新浪财经'},
                     drop_prefix=['核心摘要:'],
                     cut_after='与上海票据交易所供应链票据平台对接。')),
    'hunan': ('hunan-supply-chain-bill-rediscount-measures-news-2023.txt', 703,
              dict(start_at='近日,人民银行长沙中心支行',
                   cut_after='一是将动产抵质押融资纳入贷款风险补偿范围。',
                   title='湖南:人民银行长沙中心支行联合省财政厅出台《财政金融协同联动助力打好发展六仗的若干措施》')),
    # ---- topic B: 投贷联动 / 创业投资 / 科技金融 风险补偿 ----
    'tianjin': ('tianjin-sci-tech-investment-loan-linkage-pilot-opinions-2017.txt', 699,
                dict(cut_after='专家服务和联合工作等五大机制。')),
    'shanghai': ('shanghai-angel-investment-risk-compensation-interpretation-2016.txt', 744,
                 dict(start_at='提速科創中心',
                      cut_after='「建立對天使投資的風險補償機制」。')),
    'luoyang': ('luoyang-sci-tech-progress-regulation-2019.txt', 5789,
                dict(unheading=True, drop=['<!-- INFO END -->'])),
    'deqing': ('deqing-county-sci-tech-finance-risk-pool-news.txt', 705,
               dict(cut_after='三是建立政府风险补偿机制。')),
    # ---- topic C: 基础设施 REITs / 地方政府专项债券 ----
    'chengdu': ('chengdu-infrastructure-reits-ten-measures-2024.txt', 784,
                dict(cut_after='单户补助最高不超过50万元。',
                     title='关于促进成都市基础设施领域不动产投资信托基金(REITs)发展的十条措施')),
    'xian': ('xian-hitech-zone-industrial-park-reits-news-2025.txt', 595,
             dict(start_at='陕西:西安高新区高科产业园REITs项目获国家发展改革委正式推荐',
                  cut_after='评估净值13.6亿元,')),
    'yichun': ('yichun-local-government-bonds-first-batch-2023.txt', 208,
               dict(cut_after='2023年2月13日',
                    title='宜春市2023年第一批地方政府债券发行情况')),
    'laishui': ('laishui-county-special-bond-project-reserve-meeting.txt', 255,
                dict(cut_after='助推县域经济社会发展。',
                     title='涞水县召开政府专项债券项目谋划储备工作调度会')),
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
        assert text.count(e['start_at']) >= 1, e['start_at']
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
    lines = [ln for ln in lines if not any(ln.startswith(p) for p in e.get('drop_prefix', []))]
    if e.get('unheading'):
        lines = [re.sub(r'^#{1,6} ', '', ln) for ln in lines]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def nows(s):
    return re.sub(r'\s', '', s)


def load_raws():
    raws = {}
    for ln in open(os.path.join(RAW_DIR, 'raw.jsonl'), encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']] = d['excerpt']
    raws['luoyang'] = open(os.path.join(RAW_DIR, 'luoyang.md'), encoding='utf-8').read()
    return raws


def main():
    raws = load_raws()
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
        for p in e.get('drop_prefix', []):
            assert sum(ln.startswith(p) for ln in raw_lines) == 1, (key, 'drop_prefix must match one raw line', p)
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        # only removals (and the one counter replacement): every kept character occurs at least as often in the
        # raw segment
        seg = collections.Counter(nows(segment(raw, e)))
        kept = collections.Counter(nows(body))
        extra = {c: k for c, k in kept.items() if k > seg[c]}
        allowed = set(nows(''.join(e.get('replace', {}).values())))
        assert set(extra) <= allowed, (key, 'characters not in the raw segment', extra)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars ({len(nows(txt))} without whitespace), {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
