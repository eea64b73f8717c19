#!/usr/bin/env python3
"""Build the library texts of notices-r.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one
line of RAW (default /tmp/nr_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam keyword lines of mirror sites, breadcrumbs, site name, host name, stray HTML tags);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    heading before the place where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove page chrome from a date line);
  - unbullet: remove a leading '• ' or '- ' (list bullets of the site layout) from a line;
  - join_head: join the first n lines into one line (a headline the page breaks over several lines);
  - title: add this line as line 1 (README: which titles are the page's own headline repeated, which are
    composed).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, and that every drop /
replace key is a line of the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/nr_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 企业上市(挂牌) 扶持 / 奖励 ----
    'xiaoshan': ('xiaoshan-district-phoenix-action-listing-opinions-2021.txt', 803,
                 dict(start_at='关于高质量推进“凤凰行动”计划',
                      cut_after='(以下简称新三板)挂牌的,给予200万元补助;',
                      title='萧山区关于高质量推进“凤凰行动”计划(2021-2025)的实施意见')),
    'dongzhi': ('dongzhi-county-direct-financing-measures-draft-consultation-2024.txt', 756,
                dict(cut_after='(池政〔2022〕24号)。',
                     title='《东至县人民政府关于进一步加快推进直接融资工作的实施办法(征求意见稿)》公开征求意见')),
    'xiangtan': ('xiangtan-listing-golden-hibiscus-plan-2022-2025.txt', 755,
                 dict(start_at='湘潭市企业上市“金芙蓉”跃升计划',
                      cut_after='加快推动企业的经营发展和上市进程。')),
    'shuangyashan': ('shuangyashan-listing-support-reward-measures-2022-2024.txt', 1045,
                     dict(start_at='• 索引號',
                          unbullet=True,
                          cut_after='均在我市范圍內。',
                          title='雙政規〔2022〕3號雙鴨山市人民政府關于印發《雙鴨山市企業上市(掛牌)扶持獎勵辦法(2022—2024年)》的通知')),
    # ---- topic B: 应急转贷 / 续贷周转资金 ----
    'datong': ('datong-enterprise-emergency-turnover-fund-measures-2026.txt', 716,
               dict(cut_after='报市政府批准后组织实施。')),
    'wuxi': ('wuxi-sme-loan-turnover-emergency-fund-measures-interpretation.txt', 720,
             dict(start_at='《無錫市中小企業轉貸應急資金管理暫行辦法》內容解讀',
                  cut_after='最高管理決策機構和其承擔的相關職責。')),
    'zhaoqing': ('zhaoqing-hitech-zone-emergency-loan-turnover-fund-measures-2025.txt', 787,
                 dict(start_at='肇庆高新区管委会关于印发',
                      replace={'- 发布日期:2025-01-16 17:22:25    来源:区经济贸易和科技局 【字体: 【打印】':
                               '发布日期:2025-01-16 17:22:25 来源:区经济贸易和科技局'},
                      cut_after='且银行认为符合续贷条件的企业提供。')),
    'huangmei': ('huangmei-county-loan-renewal-turnover-fund-revision-notice-2017.txt', 807,
                 dict(start_at='县人民政府关于修订',
                      replace={'2018年01月24日 浏览量: 次 评论(0) 来源: 作者:': '2018年01月24日'},
                      drop=['ca88'],
                      cut_after='第一章总则')),
    # ---- topic C: 中小微 / 科技企业 贷款风险补偿资金 ----
    'ganzi': ('ganzi-prefecture-sme-loan-risk-compensation-fund-measures-2026.txt', 726,
              dict(join_head=4,
                   cut_after='扣除代偿损失后返还州财政专项资金账户。')),
    'huizhou': ('huizhou-sme-loan-risk-compensation-fund-measures-2022.txt', 771,
                dict(start_at='惠州市工業和信息化局關于印發《惠州市工業和信息化局中小微企業貸款風險補償資金管理辦法》的通知',
                     drop=['瀏覽字號:', '分享到:'],
                     cut_after='給予一定補償的專項資金。')),
    'jiangmen': ('jiangmen-yikedai-risk-compensation-measures-interpretation.txt', 713,
                 dict(cut_after='诚信要求:近三年无重大违法失信行为。',
                      title='《江门市科技企业“邑科贷”风险补偿资金管理办法》解读')),
    'huangshan': ('huangshan-hanghuang-park-risk-compensation-pool-measures-draft-consultation-2025.txt', 773,
                  dict(cut_after='引导金融机构能贷、敢贷、愿贷')),
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
    if e.get('unbullet'):
        lines = [ln[2:] if ln.startswith(('• ', '- ')) else ln for ln in lines]
    if e.get('join_head'):
        n = e['join_head']
        lines = [''.join(lines[:n])] + lines[n:]
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
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
