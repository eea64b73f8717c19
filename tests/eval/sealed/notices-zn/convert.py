#!/usr/bin/env python3
"""Build the library texts of notices-zn.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one
line of RAW (default /tmp/sealed/notices-zn_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    breadcrumbs, injected spam keyword lines, view counters, the file-sharing site's preamble);
  - delete: remove these exact substrings, each occurring exactly once in the kept part (the page-chunk markers
    "\\n2、" / "\\n3、" that a file-sharing site inserts in the middle of words);
  - cut_after: keep the text up to and including this exact string (the last complete sentence or clause before
    the place where the stored copy breaks off, or before the site's footer);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date/source line);
  - drop_repeat_title: remove later lines equal to the first line (the page repeats its headline);
  - join_head: join the first n lines into one line, separated by one space (a headline the page breaks over
    several lines);
  - title: add this line as line 1 (README: which titles are composed, and from which words of the text;
    title_parts lists the strings of the raw copy the composed title is made of).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that every drop /
replace key is a line of the raw copy, and that every part of a composed title occurs in the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/sealed/notices-zn_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 购房补贴 / 契税补贴 / 住房消费 ----
    'mianyang': ('mianyang-housing-market-measures-draft-consultation-news-2022.txt', 752,
                 dict(start_at='四川绵阳:从消费者、企业、市场三方面支持房地产发展',
                      cut_after='实际成交价格不得高于备案价,')),
    'jizhou': ('jizhou-district-new-home-purchase-subsidy-qa-2024.txt', 715,
               dict(start_at='天津蓟州区新建商品住宅购房补贴政策持续多久?',
                    drop_repeat_title=True,
                    cut_after='为同一项目房源重新办理或变更网签备案的。')),
    'xianyou': ('xianyou-county-commercial-housing-purchase-subsidy-opinions-news-2015.txt', 553,
                dict(start_at='记者昨获悉',
                     cut_after='(湄洲日报)',
                     title='仙游县关于促进商品房消费提升城市化水平的实施意见(试行)',
                     title_parts=['仙游县', '关于促进商品房消费提升城市化水平的实施意见(试行)'])),
    'jingmen': ('jingmen-deed-tax-and-housing-purchase-subsidy-notice-news.txt', 838,
                dict(cut_after='并取得不動產(chǎn)契稅完稅憑證。',
                     title='荊門市推動房地產(chǎn)市場平穩(wěn)健康發(fā)展領(lǐng)導(dǎo)小組辦公室'
                           '關(guān)于印發(fā)中心城區(qū)安居工程有關(guān)政策的通知',
                     title_parts=['荊門市推動房地產(chǎn)市場平穩(wěn)健康發(fā)展領(lǐng)導(dǎo)小組辦公室',
                                  '關(guān)于印發(fā)中心城區(qū)安居工程有關(guān)政策的通知'])),
    # ---- topic B: 信用村 / 信用户 / 农村信用体系 ----
    'zherong': ('zherong-county-first-credit-township-news-2018.txt', 522,
                dict(replace={'2018年10月19日 10:57:26 来源:柘荣新闻网 作者:郑章华 刘明也 评论(0)':
                              '2018年10月19日 10:57:26 来源:柘荣新闻网 作者:郑章华 刘明也'},
                     cut_after='实现了村民足不出村便可办理金融业务。')),
    'suqian': ('suqian-rural-credit-system-three-year-action-plan-2023-2025.txt', 727,
               dict(cut_after='多元化和常态化的涉农信用信息采集机制高效运作。',
                    title='宿迁市深入推进农村信用体系建设三年行动计划(2023-2025年)',
                    title_parts=['宿迁市深入推进农村信用体系建设三年行动计划(2023-2025年)'])),
    'hengyang': ('hengyang-county-credit-household-village-township-rating-measures.txt', 712,
                 dict(start_at='信用户、信用村、信用乡镇评定管理办法第一章总则',
                      delete=['\n2、', '\n3、'],
                      cut_after='小组办公室负责,',
                      title='衡阳县信用户、信用村、信用乡镇评定管理办法',
                      title_parts=['衡阳县', '信用户、信用村、信用乡镇评定管理办法'])),
    'shennongjia': ('shennongjia-rural-bank-whole-village-credit-news-2021.txt', 422,
                    dict(cut_after='可随时在家使用手机申请提款。',
                         title='神农架农商银行“整村授信”工作',
                         title_parts=['神农架农商银行', '“整村授信”工作'])),
    # ---- topic C: 文旅 / 餐饮 / 服务业 经营主体 贷款贴息 ----
    'yunyang': ('yunyang-county-cultural-tourism-enterprise-loan-interest-subsidy-notice-2022.txt', 757,
                dict(join_head=3,
                     cut_after='组织文旅企业申报,')),
    'sanya': ('sanya-tourism-enterprise-loan-interest-subsidy-rules-news-2020.txt', 732,
              dict(start_at='三亞:符合條件的旅游企業可同時享受省、市兩級財政貼息',
                   cut_after='分別給予流動資金貸款市級財政貼息以及經營場所改造升級貸款市級財政貼息。')),
    'fujian': ('fujian-province-hard-hit-enterprise-loan-interest-subsidy-news-2020.txt', 560,
               dict(start_at='福建给予受疫情影响严重旅企贷款贴息',
                    cut_after='(吴健芳)')),
    'national': ('national-service-sector-business-loan-interest-subsidy-plan-2025.txt', 748,
                 dict(start_at='财政部 民政部 人力资源社会保障部 商务部 文化和旅游部 国家卫生健康委 中国人民银行 '
                               '金融监管总局 体育总局关于印发',
                      cut_after='8类消费领域服务业经营主体发放。')),
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
    for d in e.get('delete', []):
        assert text.count(d) == 1, ('delete', d)
        text = text.replace(d, '')
    lines = [ln.strip() for ln in text.split('\n')]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    if e.get('drop_repeat_title'):
        first = next(ln for ln in lines if ln)
        seen = False
        kept = []
        for ln in lines:
            if ln == first:
                if seen:
                    continue
                seen = True
            kept.append(ln)
        lines = kept
    if e.get('join_head'):
        n = e['join_head']
        head = [ln for ln in lines if ln][:n]
        rest = lines[:]
        for h in head:
            rest.remove(h)
        lines = [' '.join(head)] + rest
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
        if 'title' in e:
            assert ''.join(e['title_parts']) == e['title'], (key, 'title is not its parts')
            for p in e['title_parts']:
                assert p in raw, (key, 'title part not in raw copy', p)
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
        # everything removed from that segment is listed: delete strings, dropped/replaced line parts, repeats
        removed = len(nows(seg)) - len(nows(body))
        allowed = sum(len(nows(d)) for d in e.get('delete', []))
        allowed += sum(len(nows(a)) - len(nows(b)) for a, b in e.get('replace', {}).items())
        allowed += sum(len(nows(d)) * seg.count(d) for d in e.get('drop', []))
        if e.get('drop_repeat_title'):
            first = nows(e['start_at'])
            allowed += len(first) * sum(1 for ln in seg.split('\n') if ln.strip() == e['start_at']) - len(first)
        assert removed == allowed, (key, removed, allowed)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
