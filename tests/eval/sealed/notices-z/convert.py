#!/usr/bin/env python3
"""Build the library texts of notices-z.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one
line of RAW (default /tmp/sealed/notices-z_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count and the SHA-256 recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    navigation, breadcrumbs, a page-header date of an e-paper);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    item before the place where the stored copy breaks off, or before footer chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: share/comment buttons,
    font-size switch, breadcrumbs, an injected advertising line);
  - replace: replace a whole stripped line by another (only to remove page chrome from a line: a site-name
    suffix of a headline, a trailing '|' after a date);
  - title: add this line as line 1 (README: which titles are composed, and from which words of the text).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed; that every drop /
replace key is a line of the raw copy; that a replacement only deletes characters (it is a subsequence of the
line it replaces); and that the kept body is never longer than the raw segment.
"""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/sealed/notices-z_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 外贸企业 汇率避险 支持 ----
    'hunan': ('hunan-province-fx-hedging-risk-compensation-work-plan-2024.txt', 715,
              dict(cut_after='审批效率高,服务简便快捷。')),
    'bishan': ('bishan-district-fx-hedging-fund-measures-news-2022.txt', 716,
               dict(start_at='“首办户”企业每户奖励2000元',
                    drop=['字体:'],
                    cut_after='货物进出口收付为外币(不含人民币)。')),
    'zhejiang': ('zhejiang-province-fx-hedging-guarantee-opinions-interpretation.txt', 427,
                 dict(title='《浙江省人民政府办公厅关于发挥政府性融资担保体系作用支持小微企业汇率避险增信服务的实施意见》解读')),
    'chengdu': ('chengdu-fx-derivatives-hedging-support-application-2023.txt', 800,
                dict(drop=['浏览 457 分享 分享', '10年专业代理免费咨询:15884573250(微信同号)'],
                     cut_after='2022年7月16日至2023年7月31日。')),
    # ---- topic B: 技术改造 / 设备更新 贷款贴息 ----
    'jining': ('jining-shandong-tech-upgrade-loan-interest-subsidy-interpretation-2025.txt', 733,
               dict(title='惠企政策系列解读:工信领域省“技改专项贷”贴息项目(济宁新闻网)')),
    'guangxi': ('guangxi-industrial-revitalization-loan-interest-subsidy-news-2024.txt', 720,
                dict(replace={'广西加大新一轮工业振兴三年行动资金支持-新华网': '广西加大新一轮工业振兴三年行动资金支持'},
                     drop=['新华网 > 广西 > 正文', '字体:'],
                     cut_after='单个项目融资补助最高不超过1亿元。(记者徐海涛)')),
    'hengshui': ('hengshui-tech-upgrade-support-measures-draft-consultation-2025.txt', 741,
                 dict(cut_after='单个项目补助上限为180万元。',
                      title='《衡水市制造业技术改造升级扶持措施》(公开征求意见稿)')),
    'jiangsu': ('jiangsu-manufacturing-loan-interest-subsidy-news-2025.txt', 513,
                dict(replace={'2025年02月11日07:47 |': '2025年02月11日07:47'},
                     cut_after='(責編:張鑫、耿志超)')),
    # ---- topic C: 区域性股权市场 (四板) 挂牌 / 融资 奖励 ----
    'jiayu': ('jiayu-county-regional-equity-market-listing-reward-news-2017.txt', 497,
              dict(start_at='嘉鱼扎实推进县域金融工程',
                   cut_after='“嘉鱼环保新材料板块”。')),
    'shaanxi': ('shaanxi-equity-center-qinchuangyuan-zone-work-plan.txt', 727,
                dict(cut_after='最高不超過50萬元。',
                     title='《關於加快推進陝西股權交易中心科技創新專板秦創原專區建設工作方案》')),
    'tongnan': ('tongnan-district-listing-work-plan-2023-2027.txt', 776,
                dict(start_at='重庆市潼南区人民政府办公室关于印发潼南区推动企业挂牌上市工作实施方案',
                     cut_after='力争2027年实现潼南区上市企业零突破。')),
    'gansu': ('gansu-sme-listing-cultivation-plan-notice-2021.txt', 654,
              dict(title='《关于〈甘肃省培育中小企业上市方案〉的通知》')),
}


# SHA-256 of each raw excerpt (UTF-8), so that a changed raw copy of the same length is refused too
SHA256 = {
    'hunan': 'bdbbf3c21edb940557fa05af92d89691a47bb93ff70ee8108b41f4707a5c91f2',
    'bishan': '36dd1a6635e92f5cfafb2d788be288906e11d5bed4dbc11a7cee6a4d00c6c887',
    'zhejiang': 'c9908d334e72de68b24676bb3b2ad3da0a30c3225f8cb3c8d18f7cf0f8858a73',
    'chengdu': '441d1474acd088d38506fc32ffafc9220be767cc850d4dea3d8e62c002d7cb33',
    'jining': '5bae0881f411e754bb66e1ec8ce1125a792416ab1e71c10372779d4eaa61f9f1',
    'guangxi': '6c25294c7dc77056473a8338973f7f17ef67aa825704f53dba6504d1dde232c5',
    'hengshui': 'e16ad5be9135d13a60119d184434013721fb4d507fddb39f586a989314241d18',
    'jiangsu': 'c230e76df96c6ffc8c66104c7ca7c3a00d1472502ed69902280786d4d2df9216',
    'jiayu': '0b4769ec8a058e8e6de60fb7e89ce0c50a9bf27a80259d4ab0e6f079be1f07c5',
    'shaanxi': 'a4e6c71aaf38d3adad7b1ce65449806f11c1df1d4e77e0a74f937d46b4fa3acd',
    'tongnan': '6e59f0e68054de38ac2fb8d83bc71d4f2844bacfdc804b8dcdd56b6710b9a91b',
    'gansu': '4ca30f9958cdc47b55377d2e91df865fdfa9ba965bb6f9f106470f30a39c994f',
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
    while out and not out[0]:
        out.pop(0)
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
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def nows(s):
    return re.sub(r'\s', '', s)


def is_subsequence(short, long):
    it = iter(long)
    return all(c in it for c in short)


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
        if hashlib.sha256(raw.encode('utf-8')).hexdigest() != SHA256[key]:
            sys.exit(f'{key}: raw copy differs from the recorded one (SHA-256)')
        raw_lines = {ln.strip() for ln in raw.split('\n')}
        for d in e.get('drop', []):
            assert d in raw_lines, (key, 'drop not a raw line', d)
        for a, b in e.get('replace', {}).items():
            assert a in raw_lines, (key, 'replace not a raw line', a)
            assert is_subsequence(b, a) and len(b) < len(a), (key, 'replacement is not a deletion', a)
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == nows(''.join(edit_lines(raw, e))), key
        # the kept body is never longer than the raw copy from start_at to the cut (only chrome is removed)
        assert len(nows(body)) <= len(nows(segment(raw, e))), key
        # every kept line occurs in the raw copy (possibly shortened by a listed replacement)
        repl_out = set(e.get('replace', {}).values())
        for ln in body.split('\n'):
            assert ln == '' or ln in raw or ln in repl_out, (key, 'line not in raw', ln)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars ({len(nows(txt))} without whitespace), {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
