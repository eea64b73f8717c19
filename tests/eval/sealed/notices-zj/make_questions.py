#!/usr/bin/env python3
"""Write questions.jsonl for notices-zj, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 支农支小再贷款 / 再贴现: 襄阳市 (再贴现示范区, 高新区), 南平市, 乌鲁木齐中心支行 (新疆), 甘肃省;
  B 退役军人 / 高校毕业生 / 返乡入乡 创业贷款及贴息: 房县, 高台县, 山西省 (繁體), 山东省 (条例, whole text);
  C 出口退税资金池 / 退税贷 / 关税保证保险: 新乡市, 青岛自贸片区, 湖南省, 海关总署 (“十问”, 解读).

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
    simplified texts.
Set NZJ_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'xy': 'xiangyang-rediscount-demonstration-zone-news-2019.txt',
    'np': 'nanping-relending-rural-revitalization-demonstration-points-news-2025.txt',
    'wl': 'urumqi-spring-ploughing-agricultural-relending-news-2019.txt',
    'gs': 'gansu-province-agri-sme-relending-dedicated-quota-news-2025.txt',
    'fx': 'fangxian-county-veteran-startup-loan-interest-subsidy-news-2023.txt',
    'gt': 'gaotai-county-rural-revitalization-startup-guarantee-loan-plan-2022.txt',
    'sx': 'shanxi-province-return-home-startup-guarantee-loan-opinions-2025.txt',
    'sd': 'shandong-province-employment-promotion-regulation-2016.txt',
    'xx': 'xinxiang-export-tax-rebate-fund-pool-measures-2022.txt',
    'qd': 'qingdao-ftz-area-zimaodai-fund-pool-news-2022.txt',
    'hn': 'hunan-province-foreign-trade-export-facilitation-financing-measures-2018.txt',
    'hg': 'customs-tariff-guarantee-insurance-ten-questions-interpretation-2020.txt',
}
TRAD_DOCS = {'sx'}
PLACES = {
    'xy': ['襄阳', '襄陽'], 'np': ['南平'], 'wl': ['乌鲁木齐', '烏魯木齊', '新疆'], 'gs': ['甘肃', '甘肅'],
    'fx': ['房县', '房縣'], 'gt': ['高台', '高臺'], 'sx': ['山西'], 'sd': ['山东', '山東'],
    'xx': ['新乡', '新鄉'], 'qd': ['青岛', '青島'], 'hn': ['湖南'], 'hg': ['海关', '海關'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米|BP)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額'
                 '陽貼現範圍帶鄉軍創牽頭臺烏魯齊讓涉農機構櫃崗錄優難統級島貿託運營聯鄉檢團協')

EQUIV = {
    '5家': ['五家'],
    '2个工作日': ['两个工作日', '2個工作日'],
    '100家': ['一百家'],
    '500万元': ['五百万元', '500萬元'],
    '14个': ['十四个', '14個'],
    '575户': ['575戶'],
    '46.8亿元': ['46.8億元'],
    '2018年11月': ['2018.11'],
    '7210.4亿元': ['7210.4億元'],
    '1万元': ['一万元', '1萬元'],
    '387亿元': ['387億元'],
    '334.8亿元': ['334.8億元'],
    '75亿元': ['七十五亿元', '75億元'],
    '210亿元': ['210億元'],
    '2亿元': ['两亿元', '二亿元', '2億元'],
    '20万元': ['二十万元', '20萬元'],
    '2年': ['两年', '二年'],
    '57岁': ['57周岁', '57歲'],
    '30萬元': ['30万元', '三十万元'],
    '2000元': ['两千元', '兩千元'],
    '2010年1月1日': ['2010.1.1', '2010-01-01'],
    '三年': ['3年'],
    '百分之五十': ['50%', '一半'],
    '2016年3月30日': ['2016.3.30', '2016-03-30'],
    '1000万元': ['一千万元', '1000萬元'],
    '一年': ['1年'],
    '2022-12-28': ['2022年12月28日', '2022.12.28'],
    '1亿元': ['一亿元', '1億元'],
    '200万元': ['二百万元', '两百万元', '200萬元'],
    '8-10倍': ['8至10倍', '8到10倍'],
    '3-6倍': ['3至6倍', '3到6倍'],
    '50%': ['百分之五十', '一半', '50％'],
    '2018年4月12日': ['2018.4.12', '2018-04-12'],
    '2776家': [],
    '28710份': [],
    '1211.75亿元': ['1211.75億元'],
    '全额贴息': ['全額貼息'],
}


# values that the text writes as a date directly followed by a clock time ('2026-01-02 00:00'): once whitespace
# is removed the date touches the time's digits, so the clause check of the digit rule is waived for them (an
# answer states the date alone); the value must still occur verbatim in the clause.
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


DOC = {'xy': '再贴现示范区', 'np': '南平', 'wl': '乌鲁木齐', 'gs': '甘肃', 'fx': '房县', 'gt': '高台',
       'sx': '山西', 'sd': '山东', 'xx': '新乡', 'qd': '青岛', 'hn': '湖南', 'hg': '十问'}

# ================= topic A: 支农支小再贷款 / 再贴现 =================
# ---- 襄阳 再贴现示范区 (湖北, 市 + 高新区) ----
A('襄阳的再贴现示范区，第一批定了几家主办银行？', 'xy',
  ['首批确定招商银行襄阳自贸区支行等5家银行'], ['5家银行为再贴现示范区'], ['5家', '五家'])
A('我们是襄阳高新区的小微企业，银行拿票据去人行办再贴现，审批要多久？', 'xy',
  ['将再贴现审批时间缩减至2个工作日以内'], ['2个工作日以内'], ['2个工作日', '两个工作日', '2個工作日'])
A('襄阳再贴现示范区的支持企业白名单里有多少家企业？', 'xy',
  ['涵盖示范区100家民营和小微企业'], ['100家民营和小微企业'], ['100家', '一百家'])
A('襄阳鼓励银行优先给多少金额以下的民营小微企业票据办理贴现？', 'xy',
  ['将再贴现审批时间缩减至2个工作日以内'], ['优先为500万元以下'], ['500万元', '五百万元', '500萬元'])
A('襄阳的再贴现示范区是放在哪个区域试点的？', 'xy',
  ['决定以襄阳高新区(自贸片区)为试点'], ['襄阳高新区(自贸片区)为试点'])
A('襄陽的再貼現示範區是哪兩家單位牽頭成立領導小組的？', 'xy',
  ['决定以襄阳高新区(自贸片区)为试点'], ['联合襄阳高新区管委会', '再贴现示范区创建工作领导小组'])

# ---- 南平 支农支小再贷款 乡村振兴示范点 (福建, 市) ----
A('南平一共备案了多少个支农支小再贷款乡村振兴示范点？累计拿到多少再贷款？', 'np',
  ['南平已备案通过14个示范点'], ['备案通过14个示范点'], ['14个', '十四个', '14個', '2.61亿元'])
A('南平这些再贷款示范点的贷款加权平均利率是多少？', 'np',
  ['南平已备案通过14个示范点'], ['加权平均利率4.35%'], ['4.35%'])
A('福建南平的再贷款示范点一共惠及了多少农户和企业？', 'np',
  ['南平已备案通过14个示范点'], ['惠及农户及企业共575户'], ['575户', '575戶'])
A('支农支小再贷款到底指的是什么？', 'np',
  ['支农支小再贷款是指中国人民银行'], ['对其发放的再贷款'], noplace=True)
A('南平针对粮食、茶这些产业推出了哪些专属贷款产品？', 'np',
  ['该行指导地方法人金融机构聚焦'], ['福粮贷', '三茶贷'])

# ---- 乌鲁木齐中心支行 春耕 支农再贷款 (新疆) ----
A('2019年春耕，乌鲁木齐中心支行给多少家银行发了支农再贷款，总共多少钱？', 'wl',
  ['已向37家银行累计发放'], ['已向37家银行累计发放'], ['46.8亿元', '46.8億元', '37家'])
A('截至2019年2月末，新疆涉农贷款余额有多少？', 'wl',
  ['截至2019年2月末,新疆涉农贷款余额'], ['余额7210.4亿元'], ['7210.4亿元', '7210.4億元'])
A('新疆伊宁县那位村民从农商行拿到了多少春耕贷款，要付利息吗？', 'wl',
  ['今年他从当地农商行争取到了1万元无息春耕春播贷款'], ['1万元无息春耕春播贷款'], ['1万元', '一万元', '1萬元'])
A('烏魯木齊中心支行引導涉農金融機構設立了什麼專櫃？', 'wl',
  ['陆续向涉农金融机构发放支农再贷款'], ['春耕信贷专柜'])
A('新疆农村信用社那几个月一共发放了多少农户贷款？', 'wl',
  ['支农“主力军”新疆农村信用社'], ['累计发放农户贷款387亿元'], ['387亿元', '387億元'])

# ---- 甘肃 支农支小再贷款 专用额度 (省) ----
A('甘肃省到2025年8月末支农支小再贷款余额是多少？同比增长多少？', 'gs',
  ['截至2025年8月末'], ['再贷款余额334.8亿元'], ['334.8亿元', '334.8億元', '30.7%'])
A('甘肃从支农支小再贷款总额度里单独拿出多少做专用额度？', 'gs',
  ['单列75亿元专用额度'], ['单列75亿元专用额度'], ['75亿元', '七十五亿元', '75億元'])
A('甘肃用再贷款撬动了多少特色产业和科技型企业贷款？惠及多少市场主体？', 'gs',
  ['单列75亿元专用额度'], ['贷款超过210亿元'], ['210亿元', '210億元', '11万户'])
A('皋兰县农信社新增了多少再贷款专用额度，主要支持什么？', 'gs',
  ['皋兰县农信社新增2亿元再贷款专用额度'], ['新增2亿元再贷款专用额度'], ['2亿元', '两亿元', '二亿元', '2億元'],
  noplace=True)
A('甘肃省1到7月法人机构小微和涉农贷款的加权平均利率分别降了多少？', 'gs',
  ['截至2025年8月末'], ['同比下降68BP、13BP'], ['68BP'])

# ================= topic B: 退役军人 / 返乡入乡 / 高校毕业生 创业贷款及贴息 =================
# ---- 房县 军创贷 (湖北 十堰, 县) ----
A('房县的退役军人个人自主创业贷最多能贷多少？小微企业贷呢？', 'fx',
  ['该通知规定'], ['最高额度20万元', '最高额度300万元'], ['20万元', '二十万元', '20萬元', '300万元'])
A('房县军创贷最长能贷几年？', 'fx',
  ['该通知规定'], ['贷款期限最长2年'], ['2年', '两年', '二年'])
A('我退役已经6年了，在房县申请军创贷，利息要自己出多少？', 'fx',
  ['该通知规定'], ['个人仅承担1%'], ['1%'])
A('房縣支持退役軍人創業貸款貼息的措施是哪個部門牽頭出台的？', 'fx',
  ['该通知规定'], ['房县退役军人事务局联合四部门'])
A('刚退役两年的军人在房县贷款创业，利息政府怎么补？', 'fx',
  ['该通知规定'], ['由政府全额贴息'], ['全额贴息', '全額貼息'])

# ---- 高台县 乡村产业振兴创业担保贷款 实施方案 (甘肃 张掖, 县) ----
A('高台县乡村产业振兴创业担保贷款对申请人年龄有什么限制？', 'gt',
  ['1.贷款范围'], ['男性57岁以内', '女性52岁以内'], ['57岁', '57周岁', '57歲', '52岁'])
A('高台县这个创业担保贷款实施方案是依据哪些文件制定的？', 'gt',
  ['甘财金〔2019〕60号'], ['甘财金〔2019〕60号', '兰银发〔2017〕126号'])
A('高台县的乡村产业振兴创业担保贷款由谁发放、谁来贴息？', 'gt',
  ['乡村产业振兴创业担保贷款,是指'], ['财政部门给予部分贴息', '具体承贷银行发放'])
A('高台县人社部门用担保基金担保发的那种创业担保贷款，也按这个方案执行吗？', 'gt',
  ['乡村产业振兴创业担保贷款,是指'], ['不适用本《实施方案(试行)》'])
A('高台县这个方案的目标任务是紧扣什么目标提出的？', 'gt',
  ['紧扣“打造红色文化名城'], ['打造红色文化名城'])
A('我是外地嫁到高台县的农村户口，在高台县开网店，能申请这个乡村产业振兴创业担保贷款吗？', 'gt',
  ['1.贷款范围'], ['在高台县境内从事个体经营', '组织起来创业的农村居民'])

# ---- 山西 返乡入乡创业 实施意见 (省, 繁體 mirror) ----
A('山西返乡入乡创业人员的个人创业担保贷款额度现在提到多少了？原来是多少？', 'sx',
  ['聯(lián)合印發(fā)'], ['由15萬元提高到30萬元'], ['30萬元', '30万元', '三十万元', '15萬元'])
A('山西推动返乡入乡创业的实施意见是哪几个厅联合印发的？', 'sx',
  ['聯(lián)合印發(fā)'], ['山西省人力資源和社會'])
A('在山西返乡开小店，正常经营满一年后场地租金能补多少、补几年？', 'sx',
  ['場地租賃補(bǔ)貼'], ['每年不超過2000元'], ['2000元', '两千元', '兩千元', '3年'])
A('山西这次返乡入乡创业的担保贷款申请条件是放宽了还是收紧了？', 'sx',
  ['聯(lián)合印發(fā)'], ['申請條件降低'])

# ---- 山东省就业促进条例 (省, whole text from LawRefBook) ----
A('按山东省就业促进条例，创业的人自己钱不够，可以申请什么贷款？利息有没有补贴？', 'sd',
  ['第二十七条 创业人员自筹资金不足的'], ['申请小额担保贷款', '财政部门按照规定给予贴息扶持'])
A('山东的就业促进条例要求县级以上政府设立什么贷款担保基金？', 'sd',
  ['第十三条 县级以上人民政府应当建立促进就业专项小额贷款担保基金'], ['促进就业专项小额贷款担保基金'])
A('山东省规定重点扶持哪些人员自主创业和返乡创业？', 'sd',
  ['第二十八条 县级以上人民政府应当多渠道筹集资金'], ['军队退役人员', '外出务工人员返乡创业'])
A('山东省就业促进条例从哪天开始施行？', 'sd',
  ['第七十一条'], ['自2010年1月1日起施行'], ['2010年1月1日', '2010.1.1', '2010-01-01'])
A('山东省就业困难人员享受社会保险补贴和岗位补贴最长能享受几年？', 'sd',
  ['第四十六条'], ['期限最长不超过三年'], ['三年', '3年'])
A('山東省的公益性崗位要按多大比例優先錄用就業困難人員？', 'sd',
  ['下列岗位按照不低于百分之五十的比例'], ['不低于百分之五十的比例'], ['百分之五十', '50%', '一半'])

# ================= topic C: 出口退税资金池 / 自贸贷 / 关税保证保险 =================
# ---- 新乡 出口退税资金池管理办法 (河南, 市) ----
A('新乡市出口退税资金池，市财政总共注资多少？首期先投多少？', 'xx',
  ['第五条'], ['市财政注资1000万元', '首期注入100万元'], ['1000万元', '一千万元', '1000萬元', '100万元'])
A('新乡的出口退税资金池这笔钱具体是做什么用的？', 'xx',
  ['第五条'], ['风险准备金'])
A('新乡出口退税资金池要试运行多长时间？', 'xx',
  ['第二条'], ['试运行一年'], ['一年', '1年'])
A('新乡出口退税资金池管理办法是哪两个部门印发的？网上哪天发布的？', 'xx',
  ['发布时间:2022-12-28', '新乡市商务局          新乡市财政局'], ['2022-12-28', '新乡市财政局'],
  ['2022-12-28', '2022年12月28日', '2022.12.28'])
A('新鄉出口退稅資金池的資金由哪一級財政統籌安排？', 'xx',
  ['第二条'], ['由市级财政统筹安排'])

# ---- 青岛自贸片区 “自贸贷”资金池 (山东, 自贸片区) ----
A('青岛自贸片区的自贸贷资金池总共多大？一期投放了多少？', 'qd',
  ['按照管理办法,青岛自贸片区设立1亿元'], ['设立1亿元', '一期投放2000万元'], ['1亿元', '一亿元', '1億元', '2000万元'])
A('在青岛自贸片区申请自贸贷，单个企业最多能贷多少？能用多长时间？', 'qd',
  ['按照管理办法,单一企业贷款金额'], ['不超过200万元', '使用期限不超过180天'], ['200万元', '二百万元', '两百万元', '200萬元', '180天'])
A('青岛自贸片区对企业的自贸贷利息贴多少？走信保的融资呢？', 'qd',
  ['按照管理办法,单一企业贷款金额'], ['实际发生贷款利息15%', '利息20%给予补贴'], ['15%', '20%'])
A('青岛自贸贷的承办银行承诺按资金池放大几倍来放贷？', 'qd',
  ['青岛自贸片区选定3家银行'], ['放大8-10倍数'], ['8-10倍', '8至10倍', '8到10倍'])
A('出口退税企业的专项贷款金额，是按上一年月均退税额的几倍来核定的？', 'qd',
  ['按照管理办法,单一企业贷款金额'], ['平均每月退税额的3-6倍'], ['3-6倍', '3至6倍', '3到6倍'], noplace=True)
A('青島自貿片區的自貿貸資金池委託誰來運營管理？', 'qd',
  ['按照管理办法,青岛自贸片区设立1亿元'], ['青岛自贸企业发展促进中心'])

# ---- 湖南 外贸企业出口便利优惠融资办法 通知 (省) ----
A('湖南外贸企业出口便利优惠融资的风险补偿金，初始规模多大？钱从哪里出？', 'hn',
  ['一、省财政设立风险补偿金'], ['初始规模为1亿元人民币'], ['1亿元', '一亿元', '1億元'])
A('湖南对中小微外贸企业无抵押担保融资的担保费补助多少？', 'hn',
  ['二、为降低企业融资成本'], ['担保费按50%的比例进行补助'], ['50%', '百分之五十', '一半', '50％'])
A('湖南这份外贸企业出口融资的通知附了哪几个办法？', 'hn',
  ['附件:1、中小微外贸企业出口无资产抵押担保融资办法', '2、出口退税账户质押融资办法', '3、中小微外贸企业出口无资产抵押信保保单融资办法'],
  ['出口退税账户质押融资办法', '信保保单融资办法'])
A('湖南外贸企业出口便利优惠融资办法是哪几家单位联合发的？落款日期是哪天？', 'hn',
  ['湖南省财政厅 湖南省商务厅 湖南省国家税务局', '2018年4月12日'], ['湖南省国家税务局'],
  ['2018年4月12日', '2018.4.12', '2018-04-12'])
A('在湖南，担保费补助是怎么落到企业身上的？需要企业自己去申报吗？', 'hn',
  ['二、为降低企业融资成本'], ['由担保公司直接对企业进行减收'])

# ---- 海关总署 “十问”关税保证保险 (全国, 解读) ----
A('海关总署的关税保证保险试点，到2019年12月底有多少家企业参与？', 'hg',
  ['一年多来,试点工作进展顺利'], ['共有2776家企业参与试点'], ['2776家'])
A('关税保证保险试点一年多，一共买了多少份保单、担保了多少税款？', 'hg',
  ['一年多来,试点工作进展顺利'], ['购买保单28710份'], ['28710份', '1734.9亿元'], noplace=True)
A('保证保险一般分成哪几类？', 'hg',
  ['保证保险主要分为三类'], ['合同保证保险', '忠实保证保险'], noplace=True)
A('海关总署那篇“十问”关税保证保险是哪个司写的？', 'hg',
  ['/海关总署政策法规司'], ['海关总署政策法规司'])
A('截至2019年底，关税保证保险的保险金额一共多少？', 'hg',
  ['一年多来,试点工作进展顺利'], ['保险金额1211.75亿元'], ['1211.75亿元', '1211.75億元'], noplace=True)
A('海關總署是和哪個部門聯合發布關稅保證保險試點公告的？', 'hg',
  ['一年多来,试点工作进展顺利'], ['海关总署和银保监会'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbour of a library place, asked about the same topic --
N('宜昌的再贴现示范区首批确定了几家主办行？', {'ALL': ['宜昌']}, 'place')
N('三明市支农支小再贷款乡村振兴示范点备案了多少个？', {'ALL': ['三明']}, 'place')
N('人民银行喀什中心支行2019年春耕发放了多少支农再贷款？', {'ALL': ['喀什']}, 'place')
N('宁夏从支农支小再贷款总额度里单列了多少专用额度？', {'ALL': ['宁夏', '寧夏']}, 'place')
N('竹山县退役军人个人创业贷款最高能贷多少？', {'ALL': ['竹山']}, 'place')
N('临泽县乡村产业振兴创业担保贷款对年龄有什么限制？', {'ALL': ['临泽', '臨澤']}, 'place')
N('陕西省返乡入乡创业人员个人创业担保贷款额度提高到多少了？', {'ALL': ['陕西', '陝西']}, 'place')
N('江苏省就业促进条例是哪天开始施行的？', {'ALL': ['江苏', '江蘇']}, 'place')
N('焦作市出口退税资金池市财政注资多少？', {'ALL': ['焦作']}, 'place')
N('烟台片区的自贸贷资金池规模多大？单户最多贷多少？', {'ALL': ['烟台', '煙台']}, 'place')
N('江西省外贸企业出口便利优惠融资的风险补偿金规模是多少？', {'ALL': ['江西']}, 'place')
N('宁波海关关税保证保险试点首批有哪几家保险公司参加？', {'ALL': ['宁波', '寧波']}, 'place')
N('十堰市的再贴现审批要几个工作日？', {'ALL': ['十堰']}, 'place')
# -- a year the texts do not state --
N('南平截至2024年末备案了多少个再贷款示范点？', {'np': ['2024']}, 'year')
N('甘肃2023年末支农支小再贷款余额是多少？', {'gs': ['2023']}, 'year')
N('乌鲁木齐中心支行2021年春耕发放了多少支农再贷款？', {'wl': ['2021']}, 'year')
N('青岛自贸片区2023年自贸贷一共发放了多少？', {'qd': ['2023']}, 'year')
N('截至2021年底，关税保证保险有多少家企业参与？', {'hg': ['2021']}, 'year')
# -- a figure the texts do not state for that measure --
N('新乡出口退税资金池合作银行按资金池的几倍放大发放贷款？单户最多贷多少？', {'xx': ['倍', '单户', '最高贷款']}, 'figure')
N('湖南出口退税账户质押融资最多能贷应退税额的百分之几？',
  [('NOFIG', 'hn', '2、出口退税账户质押融资办法'), {'hn': ['退税额']}], 'figure')
N('湖南的风险补偿金按合作银行损失的多少比例给补偿？',
  [('NOFIG', 'hn', '按规定补偿合作金融机构'), {'hn': ['补偿比例']}], 'figure')
N('房县军创贷的贷款利率是多少？', {'fx': ['利率', 'LPR']}, 'figure')
N('高台县乡村产业振兴创业担保贷款个人最多能贷多少？贴息比例是多少？',
  [('NOFIG', 'gt', '财政部门给予部分贴息'), {'gt': ['万元', '贴息比例']}], 'figure')
N('山西返乡入乡创业的小微企业创业担保贷款最高能贷多少？', {'sx': ['300萬', '300万', '400萬', '500萬']}, 'figure')
N('山东省就业促进条例规定的小额担保贷款最高额度是多少？',
  [('NOFIG', 'sd', '创业人员自筹资金不足的'), {'sd': ['最高额度']}], 'figure')
N('襄阳再贴现示范区的再贴现利率是多少？', {'xy': ['利率']}, 'figure')
N('乌鲁木齐中心支行这批春耕支农再贷款的利率是多少？', {'wl': ['利率']}, 'figure')
N('青岛自贸贷出了坏账，资金池和银行各承担多少比例的损失？', {'qd': ['分担', '承担比例', '代偿']}, 'figure')
N('关税保证保险的保险费率是多少？', {'hg': ['费率', '費率']}, 'figure')
# -- off-topic --
N('高台县农村低保标准是多少？', {'ALL': ['低保']}, 'offtopic')
N('新乡市住房公积金贷款利率是多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('青岛买房有没有契税补贴？', {'ALL': ['契税', '契稅']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['6家银行为再贴现示范区'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['2个工作日以内'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['首批确定招商银行襄阳自贸区支行等5家银行'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['襄阳']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'xy': ['宜昌']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['五家'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['5家', '6家'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='襄阳是不是5家银行为再贴现示范区主办行？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'hn', '初始规模为1亿元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['0家'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(9, dict(ITEMS[9], q=ITEMS[9]['q'] + '（南平）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='qd', anchors=['据悉,“自贸贷”资金池'],
                                                             markers=['可承担合理损失'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='第一批定了几家主办银行？')),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZJ_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzj{i:03d}'
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
