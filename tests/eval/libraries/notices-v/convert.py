#!/usr/bin/env python3
"""Build the library texts of notices-v.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one
line of RAW (default /tmp/libraries/notices-v_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam keyword lines of mirror sites, breadcrumbs, share buttons);
  - drop_head: drop the first n lines (a metadata table the page prints twice: its first, one-row-per-pair
    rendering is dropped, the second rendering is kept);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, item or clause
    before the place where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date line);
  - unbullet: remove a leading '• ' (list bullets of the site layout) from a line;
  - title: add this line as line 1 (README: which titles are the page's own headline repeated, which are
    composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that every drop /
replace key is a line of the raw copy, and that nothing was kept that is not in the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-v_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 供应链金融 / 应收账款融资 ----
    'ningde': ('ningde-receivables-financing-reward-application-notice-2022.txt', 613,
               dict(title='关于2022年宁德市应收账款融资奖励资金申报有关事项的通知')),
    'sichuan': ('sichuan-receivables-financing-core-enterprise-award-application-notice-2019.txt', 759,
                dict(cut_after='(六)承诺函(附件4)。',
                     title='关于开展2018年度四川省应收账款融资核心企业奖补资金申报工作的通知')),
    'jinxi': ('jinxi-county-government-procurement-contract-financing-news.txt', 920,
              dict(cut_after='為企業(yè)提供更優(yōu)惠便利的融資服務(wù)。')),
    'chongqing': ('chongqing-auto-moto-receivables-pledge-core-enterprise-award-2020.txt', 1006,
                  dict(start_at='重慶市供應(yīng)鏈應(yīng)收賬款質(zhì)押融資核心企業(yè)獎(jiǎng)勵(lì)',
                       replace={'發(fā)布時(shí)間:2020-08-20內(nèi)容編輯:宇辰管理 點(diǎn)擊數(shù):':
                                '發(fā)布時(shí)間:2020-08-20'},
                       cut_after='加蓋申報(bào)單位公章;')),
    # ---- topic B: 科技金融 (科技贷 / 科技信贷 贴息、担保、奖励) ----
    'shizuishan': ('shizuishan-tech-innovation-loan-interim-measures.txt', 698,
                   dict(cut_after='为企业提供融资贷款服务。',
                        title='石嘴山市“科技创新贷”业务管理暂行办法')),
    'beilun': ('beilun-district-tech-loan-interest-subsidy-disbursement-notice-2025.txt', 734,
               dict(drop_head=4,
                    title='关于组织开展2024年度北仑区(开发区)科技金融贷款贴息和担保费拟补贴资金发放的通知')),
    'tianjin': ('tianjin-fledgling-enterprise-loan-reward-measures-draft-consultation-2021.txt', 860,
                dict(title='天津市雛鷹企業(yè)貸款獎(jiǎng)勵(lì)及瞪羚企業(yè)、科技領(lǐng)軍企業(yè)和科技領(lǐng)軍培育企業(yè)股改獎(jiǎng)勵(lì)管理辦法(征求意見稿)公開征求意見')),
    'panan': ('panan-county-tech-credit-guarantee-loan-rules-press-conference-2024.txt', 294,
              dict(title='《磐安县科技信用担保贷款实施细则(试行)》新闻发布会')),
    # ---- topic C: 地方金融组织 (融资租赁 / 典当 / 小贷 / 保理) 监管 ----
    'jilin': ('jilin-finance-leasing-company-supervision-rules-2021.txt', 765,
              dict(cut_after='实现行业高质量发展。')),
    'dongguan': ('dongguan-local-finance-organizations-onsite-inspection-notice-2021.txt', 790,
                 dict(start_at='东莞市金融工作局关于开展2021年',
                      unbullet=True,
                      drop=['• 【字体:'],
                      cut_after='13家融资租赁公司法人机构进行现场检查;')),
    'dalian': ('dalian-pawn-enterprise-annual-review-notice-2025.txt', 777,
               dict(cut_after='(八)典当企业年度财务自查报告。')),
    'beijing': ('beijing-four-local-finance-guidelines-qa-2020.txt', 713,
                dict(cut_after='从而达到促进行业健康发展的目标。',
                     title='《北京市典当行监督管理指引(试行)》等四个《指引》解读')),
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
    if e.get('drop_head'):
        lines = lines[e['drop_head']:]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    if e.get('unbullet'):
        lines = [ln[2:] if ln.startswith('• ') else ln for ln in lines]
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
        end = raw.index(e['cut_after']) + len(e['cut_after']) if 'cut_after' in e else len(raw)
        seg = raw[start:end]
        assert len(nows(body)) <= len(nows(seg)), key
        # every kept line (except a replaced one) is a line of the raw copy or a bullet-stripped raw line
        for ln in body.split('\n'):
            if ln and ln not in e.get('replace', {}).values():
                assert ln in seg or ('• ' + ln) in seg, (key, ln)
        # a composed title that quotes the text: each title is reported in the README
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
