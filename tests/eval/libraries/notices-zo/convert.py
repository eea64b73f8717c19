#!/usr/bin/env python3
"""Build the library texts of notices-zo.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README; one (杭州) is a whole regulation from the public GitHub collection LawRefBook/Laws (file `DLC/浙江地方法规/
地方性法规/浙江/杭州市跨境电子商务促进条例(2017-01-13).md`, commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981).
Each page excerpt was pasted, as the JSON string the tool returned, into a Python string and written as one line of
RAW (default /tmp/libraries/notices-zo_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}; the GitHub file was written there verbatim (`git show`).
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    breadcrumbs, site navigation, host lines, a first copy of the headline followed by a breadcrumb);
  - cut_after: keep the text up to and including this exact string (the last complete sentence before the place
    where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: share buttons, font-size
    switches, the GitHub file's metadata marker);
  - replace: replace a whole stripped line by another (only to remove injected site chrome from a date line);
  - unmark: remove leading Markdown heading marks ('# ', '## ') of the GitHub file;
  - title: add this line as line 1 (README: which titles are composed, and from which quoted name).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed; that every drop /
replace key is a line of the raw copy; and that the kept body is never longer than that raw segment.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-zo_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 跨境电商 / 海外仓 / 外贸 融资支持 ----
    'hangzhou': ('hangzhou-cross-border-ecommerce-promotion-regulation-2017.txt', 5571,
                 dict(drop=['<!-- INFO END -->'], unmark=True,
                      cut_after='第四十五条 本条例自2017年3月1日起施行。')),
    'sichuan': ('sichuan-overseas-warehouse-three-year-action-plan-2024.txt', 715,
                dict(cut_after='培育一批数字化引领型海外仓企业。',
                     title='四川省海外仓高质量发展三年行动方案')),
    'shaanxi': ('shaanxi-sme-foreign-trade-loan-risk-compensation-news.txt', 704,
                dict(cut_after='专门用于补偿中行陕西省分行为中小外贸企业发放贷款形成的不良本金。',
                     title='陕西省中小外贸企业银行贷款风险补偿机制')),
    'fujian': ('fujian-commerce-foreign-trade-loan-risk-sharing-case.txt', 712,
               dict(cut_after='其他银行为上一年度普惠小微企业贷款加权平均利率。',
                    title='福建省商务厅商贸贷、外贸贷政策')),
    # ---- topic B: 残疾人 / 妇女 / 农民工 创业贷款及贴息 ----
    'mengshan': ('mengshan-county-migrant-worker-startup-loan-guarantee-fund-news-2016.txt', 293,
                 dict(cut_after='为农民工返乡创业注入强大动力。')),
    'hunan': ('hunan-disabled-startup-microloan-interest-subsidy-news.txt', 403,
              dict(cut_after='本文为湖南频道原创文章,转载请附上原文出处链接和本声明。',
                   title='湖南省残疾人创业小额贷款贴息项目')),
    'hubei': ('hubei-women-startup-guaranteed-loan-interest-subsidy-qa-2011.txt', 732,
              dict(replace={'来源:bet365官方网址 发布时间:2011-04-14 点击次数: 次': '发布时间:2011-04-14'},
                   cut_after='均作为微利项目,在贷款期限内给予全额贴息')),
    'hebei': ('hebei-women-microloan-guarantee-rules-draft-consultation-news.txt', 927,
              dict(cut_after='已培訓(xùn)婦女近60萬人(次)。',
                   title='《河北省婦女小額擔(dān)保貸款實(shí)施細(xì)則》(征求意見稿)')),
    # ---- topic C: 企业发行债券 / 直接融资 奖励 ----
    'futian': ('futian-district-enterprise-bond-through-train-measures.txt', 722,
               dict(cut_after='及拒不退还支持资金的违约责任。')),
    'huangpu': ('huangpu-district-bond-financing-subsidy-application-notice-2022.txt', 948,
                dict(start_at='關(guān)于組織申報黃埔區廣州開(kāi)發(fā)區2022年 11月債券融資業(yè)務(wù)、境內外資本市場(chǎng)上市獎勵等項目的通知\n\n發(fā)布',
                     cut_after='分階段給予獎勵。')),
    'heilongjiang': ('heilongjiang-time-honored-brand-debt-financing-subsidy-rules-news-2018.txt', 763,
                     dict(start_at='符合條件的『老字號』',
                          drop=['關注東北網', '微博', 'Qzone', '極光新聞'],
                          cut_after='不重復享受政策補貼。')),
    'anhui': ('anhui-direct-financing-reward-news-2019.txt', 759,
              dict(start_at='安徽:2.6億元',
                   drop=['字號:默認 超大 | 打印 |'],
                   cut_after='及大別山革命老區企業。')),
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
    if e.get('unmark'):
        lines = [re.sub(r'^#{1,2} ', '', ln) for ln in lines]
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
        # only whole lines were removed or replaced: every kept line (bar the replaced ones and unmarked
        # headings) is a line of the raw segment
        seg_lines = {ln.strip() for ln in seg.split('\n')}
        allowed = set(e.get('replace', {}).values())
        for ln in body.split('\n'):
            if ln and ln not in seg_lines and ln not in allowed and not (
                    e.get('unmark') and ('# ' + ln in seg_lines or '## ' + ln in seg_lines)):
                # the cut can end inside a raw line: the last kept line is a prefix of a raw line
                assert any(s.startswith(ln) for s in seg_lines), (key, ln[:40])
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
