#!/usr/bin/env python3
"""Write questions.jsonl for notices-t, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 政府性融资担保 (担保费补贴 / 降费奖补 / 代偿补偿): 河南省 (实施意见), 福建省 (解读), 甘肃省 (news report of
    the 实施意见), 镇江市 (办法);
  B 知识产权质押融资 (贴息 / 风险补偿): 陕西省 (若干措施), 赣州市 (征求意见稿), 阳江市 (解读),
    福建省 省级贴息 (问答, 繁體; the stored text names no place);
  C 创业担保贷款 / 小额担保贷款 贴息: 河南省就业促进条例 (whole regulation from GitHub), 漳县 (公告), 延吉市
    (news, 繁體), 高唐县 (report).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document (the texts have one paragraph, article, item or
list entry a line); the clause is the union of those lines.
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file (raw and normalised) and occurs in the answering
    clause; 1-2 markers an item; no marker is longer than 14 characters; no question contains a marker of 6 or
    more characters;
  - the first value is an exact substring of the named file and of the answering clause, and occurs there at
    least once not inside a longer number (the scorer's digit rule); every further value is either such a
    substring of the clause too, or is listed in EQUIV as another way of writing the first value;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - place: an answerable item either names the place of its document (an alias in PLACES) or is marked
    noplace; a noplace question names no place of any document, and each of its markers occurs in exactly
    one file of the folder (so only one text answers it); at least 80% of answerable items name the place;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file),
    after normalisation; kind 'place' items must have an 'ALL' probe (the place asked about is the place of no
    document and is not mentioned in any text); a probe ('NOFIG', key, anchor) asserts that the one sentence
    of that file containing anchor (sentences split at 。；;!?！？ and line ends) states no amount, rate, ratio,
    multiple or count: the measure is named there without a figure; a probe ('NOFIG_AFTER', key, anchor,
    measure) asserts that in the one sentence containing anchor the measure is named and no figure follows it
    (the figures of that sentence belong to another measure named before it);
  - 96 items, at least 30% near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts, every document asked about.
Set NT_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'hn': 'henan-financing-guarantee-system-opinions-2020.txt',
    'fj': 'fujian-financing-guarantee-special-fund-measures-interpretation-2026.txt',
    'gs': 'gansu-financing-guarantee-system-opinions-news-2019.txt',
    'zj': 'zhenjiang-financing-guarantee-special-fund-measures.txt',
    'sx': 'shaanxi-ip-finance-support-measures-2025-2027.txt',
    'gz': 'ganzhou-ip-finance-pilot-zone-plan-draft-consultation-2025.txt',
    'yj': 'yangjiang-ip-pledge-risk-compensation-measures-interpretation.txt',
    'qa': 'fujian-patent-pledge-loan-interest-subsidy-qa-2022.txt',
    'hr': 'henan-employment-promotion-regulation-2009.txt',
    'zx': 'zhangxian-county-startup-guaranteed-loan-notice-2023.txt',
    'yn': 'yanji-returnee-startup-subsidized-loan-news-2018.txt',
    'gt': 'gaotang-county-small-guaranteed-loan-interest-subsidy-report-2016.txt',
}
TRAD_DOCS = {'qa', 'yn'}
# place aliases a question may use; 'qa' (the 福建 省级贴息 问答) names no place in its stored text, so every
# question about it is marked noplace
PLACES = {
    'hn': ['河南', '豫'], 'fj': ['福建', '闽', '閩'], 'gs': ['甘肃', '甘肅'], 'zj': ['镇江', '鎮江'],
    'sx': ['陕西', '陝西'], 'gz': ['赣州', '贛州'], 'yj': ['阳江', '陽江'], 'qa': [],
    'hr': ['河南'], 'zx': ['漳县', '漳縣'], 'yn': ['延吉', '延边', '延邊'], 'gt': ['高唐'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions); notices-r's set
# with 登 寄 兼 removed (written alike in both scripts), plus characters of this folder's questions
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱職樣該屬幣貼讓從給舉徵見號碼遞區畢節雲門貢獻連續萬滿歲齡籌記證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額'
                 '監網絡戶評達鄉義議傳肅陝貫徹鎮陽麼處債機蓋統則審級業種')

EQUIV = {
    '豫政办〔2020〕29号': ['豫政办(2020)29号', '豫政办[2020]29号', '豫政辦〔2020〕29號'],
    '1家': ['一家'],
    '国办发〔2019〕6号': ['国办发(2019)6号', '国办发[2019]6号', '國辦發〔2019〕6號'],
    '六章三十四条': ['6章34条', '六章34条', '6章三十四条'],
    '2025年12月': ['2025.12', '2025-12'],
    '财金〔2025〕11号': ['财金(2025)11号', '财金[2025]11号'],
    '500万元': ['五百万元', '500萬元'],
    '1%': ['百分之一', '1％'],
    '三年': ['3年'],
    '苏财规〔2020〕30号': ['苏财规(2020)30号', '苏财规[2020]30号', '蘇財規〔2020〕30號'],
    '2025年2月20日': ['2025-02-20', '2025.2.20', '2月20日'],
    '2027年': ['2027'],
    '2025年10月5日': ['10月5日', '2025-10-05', '2025.10.5'],
    '2025年9月5日': ['9月5日', '2025-09-05', '2025.9.5'],
    '七章': ['7章'],
    '粤办函〔2019〕79号': ['粤办函(2019)79号', '粤办函[2019]79号', '粵辦函〔2019〕79號'],
    '阳府办函〔2022〕138号': ['阳府办函(2022)138号', '阳府办函[2022]138号', '陽府辦函〔2022〕138號'],
    '20%': ['20％', '百分之二十'],
    '50%': ['50％', '百分之五十', '一半'],
    '1年': ['一年'],
    '20萬元': ['20万元', '二十万元', '二十萬元'],
    '2009年5月1日': ['2009-05-01', '2009.5.1'],
    '三十日': ['30日', '30天', '三十天'],
    '二百元以上五百元以下': ['200元以上500元以下', '200元至500元', '200-500元'],
    '六个月': ['6个月', '半年'],
    '三个月以上十二个月以内': ['3个月以上12个月以内', '3到12个月', '三到十二个月'],
    '第八次': ['第8次'],
    '5万元': ['五万元', '5萬元'],
    '3000元': ['三千元'],
    '95%': ['95％', '百分之九十五'],
    '2000萬元': ['2000万元', '两千万元', '兩千萬元'],
    '200萬元': ['200万元', '二百万元', '兩百萬元'],
    '30萬元': ['30万元', '三十万元'],
    '10万元': ['十万元', '10萬元'],
    '300万元': ['三百万元', '300萬元'],
    '2014年1月1日': ['2014-01-01', '2014.1.1'],
    '2015年': ['2015'],
}

# values that the text writes as a date directly followed by a clock time ('2021-10-08 10:14'): once whitespace
# is removed the date touches the time's digits, so the clause check of the digit rule is waived for them (an
# answer states the date alone); the value must still occur verbatim in the clause.
GLUED_OK = {'2021-10-08'}


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[\s"\'“”‘’「」『』]', '', s)


def at_boundary(v, text):
    """True if v occurs in text at least once not as part of a longer number (scorer's digit rule)."""
    nv, nt = norm(v), norm(text)
    for m in re.finditer(re.escape(nv), nt):
        a, b = m.start(), m.end()
        before = nv[0].isdigit() and a > 0 and (nt[a - 1].isdigit() or nt[a - 1] == '.')
        after = nv[-1].isdigit() and b < len(nt) and (nt[b].isdigit() or nt[b] == '.')
        if not before and not after:
            return True
    return False


def clause(key, anchors, errs, qid):
    lines = TEXT[key].split('\n')
    out = []
    for a in anchors:
        hits = [ln for ln in lines if a in ln]
        if len(hits) != 1:
            errs.append(f'{qid}: anchor {a!r} in {len(hits)} lines')
            continue
        out.append(hits[0])
    return '\n'.join(out)


def sentences(text):
    return [s for s in re.split(r'[。；;！!？?\n]', text) if s.strip()]


ITEMS = []


def A(q, key, anchors, markers, values=(), noplace=False):
    ITEMS.append(dict(q=q, key=key, anchors=anchors, markers=list(markers), values=list(values), noplace=noplace))


def N(q, probes, kind):
    """probes: {file key or 'ALL': [strings]}, and/or tuples ('NOFIG', key, anchor) /
    ('NOFIG_AFTER', key, anchor, measure)."""
    ITEMS.append(dict(q=q, key=None, probes=probes, kind=kind))


DOC = {'hn': '担保体系建设', 'fj': '福建', 'gs': '甘肃', 'zj': '镇江', 'sx': '陕西', 'gz': '赣州', 'yj': '阳江',
       'qa': '省級貼息', 'hr': '就业促进', 'zx': '漳县', 'yn': '延吉', 'gt': '高唐'}

# ================= topic A: 政府性融资担保 =================
# ---- 河南省 政府性融资担保体系建设 实施意见 (豫政办〔2020〕29号, 省) ----
A('河南省政府办公厅那份加强政府性融资担保体系建设的实施意见，文号是多少？', 'hn',
  ['豫政办〔2020〕29号'], ['豫政办〔2020〕29号'],
  ['豫政办〔2020〕29号', '豫政办(2020)29号', '豫政办[2020]29号', '豫政辦〔2020〕29號'])
A('河南要求市里和县里各自保留几家政府性融资担保机构？', 'hn',
  ['(一)加强市、县级政府性融资担保机构建设'], ['只保留1家'], ['1家', '一家'])
A('河南这份融资担保实施意见是为了落实国务院办公厅哪个文件？', 'hn',
  ['为贯彻落实《国务院办公厅关于有效发挥'], ['国办发〔2019〕6号'],
  ['国办发〔2019〕6号', '国办发(2019)6号', '国办发[2019]6号', '國辦發〔2019〕6號'])
A('河南对政府性融资担保机构实行什么管理制度？整合机构资源按什么要求来？', 'hn',
  ['(一)加强市、县级政府性融资担保机构建设'], ['名录管理制度', '减量提质'])
A('河南對已經資不抵債的政府性融資擔保機構要怎麼處理？', 'hn',
  ['(一)加强市、县级政府性融资担保机构建设'], ['妥善化解风险'])

# ---- 福建省 政府性融资担保发展专项资金管理办法 解读 (省) ----
A('福建省政府性融资担保发展专项资金管理办法一共有几章几条？', 'fj',
  ['《管理办法》共六章三十四条'], ['共六章三十四条'], ['六章三十四条', '6章34条', '六章34条', '6章三十四条'])
A('福建的政府性融资担保发展专项资金是什么时候设立的？谁同意设立的？', 'fj',
  ['为进一步发挥政府性融资担保体系增信分险作用'], ['2025年12月', '经省政府同意'], ['2025年12月', '2025.12', '2025-12'])
A('福建这笔政府性融资担保发展专项资金归哪个部门管？', 'fj',
  ['(一)明确管理职责'], ['省财政厅负责管理专项资金'])
A('福建的融资担保专项资金具体分成哪几块资金来用？', 'fj',
  ['第五条至第二十一条'], ['融资再担保代偿补偿资金', '融资再担保保费补贴资金'])
A('福建出这个融资担保专项资金管理办法，国家层面依据的是财政部哪个文？', 'fj',
  ['财金〔2025〕11号'], ['财金〔2025〕11号'], ['财金〔2025〕11号', '财金(2025)11号', '财金[2025]11号'])

# ---- 甘肃省 完善政府性融资担保体系 实施意见 (新闻报道, 省) ----
A('甘肃的政府性融资担保机构重点支持单户多少金额以下的小微企业和三农主体？', 'gs',
  ['严格以小微企业和“三农”融资担保业务为主业'], ['担保金额500万元及以下'], ['500万元', '五百万元', '500萬元'])
A('在甘肃，担保费率要低到多少，地方才可以给担保费补贴？', 'gs',
  ['有条件的地方可对单户担保金额'], ['平均担保费率不超过1%'], ['1%', '百分之一', '1％'])
A('甘肃每个市州设几家政府性融资担保机构？由哪家牵头出资？', 'gs',
  ['《实施意见》明确,由甘肃金控融资担保集团牵头'], ['每个市州设立1家', '甘肃金控融资担保集团'], ['1家', '一家'])
A('甘肃打算用几年时间把各县区的融资担保机构整合完，实现县级全覆盖？', 'gs',
  ['《实施意见》明确,由甘肃金控融资担保集团牵头'], ['三年内整合'], ['三年', '3年'])
A('甘肅這份完善政府性融資擔保體系的實施意見是誰印發的？', 'gs',
  ['中国甘肃网8月1日讯'], ['省政府办公厅印发'])

# ---- 镇江市 融资担保专项资金管理办法 (江苏, 市) ----
A('镇江市融资担保专项资金由哪些部门一起管理？', 'zj',
  ['第四条 专项资金由市财政局和市地方金融监管局共同管理'], ['市地方金融监管局共同管理'])
A('镇江的融资担保专项资金是从哪里出钱的？专门用来干什么？', 'zj',
  ['第二条 本办法所称'], ['由市级财政预算安排', '融资担保体系建设、发展'])
A('镇江融资担保专项资金办法里说的小微企业，个体户算不算？', 'zj',
  ['本办法所称小微企业指符合'], ['包括个体工商户、小微企业主'])
A('镇江融资担保专项资金管理办法依据的江苏省普惠金融专项资金文件是哪个文号？', 'zj',
  ['第一条 为建立普惠金融服务和保障体系'], ['苏财规〔2020〕30号'],
  ['苏财规〔2020〕30号', '苏财规(2020)30号', '苏财规[2020]30号', '蘇財規〔2020〕30號'])
A('鎮江融資擔保專項資金的使用和管理遵循什麼原則？', 'zj',
  ['第三条 专项资金的使用和管理遵循'], ['公开透明、规范管理'])

# ================= topic B: 知识产权质押融资 =================
# ---- 陕西省 知识产权金融支持企业创新发展的若干措施 (2025-2027年) (省) ----
A('陕西知识产权金融支持企业创新发展的若干措施是哪天印发的？', 'sx',
  ['2025年2月20日'], ['2025年2月20日'], ['2025年2月20日', '2025-02-20', '2025.2.20', '2月20日'])
A('陕西这套知识产权金融若干措施一直执行到哪一年？', 'sx',
  ['若干措施(2025-2027年)》,现予印发'], ['2025-2027年'], ['2027年', '2027'])
A('陕西省设立的企业知识产权质押贷款风险补偿金简称叫什么？', 'sx',
  ['一、完善知识产权质押贷款风险分担和补偿机制'], ['秦知贷'], ['秦知贷'])
A('陕西知识产权金融若干措施是哪几个部门一起制定的？', 'sx',
  ['现予印发,请遵照执行'], ['陕西监管局、省财政厅'])
A('陝西知識產權金融若干措施的第一條措施是什麼？', 'sx',
  ['一、完善知识产权质押贷款风险分担和补偿机制'], ['风险分担和补偿机制'])

# ---- 赣州市 知识产权金融综合试验区试点建设方案 征求意见稿 (江西, 市) ----
A('赣州知识产权金融综合试验区试点建设方案征求意见，最晚哪天前反馈？', 'gz',
  ['2.通过信函将意见寄至'], ['意见反馈截止时间'], ['2025年10月5日', '10月5日', '2025-10-05', '2025.10.5'])
A('对赣州这个知识产权金融试点方案有意见，发到哪个邮箱？', 'gz',
  ['1.通过电子邮件将意见发送至'], ['gzszscqj'], ['gzszscqj@163.com'])
A('想写信给赣州市市场监管局提意见，寄到什么地址？邮编多少？', 'gz',
  ['2.通过信函将意见寄至'], ['华坚南路68号', '邮编:341000'], ['341000'])
A('赣州知识产权金融综合试验区方案的征求意见稿是哪天发出来的？', 'gz',
  ['2025年9月5日'], ['2025年9月5日'], ['2025年9月5日', '9月5日', '2025-09-05', '2025.9.5'])
A('贛州這個試點建設方案是根據江西省哪些文件制定的？', 'gz',
  ['为贯彻落实《江西省知识产权金融综合试验区试点建设方案》'], ['关于推动江西知识产权金融工作'])

# ---- 阳江市 知识产权质押融资风险补偿资金管理办法 政策解读 (广东, 市) ----
A('阳江知识产权质押融资风险补偿资金管理办法分几章？', 'yj',
  ['包括总则、资金管理、扶持方向'], ['附则共七章'], ['七章', '7章'])
A('阳江这个风险补偿资金办法依据的广东省文件文号是什么？', 'yj',
  ['(一)《广东省促进中小企业知识产权保护和利用若干政策措施的通知》'], ['粤办函〔2019〕79号'],
  ['粤办函〔2019〕79号', '粤办函(2019)79号', '粤办函[2019]79号', '粵辦函〔2019〕79號'])
A('阳江贯彻广东知识产权保护和运用十四五规划的实施方案是哪个文号？', 'yj',
  ['(二)《阳江市贯彻'], ['阳府办函〔2022〕138号'],
  ['阳府办函〔2022〕138号', '阳府办函(2022)138号', '阳府办函[2022]138号', '陽府辦函〔2022〕138號'])
A('阳江搞知识产权质押融资风险补偿，主要是想让银行多给哪类企业贷款？', 'yj',
  ['知识产权质押融资已经成为中小微企业拓宽融资渠道'], ['科技型中小微企业'])
A('陽江這份解讀說的風險補償資金管理辦法，是正式稿還是送審稿？', 'yj',
  ['知识产权质押融资已经成为中小微企业拓宽融资渠道'], ['管理办法(送审稿)'], ['送审稿'])

# ---- 省级 专利权质押贷款贴息标准 问答 (福建省 网站, 繁體; the text names no place) ----
A('专利权质押贷款的省级贴息，一般按一年期LPR的百分之几来贴？', 'qa',
  ['專利權質押貸款的貼息比例為'], ['LPR)的20%'], ['20%', '20％', '百分之二十'], noplace=True)
A('小微企业买了专利权质押贷款保证保险，省级贴息比例能提高到多少？', 'qa',
  ['專利權質押貸款的貼息比例為'], ['一年期LPR的50%'], ['50%', '50％', '百分之五十', '一半'], noplace=True)
A('专利权质押融资的省级贴息，单笔最长能贴多长时间？', 'qa',
  ['專利權質押貸款的貼息比例為'], ['最長不超過1年'], ['1年', '一年'], noplace=True)
A('一家企业专利权质押贷款省级贴息累计最多能拿多少钱？', 'qa',
  ['專利權質押貸款的貼息比例為'], ['累計貼息總額不超過20萬元'], ['20萬元', '20万元', '二十万元', '二十萬元'], noplace=True)
A('如果专利权质押贷款的实际利率比一年期LPR还低，省级贴息按什么算？', 'qa',
  ['專利權質押貸款的貼息比例為'], ['按實際利率計算'], noplace=True)

# ================= topic C: 创业担保贷款 / 小额担保贷款 贴息 =================
# ---- 河南省就业促进条例 (2009, 省, whole regulation) ----
A('河南省就业促进条例从哪天开始施行？', 'hr',
  ['第六十条 本条例自2009年5月1日起施行'], ['2009年5月1日起施行'], ['2009年5月1日', '2009-05-01', '2009.5.1'])
A('河南的就业专项资金能不能拿来给创业的小额贷款贴息？', 'hr',
  ['就业专项资金用于职业介绍'], ['微利项目的小额担保贷款贴息'])
A('在河南，哪一级政府要搭建小额贷款担保的服务体系？返乡创业的农民工能享受担保贷款和贴息吗？', 'hr',
  ['第十八条 县级以上人民政府应当建立小额贷款担保服务体系'], ['建立小额贷款担保服务体系', '回乡创业农民工'],
  ['县级以上'])
A('河南的用人单位招了人多少天内要办就业登记？解除劳动关系后多少天内要办失业登记？', 'hr',
  ['第三十一条 用人单位应当在用工之日起三十日内'], ['用工之日起三十日内', '十五日内'],
  ['三十日', '30日', '30天', '三十天', '十五日'])
A('用人单位没按规定及时给员工办就业失业登记，拒不改正的要罚多少钱？', 'hr',
  ['第五十八条 用人单位违反本条例第三十一条第一款规定'], ['二百元以上五百元以下'],
  ['二百元以上五百元以下', '200元以上500元以下', '200元至500元', '200-500元'], noplace=True)
A('按河南省就业促进条例，哪些人算就业困难人员？', 'hr',
  ['就业困难人员是指', '（一）城镇零就业家庭的成员', '（二）距法定退休年龄十年以内的登记失业人员',
   '（三）连续失业一年以上的登记失业人员', '（四）困难家庭中就业困难的高校毕业生', '（五）就业困难的被征地农民',
   '（六）失业的残疾人', '（七）其他符合国家和省规定的就业困难人员'],
  ['城镇零就业家庭的成员', '距法定退休年龄十年以内'])
A('在河南，外地来打工的人要在常住地稳定干满多久，失业后才能在常住地登记失业？', 'hr',
  ['第三十二条 在法定劳动年龄内有劳动能力'], ['稳定就业满六个月'], ['六个月', '6个月', '半年'])
A('河南的劳动预备制度里，初高中毕业生的预备培训要多长时间？', 'hr',
  ['第四十二条 省辖市、县级人民政府应当建立健全劳动预备制度'], ['三个月以上十二个月以内'],
  ['三个月以上十二个月以内', '3个月以上12个月以内', '3到12个月', '三到十二个月'])
A('河南省就業促進條例是省人大常委會第幾次會議審議通過的？', 'hr',
  ['河南省第十一届人民代表大会常务委员会第八次会议审议通过'], ['第八次会议审议通过'], ['第八次', '第8次'])

# ---- 漳县 2023年创业担保贷款工作公告 (甘肃 定西, 县) ----
A('甘肃漳县2023年的个人创业担保贷款，哪些人可以申请？', 'zx',
  ['(一)个人创业担保贷款对象'], ['返乡创业农民工', '城镇登记失业人员'])
A('我户口不在漳县，但在漳县开了个体店，能申请创业担保贷款吗？', 'zx',
  ['(一)个人创业担保贷款对象'], ['不受漳县户籍限制'])
A('漳县的网络商户想申请创业担保贷款，要连续经营多久、每月营业额至少多少？', 'zx',
  ['2.网络商户须同时具备以下条件'], ['网络经营12个月以上', '月营业额不少于3000元'], ['3000元', '三千元', '12个月'])
A('在漳县申请创业担保贷款，本人和配偶有消费贷还能申请吗？多少钱以下的小额消费贷不算？', 'zx',
  ['1.除助学贷款、扶贫贷款'], ['5万元以下小额消费贷款'], ['5万元', '五万元', '5萬元'])
A('漳縣在城鎮公益性崗位上班的人能申請創業擔保貸款嗎？', 'zx',
  ['3.严禁行政事业单位正式在职职工'], ['严禁城镇公益性岗位从业人员'])

# ---- 延吉市 返乡创业贴息专项贷款 (吉林 延边, 县级市, news, 繁體) ----
A('延吉推出的返乡创业贴息专项贷款总共有多少？', 'yn',
  ['新華社長春3月28日電'], ['總額為2000萬元'], ['2000萬元', '2000万元', '两千万元', '兩千萬元'])
A('延吉市政府为返乡创业贷款设风险担保基金出了多少钱？跟哪家银行合作？', 'yn',
  ['為助力返鄉創業'], ['出資200萬元', '延邊農村商業銀行'], ['200萬元', '200万元', '二百万元', '兩百萬元'])
A('在延吉返乡创业，个人最多能贷多少？贷款期限最长几年？', 'yn',
  ['延吉市委組織部副部長李鋼介紹'], ['最高貸款額度為30萬元', '最長不超過三年'], ['30萬元', '30万元', '三十万元'])
A('我是在外地打工的延吉人，想回来创业，贴息贷款的申请交给哪个部门？', 'yn',
  ['為助力返鄉創業'], ['延吉市委組織部人才辦'])
A('延边州的返乡创业工程是从哪年开始的？到现在有多少人回乡创业成功？', 'yn',
  ['據了解,2015年起'], ['2015年起', '1.3萬餘人'], ['2015年', '2015'])

# ---- 高唐县 小额担保贷款财政贴息 (山东 聊城, 县, report) ----
A('高唐县个人的小额担保贴息贷款额度提高到了多少？', 'gt',
  ['根据上级文件精神'], ['统一提高到10万元'], ['10万元', '十万元', '10萬元'])
A('高唐县劳动密集型小企业的小额担保贴息贷款额度提到了多少？', 'gt',
  ['根据上级文件精神'], ['提高到300万元'], ['300万元', '三百万元', '300萬元'])
A('截至2015年底，高唐县一共发放了多少小额担保贷款？帮扶了多少人？', 'gt',
  ['根据上级文件精神'], ['累计发放小额担保贷款', '帮扶人数1396人'], ['3675.5万元', '1396人'])
A('高唐县支付的财政贴息资金中，中央财政和县级财政各出了多少？', 'gt',
  ['根据上级文件精神'], ['中央财政贴息118.59万元', '85.59万元'], ['118.59万元', '85.59万元'])
A('高唐縣的小額擔保貸款重點支持哪些人創業？', 'gt',
  ['一年来,高唐县财政局认真落实'], ['残疾人、高校毕业生和农村妇女'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbour of a library place, asked about the same topic --
N('湖北省要求市、县两级各保留几家政府性融资担保机构？', {'ALL': ['湖北']}, 'place')
N('青海省对单户担保金额500万元以下的担保业务给不给担保费补贴？', {'ALL': ['青海']}, 'place')
N('浙江省政府性融资担保发展专项资金管理办法一共几章几条？', {'ALL': ['浙江']}, 'place')
N('常州市融资担保专项资金由哪些部门共同管理？', {'ALL': ['常州']}, 'place')
N('山西省知识产权质押贷款风险补偿金叫什么名字？', {'ALL': ['山西']}, 'place')
N('宝鸡市知识产权质押贷款的风险补偿比例是多少？', {'ALL': ['宝鸡', '寶雞']}, 'place')
N('吉安市知识产权金融综合试验区方案征求意见什么时候截止？', {'ALL': ['吉安']}, 'place')
N('茂名市知识产权质押融资风险补偿资金管理办法一共几章？', {'ALL': ['茂名']}, 'place')
N('宁夏的知识产权质押贷款风险补偿金叫什么？规模有多大？', {'ALL': ['宁夏', '寧夏']}, 'place')
N('湖南省就业促进条例规定用人单位多少天内办就业登记？', {'ALL': ['湖南']}, 'place')
N('陇西县2023年创业担保贷款对网络商户有什么要求？', {'ALL': ['陇西', '隴西']}, 'place')
N('珲春市返乡创业贴息专项贷款个人最高能贷多少？', {'ALL': ['珲春', '琿春']}, 'place')
N('临清市个人小额担保贴息贷款额度是多少？', {'ALL': ['临清', '臨清']}, 'place')
# -- a year the texts do not state --
N('漳县2024年创业担保贷款对网络商户月营业额有什么要求？', {'zx': ['2024']}, 'year')
N('赣州2026年知识产权金融综合试验区方案征求意见什么时候截止？', {'gz': ['2026']}, 'year')
N('高唐县2016年全年发放了多少小额担保贷款？', {'gt': ['2016']}, 'year')
N('延吉市2020年返乡创业贴息专项贷款总额是多少？', {'yn': ['2020']}, 'year')
# -- a figure the texts do not state for that measure (some state a figure for another measure nearby) --
N('河南要求市、县级政府性融资担保机构注册资本分别达到多少？', {'hn': ['注册资本', '亿元']}, 'figure')
N('福建融资再担保保费补贴资金按什么比例补贴？',
  [('NOFIG', 'fj', '融资再担保保费补贴资金的使用范围'), {'fj': ['补贴比例', '%']}], 'figure')
N('福建政府性融资担保发展专项资金规模有多少亿元？', {'fj': ['亿元', '万元']}, 'figure')
N('甘肃对符合条件的担保业务，担保费补贴按多少比例给？',
  [('NOFIG_AFTER', 'gs', '给予适当担保费补贴', '担保费补贴'), {'gs': ['补贴比例', '补贴标准']}], 'figure')
N('镇江市融资担保专项资金的担保费补助比例是多少？', {'zj': ['担保费补助', '补助比例', '%']}, 'figure')
N('陕西秦知贷出了不良贷款，风险补偿金承担多少比例？', {'sx': ['补偿比例', '%']}, 'figure')
N('阳江知识产权质押融资风险补偿资金池规模多大？补偿比例多少？',
  [('NOFIG', 'yj', '分担一定比例的中小企业知识产权质押投融资风险'), {'yj': ['万元', '%']}], 'figure')
N('专利权质押贷款的评估费能补贴多少？', {'qa': ['評估', '评估']}, 'figure')
N('漳县个人创业担保贷款最高能贷多少？', {'zx': ['额度', '最高']}, 'figure')
N('延吉返乡创业贴息专项贷款按多少比例贴息？', {'yn': ['貼息比例', '全額貼息', '%']}, 'figure')
N('高唐县小额担保贷款的贴息比例是多少？', {'gt': ['%', '贴息比例', '利率']}, 'figure')
N('河南省就业促进条例规定小额担保贷款最高能贷多少万元？', {'hr': ['万元']}, 'figure')
# -- off-topic --
N('漳县农村低保标准每月多少钱？', {'ALL': ['低保']}, 'offtopic')
N('延吉市住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('河南省高考加分政策有哪些？', {'ALL': ['高考']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], markers=['只保留2家'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], markers=['国办发〔2019〕6号'])),
    'marker_too_long': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], markers=['市、县级政府原则上只保留1家政府性融资担保机构'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['甘肃']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'gs': ['青海']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['一家'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['1家', '2家'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(3, dict(ITEMS[3], q='河南的名录管理制度是什么？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'gs', '给予适当担保费补贴')],
                                                   kind='figure')),
    'nofig_after_with_figure': lambda: ITEMS.append(dict(q='y2', key=None,
                                                         probes=[('NOFIG_AFTER', 'gs', '给予适当担保费补贴', '单户担保金额')],
                                                         kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['020'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(
        next(i for i, it in enumerate(ITEMS) if it.get('noplace')),
        dict(next(it for it in ITEMS if it.get('noplace')), q='福建专利权质押贷款省级贴息按LPR的百分之几？')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='gt', anchors=['根据上级文件精神'],
                                                             markers=['小额担保贷款'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], q='市里和县里各自保留几家政府性融资担保机构？')),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def check_probe_tuple(p, qid, errs):
    if p[0] == 'NOFIG':
        _, k, anchor = p
        hits = [s for s in sentences(TEXT[k]) if anchor in s]
        if len(hits) != 1:
            errs.append(f'{qid}: NOFIG anchor {anchor!r} in {len(hits)} sentences')
        elif FIGURE.search(hits[0]):
            errs.append(f'{qid}: NOFIG sentence has a figure: {FIGURE.search(hits[0]).group(0)!r}')
    elif p[0] == 'NOFIG_AFTER':
        _, k, anchor, measure = p
        hits = [s for s in sentences(TEXT[k]) if anchor in s]
        if len(hits) != 1:
            errs.append(f'{qid}: NOFIG_AFTER anchor {anchor!r} in {len(hits)} sentences')
        elif measure not in hits[0]:
            errs.append(f'{qid}: NOFIG_AFTER measure {measure!r} not in the sentence')
        else:
            tail = hits[0][hits[0].index(measure):]
            if FIGURE.search(tail):
                errs.append(f'{qid}: NOFIG_AFTER: a figure follows {measure!r}: {FIGURE.search(tail).group(0)!r}')
    else:
        errs.append(f'{qid}: unknown probe {p[0]!r}')


def main():
    m = os.environ.get('NT_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nt{i:03d}'
        if it['key'] is None:
            probes = it['probes']
            plist = probes if isinstance(probes, list) else [probes]
            kinds[it['kind']] += 1
            if it['kind'] == 'place' and not any(isinstance(p, dict) and 'ALL' in p for p in plist):
                errs.append(f'{qid}: place near miss without an ALL probe')
            for p in plist:
                if isinstance(p, tuple):
                    check_probe_tuple(p, qid, errs)
                    continue
                for where, strings in p.items():
                    for k in (ALL if where == 'ALL' else [where]):
                        for s in strings:
                            if norm(s) in norm(TEXT[k]):
                                errs.append(f'{qid}: probe {s!r} found in {FILES[k]}')
            out.append(dict(id=qid, q=it['q'], doc=None, markers=[], values=[]))
            continue
        k, text = it['key'], TEXT[it['key']]
        n_answerable += 1
        per_doc[k] += 1
        doc = DOC[k]
        if is_trad(it['q']) and k not in TRAD_DOCS:
            n_trad_simpl += 1
        hits = [kk for kk, t in TITLE.items() if norm(doc) in norm(t)]
        if hits != [k]:
            errs.append(f'{qid}: doc {doc!r} matches titles {hits}')
        named = any(a in it['q'] for a in PLACES[k])
        if it['noplace']:
            if any(a in it['q'] for a in all_aliases):
                errs.append(f'{qid}: noplace question names a place')
            for mk in it['markers']:
                files = [kk for kk in ALL if norm(mk) in norm(TEXT[kk])]
                if files != [k]:
                    errs.append(f'{qid}: noplace marker {mk!r} occurs in {files}')
        elif not named:
            errs.append(f'{qid}: answerable question names no place of its document and is not marked noplace')
        n_named += named
        cl = clause(k, it['anchors'], errs, qid)
        if not 1 <= len(it['markers']) <= 2:
            errs.append(f'{qid}: {len(it["markers"])} markers')
        for mk in it['markers']:
            if mk not in text or norm(mk) not in norm(text):
                errs.append(f'{qid}: marker {mk!r} not in file')
            if norm(mk) not in norm(cl):
                errs.append(f'{qid}: marker {mk!r} not in clause')
            if len(norm(mk)) >= 6 and norm(mk) in norm(it['q']):
                errs.append(f'{qid}: question copies marker {mk!r}')
            if len(norm(mk)) > 14:
                errs.append(f'{qid}: marker {mk!r} longer than 14 characters')
        vals = it['values']
        if vals:
            v0 = vals[0]
            if v0 not in text:
                errs.append(f'{qid}: value {v0!r} not in file')
            if norm(v0) not in norm(cl):
                errs.append(f'{qid}: value {v0!r} not in clause')
            elif not at_boundary(v0, cl) and v0 not in GLUED_OK:
                errs.append(f'{qid}: value {v0!r} only occurs inside a longer number in the clause')
            for v in vals[1:]:
                if v in EQUIV.get(v0, []):
                    continue
                if norm(v) in norm(cl) and (at_boundary(v, cl) or v in GLUED_OK):
                    continue
                errs.append(f'{qid}: value {v!r} is neither in the clause nor a declared way of writing {v0!r}')
        out.append(dict(id=qid, q=it['q'], doc=doc, markers=it['markers'], values=vals))
    n_null = sum(r['doc'] is None for r in out)
    if len(out) != 96:
        errs.append(f'{len(out)} items, expected 96')
    if n_null < 0.30 * len(out):
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 30%')
    if n_named < 0.80 * n_answerable:
        errs.append(f'only {n_named} of {n_answerable} answerable questions name the place')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if n_trad_simpl < 3:
        errs.append(f'traditional-script questions on simplified texts: {n_trad_simpl}')
    if set(per_doc) != set(FILES):
        errs.append(f'documents without questions: {set(FILES) - set(per_doc)}')
    if errs:
        sys.exit('\n'.join(errs))
    if m:
        sys.exit(f'mutation {m} was NOT refused')
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'items;', n_answerable, 'answerable (', n_named, 'name the place,', n_answerable - n_named,
          'name none );', n_null, f'near misses ({n_null / len(out):.1%}):', dict(kinds), ';',
          n_trad_simpl, 'traditional-script questions on simplified texts; per document', dict(per_doc))


if __name__ == '__main__':
    main()
