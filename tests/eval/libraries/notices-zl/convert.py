#!/usr/bin/env python3
"""Build the library texts of notices-zl.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one line of
RAW (default /tmp/libraries/notices-zl_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}.
The twelfth (guangdong) is a whole file of the public GitHub collection LawRefBook/Laws at commit
2f4c5c23716267af9dbebbbbd6cbbf732b101981, path DLC/广东地方法规/地方性法规/广东/广东省粮食安全保障条例(2021-09-29).md,
saved byte for byte (`git show`) as RAW_DIR/guangdong-grain.md.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    item before the place where the stored copy breaks off, or before trailing site chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome, image captions, HTML
    comments of the collection);
  - replace: replace a whole stripped line by another (only to remove page chrome from a metadata line);
  - demark: remove the Markdown heading marks ('# ', '## ') the GitHub collection puts before headings;
  - title: add this line as line 1 (README: which titles are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that the only
characters removed are those of the listed edits, and that every drop / replace key is a line of the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/libraries/notices-zl_raw')
RAW = os.path.join(RAW_DIR, 'raw.jsonl')
GITHUB = {'guangdong': 'guangdong-grain.md'}

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 粮食收购 / 农业龙头企业 贷款贴息 ----
    'xishui': ('xishui-county-agri-loan-interest-subsidy-interpretation-2025.txt', 708, dict()),
    'songyang': ('songyang-county-leading-agri-enterprise-support-plan-interpretation-2023.txt', 730,
                 dict(cut_after='则6月以前按照在库2年标准奖补。',
                      title='《松阳县扶持农业龙头企业实施方案(试行)》政策解读')),
    'yanshou': ('yanshou-county-adbc-corn-purchase-loan-news-2019.txt', 285,
                dict(title='中國農業發展銀行延壽縣支行投放玉米專項收購貸款')),
    'guangdong': ('guangdong-grain-security-regulation-2021.txt', 5247,
                  dict(demark=True, drop=['<!-- INFO END -->'])),
    # ---- topic B: 数字人民币 红包 / 支付便利化 ----
    'pujiang': ('pujiang-county-digital-rmb-consumption-red-packet-guide-2023.txt', 501,
                dict(drop=['(相关资料图)'], cut_after='不可为他人付款,不可售卖。')),
    'gansu': ('gansu-payment-facilitation-progress-news-2024.txt', 533,
              dict(drop=['(资料图)'], title='人民银行甘肃省分行全速推进各项支付便利化措施落地')),
    'jiangxi': ('jiangxi-payment-facilitation-work-plan-2024.txt', 854,
                dict(cut_after='按照全國重點城市標準推進相關工作。',
                     title='江西省人民政府辦公廳關于印發《江西省優化支付服務提升支付便利性工作方案》的通知')),
    'qinghai': ('qinghai-payment-facilitation-foreign-card-news-2024.txt', 833,
                dict(cut_after='《境外來青人員支付服務(wù)指南》。',
                     title='中國人民銀行青海省分行采取多項舉措優(yōu)化支付服務(wù)')),
    # ---- topic C: 地方金融 监督管理 条例 / 指引 ----
    'chongqing': ('chongqing-local-finance-regulation-draft-consultation-2025.txt', 761,
                  dict(drop=['《重庆市地方金融条例(草案)》征求意见 - 重庆人大网'],
                       cut_after='遵循分类管理、安全审慎、防范风险、稳健发展的原则。')),
    'guizhou': ('guizhou-local-finance-supervision-regulation-2021.txt', 907,
                dict(replace={'瀏覽量:          時(shí)間:2022-01-10 21:59:43': '時(shí)間:2022-01-10 21:59:43'},
                     cut_after='從事金融業(yè)務(wù)的其他組織。')),
    'hunan': ('hunan-local-finance-supervision-regulation-news-2022.txt', 839,
              dict(cut_after='推動產(chǎn)業(yè)轉(zhuǎn)型升級和經(jīng)濟高質(zhì)量發(fā)展。',
                   title='《湖南省地方金融監(jiān)督管理條例》')),
    'neimenggu': ('inner-mongolia-guarantee-company-equity-guideline-2021.txt', 794,
                  dict(drop=['字体:'], cut_after='将股东分为主要股东和 一般股东;')),
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
        text = text[:text.index(e['cut_after']) + len(e['cut_after'])]
    return text


def edit_lines(raw, e):
    lines = [ln.strip() for ln in segment(raw, e).split('\n')]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    if e.get('demark'):
        lines = [re.sub(r'^#{1,6} ', '', ln) for ln in lines]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def nows(s):
    return re.sub(r'\s', '', s)


def removed_ok(seg, body, e):
    """Every character of the raw segment that is not in the body belongs to a listed edit."""
    expect = nows(seg)
    for d in e.get('drop', []):
        expect = expect.replace(nows(d), '', 1) if nows(d) in expect else expect
    for a, b in e.get('replace', {}).items():
        expect = expect.replace(nows(a), nows(b), 1)
    if e.get('demark'):
        expect = ''.join(re.sub(r'^#{1,6} ', '', ln.strip()) for ln in seg.split('\n'))
        expect = nows(expect)
        for d in e.get('drop', []):
            expect = expect.replace(nows(d), '')
    return expect == nows(body)


def main():
    raws = {}
    for ln in open(RAW, encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']] = d['excerpt']
    for key, fn in GITHUB.items():
        raws[key] = open(os.path.join(RAW_DIR, fn), encoding='utf-8').read()
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
        seg = segment(raw, e)
        assert removed_ok(seg, body, e), (key, 'characters removed beyond the listed edits')
        assert len(nows(body)) <= len(nows(seg)), key
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
