#!/usr/bin/env python3
"""Build the library texts of notices-s.

Eight texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one line
of RAW (default /tmp/ns_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}.
Four texts are whole files of the public collection whthomas/china-laws (Markdown export of flk.npc.gov.cn,
commit fa86d98a26502edaee672da065c3f3d895aef629), read with `read_file`; the JSON string of each answer was
pasted into json.loads and written to RAWDIR (default /tmp/ns_raw/) as <key>.md.
Every raw copy must have the character count recorded below (for the GitHub files: read_file's total_chars).
Only these edits are made, each listed per file in EDITS (see README, "How the texts were made"):
  - frontmatter: drop the YAML front matter (up to the second '---' line) and turn the Markdown heading
    '# title' into the title line (line 1);
  - md_marks: drop Markdown marks that are not text: a block-quote mark '> ' and heading marks '# ' / '### '
    at the start of a line, bold marks '**', and the table-of-contents links '[text](\\l)' (kept: text);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    list item before the place where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: empty field labels,
    font/share widgets, QR-code hint, a stray table bar);
  - replace: replace a whole stripped line by another (only to remove empty or volatile page fields such as
    '浏览次数:', '字体:[ ]', '阅读:2280');
  - title: add this line as line 1 where the stored page does not begin with the document's title (README:
    composed or repositioned titles).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy up to the cut with
the edits above applied, character for character once whitespace is removed, and that every drop / replace
key is a line of the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/ns_raw/raw.jsonl')
RAWDIR = os.environ.get('RAWDIR', '/tmp/ns_raw')
MD_KEYS = ('xiamen', 'liaoning', 'shenyang', 'xizang')

# key -> (output file, raw length in characters, edits)
EDITS = {
    'xiamen': ('xiamen-sez-local-finance-regulation-2020.txt', 7985, dict(frontmatter=True, md_marks=True)),
    'liaoning': ('liaoning-sme-development-promotion-regulation-2021.txt', 5452, dict(frontmatter=True)),
    'shenyang': ('shenyang-sme-development-promotion-regulation-2011.txt', 4569,
                 dict(frontmatter=True, md_marks=True)),
    'xizang': ('xizang-sme-development-promotion-regulation-2022.txt', 7837, dict(frontmatter=True)),
    'zhanjiang': ('zhanjiang-green-finance-carbon-peak-action-plan-2023.txt', 729,
                  dict(cut_after='建立跨部门协调机制。')),
    'puyang': ('puyang-county-listing-five-year-action-plan-2022.txt', 766,
               dict(drop=['索引号'], cut_after='新三板挂牌企业突破3家,',
                    title='濮阳县全面推进企业上市(挂牌)五年攻坚行动计划实施方案')),
    'zhoushan': ('zhoushan-finance-support-high-quality-development-opinions-2020.txt', 741,
                 dict(replace={'发布日期:2020-09-23 20:40 信息来源:中国舟山政府门户网站 浏览次数: 字体:[ ]':
                               '发布日期:2020-09-23 20:40 信息来源:中国舟山政府门户网站'},
                      cut_after='推动金融机构加强对绿色石化二期等重大项目建设的金融支持力度;')),
    'zhenhai': ('zhenhai-district-listing-reward-application-notice-2021.txt', 797,
                dict(cut_after='区金融发展服务中心资本市场科',
                     title='关于做好2021年度镇海区企业上市奖励资金申报工作的通知')),
    'yulin': ('yulin-small-micro-loan-interest-subsidy-application-notice-2022.txt', 763,
              dict(drop=['【字体: 默认 打印', '分享到:', '分享微信、朋友圈 ×'],
                   replace={'来源:榆林市工业和信息化局 发布时间:2022-09-28 10:08:15 阅读:2280':
                            '来源:榆林市工业和信息化局 发布时间:2022-09-28 10:08:15'})),
    'yibin': ('yibin-private-enterprise-loan-interest-subsidy-online-interview-qa-2022.txt', 333,
              dict(drop=['扫一扫在手机打开当前页'],
                   title='宜宾市在线访谈答问:民营企业贷款贴息申报程序')),
    'dushangang': ('dushangang-zone-industry-fund-measures-draft-consultation-2024.txt', 678,
                   dict(drop=['|'],
                        title='关于公开征求《平湖市独山港经济开发区政府产业基金管理办法(试行)(征求意见稿)》意见')),
    'hongkong': ('hongkong-hkma-sme-support-measures-2024.txt', 727,
                 dict(cut_after='和備有靈活還款期的信貸產品等。')),
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


def strip_frontmatter(text):
    assert text.startswith('---\n')
    end = text.index('\n---\n', 4)
    text = text[end + 5:]
    lines = text.split('\n')
    i = next(k for k, ln in enumerate(lines) if ln.startswith('# '))
    assert all(not ln.strip() for ln in lines[:i])
    lines[i] = lines[i][2:]
    return '\n'.join(lines[i:])


def unmark(ln):
    ln = re.sub(r'^> ?', '', ln)
    ln = re.sub(r'^#{1,6} ', '', ln)
    ln = ln.replace('**', '')
    ln = re.sub(r'\[([^\]]*)\]\(\\l\)', r'\1', ln)
    return ln


def edit_lines(raw, e):
    text = raw
    if e.get('frontmatter'):
        text = strip_frontmatter(text)
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = [ln.strip() for ln in text.split('\n')]
    if e.get('md_marks'):
        lines = [unmark(ln) for ln in lines]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
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
    for key in MD_KEYS:
        raws[key] = open(os.path.join(RAWDIR, key + '.md'), encoding='utf-8').read()
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
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
