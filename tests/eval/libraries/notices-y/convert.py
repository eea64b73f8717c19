#!/usr/bin/env python3
"""Build the library texts of notices-y.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one
line of RAW (default /tmp/libraries/notices-y_raw/raw.jsonl, built by make_raw.py in the same folder; kept out of
this folder so that no extra document is ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    heading before the place where the stored copy breaks off);
  - space_breaks: a page whose line breaks were stored as single spaces (本溪): every ' ' that stands between two
    non-space characters becomes a line break (whitespace only; the check below ignores whitespace);
  - title: add this line as line 1 (README: which titles repeat the page's own headline, which are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut, character for character once whitespace is removed (so nothing was rewritten, added or dropped inside
the kept span).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-y_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 林权 / 农村土地经营权 抵押(质押)贷款 ----
    'jiaoling': ('jiaoling-county-land-contract-right-mortgage-loan-risk-compensation-measures-2023.txt', 738,
                 dict(cut_after='实行农村土地承包经营户、承贷金融机构、村委会三方协议制度,',
                      title='蕉岭县农村土地承包经营权抵押贷款风险补偿暂行办法')),
    'benxi': ('benxi-forest-right-mortgage-loan-implementation-opinions-2006.txt', 462,
              dict(space_breaks=True,
                   cut_after='必须经村民大会或村民代表大会通过;')),
    'changting': ('changting-county-yilindai-forest-right-income-pledge-loan-report.txt', 927,
                  dict(cut_after='利率比普通貸款優(yōu)惠30%,最長可達(dá)十年,',
                       title='長汀縣“益林貸”林權收益權質押貸款')),
    'guangxi': ('guangxi-forestry-high-quality-finance-notice-interpretation-2025.txt', 692,
                dict(cut_after='提出15条具体措施。')),
    # ---- topic B: 金融机构支持地方经济发展 考核 / 奖励 ----
    'dazhou': ('dazhou-fiscal-finance-interaction-plan-draft-consultation-2025.txt', 770,
               dict(cut_after='(1)支持做大信贷总量。',
                    title='达州市财政局关于《关于深入实施财政金融互动政策服务实体经济的实施方案(征求意见稿)》公开征求意见')),
    'balinzuoqi': ('balinzuoqi-banner-bank-county-economy-assessment-measures-2024.txt', 743,
                   dict(cut_after='按季度考核参评银行业金融机构新增涉农贷款额,第一名得10分,按名次依次递减1分。',
                        title='巴林左旗人民政府办公室关于印发《巴林左旗银行业金融机构支持县域经济发展工作考核办法》的通知')),
    'chunan': ('chunan-county-financial-institution-assessment-reward-measures-2020.txt', 712,
               dict(cut_after='三项相加,排序计奖',
                    title='淳安县金融机构支持地方经济及社会发展考评奖励办法(试行)')),
    'ningshan': ('ningshan-county-bank-support-evaluation-incentive-measures-2024.txt', 1019,
                 dict(cut_after='當(dāng)期存貸比占當(dāng)期納入考評(píng)銀行機(jī)構(gòu)存貸比的權(quán)重再乘以該項(xiàng)滿分分值',
                      title='銀行業(yè)金融機(jī)構(gòu)支持寧陜高質(zhì)量發(fā)展評(píng)價(jià)激勵(lì)辦法(試行)')),
    # ---- topic C: 融资租赁 补贴 / 奖补 (商业保理 only named) ----
    'ningxia': ('ningxia-industrial-enterprise-finance-lease-subsidy-application-notice-2020.txt', 764,
                dict(cut_after='5.企业营业执照副本;',
                     title='关于2020年度工业企业融资租赁补贴申报有关事项的通知')),
    'xiamen': ('xiamen-sme-finance-lease-subsidy-fund-application-2019.txt', 337,
               dict(cut_after='专项资金不再予以重复支持。',
                    title='厦门市2019年度中小企业融资租赁补助资金启动申报')),
    'fujian': ('fujian-province-finance-lease-development-opinions-report-2016.txt', 589,
               dict(cut_after='單個企業最高不超過500萬元。(記者 朱毓松)',
                    title='福建省《關于促進融資租賃業發展的意見》')),
    'dalian': ('dalian-finance-lease-enterprise-support-measures-2017.txt', 722,
               dict(cut_after='第四条 有关部门应为融资租赁企业提供良好的营商环境。')),
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
    if e.get('space_breaks'):
        text = re.sub(r'(?<=\S) (?=\S)', '\n', text)
    return [ln.strip() for ln in text.split('\n')]


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
        assert set(e) <= {'start_at', 'cut_after', 'space_breaks', 'title'}, (key, set(e))
        txt = build(raw, e)
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        seg = raw[start:raw.index(e['cut_after']) + len(e['cut_after'])]
        # the kept body is exactly the raw span from start_at to the cut, whitespace aside
        assert nows(body) == nows(seg), key
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
