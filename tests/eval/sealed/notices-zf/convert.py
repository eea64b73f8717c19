#!/usr/bin/env python3
"""Build the library texts of notices-zf.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was transcribed, as the JSON string the tool returned, into one line of RAW (default
/tmp/sealed/notices-zf_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}.
The twelfth text is a whole regulation from the public GitHub collection LawRefBook/Laws (commit
2f4c5c23716267af9dbebbbbd6cbbf732b101981, file `DLC/广东地方法规/地方性法规/广东/广东省中新广州知识城条例(2022-01-16).md`),
saved unchanged as ZSC (default /tmp/sealed/notices-zf_raw/zhishicheng.md, sha256 in ZSC_SHA256).

Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    an image file name, a "download the original file" label);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    item before the place where the stored copy breaks off, or before the site chrome below the article);
  - drop: remove lines whose stripped text equals one of these strings (site chrome, markup);
  - replace: replace a whole stripped line by another (only to remove a file extension from a download link);
  - unmark: remove the Markdown heading marks ('# ', '## ') of the GitHub copy;
  - title: add this line as line 1 (README: which titles are the page's own headline repeated, which are
    composed).
Every line is stripped of leading and trailing whitespace (also U+3000 and U+00A0); runs of blank lines become one
blank line. The script asserts (1) that the raw copy has the recorded length, (2) that every drop / replace key is a
line of the raw copy, and (3) independently of the build, that the non-blank body lines are exactly the non-blank
stripped lines of the raw copy from start_at to the cut, minus the dropped lines, with only the listed replace /
unmark edits applied (the last line may be cut inside a raw line, at cut_after).
"""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/sealed/notices-zf_raw/raw.jsonl')
ZSC = os.environ.get('ZSC', '/tmp/sealed/notices-zf_raw/zhishicheng.md')
ZSC_SHA256 = 'c8b22265871ab00016fff53e22f3338521480ae3c5fffcc4d624450254833d1e'

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 知识产权证券化 / 资产证券化 ----
    'nanjing': ('nanjing-jiangbei-ip-securitization-enterprise-pool-application-notice-2022.txt', 751,
                dict(cut_after='无历史违约逾期记录;')),
    'suzhou': ('suzhou-industrial-park-ip-securitization-first-product-news-2020.txt', 449,
               dict(start_at='省内首单知识产权证券化产品花落苏州园区',
                    drop=['1', '听新闻'],
                    cut_after='(林言君 范昕怡)')),
    'xiangjiang': ('xiangjiang-new-area-ip-abs-loan-model-approval-news-2022.txt', 702,
                   dict(cut_after='考核内容。')),
    'zhishicheng': ('zhishicheng-sino-singapore-guangzhou-knowledge-city-regulation-2022.txt', 7432,
                    dict(drop=['<!-- INFO END -->'], unmark=True)),
    # ---- topic B: 跨境融资 / 外债 / 跨境人民币 ----
    'hengqin': ('hengqin-macao-bond-issuance-support-measures-interpretation-2022.txt', 724,
                dict(cut_after='便于日后作出相应的调整。',
                     title='横琴粤澳深度合作区出台金融专项政策')),
    'kunshan': ('kunshan-cross-border-rmb-loan-pilot-news-2015.txt', 522, dict()),
    'dongxing': ('dongxing-rmb-vnd-exchange-pilot-news-2014.txt', 433,
                 dict(title='广西东兴国家重点开发开放试验区人民币与越南盾特许兑换业务试点')),
    'suifenhe': ('suifenhe-ruble-use-pilot-city-news-2013.txt', 727,
                 dict(cut_after='奠定坚实基础。')),
    # ---- topic C: 巨灾保险 / 政策性保险 ----
    'guangyuan': ('guangyuan-earthquake-catastrophe-insurance-pilot-plan-news-2017.txt', 913,
                  dict(cut_after='《方案》明細(xì)了各部門的工作職責(zé)。',
                       title='廣元市城鄉(xiāng)居民住宅地震巨災(zāi)保險試點(diǎn)工作方案')),
    'shawan': ('shawan-district-earthquake-catastrophe-insurance-plan-2018.txt', 728,
               dict(start_at='關于印發樂山市沙灣區城鄉居民住宅地震巨災保險工作實施方案的通知',
                    replace={'關于印發樂山市沙灣區城鄉居民住宅地震巨災保險工作實施方案的通知(樂沙府辦函〔2018〕13號).pdf':
                             '關于印發樂山市沙灣區城鄉居民住宅地震巨災保險工作實施方案的通知(樂沙府辦函〔2018〕13號)'},
                    cut_after='特制定如下方案。')),
    'macheng': ('macheng-catastrophe-insurance-notice-2020.txt', 750,
                dict(cut_after='需紧急生活救助8000人(含)以上;',
                     title='麻城市人民政府2020年巨灾保险通告')),
    'ningbo': ('ningbo-catastrophe-insurance-opinions-draft-consultation-2017.txt', 746,
               dict(cut_after='现提出如下实施意见。',
                    title='《宁波市人民政府办公厅关于深化巨灾保险工作的实施意见(征求意见稿)》和'
                          '《宁波市深化巨灾保险工作实施方案(征求意见稿)》公开征求意见')),
}

WS = ' \t\r\n\u3000\u00a0'


def unmark(ln):
    return re.sub(r'^#{1,6} ', '', ln)


def edit_lines(raw, e):
    text = raw
    if 'start_at' in e:
        assert e['start_at'] in text, e['start_at']
        text = text[text.index(e['start_at']):]
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = [ln.strip(WS) for ln in text.split('\n')]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    if e.get('unmark'):
        lines = [unmark(ln) for ln in lines]
    return lines


def squeeze(lines):
    out, blank = [], False
    for ln in lines:
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


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def check(key, raw, e, txt):
    """Independent check: body lines = raw lines in the kept segment, minus drops, with only listed edits."""
    body = txt
    if 'title' in e:
        assert txt.startswith(e['title'] + '\n\n'), key
        body = txt[len(e['title']) + 2:]
    got = [ln for ln in body.split('\n') if ln]
    start = raw.index(e['start_at']) if 'start_at' in e else 0
    end = raw.index(e['cut_after'], start) + len(e['cut_after']) if 'cut_after' in e else len(raw)
    seg = [ln.strip(WS) for ln in raw[start:end].split('\n')]
    want = []
    for ln in seg:
        if not ln or ln in e.get('drop', []):
            continue
        ln = e.get('replace', {}).get(ln, ln)
        if e.get('unmark'):
            ln = unmark(ln)
        want.append(ln)
    assert got == want, (key, [(a, b) for a, b in zip(got, want) if a != b][:3], len(got), len(want))
    raw_lines = {ln.strip(WS) for ln in raw.split('\n')}
    for ln in got[:-1]:
        assert ln in raw_lines or ln in e.get('replace', {}).values() or (e.get('unmark') and ('# ' + ln in raw_lines or '## ' + ln in raw_lines)), (key, ln)
    last = got[-1]
    assert any(r.startswith(last) for r in raw_lines), (key, 'last line is not a prefix of a raw line', last)


def main():
    raws = {}
    for ln in open(RAW, encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']] = d['excerpt']
    zsc = open(ZSC, encoding='utf-8').read()
    assert hashlib.sha256(zsc.encode('utf-8')).hexdigest() == ZSC_SHA256, 'zhishicheng.md differs from the GitHub copy'
    raws['zhishicheng'] = zsc
    assert set(raws) == set(EDITS), set(raws) ^ set(EDITS)
    for key, (dst, n, e) in EDITS.items():
        raw = raws[key]
        if len(raw) != n:
            sys.exit(f'{key}: {len(raw)} chars, expected {n}')
        raw_lines = {ln.strip(WS) for ln in raw.split('\n')}
        for d in e.get('drop', []):
            assert d in raw_lines, (key, 'drop not a raw line', d)
        for a in e.get('replace', {}):
            assert a in raw_lines, (key, 'replace not a raw line', a)
        txt = build(raw, e)
        check(key, raw, e, txt)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
