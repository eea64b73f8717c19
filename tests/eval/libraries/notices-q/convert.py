#!/usr/bin/env python3
"""Build the library texts of notices-q.

Five texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in the
README. Each excerpt was pasted, as the JSON string the tool returned, into json.loads and written as one line
of RAW (default /tmp/nq_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}.
Five texts are whole files of the public collection whthomas/china-laws (Markdown export of flk.npc.gov.cn,
commit fa86d98a26502edaee672da065c3f3d895aef629), read with `read_file`; the JSON string of each answer was
pasted into json.loads and written to RAWDIR (default /tmp/nq_raw/) as <key>.md.
Every raw copy must have the character count recorded below (for the GitHub files: read_file's total_chars).
Only these edits are made, each listed per file in EDITS (see README, "How the texts were made"):
  - frontmatter: drop the YAML front matter (up to the second '---' line) and turn the Markdown heading
    '# title' into the title line (line 1);
  - md_marks: drop the Markdown block-quote mark '> ' at the start of a line and the hard-break backslash
    '\\' at the end of a line (威宁, 印江);
  - cut_after: keep the text up to and including this exact string (the last complete sentence, clause or
    heading before the place where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: script warning, skip
    link, page tabs, separator bars);
  - replace: replace a whole stripped line by another (only to remove separator bars '| |||…' and the empty
    author / click-count fields from the 费县 title and date lines);
  - unbullet: remove a leading '• ' (a list bullet of the site's layout) from a line;
  - title: add this line as line 1 where the stored page has no title line at its start (README: composed
    titles).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy up to the cut with
the edits above applied, character for character once whitespace is removed, and that every drop / replace
key is a line of the raw copy.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/nq_raw/raw.jsonl')
RAWDIR = os.environ.get('RAWDIR', '/tmp/nq_raw')
MD_KEYS = ('weining', 'yinjiang', 'bijie', 'danzhou', 'yunnan')

# key -> (output file, raw length in characters, edits)
EDITS = {
    'zhuhai': ('zhuhai-wanshan-zone-finance-industry-support-measures-interpretation.txt', 724,
               dict(cut_after='单项活动最高不超过50万元。',
                    title='《珠海万山海洋开发试验区(珠海保税区)促进金融产业发展扶持办法(试行)》解读')),
    'lianjiang': ('lianjiang-county-youth-startup-loan-interest-subsidy-directions.txt', 810,
                  dict(drop=['本網頁需支援JAVASCRIPT,請修正您的瀏覽器設定,以便獲得最佳的瀏覽體驗', ':::'],
                       unbullet=True,
                       cut_after='依法於連江縣完成公司、商業登記或立案登記與稅籍登記。')),
    'weishan': ('weishan-county-listing-support-opinions-draft-consultation-2021.txt', 823,
                dict(drop=['公告内容', '决策依据', '草案内容及解读', '背景介绍', '征求意见情况', '专家论证'],
                     cut_after='一次性给予企业600万元奖励;')),
    'feixian': ('feixian-county-listing-five-year-action-opinions-2022.txt', 779,
                dict(replace={'费县人民政府关于全面推进企业上市五年行动计划的实施意见 | ||||||||||||||||||||||||':
                              '费县人民政府关于全面推进企业上市五年行动计划的实施意见',
                              '2022-04-26 作者: 点击数: | ||||||||||||||||||||||||': '2022-04-26'},
                     drop=['|', '||||||||||||||||||||||||'],
                     cut_after='(一)强化拟上市重点后备资源培育。')),
    'shuangliu': ('shuangliu-district-listing-doubling-action-plan-2020-2022.txt', 758,
                  dict(cut_after='社会融资结构明显优化。',
                       title='成都市双流区企业上市(挂牌)倍增行动计划(2020—2022年)')),
    'weining': ('weining-county-non-public-economy-protection-regulation-2002.txt', 3900,
                dict(frontmatter=True, md_marks=True)),
    'yinjiang': ('yinjiang-county-non-public-economy-protection-regulation-2001.txt', 3673,
                 dict(frontmatter=True, md_marks=True)),
    'bijie': ('bijie-business-environment-regulation-2025.txt', 5375, dict(frontmatter=True)),
    'danzhou': ('danzhou-business-environment-provisions-2025.txt', 5901, dict(frontmatter=True)),
    'yunnan': ('yunnan-sme-promotion-regulation-2021.txt', 7112, dict(frontmatter=True)),
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
        lines = [re.sub(r'^> ?', '', ln) for ln in lines]
        lines = [ln[:-1].rstrip() if ln.endswith('\\') else ln for ln in lines]
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
