#!/usr/bin/env python3
"""Write questions.jsonl for notices-z, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 外贸企业 汇率避险 支持: 湖南省 (印发通知 + 工作方案), 璧山区 (重庆, district; news), 浙江省 (解读),
    成都市 (申报要求);
  B 技术改造 / 设备更新 贷款贴息: 济宁 (山东 省级“技改专项贷”; 解读), 广西 (新华网 news), 衡水市 (河北;
    征求意见稿), 江苏 (繁體 news);
  C 区域性股权市场 (四板) 挂牌 / 融资 奖励: 嘉鱼县 (湖北 咸宁, county; news), 陕西 秦创原专区 (繁體),
    潼南区 (重庆, district; 印发通知 + 实施方案), 甘肃 (news on 甘工信发〔2021〕123号).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document (the texts have one paragraph, item or list entry
a line); the clause is the union of those lines.
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
    multiple or count: the measure is named there without a figure; kind 'year' items ask for a year whose
    probe is absent from the named file;
  - 96 items, at least 1/3 near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts, every document asked about.
Set NZ_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'hn': 'hunan-province-fx-hedging-risk-compensation-work-plan-2024.txt',
    'bs': 'bishan-district-fx-hedging-fund-measures-news-2022.txt',
    'zj': 'zhejiang-province-fx-hedging-guarantee-opinions-interpretation.txt',
    'cd': 'chengdu-fx-derivatives-hedging-support-application-2023.txt',
    'jn': 'jining-shandong-tech-upgrade-loan-interest-subsidy-interpretation-2025.txt',
    'gx': 'guangxi-industrial-revitalization-loan-interest-subsidy-news-2024.txt',
    'hs': 'hengshui-tech-upgrade-support-measures-draft-consultation-2025.txt',
    'js': 'jiangsu-manufacturing-loan-interest-subsidy-news-2025.txt',
    'jy': 'jiayu-county-regional-equity-market-listing-reward-news-2017.txt',
    'sx': 'shaanxi-equity-center-qinchuangyuan-zone-work-plan.txt',
    'tn': 'tongnan-district-listing-work-plan-2023-2027.txt',
    'gs': 'gansu-sme-listing-cultivation-plan-notice-2021.txt',
}
TRAD_DOCS = {'js', 'sx'}
PLACES = {
    'hn': ['湖南'], 'bs': ['璧山'], 'zj': ['浙江'], 'cd': ['成都'], 'jn': ['济宁', '濟寧'],
    'gx': ['广西', '廣西'], 'hs': ['衡水'], 'js': ['江苏', '江蘇'], 'jy': ['嘉鱼', '嘉魚'],
    'sx': ['陕西', '陝西', '秦创原', '秦創原'], 'tn': ['潼南'], 'gs': ['甘肃', '甘肅'],
}
DOC = {'hn': '湖南', 'bs': '璧山', 'zj': '浙江', 'cd': '成都', 'jn': '济宁', 'gx': '广西', 'hs': '衡水',
       'js': '江蘇', 'jy': '嘉鱼', 'sx': '陝西', 'tn': '潼南', 'gs': '甘肃'}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
# an amount, rate, ratio, multiple or count; '一次性' (one-off) is not a count
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米|:)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+'
                    r'(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次(?!性))|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵寄號碼遞畢節雲貢獻連續滿歲齡籌記登證謄齊語論壇'
                 '織處罰聽遷畫輔導據歡財撥週則風範圍蕭銀濟匯險術製鍵際單約簽戰現結過統計劃梯維肅嘉魚塊'
                 '廣區團隊並於級綜優錄')

EQUIV = {
    '5亿元': ['五亿元', '5億元'],
    '湘商贸〔2024〕17号': ['湘商贸(2024)17号', '湘商贸[2024]17号', '湘商貿〔2024〕17號'],
    '2%': ['百分之二', '2％'],
    'HNPR—2024—18005': ['HNPR-2024-18005'],
    '50万元': ['五十万元', '50萬元'],
    '4:4:2': ['4：4：2', '四比四比二'],
    '6%': ['百分之六', '6％'],
    '10%': ['百分之十', '10％', '一成'],
    '6500万美元': ['六千五百万美元', '6500萬美元'],
    '2023年7月31日': ['2023.7.31', '2023-07-31', '7月31日'],
    '川财建〔2023〕33号': ['川财建(2023)33号', '川财建[2023]33号'],
    '45269.9万': ['45269.9万元', '4.53亿元', '约4.5亿元'],
    '35%': ['百分之三十五', '35％'],
    '2000万元': ['两千万元', '2000萬元'],
    '1个': ['一个', '1項', '一項'],
    '3000万元': ['三千万元', '3000萬元'],
    '3年': ['三年'],
    '20亿元': ['二十亿元', '20億元'],
    '100万元': ['一百万元', '100萬元'],
    '2024至2026年': ['2024—2026年', '2024-2026年', '2024年至2026年', '2024到2026年'],
    '5000万元': ['五千万元', '5000萬元'],
    '2025年12月26日': ['12月26日', '2025-12-26', '2025.12.26'],
    '0318-2662085': ['03182662085'],
    '1000万元': ['一千万元', '1000萬元'],
    '4%': ['百分之四', '4％'],
    '1個百分點': ['1个百分点', '一个百分点', '一個百分點'],
    '1000萬元': ['1000万元', '一千万元'],
    '1470億元': ['1470亿元', '一千四百七十亿元'],
    '40万元': ['四十万元', '40萬元'],
    '37家': ['三十七家'],
    '13家': ['十三家'],
    '30亿余元': ['30亿', '30億', '三十亿'],
    '50萬元': ['50万元', '五十万元'],
    '1500家': ['一千五百家'],
    '50%': ['百分之五十', '50％'],
    '500家': ['五百家'],
    '潼南府办发〔2023〕36号': ['潼南府办发(2023)36号', '潼南府办发[2023]36号'],
    '第44次': ['第四十四次'],
    '2027年': ['2027'],
    '渝府办发〔2022〕81号': ['渝府办发(2022)81号', '渝府办发[2022]81号'],
    '甘工信发〔2021〕123号': ['甘工信发(2021)123号', '甘工信发[2021]123号'],
    'A类': ['A级'],
}
GLUED_OK = set()


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
    """probes: {file key or 'ALL': [strings]}, and/or a list of ('NOFIG', key, anchor)."""
    ITEMS.append(dict(q=q, key=None, probes=probes, kind=kind))


# ================= topic A: 外贸企业 汇率避险 支持 =================
# ---- 湖南省 中小微外贸企业汇率避险产品政府风险补偿资金支持工作方案 (湘商贸〔2024〕17号) ----
A('湖南省中小微外贸企业汇率避险风险补偿资金，对企业上一年的进出口额有什么上限？', 'hn',
  ['(一)在湖南省行政区域内完成海关进出口注册'], ['进出口额在5亿元人民币以下'], ['5亿元', '五亿元', '5億元'])
A('湖南这份汇率避险产品风险补偿资金支持工作方案是哪个文号印发的？', 'hn',
  ['湘商贸〔2024〕17号'], ['湘商贸〔2024〕17号'], ['湘商贸〔2024〕17号', '湘商贸(2024)17号', '湘商贸[2024]17号'])
A('银行想参与湖南的汇率避险风险补偿合作，在全省收付汇市场的份额至少要多少？', 'hn',
  ['(一)由银行外汇市场自律机制'], ['收付汇市场占有率2%以上'], ['2%', '百分之二', '2％'])
A('湖南省的汇率避险风险补偿资金支持方案是由哪几家单位一起制定的？', 'hn',
  ['近年来,国际市场上汇率双向宽幅波动显著'], ['省外汇管理局联合制定'])
A('我们是湖南一家小型外贸公司，申请汇率避险风险补偿支持对征信有要求吗？中小微按什么标准认定？', 'hn',
  ['(二)符合《关于印发中小企业划型标准规定的通知》', '(三)企业征信记录良好。'], ['企业征信记录良好', '中小企业划型标准规定'])
A('湖南省匯率避險風險補償資金支持方案的統一編號（HNPR號）是多少？', 'hn',
  ['HNPR—2024—18005'], ['HNPR'], ['HNPR—2024—18005', 'HNPR-2024-18005'])

# ---- 重庆市璧山区 中小微外贸企业汇率避险资金管理办法 (news, 2022-09-21) ----
A('重庆璧山区的中小微外贸企业做汇率避险，每家最多能用多少保证金额度？', 'bs',
  ['每个企业使用保证金额度不超过50万元'], ['保证金额度不超过50万元'], ['50万元', '五十万元', '50萬元'])
A('璧山区的汇率避险资金平时由谁负责运行管理？', 'bs',
  ['每个企业使用保证金额度不超过50万元'], ['资金日常运行管理', '两山融资担保有限公司'])
A('注册在璧山的外贸企业要享受汇率避险扶持，外汇贸易管理分类得是哪一类？还要进什么名单？', 'bs',
  ['每个企业使用保证金额度不超过50万元'], ['分类为A类', '外贸企业白名单'], ['A类', 'A级'])
A('璧山出台的中小微外贸企业汇率避险资金管理办法，主要靠哪些办法给企业增信？', 'bs',
  ['出台《重庆市璧山区中小微外贸企业汇率避险资金管理办法》'], ['引入资金池、政策性担保'])
A('我们公司进出口收付款都是人民币结算的，能享受汇率避险资金的扶持吗？', 'bs',
  ['每个企业使用保证金额度不超过50万元'], ['不含人民币'], noplace=True)

# ---- 浙江省 政府性融资担保体系支持小微企业汇率避险增信服务 实施意见 解读 ----
A('浙江小微企业办汇率避险由政府性担保增信，万一出了损失各方怎么分担？', 'zj',
  ['解读如下'], ['4:4:2的比例承担'], ['4:4:2', '4：4：2', '四比四比二'])
A('浙江的解读里说，目前办理锁汇的小微企业占比大概多少？', 'zj',
  ['解读如下'], ['占比不足6%'], ['6%', '百分之六', '6％'])
A('浙江省小微企業鎖匯資金佔全部收付匯資金的比例是多少？', 'zj',
  ['解读如下'], ['全部收付汇资金的10%'], ['10%', '百分之十', '10％', '一成'])
A('小微企业办汇率避险走政府性融资担保，还要不要占用自己的资金和银行授信额度？', 'zj',
  ['解读如下'], ['不占用任何资金和银行授信额度'], noplace=True)

# ---- 成都市 中小微外贸企业采用外汇衍生品进行汇率避险 政策措施 (2023) ----
A('成都外汇衍生品汇率避险支持政策，对货物贸易企业2022年进出口额的门槛是多少？', 'cd',
  ['(一)货物贸易企业。'], ['低于6500万美元'], ['6500万美元', '六千五百万美元', '6500萬美元'])
A('成都外匯衍生品匯率避險支持政策的業務期間到哪天截止？', 'cd',
  ['2022年7月16日至2023年7月31日。'], ['2023年7月31日'], ['2023年7月31日', '2023.7.31', '2023-07-31', '7月31日'])
A('成都这个汇率避险支持政策的依据文件有哪些？文号是多少？', 'cd',
  ['《四川省财政厅四川省商务厅关于提前下达2023年中央外经贸发展资金预算的通知》'], ['川财建〔2023〕33号', '成金发〔2021〕91号'],
  ['川财建〔2023〕33号', '川财建(2023)33号', '川财建[2023]33号', '成金发〔2021〕91号'])
A('在成都做服务贸易的中小微企业，能不能申请外汇衍生品避险支持？条件是什么？', 'cd',
  ['(二)服务贸易企业。'], ['服务贸易项下跨境收支'], ['6500万美元', '六千五百万美元'])
A('成都政策里的6500万美元门槛折合人民币是多少？按什么汇率折算的？', 'cd',
  ['(一)货物贸易企业。'], ['45269.9万人民币'], ['45269.9万', '45269.9万元', '4.53亿元', '约4.5亿元', '6.9646'])
A('我们公司被列进了经营异常名录，还能申请外汇衍生品汇率避险的支持吗？', 'cd',
  ['(三)负面清单管理。'], ['负面清单管理', '信用中国(四川成都)'], noplace=True)

# ================= topic B: 技术改造 / 设备更新 贷款贴息 =================
# ---- 济宁新闻网 惠企政策系列解读: 山东 省级“技改专项贷”贴息 (2025) ----
A('济宁这边介绍的省级技改专项贷，贴息按一年期LPR的多少比例给？', 'jn',
  ['对纳入省级“技改专项贷”项目库中的项目'], ['35%给予贴息支持'], ['35%', '百分之三十五', '35％'])
A('济宁企业申请省技改专项贷贴息，一个项目最多贴多少钱？能贴几年？', 'jn',
  ['对纳入省级“技改专项贷”项目库中的项目'], ['贴息上限为2000万元', '期限不超过3年'], ['2000万元', '两千万元', '2000萬元', '3年'])
A('按济宁发布的解读，同一家企业一年能享受几个省级技改专项贷项目？', 'jn',
  ['对纳入省级“技改专项贷”项目库中的项目'], ['限定为1个'], ['1个', '一个'])
A('济宁的企业想申报技改专项贷贴息，当年贷款额度最低要多少？', 'jn',
  ['政策支持范围:'], ['不低于3000万元'], ['3000万元', '三千万元', '3000萬元'])
A('济宁技改专项贷贴息的资金申请报告必须企业自己写吗？能不能找机构编？', 'jn',
  ['省级“技改专项贷”贴息项目资金申请报告。'], ['工程咨询机构编制'])
A('磁悬浮产业的技改项目申报省级技改专项贷贴息，要不要先进导向目录项目库？', 'jn',
  ['政策支持范围:'], ['磁悬浮产业优质技改项目不设限'], noplace=True)
A('濟寧技改專項貸貼息的申報材料裡，要不要提供沒享受國家設備更新貸款貼息的證明？', 'jn',
  ['10.项目贷款未享受国家设备更新贷款财政贴息资金支持证明'], ['未享受国家设备更新贷款'])

# ---- 广西 新一轮工业振兴三年行动 若干政策措施 (新华网, 2024-02-20) ----
A('广西对“千企技改”工程项目的贷款贴息最长贴几年？单个项目融资补助最多多少？', 'gx',
  ['新政策还明确'], ['期限不超过3年', '融资补助最高不超过1亿元'], ['3年', '三年', '1亿元'])
A('广西新一轮工业振兴政策设立的工业项目前期工作周转资金有多少？', 'gx',
  ['提出设立20亿元以上工业项目前期工作周转资金'], ['20亿元以上'], ['20亿元', '二十亿元', '20億元'])
A('广西对首次被国家认定为制造业单项冠军的企业奖励多少？', 'gx',
  ['针对各类重点工业项目、企业'], ['不超过100万元的一次性奖励'], ['100万元', '一百万元', '100萬元'])
A('广西这份工业振兴若干政策措施是谁印发的？财政扶持管哪几年？', 'gx',
  ['广西壮族自治区人民政府办公厅近日印发', '根据新出台的政策,2024至2026年'], ['人民政府办公厅近日印发'],
  ['2024至2026年', '2024—2026年', '2024-2026年', '2024年至2026年', '2024到2026年'])
A('廣西對製造業關鍵核心技術產業化項目，單個項目最高支持多少錢？', 'gx',
  ['针对各类重点工业项目、企业'], ['最高不超过5000万元'], ['5000万元', '五千万元', '5000萬元'])

# ---- 衡水市 制造业技术改造升级扶持措施 (公开征求意见稿, 2025) ----
A('衡水市制造业技术改造升级扶持措施征求意见到哪天结束？', 'hs',
  ['征求意见时间:'], ['2025年12月26日'], ['2025年12月26日', '12月26日', '2025-12-26', '2025.12.26'])
A('对衡水的技改扶持措施有意见，打哪个电话、发哪个邮箱？', 'hs',
  ['联系电话:', '电子邮箱:'], ['0318-2662085', 'hssgxjghk'], ['0318-2662085', '03182662085', 'hssgxjghk@126.com'])
A('衡水市本级2026年打算拿出多少钱设技术改造专项资金？', 'hs',
  ['市本级2026年设立1000万元'], ['设立1000万元'], ['1000万元', '一千万元', '1000萬元'])
A('衡水技改项目按设备投资额补多少比例？单个项目封顶多少？', 'hs',
  ['支持企业以扩大优质产能为目标'], ['按不超过4%给予补助', '补助上限为180万元'], ['4%', '百分之四', '4％', '180万元'])
A('衡水这个技术改造扶持措施的征求意见稿是哪个部门拿出来的？', 'hs',
  ['衡水市工业和信息化局'], ['衡水市工业和信息化局'])
A('申请技术改造项目补助，项目是不是必须正在建设？建完的还行吗？', 'hs',
  ['支持企业以扩大优质产能为目标'], ['项目应为在建项目'], noplace=True)

# ---- 江苏 制造业贷款财政贴息政策 优化 (人民网 繁體, 2025-02-11) ----
A('江苏制造业贷款财政贴息，省里贴几个百分点？设区市再贴多少？', 'js',
  ['江蘇制造業貸款財政貼息政策明確'], ['省級財政1個百分點貼息', '再貼息1個百分點'],
  ['1個百分點', '1个百分点', '一个百分点', '一個百分點'])
A('江苏制造业贷款贴息，单个项目一年省市贴息加起来最多多少？', 'js',
  ['江蘇制造業貸款財政貼息政策明確'], ['最高1000萬元'], ['1000萬元', '1000万元', '一千万元'])
A('江苏的制造业贷款贴息政策2024年一共撬动了多少金融资源？', 'js',
  ['數據顯示'], ['1470億元金融資源'], ['1470億元', '1470亿元', '一千四百七十亿元'])
A('江苏的专精特新企业如果不属于制造业，能享受制造业贷款贴息吗？', 'js',
  ['最新方案中'], ['不局限於制造業', '專精特新企業都納入貼息'])
A('贴息实行免申直达以后，企业结息后最迟什么时候能拿到财政贴息？', 'js',
  ['最新方案中'], ['結息的次日完成貼息'], noplace=True)

# ================= topic C: 区域性股权市场 (四板) 挂牌 / 融资 奖励 =================
# ---- 嘉鱼县 (湖北 咸宁) 支持企业在资本市场直接融资 (咸宁日报, 2017) ----
A('嘉鱼县企业在四板挂牌，县财政奖励多少？挂新三板又奖多少？', 'jy',
  ['该县坚持落实企业上市是'], ['奖励120万元和40万元'], ['40万元', '四十万元', '40萬元', '120万元'])
A('湖北咸宁嘉鱼县到2017年4月一共有多少家企业挂牌四板？', 'jy',
  ['截至目前,全县共有37家优质企业挂牌四板'], ['37家优质企业挂牌四板'], ['37家', '三十七家'])
A('嘉鱼环保新材料板块由几家企业组成？在全省四板市场里是第几个县域板块？', 'jy',
  ['截至目前,全县共有37家优质企业挂牌四板'], ['第十个县域板块'], ['13家', '十三家'])
A('嘉鱼县对挂牌企业的奖励是哪个文件规定的？', 'jy',
  ['该县坚持落实企业上市是'], ['支持企业在资本市场直接融资'])
A('嘉魚縣2017年政銀企戰略合作簽約會上現場授信了多少？', 'jy',
  ['此前,该县还举办了2017年政银企战略合作签约会'], ['现场授信30亿余元'], ['30亿余元', '30亿', '30億', '三十亿'])

# ---- 陕西 秦创原专区 工作方案 (繁體 mirror) ----
A('在陕西股权交易中心秦创原专区挂牌后完成股票非公开发行，融资奖励怎么算？最高多少？', 'sx',
  ['此外,根據《陝西省金融發展專項資金管理辦法》'], ['實際融資額的3%', '最高不超過50萬元'], ['50萬元', '50万元', '五十万元', '3%'])
A('秦创原专区到2023年底挂牌的科技创新型企业总数目标是多少家？', 'sx',
  ['據瞭解,陝西股權交易中心致力將秦創原專區建設成五大平臺'], ['總數實現1500家'], ['1500家', '一千五百家'])
A('陕西秦创原专区的企业办挂牌审核、股权质押这些业务，收费有什么优惠？', 'sx',
  ['陝西股權交易中心免費為企業提供專區展示'], ['公示收費金額的50%優惠'], ['50%', '百分之五十', '50％'])
A('已经在新三板挂牌的企业能进陕西的秦创原专区吗？', 'sx',
  ['秦創原專區是陝西股權交易中心科技創新專板下設的特色化企業專區'], ['新三板已掛牌企業'])
A('陕西秦创原专区建设工作方案是哪几个部门印发的？', 'sx',
  ['為加快推進陝西股權交易中心科技創新專板秦創原專區建設'], ['陝西省地方金融監督管理局'])
A('陕西秦创原专区2022年要完成多少家企业挂牌？', 'sx',
  ['據瞭解,陝西股權交易中心致力將秦創原專區建設成五大平臺'], ['2022年完成掛牌企業'], ['500家', '五百家'])

# ---- 重庆市潼南区 推动企业挂牌上市工作实施方案 (2023—2027年) ----
A('潼南区推动企业挂牌上市工作实施方案的发文字号是多少？', 'tn',
  ['潼南府办发〔2023〕36号'], ['潼南府办发〔2023〕36号'], ['潼南府办发〔2023〕36号', '潼南府办发(2023)36号', '潼南府办发[2023]36号'])
A('潼南区这个挂牌上市实施方案是区政府第几次常务会议通过的？', 'tn',
  ['已经区第十八届人民政府第44次常务会议审议通过'], ['第44次常务会议'], ['第44次', '第四十四次'])
A('重庆潼南区企业上市的总目标是什么？哪一年要实现零突破？', 'tn',
  ['按照“储备一批、培育一批、辅导一批、上市一批”工作思路'], ['上市企业零突破'], ['2027年', '2027'])
A('潼南区挂牌上市实施方案依据的是重庆市哪些文件？', 'tn',
  ['为进一步鼓励和引导我区企业通过多层次资本市场'], ['渝府办发〔2022〕81号', '渝上市办〔2022〕1号'],
  ['渝府办发〔2022〕81号', '渝府办发(2022)81号', '渝府办发[2022]81号', '渝上市办〔2022〕1号'])
A('潼南区推动企业上市是按哪“四个一批”的思路来做的？', 'tn',
  ['按照“储备一批、培育一批、辅导一批、上市一批”工作思路'], ['储备一批、培育一批'])

# ---- 甘肃 关于《甘肃省培育中小企业上市方案》的通知 (甘工信发〔2021〕123号; news) ----
A('甘肃培育中小企业上市方案的通知文号是多少？是哪些部门联合印发的？', 'gs',
  ['近日,省工信厅、省财政厅、省金融监管局、甘肃证监局联合印发'], ['甘工信发〔2021〕123号'],
  ['甘工信发〔2021〕123号', '甘工信发(2021)123号', '甘工信发[2021]123号'])
A('甘肃股权交易中心按通知要求要专门设一个什么板块？', 'gs',
  ['《通知》要求,甘肃股权交易中心要针对性设立'], ['专精特新板'])
A('在甘肃股权交易中心这个新板块挂牌的企业，谁来给补贴？挂牌后融资了怎么奖？', 'gs',
  ['《通知》要求,甘肃股权交易中心要针对性设立'], ['企业所在地政府', '实际融资额的一定比例'])
A('甘肅股權交易中心「專精特新」企業上市掛牌培育計劃的梯度培育思路是哪四個「一批」？', 'gs',
  ['甘肃股权交易中心将深入贯彻省委、省政府工业强省战略'], ['优选培育一批'])

# ================= near misses (doc null) =================
# -- another place's rule on the same topic: a neighbouring province, a sibling county or district --
N('江西省中小微外贸企业汇率避险风险补偿，对企业上年进出口额的要求是多少？', {'ALL': ['江西']}, 'place')
N('重庆铜梁区外贸企业办汇率避险，每家企业保证金额度上限是多少？', {'ALL': ['铜梁', '銅梁']}, 'place')
N('安徽省政府性融资担保支持小微企业汇率避险，损失按什么比例分担？', {'ALL': ['安徽']}, 'place')
N('德阳市中小微外贸企业用外汇衍生品避险有补助吗？业务期间到什么时候？', {'ALL': ['德阳', '德陽']}, 'place')
N('永川区对第一次办理汇率避险业务的外贸企业奖励多少钱？', {'ALL': ['永川']}, 'place')
N('河南省的技改专项贷贴息按LPR的多少比例给？', {'ALL': ['河南']}, 'place')
N('贵州工业振兴政策对技改项目贷款贴息最长几年？', {'ALL': ['贵州', '貴州']}, 'place')
N('邢台市制造业技术改造升级扶持措施征求意见截止到哪天？', {'ALL': ['邢台']}, 'place')
N('上海市制造业贷款财政贴息，市级贴几个百分点？', {'ALL': ['上海']}, 'place')
N('赤壁市企业挂牌四板，市财政一次性奖励多少？', {'ALL': ['赤壁']}, 'place')
N('山西股权交易中心晋兴板挂牌的企业奖励多少？', {'ALL': ['山西', '晋兴', '晉興']}, 'place')
N('重庆合川区推动企业挂牌上市实施方案的文号是多少？', {'ALL': ['合川']}, 'place')
N('青海股权交易中心专精特新板挂牌，当地政府补贴多少？', {'ALL': ['青海']}, 'place')
# -- a year the texts do not state --
N('陕西秦创原专区2024年底挂牌企业要达到多少家？', {'sx': ['2024']}, 'year')
N('潼南区2025年要新增几家上市企业？', {'tn': ['2025年']}, 'year')
N('衡水市2027年技术改造专项资金安排多少？', {'hs': ['2027']}, 'year')
N('江苏制造业贷款贴息政策2023年撬动了多少金融资源？', {'js': ['2023']}, 'year')
N('嘉鱼县2018年挂牌四板的企业有多少家？', {'jy': ['2018']}, 'year')
# -- a figure the texts do not state for that measure (some state a figure for another measure nearby) --
N('湖南汇率避险风险补偿资金出了损失，政府补偿多大比例？',
  [('NOFIG', 'hn', '为助力中小微企业汇率避险,制定'), {'hn': ['补偿比例', '分担比例']}], 'figure')
N('璧山区汇率避险资金池总共有多少钱？',
  [('NOFIG', 'bs', '通过引入资金池、政策性担保等方式为企业增信'), {'bs': ['资金池规模']}], 'figure')
N('浙江给小微企业做汇率避险担保，担保费率是多少？', {'zj': ['费率', '担保费']}, 'figure')
N('成都外汇衍生品汇率避险按履约金额的多少比例补助？单户最高多少？', {'cd': ['%', '补助比例', '万元']}, 'figure')
N('济宁介绍的省级技改专项贷，担保费补助比例是多少？', {'jn': ['担保']}, 'figure')
N('广西对技改项目建设贷款的贴息比例是多少个百分点？', {'gx': ['个百分点', '贴息比例', '%']}, 'figure')
N('衡水对设备更新项目按设备投资额补助多少比例？', {'hs': ['扶持一批设备更新项目']}, 'figure')
N('江苏制造业贷款财政贴息最长能贴几年？', {'js': ['期限', '年內', '3年']}, 'figure')
N('嘉鱼县企业完成股份制改造能奖多少？', {'jy': ['股改', '股份制改造']}, 'figure')
N('陕西秦创原专区企业挂牌成功后能拿多少挂牌补贴？', {'sx': ['掛牌補貼', '挂牌补贴', '掛牌獎勵', '挂牌奖励']}, 'figure')
N('在甘肃专精特新板挂牌的企业，一次性补贴具体是多少钱？',
  [('NOFIG', 'gs', '挂牌的企业由企业所在地政府给予一次性补贴')], 'figure')
N('潼南区企业在重庆股份转让中心挂牌，区里奖励多少万元？', {'tn': ['万元', '奖励']}, 'figure')
# -- off-topic --
N('璧山区新生儿家庭有育儿补贴吗？', {'ALL': ['育儿', '生育']}, 'offtopic')
N('成都市个人所得税专项附加扣除标准是多少？', {'ALL': ['个人所得税', '专项附加']}, 'offtopic')

def _first(pred):
    return next(i for i, it in enumerate(ITEMS) if pred(it))


MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['进出口额在3亿元人民币以下'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['收付汇市场占有率2%以上'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['上年度进出口额在5亿元人民币以下的企业法人'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['璧山']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'bs': ['铜梁']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['5億元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['5亿元', '3亿元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='湖南要求进出口额在5亿元人民币以下吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'bs', '每个企业使用保证金额度')],
                                                   kind='figure')),
    # '0%' occurs in the 浙江 clause only inside '10%'
    'value_inside_number': lambda: ITEMS.__setitem__(_first(lambda it: '鎖匯資金' in it['q']),
                                                     dict(ITEMS[_first(lambda it: '鎖匯資金' in it['q'])], values=['0%'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(_first(lambda it: it.get('noplace')),
                                                     dict(ITEMS[_first(lambda it: it.get('noplace'))],
                                                          q=ITEMS[_first(lambda it: it.get('noplace'))]['q'] + '（璧山）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='bs', anchors=['每个企业使用保证金额度不超过50万元'],
                                                             markers=['融资担保'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='外贸企业汇率避险风险补偿对进出口额有什么上限？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('tn', '通知'),
    'too_few_near_misses': lambda: [ITEMS.pop() for _ in range(3)],
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZ_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nz{i:03d}'
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
    if 3 * n_null < len(out):
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 1/3')
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
