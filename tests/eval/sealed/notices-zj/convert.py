#!/usr/bin/env python3
"""Build the library texts of notices-zj.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was copied, as the JSON string the tool returned, into json.loads and written as one line of
RAW (default /tmp/sealed/notices-zj_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}.
The twelfth text (山东省就业促进条例) is a whole file of the GitHub collection LawRefBook/Laws, commit
2f4c5c23716267af9dbebbbbd6cbbf732b101981, path DLC/山东地方法规/地方性法规/山东/山东省就业促进条例(2016-03-30).md,
saved by `git show` as MD (default /tmp/sealed/notices-zj_raw/shandong-employment-promotion-regulation.md).
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    breadcrumbs, site name, a mirror's telephone line, a photo-gallery label);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    heading before the place where the stored copy breaks off, or before trailing site chrome);
  - drop: remove lines whose stripped text equals one of these strings (site chrome, an injected spam line);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date line);
  - unbullet: remove a leading '• ' (list bullets of the site layout) from a line;
  - md: remove the Markdown marks of the GitHub file (a leading '# ' / '## ' and the '<!-- INFO END -->' line);
  - title: add this line as line 1 (README: which titles are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that the kept body is
never longer than that raw segment, and that every drop / replace key is a line of the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/sealed/notices-zj_raw/raw.jsonl')
RAW_MD = os.environ.get('RAW_MD', '/tmp/sealed/notices-zj_raw/shandong-employment-promotion-regulation.md')

SPAM_SX = ('注冊公司是創(chuàng)業(yè)者必須面對(duì)的一項(xiàng)任務(wù)。雖然這個(gè)過程可能會(huì)有些復(fù)雜,'
           '但是只有完成了這個(gè)過程,你的企業(yè)才能夠合法地運(yùn)營。下面,跟著主頁一起了解下深圳回運(yùn)城'
           '創(chuàng)業(yè)補(bǔ)貼多少的信息,希望可以幫你解決你現(xiàn)在所苦惱的問題。')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 支农支小再贷款 / 再贴现 ----
    'xiangyang': ('xiangyang-rediscount-demonstration-zone-news-2019.txt', 724,
                  dict(cut_after='提高再贴现资金使用效果。')),
    'nanping': ('nanping-relending-rural-revitalization-demonstration-points-news-2025.txt', 726,
                dict(cut_after='降低单点型示范点贷款融资成本。',
                     title='人民银行南平市分行打造支农支小再贷款支持乡村振兴示范点')),
    'urumqi': ('urumqi-spring-ploughing-agricultural-relending-news-2019.txt', 803,
               dict(start_at='新华社乌鲁木齐3月17日电',
                    cut_after='全疆春耕备耕生产得到有力支持。',
                    title='中国人民银行乌鲁木齐中心支行累计发放2019年度春耕备耕支农再贷款')),
    'gansu': ('gansu-province-agri-sme-relending-dedicated-quota-news-2025.txt', 712,
              dict(cut_after='养殖等特色产业发展。',
                   title='中国人民银行甘肃省分行设立支农支小再贷款专用额度')),
    # ---- topic B: 退役军人 / 高校毕业生 / 返乡入乡 创业贷款及贴息 ----
    'fangxian': ('fangxian-county-veteran-startup-loan-interest-subsidy-news-2023.txt', 451,
                 dict(cut_after='高效解决了客户的燃眉之急。',
                      title='湖北房县第一笔“军创贷”成功发放')),
    'gaotai': ('gaotai-county-rural-revitalization-startup-guarantee-loan-plan-2022.txt', 718,
               dict(cut_after='组织起来创业的农村居民。',
                    title='高台县乡村产业振兴创业担保贷款实施方案(试行)')),
    'shanxi': ('shanxi-province-return-home-startup-guarantee-loan-opinions-2025.txt', 1046,
               dict(start_at='\n15萬元提至30萬元!',
                    replace={'發(fā)布于 2025-07-11 16:24:04 作者: 不語雪': '發(fā)布于 2025-07-11 16:24:04'},
                    drop=[SPAM_SX],
                    cut_after='的標(biāo)準(zhǔn)給予場地租賃補(bǔ)貼,')),
    'shandong': ('shandong-province-employment-promotion-regulation-2016.txt', 8197,
                 dict(md=True)),
    # ---- topic C: 出口退税资金池 / 退税贷 / 关税保证保险 ----
    'xinxiang': ('xinxiang-export-tax-rebate-fund-pool-measures-2022.txt', 809,
                 dict(start_at='新乡市商务局 新乡市财政局 关于印发',
                      replace={'发布时间:2022-12-28 浏览:2117次': '发布时间:2022-12-28'},
                      drop=['•'],
                      unbullet=True,
                      cut_after='最高不超过1000万元。')),
    'qingdao': ('qingdao-ftz-area-zimaodai-fund-pool-news-2022.txt', 728,
                dict(replace={'2022-03-18 13:59:36 来源:青岛西海岸报/西海岸新闻网 大字体 小字体 扫码带走':
                              '2022-03-18 13:59:36 来源:青岛西海岸报/西海岸新闻网'},
                     drop=['打印'],
                     cut_after='企业中心进行审核。')),
    'hunan': ('hunan-province-foreign-trade-export-facilitation-financing-measures-2018.txt', 714,
              dict(cut_after='(一)贷款对象分为二类企业:')),
    'customs': ('customs-tariff-guarantee-insurance-ten-questions-interpretation-2020.txt', 725,
                dict(start_at='“十问”关税保证保险',
                     cut_after='保证保险主要分为三类:合同保证保险、忠实保证保险和商业信用保证保险。')),
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
    if e.get('md'):
        lines = [ln for ln in lines if ln != '<!-- INFO END -->']
        lines = [re.sub(r'^#{1,2} ', '', ln) for ln in lines]
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
        start = raw.index(e['start_at']) if 'start_at' in e else 0
        end = raw.index(e['cut_after']) + len(e['cut_after']) if 'cut_after' in e else len(raw)
        seg = raw[start:end]
        assert len(nows(body)) <= len(nows(seg)), key
        # apart from the listed edits, every kept character comes from the raw segment in order
        kept = nows(body)
        it = iter(nows(seg))
        assert all(c in it for c in kept), (key, 'kept text is not a subsequence of the raw segment')
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
