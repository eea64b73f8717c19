#!/usr/bin/env python3
"""Build the library texts of notices-o.

Eight texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was copied from the tool's JSON output, with its escapes, into one line of
RAW (default /tmp/no_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}. Each excerpt must have the character count recorded below.
Two texts are whole files of the public collection LawRefBook/Laws (commit 2f4c5c2, see README), written
with `git show` to RAWDIR (default /tmp/no_raw/) as ningbo.md and shantou.md; each must have the git blob id
recorded below.
Only these edits are made, each listed per file in EDITS (see README, "How the texts were made"):
  - cut_after: keep the text up to and including this exact string (the last complete sentence before the
    place where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome);
  - replace: replace a whole stripped line by another (only to remove a page widget from a date line);
  - unbullet: remove a leading '• ' (a list bullet of the site's layout) from a line;
  - md: the LawRefBook markdown: drop the '<!-- INFO END -->' marker line and the leading '#'/'##' of
    heading lines;
  - title: add this line as line 1 where the stored page has no title line at its start (README: composed
    titles).
Every line is stripped of leading and trailing whitespace; runs of blank lines become one blank line.
The script asserts that, apart from an added title, the kept text equals the raw copy up to the cut with the
dropped lines and replacements applied, character for character once whitespace is removed.
"""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/no_raw/raw.jsonl')
RAWDIR = os.environ.get('RAWDIR', '/tmp/no_raw')

# key -> (output file, excerpt length in characters or git blob id, edits)
EDITS = {
    'ningbo': ('ningbo-sci-tech-innovation-promotion-regulations-2011.txt',
               '20d22e2787d4f7af78c8267b4658a7b7f0fd33c3', dict(md=True)),
    'shantou': ('shantou-sez-sci-tech-innovation-regulations-2022.txt',
                '99e81b2673e1c2157818eb45366efec96c7dd273', dict(md=True)),
    'macau': ('macau-sme-credit-guarantee-schemes-faq.txt', 738,
              dict(cut_after='答:並無限制。')),
    'tianjin': ('tianjin-financial-innovation-zone-measures-draft-2024.txt', 868,
                dict(drop=['无障碍浏览', '无障碍浏览   |     |  微信  |   网站导航', '首页', '区情', '新闻', '公开',
                           '投资', '服务', '互动', '• |', '• 当前位置:首页 > 新闻 > 媒体联动',
                           '《关于推动金融创新运营示范区高质量发展的政策措施》公开征求意见'],
                     unbullet=True,
                     cut_after='最高不超过5000万元。',
                     title='《关于推动金融创新运营示范区高质量发展的政策措施》公开征求意见')),
    'lanzhou': ('lanzhou-new-area-finance-industry-support-measures-2023.txt', 765,
                dict(drop=['新闻详情', '首页 > 绿色金融标准推广落实', '2023.12.05'],
                     cut_after='一次性给予奖励资金500万元。')),
    'longhui': ('longhui-county-listing-golden-hibiscus-plan-2022.txt', 767,
                dict(cut_after='特制定本实施方案。',
                     title='隆回县人民政府办公室关于印发《隆回县落实企业上市“金芙蓉”跃升行动计划的实施方案'
                           '(2022-2025年)》的通知')),
    'zhuji': ('zhuji-listing-phoenix-action-plan-2025.txt', 819,
              dict(drop=['---|---|---|---|'],
                   cut_after='推动一批内生项目落地生根。',
                   title='诸暨市人民政府办公室关于印发《诸暨市推进企业上市“凤凰行动”计划(2025-2030年)》的通知')),
    'pidu': ('pidu-district-sci-tech-finance-three-year-plan-2024.txt', 717,
             dict(cut_after='(责任单位:区科技局、区经信局、区市场监督管理局、各行业主管部门、各产业功能区)',
                  title='成都市郫都区金融支持科技型企业发展三年行动计划(2025—2027年)')),
    'jilin': ('jilin-sme-relief-measures-interpretation-2022.txt', 756,
              dict(drop=['首页 >> 信息公开 >> 政策文件 >> 政策解读'],
                   replace={'发布时间:2022-05-06 10:28:00      来源: 字体:': '发布时间:2022-05-06 10:28:00'},
                   cut_after='给予奖补。')),
    'qingdao': ('qingdao-ip-pledge-loan-interest-subsidy-rules.txt', 711,
                dict(cut_after='出质专利权属清晰、合法有效。')),
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
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = [ln.strip() for ln in text.split('\n')]
    if e.get('md'):
        lines = [re.sub(r'^#{1,2} ', '', ln) for ln in lines if ln != '<!-- INFO END -->']
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


def git_blob_id(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def main():
    raws = {}
    for ln in open(RAW, encoding='utf-8'):
        d = json.loads(ln)
        raws[d['key']] = d['excerpt']
    for key in ('ningbo', 'shantou'):
        data = open(os.path.join(RAWDIR, key + '.md'), 'rb').read()
        if git_blob_id(data) != EDITS[key][1]:
            sys.exit(f'{key}: blob id {git_blob_id(data)}, expected {EDITS[key][1]}')
        raws[key] = data.decode('utf-8')
    assert set(raws) == set(EDITS), set(raws) ^ set(EDITS)
    for key, (dst, n, e) in EDITS.items():
        raw = raws[key]
        if isinstance(n, int) and len(raw) != n:
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
