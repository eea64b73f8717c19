#!/usr/bin/env python3
"""Build the library texts of notices-za.

Eleven texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README; one (开封) is a whole regulation from the GitHub collection LawRefBook/Laws (file read with `git show` at
the commit in the README). Each excerpt was pasted, as the JSON string the tool returned, into json.loads and
written as one line of RAW (default /tmp/libraries/notices-za_raw/raw.jsonl; kept out of the folder so that no extra
document is ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam keyword lines, stray HTML tags, breadcrumbs, a '图集' label, a list number);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    heading before the place where the stored copy breaks off, or before site chrome below the document);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date / title line);
  - unbullet: remove a leading '• ' (list bullets of the site layout) from a line;
  - title: add this line as line 1 (README: which titles are composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. Checks: the raw copy has the recorded length; every drop / replace key is a line of the raw copy and lies in
the kept segment; and, independently of the line editing, the kept body equals the raw segment from start_at to
the cut with exactly the listed drops, replacements and bullets removed, character for character once
whitespace is removed (so no wording was changed, added or lost).
Set NZA_CONVERT_MUTATE=<name> to run a mutation test (see MUTATIONS); each must be refused, and nothing is written
then (all files are checked before any is written).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-za_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 应急转贷 / 续贷过桥 / 应急周转 资金 ----
    'taihu': ('taihu-county-loan-renewal-bridge-fund-measures-notice-2021.txt', 901,
              dict(start_at='太湖縣人民政府辦公室關(guān)于印發(fā)《太湖縣企業(yè)續(xù)貸過橋資金使用管理辦法》的通知',
                   drop=['[可行性研究報告 - 政策法規(guī)] 發(fā)表于:2026-03-05 19:30:55', '收藏', '詳情'],
                   cut_after='并確保安全性和流動性。')),
    'licheng': ('licheng-district-emergency-turnover-fund-rules-interpretation-2019.txt', 744,
                dict(start_at='泉州市鯉城區工業和信息化局關于',
                     replace={'時間:2019-05-27 08:38 瀏覽量:1': '時間:2019-05-27 08:38'},
                     cut_after='按日萬分之二收取資金占用費;')),
    'kunming': ('kunming-sme-emergency-loan-turnover-fund-measures-news-2017.txt', 752,
                dict(start_at='新华社昆明1月13日电',
                     cut_after='超过部分资金使用日综合费率为0.8‰。',
                     title='《昆明市小微企业应急贷款周转资金管理办法(试行)》出台')),
    'anqing': ('anqing-district-loan-turnover-emergency-fund-news-2016.txt', 356,
               dict(replace={'| 2016-09-27 18:05:00': '2016-09-27 18:05:00'},
                    cut_after='审核发放灵活就业困难人员资金862万元。')),
    # ---- topic B: 个人消费贷款 / 服务业经营主体贷款 财政贴息 ----
    'hunanbank': ('hunan-bank-service-sector-loan-interest-subsidy-notice-2026.txt', 712,
                  dict(cut_after='财政部门不予贴息。',
                       title='湖南银行关于服务业经营主体贷款财政贴息的通告')),
    'chengdubank': ('chengdu-bank-consumer-loan-interest-subsidy-rules-news-2025.txt', 724,
                    dict(cut_after='(对应符合条件的累计消费金额30万元)',
                         title='成都银行公布个人消费贷款财政贴息实施细则')),
    'mofqa': ('national-mof-consumer-loan-interest-subsidy-qa-2025.txt', 1009,
              dict(start_at='財政部有關(guān)負(fù)責(zé)人就',
                   replace={'Law-lib.com  2025-8-13 12:36:02  財政部網(wǎng)站': '2025-8-13 12:36:02  財政部網(wǎng)站'},
                   cut_after='利率水平的三分之一。')),
    'cib': ('national-cib-service-sector-loan-interest-subsidy-faq-2026.txt', 745,
            dict(cut_after='有关规定不予贴息。',
                 title='兴业银行关于服务业经营主体贷款贴息政策客户关注问题的解答')),
    # ---- topic C: 首贷 / 信用贷款 / 担保贷款 风险补偿 ----
    'kezhou': ('kezhou-prefecture-industry-risk-compensation-fund-measures-2025.txt', 782,
               dict(cut_after='结合克州实际,制定本办法。')),
    'daxinganling': ('daxinganling-sme-guaranteed-loan-risk-compensation-measures-2025.txt', 737,
                     dict(start_at='大兴安岭地区行政公署财政局 国家金融监督管理总局大兴安岭监管分局',
                          unbullet=True,
                          replace={'发布日期:2025-12-09 来源:地区财政局 访问量:': '发布日期:2025-12-09 来源:地区财政局'},
                          drop=['字号:'],
                          cut_after='风险补偿实施办法〉的通知')),
    'tianjin': ('tianjin-first-credit-loan-compensation-measures-draft-consultation-2025.txt', 760,
                dict(drop=['天津市地方金融监督管理局(天津市金融工作局)'],
                     cut_after='(含贷款银行以外的其他银行)。',
                     title='《天津市小微企业首笔信用普惠贷款综合补偿管理暂行办法(征求意见稿)》公开征求意见')),
    'kaifeng': ('kaifeng-business-environment-regulation-2022.txt', 7144,
                dict(replace={'# 开封市优化营商环境条例': '开封市优化营商环境条例'},
                     drop=['<!-- INFO END -->'],
                     cut_after='第三十八条 本条例自2022年2月1日起施行。')),
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
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    return text


def edit_lines(raw, e):
    lines = [ln.strip() for ln in segment(raw, e).split('\n')]
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


def expected_body(raw, e):
    """The raw segment with exactly the listed pieces removed, computed on the raw string (not line by line)."""
    s = nows(segment(raw, e))
    for a, b in e.get('replace', {}).items():
        assert s.count(nows(a)) == 1, ('replace key not once in segment', a)
        s = s.replace(nows(a), nows(b))
    for d in e.get('drop', []):
        n = sum(1 for ln in segment(raw, e).split('\n') if ln.strip() == d)
        assert n >= 1, ('drop key not a line of the segment', d)
        s = s.replace(nows(d), '', n)
    if e.get('unbullet'):
        n = sum(1 for ln in segment(raw, e).split('\n') if ln.strip().startswith('• '))
        s = s.replace('•', '', n)
    return s


MUTATIONS = {
    # a word of a kept body changed after the line editing (a rewrite)
    'reword': lambda raws: raws,
    # a raw copy of another length than recorded (a different stored copy)
    'wrong_length': lambda raws: dict(raws, kunming=raws['kunming'] + '。'),
    # a drop key that is not a whole line of the raw copy
    'drop_not_line': lambda raws: (EDITS['taihu'][2]['drop'].append('收'), raws)[1],
    # a cut_after string that occurs twice in the segment
    'cut_not_unique': lambda raws: (EDITS['hunanbank'][2].__setitem__('cut_after', '贴息'), raws)[1],
    # a line dropped that the drop list does not name
    'silent_drop': lambda raws: raws,
}


def main():
    mut = os.environ.get('NZA_CONVERT_MUTATE')
    raws = {}
    for ln in open(RAW, encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']] = d['excerpt']
    assert set(raws) == set(EDITS), set(raws) ^ set(EDITS)
    if mut:
        raws = MUTATIONS[mut](raws)
    built = {}
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
        if mut == 'reword' and key == 'kunming':
            txt = txt.replace('1.2亿元', '1.5亿元')
        if mut == 'silent_drop' and key == 'licheng':
            txt = txt.replace('序號\n', '')
        body = txt
        if 'title' in e:
            assert txt.startswith(e['title'] + '\n\n')
            body = txt[len(e['title']) + 2:]
        assert nows(body) == expected_body(raw, e), key
        assert len(nows(body)) <= len(nows(segment(raw, e))), key
        built[dst] = txt
    if mut:
        sys.exit(f'mutation {mut} was NOT refused')
    for dst, txt in built.items():
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars ({len(nows(txt))} without whitespace), {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
