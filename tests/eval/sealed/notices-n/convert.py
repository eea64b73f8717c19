#!/usr/bin/env python3
"""Build the library texts of notices-n.

All ten texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was copied from the tool's JSON output, with its escapes, into one line of
RAW (default /tmp/nn_raw/raw.jsonl; kept out of the folder so that no extra document is ingested):
{"key": ..., "url": ..., "excerpt": ...}. Each excerpt must have the character count recorded below.
Only these edits are made, each listed per file in EDITS (see README, "How the texts were made"):
  - cut_after: keep the text up to and including this exact string (the last complete sentence before the
    place where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome, a consultant's advert);
  - replace: replace a whole stripped line by another (only to remove a page counter from a source line);
  - unwrap: join hard-wrapped lines (a line of 28 or more characters that does not end in 。;:!? is
    joined with the next line), for the one text whose stored copy is wrapped at a fixed width;
  - title: add this line as line 1 where the stored page has no title line (README: composed titles).
Every line is stripped of leading and trailing whitespace; runs of blank lines become one blank line.
The script asserts that, apart from an added title, the kept text equals the raw copy up to the cut with the
dropped lines and replacements applied, character for character once whitespace is removed.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/nn_raw/raw.jsonl')

# key -> (output file, excerpt length in characters, edits)
EDITS = {
    'dongan': ('dongan-county-park-sme-credit-risk-compensation-fund-interpretation-2019.txt', 454,
               dict(drop=['- 一审:', '- 二审:', '- 三审:', '扫一扫在手机打开当前页'],
                    title='《东安县工业园区中小企业信贷风险补偿基金管理办法》解读')),
    'baoying': ('baoying-county-enterprise-emergency-fund-measures-2020.txt', 727,
                dict(drop=['您当前所在位置:首页 > 县政府办文件'],
                     cut_after='实时从企业贷款账户划转到应急资金账户。')),
    'rongcheng': ('rongcheng-sme-emergency-loan-turnover-fund-measures-2023.txt', 763,
                  dict(drop=['[可行性研究报告 - 政策法规] 发表于:2026-03-05 19:33:39', '收藏', '详情'],
                       cut_after='(二)在我市依法登记纳税;')),
    'cqgxq': ('chongqing-hightech-zone-listing-support-measures-2022.txt', 762,
              dict(replace={'来源:重庆高新区管委会 发布时间:2022-11-30 12:00:02 阅读量:204':
                            '来源:重庆高新区管委会 发布时间:2022-11-30 12:00:02'},
                   drop=['分享:', '1'],
                   cut_after='鼓励外地上市公司迁入高新区。')),
    'yongchuan': ('yongchuan-district-listing-support-opinions.txt', 766,
                  dict(drop=['重庆股转中心挂牌50万奖励!来速览“重庆市永川区人民政府关于鼓励扶持企业挂牌上市的意见”',
                             '咨询服务热线:157-2334-8380(微信同号)',
                             '重庆市股份转让中心OTC成长板挂牌奖励政策:重庆市财政统一给50万奖励,在此基础上部分区县再给予'
                             '奖励:南岸80万,铜梁60万,渝北60万,九龙坡50万,江北50万,永川50万,荣昌45万,沙坪坝40万,'
                             '长寿30万,渝中20万,大足20万,两江新区10万,涪陵5万,垫江30万,高新区8万,潼南区45万,'
                             '万州区30万,南川区20万。'],
                       cut_after='企业完成首发公开上市,给予1600万元的奖励。')),
    'gulou': ('gulou-district-fuzhou-rongshu-listing-plan-2024.txt', 726,
              dict(cut_after='完成股改企业20家。')),
    'taian': ('taian-fiscal-financial-coordination-opinions-draft-2025.txt', 723,
              dict(cut_after='主体担保费率全面降至1%以下。',
                   title='泰安市关于加强财政金融协同联动的实施意见(征求意见稿)')),
    'shaanxi': ('shaanxi-government-financing-guarantee-system-opinions-2019.txt', 735,
                dict(drop=['陕西财政厅等六部门关于促进政府性融资担保体系建设支持小微企业和“三农”发展的实施意见'
                           '_地方政策文件_政策文件_政策法规_国家融资担保基金'],
                     cut_after='(三)发挥省再担保公司体系建设龙头作用。')),
    'sukedai': ('jiangsu-sukedai-tech-loan-risk-compensation-plan-2014.txt', 730,
                dict(cut_after='在原试点方案的基础上,制定本方案。',
                     title='江苏省科学技术厅 江苏省财政厅关于印发《深入推进江苏省科技成果转化风险补偿专项资金贷款'
                           '(苏科贷)工作实施方案》的通知')),
    'taiwan': ('taiwan-youth-startup-loan-guidelines.txt', 721,
               dict(cut_after='貸款期限最長六年,含寬限期最長\n一年。', unwrap=True,
                    title='青年創業及啟動金貸款要點')),
}
END = '。;:!?;:'


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


def unwrap(lines):
    out = []
    for ln in lines:
        if out and out[-1] and ln and len(out[-1]) >= 28 and out[-1][-1] not in END:
            out[-1] += ln
        else:
            out.append(ln)
    return out


def edit_lines(raw, e):
    text = raw
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = [ln.strip() for ln in text.split('\n')]
    lines = [e.get('replace', {}).get(ln, ln) for ln in lines]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if e.get('unwrap'):
        lines = unwrap(lines)
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
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
