#!/usr/bin/env python3
"""Write questions.jsonl for notices-zh, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 延期还本付息 / 助企纾困 金融措施: 崇川区 (繁體), 盐田区, 惠安县 (繁體), 湖南省 (问答);
  B 个体工商户 / 小微 经营 贷款 支持: 三门县, 泰兴市, 盐池县 (繁體), 吴忠市 (繁體);
  C 企业信用修复 / 信用贷款: 清城区, 鄂州市, 沈阳市 (征求意见 + 草案), 浙江省 (whole regulation, GitHub).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document (the texts have one paragraph, article, item or
list entry a line); the clause is the union of those lines.
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file (raw and normalised) and occurs in the answering
    clause; 1-2 markers an item; no marker is longer than 14 characters; no question contains a marker of 6 or
    more characters;
  - the first value is an exact substring of the named file and of the answering clause, and occurs there at
    least once not inside a longer number (the scorer's digit rule); every further value is either such a
    substring of the clause too, or is listed in EQUIV as another way of writing a value that is (the first
    value or another value found in the clause);
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - place: an answerable item either names the place of its document (an alias in PLACES) or is marked
    noplace; a noplace question names no place of any document, and each of its markers occurs in exactly
    one file of the folder (so only one text answers it); at least 80% of answerable items name the place;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file),
    after normalisation; kind 'place' items must have an 'ALL' probe (the place asked about is the place of no
    document and is not mentioned in any text); a probe ('NOFIG', key, anchor) asserts that the one sentence
    of that file containing anchor (sentences split at 。；;!?！？ and line ends) states no amount, rate, ratio,
    multiple, count or period: the measure is named there without a figure;
  - 96 items, at least 32 near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts and at least 3 in simplified script about traditional texts, every document asked about.
Set NZH_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'cc': 'chongchuan-district-sme-epidemic-relief-measures-2020.txt',
    'yt': 'yantian-district-stabilize-growth-ten-measures-news-2022.txt',
    'ha': 'huian-county-enterprise-relief-financing-news-2020.txt',
    'hn': 'hunan-province-sme-loan-deferral-policy-qa-2020.txt',
    'sm': 'sanmen-county-small-micro-financing-cost-rules-2022.txt',
    'tx': 'taixing-farmer-entrepreneurship-loan-news-2009.txt',
    'yc': 'yanchi-county-entrepreneurship-guarantee-loan-news-2025.txt',
    'wz': 'wuzhong-microcredit-guarantee-loan-news-2010.txt',
    'qc': 'qingcheng-district-credit-china-penalty-repair-process-2024.txt',
    'ez': 'ezhou-credit-repair-process-guide-2024.txt',
    'sy': 'shenyang-social-credit-regulation-draft-consultation-2022.txt',
    'zj': 'zhejiang-public-credit-information-regulation-2017.txt',
}
TRAD_DOCS = {'cc', 'ha', 'yc', 'wz'}
PLACES = {
    'cc': ['崇川'], 'yt': ['盐田', '鹽田'], 'ha': ['惠安'], 'hn': ['湖南'], 'sm': ['三门', '三門'],
    'tx': ['泰兴', '泰興'], 'yc': ['盐池', '鹽池'], 'wz': ['吴忠', '吳忠'],
    'qc': ['清城', '清远', '清遠'], 'ez': ['鄂州'], 'sy': ['沈阳', '瀋陽'], 'zj': ['浙江'],
}
DOC = {'cc': '崇川', 'yt': '盐田', 'ha': '惠安', 'hn': '湖南', 'sm': '三门', 'tx': '泰兴', 'yc': '鹽池',
       'wz': '吳忠', 'qc': '在线修复流程', 'ez': '鄂州', 'sy': '沈阳', 'zj': '浙江'}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|月)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次|日|天)|'
                    r'百分之|千分之|分之|百分点|百分點|工作日')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵寄號碼遞畢節雲貢獻連續滿歲齡籌記登證'
                 '謄齊語論壇織處罰聽遷畫輔導據歡撥週則風範圍蕭銀鹽興網絡傳頁誠')

EQUIV = {
    '5‰': ['千分之五', '0.5%'],
    '3‰': ['千分之三', '0.3%'],
    '20萬元': ['20万元', '二十万元'],
    '2月3日': ['2020年2月3日', '2020.2.3', '2020-02-03'],
    '15%': ['百分之十五', '15％'],
    '20万元': ['二十万元', '20萬元'],
    '8月4日': ['2022年8月4日', '2022.8.4', '2022-08-04'],
    '5万元': ['五万元', '5萬元'],
    '1000万元': ['一千万元', '1000萬元'],
    '1500万元': ['1500萬元', '一千五百万元'],
    '5%-15%': ['5%至15%', '5%～15%', '5%到15%'],
    '1207.6萬元': ['1207.6万元'],
    '34.82億元': ['34.82亿元'],
    '172筆': ['172笔'],
    '17.05億元': ['17.05亿元'],
    '2.7億元': ['2.7亿元'],
    '2021年3月31日': ['2021.3.31', '2021-03-31'],
    '2020年6月30日': ['2020.6.30', '2020-06-30'],
    '银发〔2020〕122号': ['银发(2020)122号', '银发[2020]122号', '銀發〔2020〕122號'],
    '50%': ['百分之五十', '一半', '50％'],
    '83376533': ['0576-83376533'],
    '2020年5月31日': ['2020.5.31', '2020-05-31'],
    '6万元': ['六万元', '6萬元'],
    '3年': ['三年'],
    '30萬元': ['30万元', '三十万元'],
    '400萬元': ['400万元', '四百万元'],
    '98筆': ['98笔'],
    '2125萬元': ['2125万元'],
    '1個小時': ['1个小时', '一个小时', '一個小時'],
    '1.4億元': ['1.4亿元'],
    '3.4億元': ['3.4亿元'],
    '2.94萬人': ['2.94万人'],
    '10个工作日': ['十个工作日', '10個工作日'],
    '三个工作日': ['3个工作日', '三個工作日'],
    '2024-01-05': ['2024年1月5日', '2024.1.5'],
    '2023年1月15日': ['2023.1.15', '2023-01-15'],
    '2022年12月1日': ['2022.12.1', '2022-12-01'],
    '五年': ['5年'],
    '五个工作日': ['5个工作日', '五個工作日'],
    '二十个工作日': ['20个工作日'],
    '2018年1月1日': ['2018.1.1', '2018-01-01'],
    '十万元': ['10万元', '10萬元'],
    '2017年9月30日': ['2017.9.30', '2017-09-30'],
}


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


# ================= topic A: 延期还本付息 / 助企纾困 金融措施 =================
# ---- 崇川区 疫情扶持政策 (江苏 南通, 区, 繁體) ----
A('南通崇川区小贷公司给区内工业企业放贷，区里怎么补助？对贷款利率有什么要求？', 'cc',
  ['1.鼓勵轄區小貸機構'], ['按貸款額的5‰給予補助', '年化利率15%(含)以下'], ['5‰', '千分之五', '0.5%'])
A('崇川区的担保机构给工业企业做担保，能拿多少补助？', 'cc',
  ['2.鼓勵轄區擔保機構'], ['按擔保額的5‰給予補助'], ['5‰', '千分之五', '0.5%'])
A('在崇川区，法人金融机构通过江苏省综合金融服务平台给企业放贷，补助按多少算？每家企业封顶多少？', 'cc',
  ['3.鼓勵開展線上保障性金融服務'], ['按貸款額的3‰給予補助', '每家企業最高不超過20萬元'],
  ['20萬元', '20万元', '二十万元', '3‰', '千分之三'])
A('崇川区这批帮扶中小企业的疫情政策是哪天出台的？', 'cc',
  ['為打贏新型冠狀病毒'], ['2月3日'], ['2月3日', '2020年2月3日', '2020.2.3', '2020-02-03'])
A('我们是崇川的个体工商户，受疫情影响经营困难，算不算这次的扶持对象？', 'cc',
  ['受到新型冠狀病毒感染的肺炎疫情影響'], ['中小微企業(個體工商戶)', '個人租戶'])
A('小贷机构给工业企业放的贷款，年化利率要在多少以下、期限要超过几个月，才能拿到补助？', 'cc',
  ['1.鼓勵轄區小貸機構'], ['年化利率15%(含)以下'], ['15%', '百分之十五', '15％'], noplace=True)

# ---- 盐田区 稳住经济增长 10条措施 (广东 深圳, 区, 新闻) ----
A('深圳盐田区对首次获得贷款的企业怎么贴息？区里配套多少，单户最多多少钱？', 'yt',
  ['其中,为加大金融支持实体经济力度'], ['再给予2%同等力度配套贴息', '配套贴息金额最高20万元'],
  ['20万元', '二十万元', '20萬元', '2%'])
A('盐田区稳增长的那个若干措施是哪天发布的？', 'yt',
  ['8月4日,深圳盐田区正式发布'], ['扎实稳住经济增长的若干措施'], ['8月4日', '2022年8月4日', '2022.8.4', '2022-08-04'])
A('我们公司2022年下半年在盐田新升规纳统了，有奖励吗？多少？', 'yt',
  ['其中,为加大金融支持实体经济力度'], ['给予一次奖励5万元'], ['5万元', '五万元', '5萬元'])
A('鹽田區這次拿出多少錢來辦促消費活動？', 'yt',
  ['另一方面,为提振消费信心'], ['将投入1500万元'], ['1500万元', '1500萬元', '一千五百万元'])
A('盐田区的10条措施具体涵盖哪些方面？', 'yt',
  ['据了解,措施具体包括'], ['精准降低物流成本', '促进跨境电商集聚发展'])

# ---- 惠安县 支持企业抗疫解困 (福建 泉州, 县, 繁體, 新闻) ----
A('泉州惠安县新增企业贷款的利率下浮了多少？给企业减轻了多少负担？', 'ha',
  ['堅(jiān)持主動對接'], ['下浮5%-15%', '1207.6萬元'], ['5%-15%', '5%至15%', '5%～15%', '5%到15%', '1207.6萬元', '1207.6万元'])
A('惠安全县累计新增了多少笔企业贷款，金额多少？', 'ha',
  ['堅(jiān)持主動對接'], ['172筆34.82億元'], ['34.82億元', '34.82亿元', '172筆', '172笔'])
A('惠安给疫情防控重点保障企业提供了多少贷款支持？', 'ha',
  ['堅(jiān)持主動對接'], ['17.05億元貸款支持'], ['17.05億元', '17.05亿元'])
A('惠安县摸排了多少家企业的到期贷款情况？风险企业有几家？', 'ha',
  ['堅(jiān)持提前研判'], ['一季度156家企業(yè)', '上半年15家'], ['156家', '15家'])
A('惠安县还有多少家企业的融资需求正在对接？涉及多少钱？', 'ha',
  ['堅(jiān)持主動對接'], ['正在對接24家企業'], ['24家', '2.7億元', '2.7亿元'])

# ---- 湖南省地方金融监管局 延期还本付息政策问答 (省, 问答) ----
A('湖南这份延期还本付息问答里说，普惠小微贷款本金延期，还本日期最晚能延到哪天？', 'hn',
  ['答:对于2020年6月1日至12月31日期间到期的普惠小微企业贷款本金'],
  ['可延至2021年3月31日'], ['2021年3月31日', '2021.3.31', '2021-03-31'])
A('湖南的问答里，哪些贷款算普惠小微企业贷款？单户授信上限多少？', 'hn',
  ['答:对于2020年6月1日至12月31日期间到期的普惠小微企业贷款(包括'], ['单户授信1000万元及以下', '小微企业主经营性贷款'],
  ['1000万元', '一千万元', '1000萬元'])
A('湖南问答提到的第一轮临时性延期还本付息，最长延到什么时候？依据哪个文件？', 'hn',
  ['答:3月1日'], ['可延至2020年6月30日', '银保监发〔2020〕6号'], ['2020年6月30日', '2020.6.30', '2020-06-30'])
A('对中小微企业贷款实施阶段性延期还本付息的那个通知，文号是多少？', 'hn',
  ['答:3月1日'], ['银发〔2020〕122号'], ['银发〔2020〕122号', '银发(2020)122号', '银发[2020]122号', '銀發〔2020〕122號'],
  noplace=True)
A('湖南這份問答說，普惠小微貸款延期還本，銀行一般通過什麼方式辦理？', 'hn',
  ['答:对于2020年6月1日至12月31日期间到期的普惠小微企业贷款本金'], ['贷款展期、续贷等方式'])

# ================= topic B: 个体工商户 / 小微 经营 贷款 支持 =================
# ---- 三门县 降低小微企业融资成本政策实施细则 (浙江 台州, 县) ----
A('浙江三门县疫情防控重点保障企业的专项再贷款贴息，按什么比例贴？最长贴多久？', 'sm',
  ['2.扶持标准'], ['实际获得贷款利率的50%', '贴息期限不超过1年'], ['50%', '百分之五十', '一半', '50％', '1年'])
A('在三门县申请专项再贷款财政贴息，要交哪些材料？', 'sm',
  ['(1)浙江省疫情防控', '(2)企业贷款合同复印件'], ['贷款贴息资金申请表', '企业贷款合同复印件'])
A('三门县这个贴息政策归哪个科室管？联系人和电话是多少？', 'sm',
  ['6.业务部门科室'], ['三门县财政局企业科', '83376533'], ['83376533', '0576-83376533'])
A('三门县的再贷款贴息多长时间报一次？最后一次报送截止到哪天？', 'sm',
  ['5.申报期限'], ['每周四上报', '2020年5月31日前'], ['2020年5月31日', '2020.5.31', '2020-05-31', '5月31日'])
A('我们企业在三门县，什么条件下才能申请专项再贷款贴息？', 'sm',
  ['1.扶持对象'], ['享受人民银行专项再贷款支持'])

# ---- 泰兴市 农民创业贷款 (江苏 泰州, 县级市, 新闻 2009) ----
A('江苏泰兴农民自己创业最多能贷多少钱？几个人联合创业呢？', 'tx',
  ['泰兴市财政局局长王克毅表示'], ['最高可贷款6万元', '最高可贷20万元'], ['6万元', '六万元', '6萬元', '20万元'])
A('泰兴市财政为农民创业小额贷款担保安排了多少专项资金？', 'tx',
  ['新华网江苏频道南京3月3日电'], ['安排专项资金1000万元'], ['1000万元', '一千万元', '1000萬元'])
A('泰兴返乡农民创业，多少年内可以免收登记类、证照类收费？', 'tx',
  ['泰兴市财政局局长王克毅表示'], ['3年内免收登记类'], ['3年', '三年'])
A('泰兴计划当年新增多少自主创业农民？能带动多少人就业？', 'tx',
  ['泰兴市财政局局长王克毅表示'], ['新增自主创业农民6300人'], ['6300人', '2万人'])

# ---- 盐池县 创业担保贷款 (宁夏 吴忠, 县, 繁體, 新闻) ----
A('宁夏盐池县个人申请创业担保贷款最多能贷多少？期限最长几年？', 'yc',
  ['據了解,申請個人創'], ['最高不超過30萬元'], ['30萬元', '30万元', '三十万元', '3年'])
A('盐池县小微企业的创业担保贷款额度上限和期限分别是多少？', 'yc',
  ['據了解,申請個人創'], ['最高不超過400萬元'], ['400萬元', '400万元', '四百万元', '2年'])
A('在盐池办创业担保贷款，财政贴息贴多少？', 'yc',
  ['據了解,申請個人創'], ['實際利率50%的財政貼息'], ['50%', '百分之五十', '一半', '50％'])
A('盐池县今年以来审批了多少笔创业担保贷款，总额多少，带动了多少人就业？', 'yc',
  ['今年1月份以來'], ['98筆、2125萬元'], ['98筆', '98笔', '2125萬元', '2125万元', '237人'])
A('经过公示后的创业担保贷款申请，最快多长时间能审批放款？', 'yc',
  ['鹽池農商行信貸管理部經理陳建寧介紹'], ['可在1個小時內完成審批'], ['1個小時', '1个小时', '一个小时', '一個小時'],
  noplace=True)

# ---- 吴忠市 全民创业小额担保贷款 (宁夏, 市, 繁體, 新闻 2010) ----
A('吴忠那篇报道里，宁夏小额担保贷款基金总额是多少？比上年增长多少？', 'wz',
  ['新華網銀川3月28日電'], ['基金總額達1.4億元'], ['1.4億元', '1.4亿元', '10.2%'])
A('吴忠那篇报道说，宁夏小额担保贷款实际发放了多少？带动就业多少人？', 'wz',
  ['新華網銀川3月28日電'], ['實際發放金額達3.4億元'], ['3.4億元', '3.4亿元', '226.9%', '2.94萬人', '2.94万人'])
A('吴忠的个体工商户马小燕从全民创业小额担保贷款中心领到了多少贴息？', 'wz',
  ['新華網銀川3月28日電'], ['1600元的全額貼息支票'], ['1600元'])
A('在吴忠办全民创业小额担保贷款，贷款到期后怎样才能提高授信额度？', 'wz',
  ['“貸款滿期后'], ['進一步增加授信額度', '還貸信用良好'])
A('小额担保贷款的担保基金是谁出资建立的？', 'wz',
  ['吳忠市勞動就業局副局長石登科介紹說'], ['先由政府建立小額貸款擔保基金'], noplace=True)

# ================= topic C: 企业信用修复 / 信用贷款 =================
# ---- 清城区水利局 “信用中国”行政处罚信息在线修复流程 (广东 清远, 区) ----
A('清远清城区：在“信用中国”提交行政处罚信用修复后，多长时间审核完？', 'qc',
  ['第五步'], ['10个工作日内完成'], ['10个工作日', '十个工作日', '10個工作日'])
A('清城区信用修复有疑问，可以打哪些电话咨询？', 'qc',
  ['如有疑问'], ['0763-3939179', '0763-3939094'], ['0763-3939179', '0763-3939094'])
A('清城区的流程说，“信用中国”作出修复决定后，地方信用平台几个工作日内要共享给认定单位？', 'qc',
  ['第六步'], ['三个工作日内'], ['三个工作日', '3个工作日', '三個工作日'])
A('清城区水利局这份在线修复流程的成文日期是哪天？', 'qc',
  ['发布机构: 清远市清城区水利局'], ['成文日期', '2024-01-05'], ['2024-01-05', '2024年1月5日', '2024.1.5'])
A('按清城区的流程，一家企业有好几条行政处罚信息要修复，怎么提交？', 'qc',
  ['第三步'], ['分别对应申请修复'])

# ---- 鄂州 “信用中国(湖北鄂州)”网站 信用修复流程指引 (湖北, 市) ----
A('在湖北鄂州申请行政处罚信息信用修复，要准备哪些材料？', 'ez',
  ['法定代表人身份证明书或', '1.缴纳罚款的收据', '2.行政处罚信息信用修复申请表;', '行政处罚信息信用修复承诺书'],
  ['信用修复承诺书', '缴纳罚款的收据'])
A('鄂州的信用修复指引里，修复入口分成哪几类？', 'ez',
  ['根据不同失信信息类别'], ['严重失信主体名单信息修复', '其他失信信息修复'])
A('鄂州这边，处罚内容只有罚款的话，材料二交什么就行？', 'ez',
  ['说明:如处罚内容只有罚款'], ['提交缴纳罚款的收据即可'])
A('怎么判断一条行政处罚信息已经过了最短公示期、可以在线申请修复？', 'ez',
  ['第一步:查看行政处罚信息'], ['显示为红色标记字体'], noplace=True)
A('鄂州的信用網站網址是什麼？', 'ez',
  ['登录“信用中国(湖北鄂州)”网站'], ['credit.ezhou'], ['credit.ezhou.gov.cn'])

# ---- 沈阳市人大常委会办公室公告 社会信用条例(草案) 征求意见 (辽宁, 市, 征求意见) ----
A('沈阳市社会信用条例草案公开征求意见，到哪天截止？', 'sy',
  ['二、征求意见的时间'], ['到2023年1月15日结束'], ['2023年1月15日', '2023.1.15', '2023-01-15'])
A('对沈阳社会信用条例草案有意见，信寄到哪里？邮编多少？', 'sy',
  ['通信地址'], ['沈阳市沈河区青年北大街26号', '邮政编码:110823'], ['110823'])
A('沈阳的社会信用条例草案是哪次会议、哪天初次审议的？', 'sy',
  ['市十七届人大常委会第六次会议'], ['市十七届人大常委会第六次会议'], ['2022年12月1日', '2022.12.1', '2022-12-01', '12月1日'])
A('给沈阳人大提社会信用条例草案的意见，可以发传真吗？传真号是多少？', 'sy',
  ['传真:'], ['22736598'])  # no value: the page writes the two numbers with only spaces between them
A('沈阳社会信用条例草案里，“社会信用”是怎么定义的？', 'sy',
  ['第三条'], ['践行承诺的状态'])

# ---- 浙江省公共信用信息管理条例 (省, 地方性法规, 全文) ----
A('浙江省公共信用信息管理条例规定，不良信息保存和披露多少年？', 'zj',
  ['第十六条'], ['保存和披露期限为五年'], ['五年', '5年'])
A('在浙江对信用信息异议处理结果不服，可以找谁申请复核？', 'zj',
  ['信息主体对异议处理结果不服的'], ['向省发展和改革部门申请复核'])
A('浙江的公共信用信息异议，几个工作日内处理完？情况复杂最长可以拖多久？', 'zj',
  ['第三十一条'], ['五个工作日内处理完毕', '累计不得超过二十个工作日'], ['五个工作日', '5个工作日', '二十个工作日', '20个工作日'])
A('我们公司在浙江有不良信用信息，已经整改了，信用修复申请应该向谁提？', 'zj',
  ['第三十二条'], ['向作出违法行为认定的', '提出信用修复申请'])
A('在浙江被列入严重失信名单的企业，能按条例申请信用修复吗？', 'zj',
  ['信息主体被列入严重失信名单的'], ['不适用前款规定'])
A('浙江这个信用条例对银行给守信企业贷款有什么鼓励？', 'zj',
  ['鼓励金融机构对其认定的信用状况良好'], ['贷款授信、费率利率、还款方式'])
A('浙江省公共信用信息管理條例甚麼時候開始施行？', 'zj',
  ['第三十六条'], ['自2018年1月1日起施行'], ['2018年1月1日', '2018.1.1', '2018-01-01'])
A('在浙江，单位未经授权把非公开的信用信息提供给第三方，会被罚多少？', 'zj',
  ['第三十五条'], ['一万元以上十万元以下'], ['一万元以上十万元以下', '十万元', '10万元', '10萬元'])
A('省公共信用工作机构收到公共数据工作机构提供的信用信息后，几个工作日内要完成比对整合？', 'zj',
  ['完成信息的比对'], ['完成信息的比对、整合'], ['五个工作日', '5个工作日', '五個工作日'], noplace=True)

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbour of a library place, on the same topic --
N('南通海门区疫情期间对小贷机构给工业企业放贷按多少补助？', {'ALL': ['海门', '海門']}, 'place')
N('深圳福田区对首贷企业的贴息，单户最高多少？', {'ALL': ['福田']}, 'place')
N('泉州晋江市疫情期间新增企业贷款利率下浮多少？', {'ALL': ['晋江', '晉江']}, 'place')
N('江西省地方金融监管局的延期还本付息政策问答里，还本日期最长延到哪天？', {'ALL': ['江西']}, 'place')
N('台州临海市疫情防控重点保障企业再贷款贴息找哪个科室？电话多少？', {'ALL': ['临海', '臨海']}, 'place')
N('泰州靖江市农民自主创业小额担保贷款最高能贷多少？', {'ALL': ['靖江']}, 'place')
N('宁夏同心县个人创业担保贷款最高额度是多少？', {'ALL': ['同心']}, 'place')
N('吴忠青铜峡市全民创业小额担保贷款去年发放了多少？', {'ALL': ['青铜峡', '青銅峽']}, 'place')
N('清远清新区信用修复的咨询电话是多少？', {'ALL': ['清新']}, 'place')
N('湖北黄石市“信用中国”行政处罚信息修复要交哪些材料？', {'ALL': ['黄石', '黃石']}, 'place')
N('大连市社会信用条例草案征求意见什么时候截止？', {'ALL': ['大连', '大連']}, 'place')
N('安徽省公共信用信息管理条例规定不良信息保存多少年？', {'ALL': ['安徽']}, 'place')
# -- a year the texts do not state --
N('盐田区2023年上半年首次贷款的企业还能拿区级配套贴息吗？', {'yt': ['2023']}, 'year')
N('三门县2021年的专项再贷款贴息申报截止到哪天？', {'sm': ['2021']}, 'year')
N('泰兴2010年农民创业贷款最高能贷多少？', {'tx': ['2010']}, 'year')
N('宁夏2012年小额担保贷款基金总额是多少？', {'wz': ['2012']}, 'year')
# -- a figure (or a list) the texts do not state for that measure --
N('崇川区疫情期间国有经营性资产房租减免几个月？', {'cc': ['房租', '租金']}, 'figure')
N('盐田区对旅行社、民宿这些市场主体的分档补助标准是多少？',
  [('NOFIG', 'yt', '给予分档补助'), {'yt': ['每家', '分档标准']}], 'figure')
N('惠安县疫情防控重点保障企业的贷款利率具体是多少？', {'ha': ['利率為', '利率为', '年利率', 'LPR']}, 'figure')
N('湖南问答里，普惠小微贷款的应付利息最长可以延到哪天？', {'hn': ['应付利息', '付息日期']}, 'figure')
N('三门县专项再贷款贴息单户最多能贴多少钱？', {'sm': ['万元', '上限']}, 'figure')
N('泰兴农民创业贷款财政贴息比例是多少？利率多少？', {'tx': ['贴息', '利率']}, 'figure')
N('盐池县创业担保贷款的利率上限是多少？比LPR高多少？', {'yc': ['LPR', '基點', '基点', '利率上限', '上浮']}, 'figure')
N('吴忠全民创业小额担保贷款个人最多能贷多少万元？', {'wz': ['萬元', '万元']}, 'figure')
N('清城区在线申请信用修复，具体要上传哪些材料？', {'qc': ['承诺书', '营业执照', '收据', '身份证明']}, 'figure')
N('鄂州提交信用修复申请后，几个工作日内审核完成？', {'ez': ['工作日']}, 'figure')
N('沈阳社会信用条例草案一共有几章多少条？', {'sy': ['章', '共计', '共分']}, 'figure')
N('浙江省的信用修复具体办法规定修复审核要几个工作日？',
  [('NOFIG', 'zj', '信用修复的具体办法'), {'zj': ['信用修复办法规定']}], 'figure')
N('浙江省严重失信名单的披露期限是几年？',
  [('NOFIG', 'zj', '严重失信名单列入、移出的具体条件以及披露期限')], 'figure')
# -- off-topic --
N('崇川区买房有没有契税补贴？', {'ALL': ['契税', '契稅', '购房', '購房']}, 'offtopic')
N('沈阳市职工医保报销比例是多少？', {'ALL': ['医保', '醫保']}, 'offtopic')
N('浙江个人住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['按貸款額的6‰給予補助'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['按擔保額的5‰給予補助'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['鼓勵轄區小貸機構對屬地工業企業加大融資力度'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['崇川']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'cc': ['海门']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['千分之五'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['5‰', '6‰'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='崇川是按貸款額的5‰給予補助嗎？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'yt', '将投入1500万元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], values=['5%'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], q=ITEMS[5]['q'] + '（崇川）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='ez', anchors=['第一步:查看行政处罚信息'],
                                                             markers=['行政处罚信息'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='小贷公司给工业企业放贷，区里怎么补助？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('qc', '信用'),
    'too_few_near_misses': lambda: ITEMS.__setitem__(len(ITEMS) - 1, dict(q='浙江off', key='zj', anchors=['第三十六条'],
                                                                          markers=['2018年1月1日'], values=[],
                                                                          noplace=False)),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZH_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simpl_trad = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzh{i:03d}'
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
            in_clause = [v0] + [v for v in vals[1:] if norm(v) in norm(cl) and at_boundary(v, cl)]
            declared = {alt for u in in_clause for alt in EQUIV.get(u, [])}
            for v in vals[1:]:
                if v in in_clause or v in declared:
                    continue
                errs.append(f'{qid}: value {v!r} is neither in the clause nor a declared way of writing a value there')
        out.append(dict(id=qid, q=it['q'], doc=doc, markers=it['markers'], values=vals))
    n_null = sum(r['doc'] is None for r in out)
    if len(out) != 96:
        errs.append(f'{len(out)} items, expected 96')
    if n_null < 32:
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 32')
    if n_named < 0.80 * n_answerable:
        errs.append(f'only {n_named} of {n_answerable} answerable questions name the place')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if n_trad_simpl < 3:
        errs.append(f'traditional-script questions on simplified texts: {n_trad_simpl}')
    if n_simpl_trad < 3:
        errs.append(f'simplified-script questions on traditional texts: {n_simpl_trad}')
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
