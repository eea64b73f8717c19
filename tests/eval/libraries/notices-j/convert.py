#!/usr/bin/env python3
"""Build the library texts of notices-j.

Every text is a raw copy of the stored page excerpt that the `search` tool (corpus `pages`) returned for its
address, typed character for character into RAW_DIR (default /tmp/nj_raw; not kept in the folder so that no
extra document is ingested). Each raw copy must have the character count recorded below. Only these edits
are made, each listed per file in EDITS (see README, "How the texts were made"):
  - cut_after: keep the text up to and including this exact string (the last complete sentence before the
    place where the stored copy breaks off, or before a "related news" list);
  - drop: remove lines whose stripped text equals one of these strings (site chrome: search box, font size,
    share / print links, hotline banner, audio player, attachment file name, LegisMac link rows);
  - replace: replace a whole line by another (only: a byline line loses its "点击: 载入中..." counter or its
    empty "作者:" label);
  - to_top: move the first line equal to this string to line 1 (the 青海 page puts its metadata table first);
  - title: add this line as line 1 where the stored page has no title line (see README: 宁夏 uses the body
    heading, the others are composed);
Every line is stripped of leading and trailing whitespace; runs of blank lines become one blank line.
The script asserts that every kept line (apart from an added title) is a line of the raw copy with only the
edits above, and that each cut_after string occurs once.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/nj_raw')

EDITS = {
    'qinghai.txt': ('qinghai-fiscal-financial-linkage-measures-2025.txt', 756,
                    dict(drop=['搜索位置排序', '字号:', '分享:', '打印'],
                         to_top='青海省人民政府办公厅关于印发财政金融联动促进经济高质量发展若干措施的通知',
                         cut_after='落实个人消费贷款和消费领域服务业经营主体贷款贴息政策。')),
    'ningxia.txt': ('ningxia-tech-sme-risk-compensation-loan-measures-2025.txt', 712,
                    dict(title='宁夏科技型中小企业风险补偿贷款管理办法',
                         cut_after='进行一定比例的配套。')),
    'shapotou.txt': ('shapotou-district-forestry-loan-interest-subsidy-publicity-2024.txt', 328,
                     dict(title='沙坡头区2024年林业贷款中央财政贴息项目公示')),
    'ankang.txt': ('ankang-industrial-fixed-asset-loan-risk-compensation-projects-2015.txt', 413,
                   dict(title='安康市工业和信息化局组织征集工业固定资产投资风险补偿贷款项目',
                        replace={'作者: 发布时间:2015年07月30日09时50分 |': '发布时间:2015年07月30日09时50分'})),
    'lanzhou.txt': ('lanzhou-emerging-industry-loan-interest-subsidy-news-2016.txt', 746,
                    dict(replace={'时间:2016-06-25 09:35来源:大西北网 作者:吴少华 点击: 载入中...':
                                  '时间:2016-06-25 09:35来源:大西北网 作者:吴少华'},
                         cut_after='贴息额度不超过500万元。')),
    'shanxi.txt': ('shanxi-microcredit-supervision-rules-interpretation-2025.txt', 713,
                   dict(title='山西省小额贷款公司监督管理实施细则等“一细则两指引”政策解读',
                        cut_after='最大限度地防范化解小额贷款行业风险。')),
    'baodi.txt': ('baodi-district-listed-companies-doubling-plan-2023.txt', 780,
                  dict(drop=['天津市宝坻区人民政府 今天是:2025年05月23日 星期五', '无障碍 | 关怀版 | 简体| 繁体',
                             '政务公开 > 区财政局 > 法定主动公开内容 > 区财政局文件 > 区财政局文件',
                             '无障碍语音播报', '0:00 / 0:00'],
                       cut_after='带动引领我区经济高质量发展。')),
    'changchun.txt': ('changchun-new-area-finance-agglomeration-policies-2019.txt', 743,
                      dict(drop=['搜本站', '202009月15日', '投资热线:0431-81335626', '政务服务:0431-80786777',
                                 '搜索', '首页', '专题专栏', '新区政策汇编(解读)'],
                           cut_after='的比例予以支付。')),
    'liaoyang.txt': ('liaoyang-small-business-support-policy-list-2023.txt', 740,
                     dict(drop=['辽阳', '辽阳市小微企业、个体工商户扶持政策事项清单.html'],
                          cut_after='人民银行辽阳市中心支行')),
    'macau.txt': ('macau-2022-bank-loan-interest-subsidy-regulation.txt', 741,
                  dict(drop=['相關法規 : | |||', '相關類別 : | |||', '《LegisMac》的法例註釋 | |||'],
                       title='第35/2022號行政法規 減輕因2022年疫情對企業造成負面影響的銀行貸款利息補貼計劃',
                       cut_after='但不影響下款規定的適用。')),
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
    return '\n'.join(out) + '\n'


def build(raw, e):
    text = raw
    if 'cut_after' in e:
        assert text.count(e['cut_after']) == 1, e['cut_after']
        i = text.index(e['cut_after'])
        text = text[:i + len(e['cut_after'])]
    lines = [ln.strip() for ln in text.split('\n')]
    lines = [ln for ln in lines if ln not in e.get('drop', [])]
    rep = e.get('replace', {})
    lines = [rep.get(ln, ln) for ln in lines]
    if 'to_top' in e:
        i = lines.index(e['to_top'])
        lines = [lines[i], ''] + lines[:i] + lines[i + 1:]
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return squeeze(lines)


def main():
    for src, (dst, n, e) in EDITS.items():
        raw = open(os.path.join(RAW_DIR, src), encoding='utf-8').read()
        if len(raw) != n:
            sys.exit(f'{src}: {len(raw)} chars, expected {n}')
        txt = build(raw, e)
        raw_lines = {ln.strip() for ln in raw.split('\n')} | set(e.get('replace', {}).values())
        body = txt.split('\n')[2:] if 'title' in e else txt.split('\n')
        for ln in body:
            if ln and ln not in raw_lines:
                assert 'cut_after' in e and ln.endswith(e['cut_after']), (src, ln)
        for d in e.get('drop', []):
            assert d in raw_lines, (src, d)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars')


if __name__ == '__main__':
    main()
