#!/usr/bin/env python3
"""Build the library texts of notices-zb.

All twelve texts are stored page excerpts that the `search` tool (corpus `pages`) returned for the addresses in
the README. Each excerpt was copied, as the JSON string the tool returned, into json.loads and written as one line
of RAW (default /tmp/libraries/notices-zb_raw/raw.jsonl; kept out of the folder so that no extra document is
ingested): {"key": ..., "url": ..., "excerpt": ...}.
Every raw copy must have the character count recorded below. Only these edits are made, each listed per file in
EDITS (see README, "How the texts were made"):
  - start_at: drop everything before the first occurrence of this string (site chrome above the document:
    injected spam keyword lines, site name, breadcrumbs);
  - cut_after: keep the text up to and including this exact string (the last complete sentence or clause
    before the place where the stored copy breaks off);
  - drop: remove lines whose stripped text equals one of these strings (site chrome, an injected ad line, a
    site-generated summary that repeats the opening of the body);
  - replace: replace a whole stripped line by another (only to remove page chrome such as view counters,
    font-size buttons, "save/print" from a date line);
  - unbullet: remove a leading '• ' (list bullet of the site layout) from a line;
  - title: add this line as line 1 (the page has no headline in the stored copy: the title is composed from the
    text's own words, see README).
Every line is stripped of leading and trailing whitespace (also U+3000); runs of blank lines become one blank
line. The script asserts that, apart from an added title, the kept text equals the raw copy from start_at up to
the cut with the edits above applied, character for character once whitespace is removed, that every drop /
replace key is a line of the raw copy, and that a replacement only deletes characters (it is a subsequence of the
line it replaces).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.environ.get('RAW', '/tmp/libraries/notices-zb_raw/raw.jsonl')

# key -> (output file, raw length in characters, edits)
EDITS = {
    # ---- topic A: 农业信贷担保 / 乡村振兴 金融支持 ----
    'zaoqiang': ('zaoqiang-county-nongbaodai-agri-credit-guarantee-pilot-plan-2017.txt', 702,
                 dict(cut_after='具体负责全县“农保贷”试点各环节工作的组织协调和日常管理。',
                      title='枣强县“农保贷”业务试点实施方案')),
    'ningguo': ('ningguo-quangengdai-agri-credit-guarantee-plan-2020.txt', 717,
                dict(cut_after='农业(林业)产业化龙头企业和农村集体经济组织的发展。',
                     title='宁国市农业信贷融资担保“劝耕贷”实施方案')),
    'yangzhou': ('yangzhou-fiscal-finance-agri-rural-support-opinions-2022.txt', 723,
                 dict(start_at='关于进一步加快推动财政金融支持农业农村高质量发展的意见\n扬府办发',
                      cut_after='分别予以不高于2%的贴息补助。(责任单位:市财政局、市农业农村局)')),
    'ordos': ('ordos-rural-revitalization-finance-measures-interpretation-2022.txt', 908,
              dict(start_at='《鄂爾多斯市實施鄉(xiāng)村振興戰(zhàn)略金融支持產(chǎn)業(yè)振興辦法》政策解讀',
                   replace={'發(fā)布時間:2022-01-31 17:01:00      作者:      來源:鄂爾多斯市農(nóng)牧局      【  保存':
                            '發(fā)布時間:2022-01-31 17:01:00 來源:鄂爾多斯市農(nóng)牧局'},
                   drop=['打印', '分享到:'],
                   cut_after='第二部分是項目管理。')),
    # ---- topic B: 科技保险 / 首台(套) / 专利保险 保费补贴 ----
    'sjzgxq': ('shijiazhuang-hitech-zone-sci-tech-insurance-subsidy-news-2020.txt', 762,
               dict(start_at='科技保险保费补助资金开始申报\n\n时间',
                    replace={'时间:2020-03-02 16:00:21  来源:闽商界  作者:青鸾传媒  点击:':
                             '时间:2020-03-02 16:00:21 来源:闽商界 作者:青鸾传媒'},
                    cut_after='各企业注册登录石家庄高新区科技金融服务中心线上平台进行申报。')),
    'chaozhou': ('chaozhou-patent-insurance-subsidy-measures-news.txt', 418,
                 dict(cut_after='每年對同一投保人的補貼總額不超過1萬元。',
                      title='《潮州市專利保險補貼辦法》正式實施')),
    'suzhou': ('suzhou-sci-tech-insurance-premium-subsidy-guide-2020.txt', 829,
               dict(start_at='蘇州市市級科技保險費補貼項目申請扶持政策和申報條件',
                    replace={'文字:[大][中][小] 手機頁面二維碼 2020/10/26     瀏覽次數(shù):': '2020/10/26'},
                    drop=['蘇州市政策申報:18755150066(微信同號),0551-65300044'],
                    cut_after='保費補貼比例不*過 50%;')),
    'shenzhen': ('shenzhen-first-set-equipment-insurance-compensation-notice-2024.txt', 786,
                 dict(start_at='市工业和信息化局关于组织开展首台(套)重大技术装备保险补偿项目申报工作的通知\n\n发布时间',
                      replace={'发布时间:2024-11-05 来源:深圳市工业和信息化局 类型:产业分析 人浏览':
                               '发布时间:2024-11-05 来源:深圳市工业和信息化局'},
                      drop=['关键字:', '导  读:',
                            '各有关单位:  根据《工业和信息化部办公厅关于组织开展首台(套)重大技术装备保险补偿项目申报工作的通知》'
                            '(工信厅重装函〔2024〕400号),现组织开展2024年首台(套)重大技术装备保险补偿项目申报工作。'
                            '有关事项通知如下:  一、支持范围  申报装备需满足《首台(套)重大技术装备推广应用指导目录(2024年版)》'
                            '...,系统,船舶,工业,信息化'],
                      cut_after='航空发动机、船舶发动机等单件价值较高的核心系统、关键零部件等可按台(套)数方式支持。')),
    # ---- topic C: 金融纠纷调解 / 防范和处置非法集资 / 金融风险 ----
    'pingshan': ('pingshan-county-financial-dispute-mediation-committee-news-2024.txt', 691,
                 dict(cut_after='平山县金融纠纷人民调解委员会主任陈海江表示。',
                      title='平山县金融纠纷人民调解委员会正式运行')),
    'baoding': ('baoding-illegal-fundraising-prevention-rules-2024.txt', 737,
                dict(start_at='保定市防范和处置非法集资工作实施细则',
                     replace={'政策法规  发文时间:2024-02-26 14:36:32   浏览次数:': '发文时间:2024-02-26 14:36:32'},
                     cut_after='能够正常履行非法集资行为调查认定、行政处罚和善后处置等相关职责。')),
    'anyangxian': ('anyang-county-illegal-fundraising-measures-draft-consultation-2023.txt', 722,
                   dict(replace={'发布日期:2023-11-23 09:15 信息来源: 安东新区 访问量:':
                                 '发布日期:2023-11-23 09:15 信息来源: 安东新区'},
                        cut_after='切实形成各尽其责、通力协作的非法集资综合治理格局。')),
    'tjftz': ('tianjin-port-ftz-financial-emergency-plan-2026.txt', 790,
              dict(start_at='天津港保税区金融突发事件应急预案\n\n发布日期',
                   replace={'发布日期: 2026-01-22      来源:保税区党委办公室': '发布日期: 2026-01-22 来源:保税区党委办公室'},
                   drop=['• |'],
                   unbullet=True,
                   cut_after='将事件划分为特别重大、重大、较大、一般四个等级。')),
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
        lines = [ln[2:] if ln.startswith('• ') else ln for ln in lines]
    return lines


def build(raw, e):
    lines = squeeze(edit_lines(raw, e))
    if 'title' in e:
        lines = [e['title'], ''] + lines
    return '\n'.join(lines) + '\n'


def nows(s):
    return re.sub(r'\s', '', s)


def is_subsequence(short, long):
    it = iter(long)
    return all(c in it for c in short)


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
        for a, b in e.get('replace', {}).items():
            assert a in raw_lines, (key, 'replace not a raw line', a)
            assert is_subsequence(b, a), (key, 'replacement adds characters', b)
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
        # and what was removed from that segment is exactly the dropped lines and the deleted chrome
        kept = nows(body)
        assert is_subsequence(kept, nows(seg)), key
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(f'{dst}: {len(txt)} chars, {txt.count(chr(10))} lines')


if __name__ == '__main__':
    main()
