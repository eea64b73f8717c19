#!/usr/bin/env python3
"""Build the 10 library texts of notices-h.

Sources (see README.md for URLs, repositories, commits):
- two HTML pages of the GitHub repository shizelengleng/ai-zhengce-tong, read with `git show` from the local
  bare mirror (AIZ_GIT) at commit AIZ_COMMIT: only the article region is kept (ArticleTitle, date and source
  lines, the <p> paragraphs of the article body); tags are removed, entities unescaped, the leading
  full-width indent (U+3000) of each paragraph and trailing whitespace are dropped;
- one JSON file of kong0107/mojLawSplitJSON (Taiwan, traditional characters), read from the local bare mirror
  (MOJ_GIT) at MOJ_COMMIT, laid out like notices-e: 法規名稱 / 法規類別 / 最新異動日期 / 沿革 / 第 N 條 + text;
- seven stored page excerpts of the `pages` corpus, copied from the search tool's output into RAW_DIR (not kept
  in this folder, so that no extra document is ingested). Only page chrome is dropped there (navigation and
  UI labels, listed in README.md); here a title line is put on line 1 where the stored copy does not start
  with the title, blank-line runs are squeezed and, for the 云南 text, the cut-off fragment `联系电` at the very
  end is dropped. Nothing else is changed (half-width punctuation, stray spaces, PDF page marks, chunk numbers
  of the 31doc copy and truncated last sentences stay as stored).
"""
import html, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/nh_raw')
AIZ_GIT = os.environ.get('AIZ_GIT', '/work/.mirror/shizelengleng+ai-zhengce-tong/repo')
AIZ_COMMIT = '4caa8bb7ac4e2159a23a808b551a8d59431e9f8f'
MOJ_GIT = os.environ.get('MOJ_GIT', '/work/.mirror/kong0107+mojLawSplitJSON/repo')
MOJ_COMMIT = '0d26e6c7c759821bbb6465162ffe149af5aed203'

HTML_PAGES = {
    'docs/policy_sources/18b_广东高校毕业生就业创业扶持政策清单_2026.html':
        'guangdong-graduate-employment-entrepreneurship-support-list-2026.txt',
    'docs/policy_sources/15_创业担保贷款常见问题_2025.html':
        'guangzhou-startup-guarantee-loan-faq-2025.txt',
}
TAIWAN = {'FalVMingLing/N0040013.json': 'taiwan-unemployed-startup-loan-assistance-regulations-2020.txt'}

# raw excerpt -> (output file, title line to prepend or None when line 1 already is the title, expected chars)
PAGES = {
    'gddraft.txt': ('guangdong-startup-guarantee-loan-measures-draft-2025.txt',
                    '广东省人力资源和社会保障厅等4部门创业担保贷款实施办法(征求意见稿)', 707),
    'guangxi.txt': ('guangxi-guihuidai-individual-business-loan-rules-2023.txt',
                    '“桂惠贷—个体工商户贷”产品实施细则', 575),
    'yunnan.txt': ('yunnan-quality-sme-loan-interest-subsidy-application-2023.txt', None, 753),
    'hainan.txt': ('hainan-sme-resumption-loan-interest-subsidy-rules-2022.txt',
                   '海南省支持中小微企业复工复产贷款贴息实施细则', 751),
    'sichuan.txt': ('sichuan-emergency-bridge-loan-award-application-notice-2025.txt',
                    '关于做好应急转贷奖补资金申报工作有关事项的通知', 757),
    'xian.txt': ('xian-sci-tech-finance-integration-guide-revised-2024.txt',
                 '西安市科技金融融合业务工作指引(修订)', 727),
    'sunan.txt': ('sunan-county-finance-support-private-small-enterprises-measures-2022.txt', None, 722),
}


def squeeze(lines):
    out, blank = [], False
    for ln in lines:
        ln = ln.rstrip()
        if not ln.strip():
            if out and not blank:
                out.append('')
            blank = True
            continue
        out.append(ln)
        blank = False
    while out and not out[-1]:
        out.pop()
    return '\n'.join(out) + '\n'


def git_show(repo, commit, path):
    return subprocess.check_output(['git', '-C', repo, 'show', f'{commit}:{path}']).decode('utf-8')


def strip_tags(s):
    s = re.sub(r'<!--.*?-->', '', s, flags=re.S)  # HTML comments
    return html.unescape(re.sub(r'<[^>]+>', '', s))


def html_page(src):
    title = re.search(r'<meta name="ArticleTitle" content="([^"]+)"', src).group(1).strip()
    lines = [title]
    if 'publishTime' in src:  # rsj.gz.gov.cn layout
        pub = re.search(r'class="publishTime"[^>]*>(.*?)</span>', src, re.S).group(1)
        res = re.search(r'class="resourse"[^>]*>(.*?)</span>', src, re.S).group(1)
        lines += [re.sub(r'\s+', ' ', strip_tags(pub)).strip(), re.sub(r'\s+', ' ', strip_tags(res)).strip()]
        body = src[src.index('<p', src.index('class="resourse"')):src.index('浏览次数')]
    else:  # www.gz.gov.cn layout
        date = re.search(r'<li class="date">.*?<span>(.*?)</span>', src, re.S).group(1).strip()
        ly = re.search(r'<span id="laiyuan">(.*?)</span>', src, re.S).group(1)
        lines += [date, re.sub(r'\s+', '', strip_tags(ly))]
        start = src.index('<div class="content_article"')
        body = src[start:src.index('相关附件', start)]
    for p in re.findall(r'<p[^>]*>(.*?)</p>', body, re.S):
        t = strip_tags(re.sub(r'<br\s*/?>', '', p)).strip().lstrip('\u3000').strip()
        if t:
            lines.append(t)
    return squeeze(lines)


def taiwan(d):
    out = [d['法規名稱'], '', '法規類別：' + d['法規類別'], '最新異動日期：' + d['最新異動日期'], '沿革：']
    out += d['沿革內容'].replace('\r\n', '\n').split('\n')
    for a in d['法規內容']:
        out.append('')
        if '編章節' in a:
            out.append(a['編章節'])
        else:
            out.append(a['條號'])
            out += a['條文內容'].replace('\r\n', '\n').split('\n')
    return squeeze(out)


def main():
    for path, dst in HTML_PAGES.items():
        txt = html_page(git_show(AIZ_GIT, AIZ_COMMIT, path))
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(dst, len(txt))
    for path, dst in TAIWAN.items():
        txt = taiwan(json.loads(git_show(MOJ_GIT, MOJ_COMMIT, path)))
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(dst, len(txt))
    for src, (dst, title, n) in PAGES.items():
        raw = open(os.path.join(RAW_DIR, src), encoding='utf-8').read()
        if len(raw) != n:
            sys.exit(f'{src}: {len(raw)} chars, expected {n}')
        lines = raw.split('\n')
        if src == 'yunnan.txt':
            assert lines[-2] == '联系电' and lines[-1] == ''
            lines = lines[:-2]
        if title:
            lines = [title, ''] + lines
        txt = squeeze(lines)
        # nothing but whitespace, the title line and the 云南 fragment differs from the raw copy
        strip = lambda s: re.sub(r'\s', '', s)
        body = txt.split('\n', 1)[1] if title else txt
        assert strip(body) == strip(raw).removesuffix('联系电'), src
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(dst, len(txt))


if __name__ == '__main__':
    main()
