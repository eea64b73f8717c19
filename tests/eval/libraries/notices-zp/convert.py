#!/usr/bin/env python3
"""Build the library texts of notices-zp.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one line of
RAW (default /tmp/libraries/notices-zp_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}.
The twelfth text (山东省农业机械化促进条例) is a whole regulation from the public GitHub collection LawRefBook/Laws
(commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981, path
DLC/山东地方法规/地方性法规/山东/山东省农业机械化促进条例(2020-11-27).md), saved unchanged as MD (default
/tmp/libraries/notices-zp_raw/shandong.md).

Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    accessibility links, "内容预览:" of a document-sharing site);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    heading before the place where the stored copy breaks off, or before trailing site chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome; in the MD file the
    collection's `<!-- INFO END -->` marker);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date line);
  - unheading: remove the Markdown heading marks ('# ', '## ') of the GitHub file;
  - title: add this line as line 1 (README: which titles are composed, and from what).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that the kept body is
never longer than that raw segment, and that every drop / replace key is a line of the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-zp_raw/raw.jsonl')
RAW_MD = os.environ.get('RAW_MD', '/tmp/libraries/notices-zp_raw/shandong.md')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 林业(绿色)贷款贴息 ----
    'jingning': ('jingning-county-forestry-loan-interest-subsidy-notice-2023.txt', 474,
                 dict(title='静宁县林业和草原局关于做好2024年林业贷款中央财政贴息资金申报工作的公告')),
    'longling': ('longling-county-forestry-loan-interest-subsidy-guide-2019.txt', 989,
                 dict(cut_after='(申報(bào)時(shí)間需提前至8月30日以前);',
                      title='龍陵縣林業貼息貸款工作指南')),
    'lichuan': ('lichuan-county-forestry-loan-interest-subsidy-news-2023.txt', 363,
                dict(title='黎川縣林業局組織開展2023年林業貸款貼息需求申報工作')),
    # ---- topic B: 尽职免责 / 敢贷愿贷 激励约束 ----
    'sanming': ('sanming-private-small-micro-financing-measures-2025.txt', 708,
                dict(cut_after='修复经营主体信用。',
                     title='三明市提增民营小微企业融资服务质效若干措施')),
    'yanan': ('yanan-inclusive-credit-due-diligence-exemption-survey-2025.txt', 699,
              dict(cut_after='普惠金融服务工作取得了积极进展。',
                   title='延安金融监管分局关于普惠金融尽职免责机制落实情况的调查')),
    'tianzhu': ('tianzhu-county-bank-lending-incentive-news-2012.txt', 477, dict()),
    'xiangyin': ('xiangyin-county-finance-real-economy-opinions-draft-deliberation.txt', 704,
                 dict(start_at='关于金融支持实体经济发展的实施意见',
                      cut_after='再贴现额度,',
                      title='湘阴县关于金融支持实体经济发展的实施意见(审议稿)')),
    # ---- topic C: 设施农业 / 农机 贷款贴息 ----
    'jieyang': ('jieyang-facility-agriculture-loan-interest-subsidy-notice-2024.txt', 754,
                dict(start_at='关于做好现代设施农业建设贷款贴息申报工作的通知',
                     replace={'来源:本网 发布时间:2024-01-22 17:22:22 浏览次数: - 【字体: 分享到:':
                              '来源:本网 发布时间:2024-01-22 17:22:22'},
                     cut_after='配套环保处理等环节中的基础设施、固定资产设备投资。',
                     title='揭阳市农业农村局关于做好现代设施农业建设贷款贴息申报工作的通知')),
    'chongzhou': ('chongzhou-facility-agriculture-loan-interest-subsidy-2023.txt', 1035,
                  dict(cut_after='工作進(jìn)行督促指導(dǎo),',
                       title='崇州市2023年度現代設施農業建設貸款貼息申報工作')),
    'yichuan': ('yichuan-county-facility-agriculture-loan-interest-subsidy-notice.txt', 703,
                dict(cut_after='有关流程执行。',
                     title='宜川县设施农业贷款贴息有关事宜公示公告')),
    'kecheng': ('kecheng-district-facility-agriculture-loan-interest-subsidy-notice-2026.txt', 319,
                dict(title='衢州市柯城区农业农村局2025年度现代设施农业项目贷款贴息申报清算工作')),
    'shandong': ('shandong-agricultural-mechanization-promotion-regulation-2020.txt', 4846,
                 dict(drop=['<!-- INFO END -->'], unheading=True)),
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


def main():
    raws = {}
    for ln in open(RAW, encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']] = d['excerpt']
    raws['shandong'] = open(RAW_MD, encoding='utf-8').read()
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
        # the kept body is never longer than the raw copy from start_at to the cut (only chrome is removed)
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        end = raw.index(e['cut_after']) + len(e['cut_after']) if 'cut_after' in e else len(raw)
        seg = raw[start:end]
        assert len(nows(body)) <= len(nows(seg)), key
        # only the listed chrome differs: what was removed from the segment is exactly the dropped/replaced
        # line content and the heading marks
        removed = len(nows(seg)) - len(nows(body))
        allowed = sum(len(nows(d)) for d in e.get('drop', []) if d in seg)
        allowed += sum(len(nows(a)) - len(nows(b)) for a, b in e.get('replace', {}).items() if a in seg)
        if e.get('unheading'):
            allowed += sum(len(m.group(0).strip()) for m in re.finditer(r'(?m)^#{1,6} ', seg))
        assert removed == allowed, (key, removed, allowed)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
