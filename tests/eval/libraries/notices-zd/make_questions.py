#!/usr/bin/env python3
"""Write questions.jsonl for notices-zd, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 信用信息共享 / 融资信用服务平台 (信易贷) / 银税互动: 连云港市 (征求意见), 龙亭区 (繁體), 襄城区, 山西 (银保监局通知);
  B 城市房地产融资协调机制 / “白名单”: 通城县 (繁體), 阜阳市, 潍坊市, 山东省;
  C 文旅 / 康养 产业 金融支持 (贷款贴息): 赵县 (解读), 石家庄市, 山西 (康养, 繁體), 焦作市 (条例, whole text).

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
    multiple or count: the measure is named there without a figure;
  - 96 items, at least 30% near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts, every document asked about.
Set NZD_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'lyg': 'lianyungang-credit-info-sharing-sme-financing-plan-draft-consultation-2022.txt',
    'lt': 'longting-district-credit-info-sharing-sme-financing-plan-2022.txt',
    'xc': 'xiangcheng-district-tax-credit-loan-agreement-news-2015.txt',
    'sxy': 'shanxi-bank-tax-interaction-credit-financing-notice.txt',
    'tc': 'tongcheng-county-real-estate-whitelist-loans-news-2024.txt',
    'fy': 'fuyang-real-estate-financing-coordination-whitelist-news-2024.txt',
    'wf': 'weifang-real-estate-whitelist-first-batch-signing-news-2024.txt',
    'sd': 'shandong-real-estate-financing-coordination-mechanism-news-2024.txt',
    'zx': 'zhaoxian-county-culture-tourism-recovery-measures-interpretation-2022.txt',
    'sjz': 'shijiazhuang-culture-tourism-recovery-18-measures-news-2022.txt',
    'sxk': 'shanxi-kangyang-industry-bed-subsidy-loan-interest-news-2022.txt',
    'jz': 'jiaozuo-all-for-one-tourism-promotion-regulation-2020.txt',
}
TRAD_DOCS = {'lt', 'tc', 'sxk'}
PLACES = {
    'lyg': ['连云港', '連雲港'], 'lt': ['龙亭', '龍亭'], 'xc': ['襄城'], 'sxy': ['山西'],
    'tc': ['通城'], 'fy': ['阜阳', '阜陽'], 'wf': ['潍坊', '濰坊'], 'sd': ['山东', '山東'],
    'zx': ['赵县', '趙縣'], 'sjz': ['石家庄', '石家莊'], 'sxk': ['山西'], 'jz': ['焦作'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|项|項|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次|项|項)|'
                    r'百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵寄號碼遞畢節雲貢獻連續滿歲齡籌記登證'
                 '謄齊語論壇織處罰聽遷畫輔導據歡財撥週則風範圍銀電話聯濰趙級遊莊確莊銀項縣單')

EQUIV = {
    '2022年9月7日': ['9月7日', '2022-09-07', '2022.9.7'],
    '222006': [],
    '0518-85827280': ['051885827280'],
    'lygjxwxyb@163.com': [],
    '2022年8月31日': ['2022-08-31', '2022.8.31', '8月31日'],
    '2022年10月18日': ['2022-10-18', '2022.10.18'],
    '豫政辦〔2022〕57號': ['豫政办〔2022〕57号', '豫政办(2022)57号', '豫政办[2022]57号'],
    '〔2021〕52號': ['〔2021〕52号', '(2021)52号', '[2021]52号'],
    '200万元': ['200萬元', '二百万元', '200万'],
    '5万元': ['5萬元', '五万元'],
    '7倍': ['七倍'],
    '5倍': ['五倍'],
    'A或B': ['A级或B级', 'A級或B級'],
    '256万元': ['256萬元'],
    '2.5億元': ['2.5亿元', '2.5亿'],
    '第二批': ['第2批'],
    '1.4億元': ['1.4亿元'],
    '0.15億元': ['0.15亿元', '1500万元'],
    '57.2亿元': ['57.2億元'],
    '221个': ['221個'],
    '2月底': ['二月底'],
    '368.9亿元': ['368.9億元'],
    '46条': ['46條'],
    '26.2亿元': ['26.2億元'],
    '112个': ['112個'],
    '15.9亿元': ['15.9億元'],
    '3月12日': ['2024年3月12日'],
    '448个': ['448個'],
    '819个': ['819個'],
    '15.632亿元': ['15.632億元'],
    '16市': ['16个', '16個', '十六个'],
    '10万元': ['10萬元', '十万元'],
    '60%': ['百分之六十', '60％', '六成'],
    '5万元': ['5萬元', '五万元'],
    '80万元': ['80萬元', '八十万元'],
    '400万元': ['400萬元'],
    '50万元': ['50萬元', '五十万元'],
    '十八条': ['18条', '18條', '十八條'],
    '1萬元': ['1万元', '一万元', '一萬元'],
    '50%': ['百分之五十', '50％', '五成', '一半'],
    '2025年': [],
    '12項': ['12项', '十二项', '十二項'],
    '70个': ['70個', '七十个'],
    '2021年1月1日': ['2021-01-01', '2021.1.1'],
    '十万元': ['10万元', '10萬元', '十萬元'],
}

ITEMS = []


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


def A(q, key, anchors, markers, values=(), noplace=False):
    ITEMS.append(dict(q=q, key=key, anchors=anchors, markers=list(markers), values=list(values), noplace=noplace))


def N(q, probes, kind):
    """probes: {file key or 'ALL': [strings]}, and/or a list of ('NOFIG', key, anchor)."""
    ITEMS.append(dict(q=q, key=None, probes=probes, kind=kind))


DOC = {'lyg': '连云港', 'lt': '龍亭', 'xc': '襄城', 'sxy': '山西监管局', 'tc': '通城', 'fy': '阜阳', 'wf': '潍坊',
       'sd': '山东', 'zx': '赵县', 'sjz': '石家庄', 'sxk': '康養', 'jz': '焦作'}

# ================= topic A: 信用信息共享 / 融资信用服务平台 / 银税互动 =================
# ---- 连云港市 工作方案 征求意见公告 (江苏, 市) ----
A('连云港那个用信用信息帮中小微企业融资的工作方案，征求意见到哪天为止？', 'lyg',
  ['本次征求意见反馈截止时间'], ['反馈截止时间为'], ['2022年9月7日', '9月7日', '2022-09-07', '2022.9.7'])
A('想给连云港市发改委寄书面意见，地址和邮编是多少？', 'lyg',
  ['1.信函。'], ['朝阳东路69号行政中心', '邮编:222006'], ['222006'])
A('連雲港這次徵求意見，可以打哪個電話反映？', 'lyg',
  ['2.电话:'], ['0518-85827280'], ['0518-85827280', '051885827280'])
A('连云港这个融资工作方案征求意见，发邮件的话发到哪个邮箱？', 'lyg',
  ['3.电子邮件。'], ['lygjxwxyb'], ['lygjxwxyb@163.com'])
A('连云港这份征求意见公告落款是哪个单位、哪一天？', 'lyg',
  ['连云港市社会信用体系建设领导小组办公室', '2022年8月31日'], ['领导小组办公室'],
  ['2022年8月31日', '2022-08-31', '2022.8.31', '8月31日'])
A('对信用信息共享促进融资的方案提意见，寄信时信封上要注明什么字样？', 'lyg',
  ['1.信函。'], ['若干措施征求意见'], noplace=True)

# ---- 龙亭区 实施方案 (河南 开封, 区, 繁體) ----
A('开封龙亭区那个信用信息共享促进中小微企业融资的实施方案，是哪天印发的？', 'lt',
  ['2022年10月18日'], ['2022年10月18日'], ['2022年10月18日', '2022-10-18', '2022.10.18'])
A('龙亭区的融资实施方案是贯彻河南省哪个文件？文号多少？', 'lt',
  ['豫政辦〔2022〕57號'], ['豫政辦〔2022〕57號'],
  ['豫政辦〔2022〕57號', '豫政办〔2022〕57号', '豫政办(2022)57号', '豫政办[2022]57号'])
A('龙亭区的个体户、农民专业合作社能不能参照这个信用融资方案？', 'lt',
  ['參照本方案執(zhí)行'], ['個體工商戶'])
A('龙亭区方案里，信用信息共享渠道是依托哪个单位来打通的？', 'lt',
  ['依托市大數(shù)據(jù)'], ['暢通信息共享渠道'])
A('龙亭区这个方案上面依据的国务院办公厅文件是几号文？', 'lt',
  ['國辦發(fā)〔2021〕52號'], ['〔2021〕52號'], ['〔2021〕52號', '〔2021〕52号', '(2021)52号', '[2021]52号'])

# ---- 襄城区 纳税信用贷 (湖北 襄阳, 区) ----
A('襄阳襄城区的“纳税信用贷”，一家企业最多能贷到多少？', 'xc',
  ['最多可获200万元贷款'], ['最多可获200万元贷款'], ['200万元', '200萬元', '二百万元', '200万'])
A('我们公司在襄城区，去年增值税加所得税一共交了3万元，纳税信用是A级，能办纳税信用贷吗？', 'xc',
  ['获贷条件是'], ['共计5万元以上'], ['5万元', '5萬元', '五万元'])
A('襄城区纳税信用贷，按所得税额能放大几倍贷款？', 'xc',
  ['获贷条件是'], ['所得税可放大7倍贷款'], ['7倍', '七倍'])
A('襄城区办纳税信用贷，对企业最近一次的纳税信用评级有什么要求？', 'xc',
  ['获贷条件是'], ['纳税信用评级为A或B'], ['A或B', 'A级或B级', 'A級或B級'])
A('襄城区签了纳税信用贷协议以后，到报道时有几家企业、一共拿到多少贷款？', 'xc',
  ['今年9月'], ['获得256万元贷款'], ['256万元', '256萬元'])
A('纳税信用贷里，增值税的年缴税额可以放大几倍来贷款？', 'xc',
  ['获贷条件是'], ['可放大5倍贷款'], ['5倍', '五倍'], noplace=True)

# ---- 山西 银保监局 深化银税互动 通知 (省) ----
A('山西银保监局深化银税互动的通知里，开展工作要遵循哪几条原则？', 'sxy',
  ['(一)加强顶层设计'], ['联合奖惩、互利共赢'])
A('山西的银税互动服务范围要拓展到哪些对象？个人也算吗？', 'sxy',
  ['(二)拓展服务范围'], ['小微企业及自然人'])
A('山西省税务局和银保监局要一起搭一个什么平台？', 'sxy',
  ['(三)做好平台建设'], ['银税企信用合作平台'])
A('山西推進銀稅互動，要在稅務和銀行之間實現哪幾種“以信”“以稅”的聯動？', 'sxy',
  ['工作部署,进一步规范'], ['以信换贷、以税增信'])
A('山西这份银税互动的通知发给了哪些单位？晋商银行在不在里面？', 'sxy',
  ['国家税务总局山西省各市税务局'], ['晋商银行'])

# ================= topic B: 城市房地产融资协调机制 / “白名单” =================
# ---- 通城县 (湖北 咸宁, 县, 繁體) ----
A('通城县两个房地产白名单项目一共拿到多少授信？', 'tc',
  ['兩個“白名單”項目授信2.5億元'], ['授信2.5億元'], ['2.5億元', '2.5亿元', '2.5亿'])
A('通城县进白名单的是哪两个片区的项目？', 'tc',
  ['兩個“白名單”項目授信2.5億元'], ['古龍灣', '白沙新'])
A('通城县的房地产项目是入围第几批白名单的？', 'tc',
  ['成功入圍第二批白名單'], ['第二批白名單'], ['第二批', '第2批'])
A('通城那边湖北银行给古龙湾新村二期安置项目授信了多少？', 'tc',
  ['其中湖北銀行為城發(fā)置業(yè)'], ['授信1.4億元'], ['1.4億元', '1.4亿元'])
A('通城農行給白沙新區棚改安置項目累計放了多少款？', 'tc',
  ['其中湖北銀行為城發(fā)置業(yè)'], ['累計放款0.15億元'], ['0.15億元', '0.15亿元', '1500万元'])
A('通城县的白名单项目在咸宁“南三县”里有什么特殊？', 'tc',
  ['南三縣'], ['唯一縣級項目'])

# ---- 阜阳市 (安徽, 市) ----
A('阜阳第一批房地产白名单项目一共有多少个？', 'fy',
  ['第一批共70个'], ['第一批共70个'], ['70个', '70個', '七十个'])
A('阜阳的白名单项目是经过哪几步流程筛出来的？', 'fy',
  ['第一批共70个'], ['企业申报、县区推荐'])
A('阜阳房地产融资协调机制的消息是哪个部门对外发布的？', 'fy',
  ['记者从阜阳市房屋管理局获悉'], ['阜阳市房屋管理局'])
A('阜陽後續推送白名單項目，堅持的是什麼原則？', 'fy',
  ['成熟一批、推送一批'], ['成熟一批、推送一批'])

# ---- 潍坊市 第一批白名单 签约 (山东, 市) ----
A('潍坊第一批白名单项目签约仪式上，有几个项目达成了意向授信？金额多少？', 'wf',
  ['3月12日'], ['意向授信金额26.2亿元'], ['26.2亿元', '26.2億元'])
A('潍坊第一批建议白名单项目提了多少个？融资需求多大？', 'wf',
  ['会议指出'], ['项目112个'], ['112个', '112個', '231.6亿元'])
A('濰坊各家銀行對白名單項目已經完成多少授信、發放多少貸款？', 'wf',
  ['会议指出'], ['已完成授信15.9亿元'], ['15.9亿元', '15.9億元', '6.1亿元'])
A('潍坊建立的这个房地产融资协调机制全称叫什么？', 'wf',
  ['会议指出'], ['商品房预售资金监管协调机制'])
A('潍坊这次房地产融资协调机制推进会是哪天开的，什么形式？', 'wf',
  ['3月12日'], ['工作推进视频会议'], ['3月12日', '2024年3月12日'])

# ---- 山东省 16市 (省) ----
A('山东已经推送首批项目名单的那7个市，一共涉及多少个项目、融资需求多少？', 'sd',
  ['截至目前,16市'], ['涉及项目448个'], ['448个', '448個', '917.04亿元'])
A('山东淄博、枣庄等9个市形成的第一批白名单有多少个项目？', 'sd',
  ['截至目前,16市'], ['融资需求909.57亿元'], ['819个', '819個', '909.57亿元'])
A('山东哪几个市的白名单融资已经落地了？合计多少钱？', 'sd',
  ['截至目前,16市'], ['4市融资已落地'], ['15.632亿元', '15.632億元'])
A('山东省有多少个市已经把房地产融资协调机制建起来了？', 'sd',
  ['截至目前,16市'], ['16市均已建立'], ['16市', '16个', '16個', '十六个'])

# ================= topic C: 文旅 / 康养 金融支持 =================
# ---- 赵县 解读 (河北 石家庄, 县) ----
A('赵县重点文旅项目贷款贴息，每个项目最多补多少钱？', 'zx',
  ['每个项目补助资金不超过10万元'], ['补助资金不超过10万元'], ['10万元', '10萬元', '十万元'])
A('赵县的文旅项目贷款贴息，最多能贴所付利息的百分之几？', 'zx',
  ['每个项目补助资金不超过10万元'], ['所付利息的60%'], ['60%', '百分之六十', '60％', '六成'])
A('我们的文旅项目已经拿过石家庄市的贷款贴息了，还能再申请赵县的贴息吗？', 'zx',
  ['每个项目补助资金不超过10万元'], ['没有获得省、市文化'])
A('趙縣對新獲評的市級旅遊度假區獎勵多少錢？', 'zx',
  ['一是对新获评的'], ['分别奖励5万元'], ['5万元', '5萬元', '五万元'])
A('赵县这个文旅18条措施是照着哪个上级文件定的？', 'zx',
  ['根据《石家庄市'], ['石家庄市促进文化产业'])

# ---- 石家庄市 十八条 (河北, 市) ----
A('石家庄重点文旅项目贷款贴息，单个项目补贴最多多少？', 'sjz',
  ['每年全市贷款贴息总额'], ['补贴资金不超过80万元'], ['80万元', '80萬元', '八十万元'])
A('石家庄全市一年的文旅贷款贴息总额封顶是多少？', 'sjz',
  ['每年全市贷款贴息总额'], ['总额不超过400万元'], ['400万元', '400萬元'])
A('石家庄对新评上4A级旅游景区的单位奖励多少？', 'sjz',
  ['4A级旅游景区'], ['分别给予50万元奖励'], ['50万元', '50萬元', '五十万元'])
A('石家庄促进文旅恢复发展的政策一共几条，分几个方面？', 'sjz',
  ['最近几天'], ['九个方面十八条政策措施'], ['十八条', '18条', '18條', '九个方面'])
A('非国有博物馆成立1年以上、全年免费向公众开放的，能拿多少奖励？', 'sjz',
  ['保持全年免费向公众开放'], ['分别给予10万元奖励'], ['10万元', '10萬元', '十万元'], noplace=True)

# ---- 山西 康养 (省, 繁體) ----
A('山西的康养项目，每张床位一次性补助多少钱？', 'sxk',
  ['7月4日'], ['每張床位1萬元'], ['1萬元', '1万元', '一万元', '一萬元'])
A('康养项目的贷款贴息，是按商业贷款基准利率的多少来贴？', 'sxk',
  ['7月4日'], ['基准利率的50%'], ['50%', '百分之五十', '50％', '五成', '一半'], noplace=True)
A('山西康养项目的床位补助和贴息政策执行到哪一年？', 'sxk',
  ['7月4日'], ['從今年起到2025年'], ['2025年'])
A('山西激励文旅康养市场主体倍增的若干措施，一共明确了多少项奖励支持措施？', 'sxk',
  ['新聞發布會上'], ['12項具體獎勵支持措施'], ['12項', '12项', '十二项', '十二項'])
A('山西康养项目一次性建设补助和贷款贴息的通知，是哪两个部门联合发的？', 'sxk',
  ['新聞發布會上'], ['省民政廳聯合省財政廳'])

# ---- 焦作市 全域旅游促进条例 (河南, 市, whole text) ----
A('焦作市全域旅游促进条例从哪天起施行？', 'jz',
  ['第六十五条'], ['2021年1月1日起施行'], ['2021年1月1日', '2021-01-01', '2021.1.1'])
A('焦作的旅游发展专项资金可以用在哪些方面？', 'jz',
  ['统筹安排旅游发展专项资金'], ['旅游企业扶持和乡村旅游发展'])
A('焦作在旅游方面鼓励金融机构、保险机构做些什么？', 'jz',
  ['鼓励和支持金融机构开发旅游金融产品'], ['开发旅游金融产品', '旅游企业上市融资'])
A('哪部地方条例鼓励银行开发“民宿贷”这一类产品？', 'jz',
  ['民宿贷'], ['旅游信贷产品'], noplace=True)
A('没有旅行社业务经营许可，就打着户外俱乐部的名义搞经营性旅游业务，会被罚多少？', 'jz',
  ['违反本条例第六十一条第一项规定'], ['二万元以上十万元以下'], ['十万元', '二万元', '10万元'], noplace=True)
A('焦作对外推广的旅游形象是哪八个字？', 'jz',
  ['是本市旅游形象'], ['太极胜地、山水焦作'], ['太极胜地、山水焦作'])
A('焦作下面的县（市、区）编好的全域旅游发展规划，要报谁批准？', 'jz',
  ['县（市、区）人民政府组织编制全域旅游发展规划'], ['报市人民政府批准后实施'])
A('焦作鼓励依托哪些医养资源发展康养旅游？', 'jz',
  ['第四十条'], ['开发养生养老旅游产品'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbour of a library place, the same topic --
N('淮安市加强信用信息共享应用促进中小微企业融资的工作方案，征求意见截止到哪天？', {'ALL': ['淮安']}, 'place')
N('盐城市信用信息共享促进中小微企业融资方案征求意见的邮箱是多少？', {'ALL': ['盐城', '鹽城']}, 'place')
N('开封禹王台区的信用信息共享促进中小微企业融资实施方案是哪天印发的？', {'ALL': ['禹王台', '禹王臺']}, 'place')
N('襄阳樊城区的纳税信用贷最多能贷多少？', {'ALL': ['樊城']}, 'place')
N('陕西银保监局深化银税互动的通知，工作原则有哪些？', {'ALL': ['陕西', '陝西']}, 'place')
N('咸宁崇阳县有几个项目进了房地产白名单？授信多少？', {'ALL': ['崇阳', '崇陽']}, 'place')
N('湖南省首批房地产白名单涉及多少个项目？', {'ALL': ['湖南']}, 'place')
N('临沂市第一批房地产白名单项目拿到多少授信？', {'ALL': ['临沂', '臨沂']}, 'place')
N('安徽省有多少个城市建立了城市房地产融资协调机制？', {'ALL': ['安徽']}, 'place')
N('石家庄栾城区文旅项目贷款贴息每个项目最多补多少？', {'ALL': ['栾城', '欒城']}, 'place')
N('保定市重点文化旅游项目贷款贴息上限是多少？', {'ALL': ['保定']}, 'place')
N('内蒙古的康养项目每张床位补助多少钱？', {'ALL': ['内蒙古', '內蒙古']}, 'place')
N('新乡市全域旅游促进条例规定旅游发展专项资金用在哪些方面？', {'ALL': ['新乡', '新鄉']}, 'place')
# -- a year or a batch the texts do not state --
N('连云港2023年的信用信息共享融资工作方案征求意见什么时候截止？', {'lyg': ['2023']}, 'period')
N('潍坊第二批房地产白名单有多少个项目？', {'wf': ['第二批', '第2批']}, 'period')
N('阜阳2025年的房地产白名单项目有多少个？', {'fy': ['2025']}, 'period')
N('山西2026年新建的康养项目还有每张床位1万元的补助吗？', {'sxk': ['2026']}, 'period')
N('赵县2023年文旅项目贷款贴息每个项目最多补多少？', {'zx': ['2023']}, 'period')
# -- a figure the texts do not state for that measure --
N('焦作每年安排多少旅游发展专项资金？', [('NOFIG', 'jz', '统筹安排旅游发展专项资金')], 'figure')
N('焦作的“民宿贷”单户最高能贷多少、利率多少？', [('NOFIG', 'jz', '民宿贷')], 'figure')
N('山西康养项目的贷款贴息最长能贴几年？', {'sxk': ['三年', '3年', '貼息期', '年限', '期限']}, 'figure')
N('山西一个康养项目最高能拿多少万元奖补？', {'sxk': ['最高', '500', '上限']}, 'figure')
N('赵县全县每年文旅贷款贴息总额上限是多少？', {'zx': ['总额', '總額', '每年']}, 'figure')
N('石家庄对文旅企业的融资担保费补贴比例是多少？', {'sjz': ['担保', '擔保']}, 'figure')
N('襄城区纳税信用贷的贷款利率具体是多少？', [('NOFIG', 'xc', '贷款还享受优惠商业贷款利率')], 'figure')
N('通城县白名单项目的贷款期限是几年？', {'tc': ['期限', '年期']}, 'figure')
N('潍坊白名单项目贷款的利率是多少？', {'wf': ['利率']}, 'figure')
N('山西银税互动贷款单户最高额度是多少万元？', {'sxy': ['万元', '萬元', '额度']}, 'figure')
N('龙亭区信用贷款风险补偿资金池有多大规模？', {'lt': ['風險補償', '风险补偿', '補償', '资金池']}, 'figure')
# -- off-topic --
N('连云港住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('潍坊买新房有没有契税补贴？', {'ALL': ['契税', '契稅']}, 'offtopic')
N('石家庄城乡居民医保每年交多少钱？', {'ALL': ['医保', '醫保']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['截止时间为9月8日'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['lygjxwxyb'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['社会公众在提出意见建议时,可以一并说明理由'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['连云港']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'lyg': ['淮安']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2022年9月8日'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2022年9月7日', '2022年9月8日'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='连云港的方案反馈截止时间为几号？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'zx', '每个项目补助资金不超过10万元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['022年9月7日'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], q=ITEMS[5]['q'] + '（连云港）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='fy', anchors=['第一批共70个'],
                                                             markers=['白名单'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='那个工作方案征求意见到哪天为止？')),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZD_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simpl_trad = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzd{i:03d}'
        if it['key'] is None:
            probes = it['probes']
            plist = probes if isinstance(probes, list) else [probes]
            kinds[it['kind']] += 1
            if it['kind'] == 'place' and not any(isinstance(p, dict) and 'ALL' in p for p in plist):
                errs.append(f'{qid}: place near miss without an ALL probe')
            for p in plist:
                if isinstance(p, tuple):
                    _, k, anchor = p
                    hits = [s for s in sentences(TEXT[k]) if anchor in s]
                    if len(hits) != 1:
                        errs.append(f'{qid}: NOFIG anchor {anchor!r} in {len(hits)} sentences')
                    elif FIGURE.search(hits[0]):
                        errs.append(f'{qid}: NOFIG sentence has a figure: {FIGURE.search(hits[0]).group(0)!r}')
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
        if not is_trad(it['q']) and k in TRAD_DOCS:
            n_simpl_trad += 1
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
            elif not at_boundary(v0, cl):
                errs.append(f'{qid}: value {v0!r} only occurs inside a longer number in the clause')
            for v in vals[1:]:
                if v in EQUIV.get(v0, []):
                    continue
                if norm(v) in norm(cl) and at_boundary(v, cl):
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
          n_trad_simpl, 'traditional-script questions on simplified texts;', n_simpl_trad,
          'simplified-script questions on traditional texts; per document', dict(per_doc))


if __name__ == '__main__':
    main()
