#!/usr/bin/env python3
"""Write questions.jsonl for notices-zg, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by four texts of different places:
  A 商业汇票 / 供应链票据 / 应收账款确权 奖励与再贴现: 全国 (人民银行等六部门, 征求意见稿), 山东省 (繁體), 青岛市, 湖南省;
  B 投贷联动 / 创业投资 / 科技金融 风险补偿: 天津市, 上海市 (解读, 繁體), 洛阳市 (条例, GitHub whole text), 德清县;
  C 基础设施 REITs / 地方政府债券 (专项债券): 成都市, 西安高新区, 宜春市, 涞水县.

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
  - place: an answerable item either names the place of its document (an alias in PLACES; for the national
    draft, its issuer) or is marked noplace; a noplace question names no place of any document, and each of its
    markers occurs in exactly one file of the folder (so only one text answers it); at least 80% of answerable
    items name the place;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file),
    after normalisation; kind 'place' items must have an 'ALL' probe (the place asked about is the place of no
    document and is not mentioned in any text); a probe ('NOFIG', key, anchor) asserts that the one sentence
    of that file containing anchor (sentences split at 。；;!?！？ and line ends) states no amount, rate, ratio,
    multiple or count: the measure is named there without a figure;
  - 96 items, at least 30% near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts, every document asked about.
Set NZG_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'pbc': 'national-pbc-supply-chain-finance-notice-draft-consultation-2025.txt',
    'sd': 'shandong-supply-chain-finance-bill-reward-news-2022.txt',
    'qd': 'qingdao-supply-chain-finance-bill-reward-news-2023.txt',
    'hn': 'hunan-supply-chain-bill-rediscount-measures-news-2023.txt',
    'tj': 'tianjin-sci-tech-investment-loan-linkage-pilot-opinions-2017.txt',
    'sh': 'shanghai-angel-investment-risk-compensation-interpretation-2016.txt',
    'ly': 'luoyang-sci-tech-progress-regulation-2019.txt',
    'dq': 'deqing-county-sci-tech-finance-risk-pool-news.txt',
    'cd': 'chengdu-infrastructure-reits-ten-measures-2024.txt',
    'xa': 'xian-hitech-zone-industrial-park-reits-news-2025.txt',
    'yc': 'yichun-local-government-bonds-first-batch-2023.txt',
    'ls': 'laishui-county-special-bond-project-reserve-meeting.txt',
}
TRAD_DOCS = {'sd', 'sh'}
PLACES = {
    'pbc': ['人民银行', '人民銀行', '央行'], 'sd': ['山东', '山東'], 'qd': ['青岛', '青島'],
    'hn': ['湖南', '长沙', '長沙'], 'tj': ['天津'], 'sh': ['上海', '沪', '滬'], 'ly': ['洛阳', '洛陽'],
    'dq': ['德清'], 'cd': ['成都'], 'xa': ['西安', '陕西', '陝西'], 'yc': ['宜春'], 'ls': ['涞水', '淶水'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|只|栋|棟|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額'
                 '島鏈據簽陽學術陝單邊漲')

EQUIV = {
    '2025年3月8日': ['3月8日', '2025-03-08', '2025.3.8'],
    'scshbpjc@pbc.gov.cn': [],
    '100033': [],
    '2025年2月6日': ['2025-02-06', '2025.2.6', '2月6日'],
    '200萬元': ['200万元', '二百万元'],
    '0.2%': ['0.2％', '千分之二', '百分之零点二'],
    '500萬元': ['500万元', '五百万元'],
    '500万元': ['500萬元', '五百万元'],
    '5部門': ['5部门', '五部门', '五个部门'],
    '0.05%': ['0.05％', '万分之五'],
    '2022-11-23': ['2022年11月23日', '11月23日'],
    '100万元': ['100萬元', '一百万元'],
    '300万元': ['300萬元', '三百万元'],
    '五部门': ['5部门', '五個部門', '五个部门'],
    '50亿元': ['50億元', '五十亿元'],
    '200万元': ['200萬元', '二百万元'],
    '津金融局〔2017〕90号': ['津金融局(2017)90号', '津金融局[2017]90号', '津金融局〔2017〕90號'],
    '银监发〔2016〕14号': ['银监发(2016)14号', '银监发[2016]14号', '銀監發〔2016〕14號'],
    '60%': ['百分之六十', '六成', '60％'],
    '30%': ['百分之三十', '三成', '30％'],
    '300萬元': ['300万元', '三百万元'],
    '2016年2月1日': ['2016-02-01', '2016.2.1'],
    '滬府辦發〔2015〕85號': ['沪府办发〔2015〕85号', '沪府办发(2015)85号', '沪府办发[2015]85号'],
    '2015年1月1日': ['2015-01-01', '2015.1.1'],
    '百分之一': ['1%', '1％'],
    '五年': ['5年'],
    '2019年7月26日': ['2019-07-26', '2019.7.26'],
    '1亿元': ['一亿元', '1億元', '10000万元'],
    '400万元': ['400萬元', '四百万元'],
    '14.3亿元': ['14.3億元'],
    '成发改投资〔2024〕24号': ['成发改投资(2024)24号', '成发改投资[2024]24号', '成發改投資〔2024〕24號'],
    '0.5%': ['0.5％', '千分之五'],
    '50万元': ['50萬元', '五十万元'],
    '13栋': ['十三栋', '13棟'],
    '13.6亿元': ['13.6億元'],
    '4只': ['四只', '4個', '4个'],
    '73只': ['七十三只'],
    '2023年': ['2023'],
    '276065万元': ['27.6065亿元', '276065萬元'],
    '123065万元': ['12.3065亿元', '123065萬元'],
    '2.98%': ['2.98％'],
    '32800万元': ['3.28亿元', '32800萬元'],
    '2023年2月13日': ['2023-02-13', '2023.2.13'],
    '3月9日': ['3月9號'],
}

# values that the text writes as a date directly followed by a clock time ('2022-11-23 10:55:27'): once
# whitespace is removed the date touches the time's digits, so the clause check of the digit rule is waived for
# them (an answer states the date alone); the value must still occur verbatim in the clause.
GLUED_OK = {'2022-11-23', '2025-09-23'}


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


DOC = {'pbc': '征求意见稿', 'sd': '山東', 'qd': '青岛', 'hn': '湖南', 'tj': '天津', 'sh': '上海', 'ly': '洛阳',
       'dq': '德清', 'cd': '成都', 'xa': '西安', 'yc': '宜春', 'ls': '涞水'}

# ================= topic A: 商业汇票 / 供应链票据 / 应收账款确权 =================
# ---- 人民银行等六部门 规范供应链金融业务通知 (征求意见稿), 全国 ----
A('央行那个规范供应链金融业务的通知还在征求意见吧？意见最晚什么时候要交？', 'pbc',
  ['意见反馈截止时间为'], ['意见反馈截止时间'], ['2025年3月8日', '3月8日', '2025-03-08', '2025.3.8'])
A('想给人民银行提供应链金融业务规范的意见，发邮件发到哪个邮箱？标题要写什么？', 'pbc',
  ['通过电子邮件将意见发送至'], ['通过电子邮件将意见发送至', '规范供应链金融业务征求意见'], ['scshbpjc@pbc.gov.cn'])
A('寄信给央行反馈供应链金融那个征求意见稿，寄到什么地址、邮编多少？', 'pbc',
  ['通过信函方式将意见寄至'], ['金融大街30号'], ['100033', '北京市西城区金融大街30号'])
A('人民銀行這份供應鏈金融業務的徵求意見稿，落款日期是哪天？', 'pbc',
  ['2025年2月6日'], ['2025年2月6日'], ['2025年2月6日', '2025-02-06', '2025.2.6', '2月6日'])
A('规范供应链金融业务那份通知征求意见，附件里除了通知正文还附了什么材料？', 'pbc',
  ['起草说明.docx'], ['起草说明'], noplace=True)

# ---- 山东省 供应链金融 财政奖励 (大众日报报道, 繁體) ----
A('山东对商业汇票签发量排名靠前的核心企业怎么奖励？单户最多多少？', 'sd',
  ['優化獎勵機制'], ['簽發增長量的0.1%'], ['200萬元', '200万元', '二百万元'])
A('山东供应链票据年度签发量排前多少的企业有奖？按签发增长量的多少比例奖？', 'sd',
  ['優化獎勵機制'], ['排名前20的企業'], ['0.2%', '0.2％', '千分之二', '百分之零点二'])
A('山东省的供应链金融平台，直接接入上海票交所供票平台的，一次性最多奖多少？', 'sd',
  ['支持平臺建設'], ['最高一次性獎勵500萬元'], ['500萬元', '500万元', '五百万元'])
A('山东这份强化财政金融政策融合促进供应链金融发展的通知，是几个部门联合印发的？牵头的有谁？', 'sd',
  ['為推動供應鏈金融高品質發展'], ['人民銀行濟南分行'], ['5部門', '5部门', '五部门', '五个部门'])
A('山东给应收账款确权金额排名靠前的核心企业的奖励，按确权融资金额的多少计算？', 'sd',
  ['優化獎勵機制'], ['確權融資金額的0.05%'], ['0.05%', '0.05％', '万分之五'])
A('山东供应链金融奖励新政这篇报道是哪天发布的？哪家报纸的？', 'sd',
  ['2022-11-23'], ['大眾日報'], ['2022-11-23', '2022年11月23日', '11月23日'])

# ---- 青岛市 强化财政金融政策融合促进供应链金融发展的通知 ----
A('青岛对应收账款确权金额大的核心企业怎么奖励？每户一年最多拿多少？', 'qd',
  ['对应收账款融资服务平台'], ['确权融资金额的0.05%'], ['100万元', '100萬元', '一百万元'])
A('青岛对商业汇票签发的奖励，对核心企业的现金支付比例有什么要求？', 'qd',
  ['在推动应付账款票据化方面'], ['不低于前三年平均水平'])
A('青島供應鏈票據年度簽發量排前20的企業，每年最多能拿多少獎勵？', 'qd',
  ['对供应链票据年度签发量排名前20'], ['单户企业年度最高300万元'], ['300万元', '300萬元', '三百万元'])
A('青岛这个支持供应链金融的通知是哪几个部门联合出台的？', 'qd',
  ['近日,市财政局、', '市工业和信息化局、市商务局、', '市交通运输局、人民银行', '青岛市中心支行五部门'],
  ['青岛市中心支行五部门'], ['五部门', '5部门', '五个部门', '五個部門'])
A('青岛出这个供应链金融通知，主要想盘活中小微企业手里的什么？', 'qd',
  ['《通知》旨在'], ['核心企业应付账款和商业汇票'])

# ---- 湖南省 财政金融协同联动助力打好发展六仗的若干措施 (供应链金融部分) ----
A('湖南每年拿出多少再贴现额度，优先支持供应链企业的商票贴现？', 'hn',
  ['一是支持链属小微企业融资'], ['再贴现额度'], ['50亿元', '50億元', '五十亿元'])
A('湖南省级财政对供应链票据签发量排名靠前的企业怎么奖励？排前几名、单户上限多少？', 'hn',
  ['一是支持链属小微企业融资'], ['按签发量的0.2%'], ['100万元', '100萬元', '一百万元'])
A('在湖南，直接接入上海票交所供应链票据平台的省内平台，最高奖励多少？', 'hn',
  ['一是支持链属小微企业融资'], ['最高给予一次性200万元奖励'], ['200万元', '200萬元', '二百万元'])
A('湖南那个支持供应链金融的若干措施是哪两家单位联合出台的？叫什么名字？', 'hn',
  ['近日,人民银行长沙中心支行联合省财政厅'], ['人民银行长沙中心支行'])
A('湖南对中征平台上应收账款确权金额排前几名的核心企业给奖励？比例是多少？', 'hn',
  ['一是支持链属小微企业融资'], ['前10名的产业链核心企业'], ['0.05%', '0.05％', '万分之五'])
A('長沙這邊支小再貸款每年安排多少額度？', 'hn',
  ['一是支持链属小微企业融资'], ['支小再贷款额度'], ['50亿元', '50億元', '五十亿元'])

# ================= topic B: 投贷联动 / 创业投资 / 科技金融 风险补偿 =================
# ---- 天津市 推动科创企业投贷联动试点工作的指导意见 ----
A('天津推动科创企业投贷联动试点的那个指导意见，文号是多少？', 'tj',
  ['津金融局〔2017〕90号'], ['津金融局〔2017〕90号'],
  ['津金融局〔2017〕90号', '津金融局(2017)90号', '津金融局[2017]90号', '津金融局〔2017〕90號'])
A('政策里讲的投贷联动，是怎么用投资收益来覆盖贷款风险的？', 'tj',
  ['第一条 本意见所称投贷联动'], ['由投资收益抵补信贷风险'], noplace=True)
A('我们是天津南开区的一家科技公司，能算投贷联动试点里的科创企业吗？', 'tj',
  ['本意见所称科创企业'], ['滨海自创区内的科技型企业'])
A('天津的投贷联动服务中心要建哪五大机制？', 'tj',
  ['第二条 建立投贷联动工作协调机制'], ['业务交流、信息共享', '专家服务和联合工作'])
A('天津这份投贷联动意见是为落实银监会哪个文件出的？', 'tj',
  ['为全面落实'], ['银监发〔2016〕14号'],
  ['银监发〔2016〕14号', '银监发(2016)14号', '银监发[2016]14号', '銀監發〔2016〕14號'])

# ---- 上海市 天使投资风险补偿管理暂行办法 解读 (繁體) ----
A('上海天使投资风险补偿，投种子期科技企业亏了，最多按损失的多少补？', 'sh',
  ['2015年12月29日'], ['實際投資損失的60%'], ['60%', '百分之六十', '六成', '60％'])
A('上海的天使投资风险补偿，投初创期企业的项目补偿比例是多少？', 'sh',
  ['2015年12月29日'], ['實際投資損失的30%'], ['30%', '百分之三十', '三成', '30％'])
A('上海天使投资风险补偿单个项目最多补多少钱？一家投资机构一年封顶多少？', 'sh',
  ['2015年12月29日'], ['不超過300萬元', '不超過600萬元'], ['300萬元', '300万元', '三百万元'])
A('上海天使投资风险补偿管理暂行办法从哪天开始施行？有效期几年？', 'sh',
  ['2015年12月29日'], ['自2016年2月1日起施行'], ['2016年2月1日', '2016-02-01', '2016.2.1'])
A('上海天使投资风险补偿办法是哪几个部门一起公布的？', 'sh',
  ['2015年12月29日'], ['上海市科委會同上海市財政局'])
A('上海市政府办公厅提出要建立天使投资风险补偿机制的那个配套政策，文号是什么？', 'sh',
  ['滬府辦發〔2015〕85號'], ['滬府辦發〔2015〕85號'],
  ['滬府辦發〔2015〕85號', '沪府办发〔2015〕85号', '沪府办发(2015)85号', '沪府办发[2015]85号'])

# ---- 洛阳市科学技术进步条例 (GitHub LawRefBook/Laws, whole text) ----
A('洛阳市科学技术进步条例从什么时候开始施行？同时废止了哪个条例？', 'ly',
  ['第四十六条'], ['2015年1月1日起施行', '洛阳市科学技术投入条例'], ['2015年1月1日', '2015-01-01', '2015.1.1'])
A('洛阳对风投、创投机构搞科技创业投资有扶持吗？要满足什么条件才能拿？', 'ly',
  ['第三十五条'], ['注册地在本市境内', '给予资金支持'])
A('洛阳的科技投资风险补偿，具体补哪些机构、哪些业务的亏损？', 'ly',
  ['第三十七条'], ['风险财政有限补偿制度', '知识产权质押贷款'])
A('在洛阳，规模以上企业研发费用占年销售收入要达到多少，才能承担市级科技计划项目？', 'ly',
  ['第七条'], ['达到百分之一'], ['百分之一', '1%', '1％'])
A('洛阳有没有科技保险保费补助？补给谁？', 'ly',
  ['科学技术保险保费补助制度'], ['科学技术保险保费补助制度'])
A('承担财政资助的高风险科研项目最后没完成，承担单位以后还能不能申请财政科技项目？', 'ly',
  ['第二十九条'], ['勤勉尽责义务'], noplace=True)
A('洛阳科研人员弄虚作假被记入科研诚信档案后，多少年内不能申报科技项目？', 'ly',
  ['第四十四条'], ['五年内'], ['五年', '5年'])
A('洛陽市財政用於科學技術經費的增長幅度有什麼要求？', 'ly',
  ['财政用于科学技术经费的增长幅度'], ['高于同级财政经常性收入'])

# ---- 德清县 科技与金融结合示范区 (浙江 湖州, 县) ----
A('德清县每年安排多少钱的科技信贷引导基金？', 'dq',
  ['一是建立科技信贷引导机制'], ['1亿元科技信贷引导基金'], ['1亿元', '一亿元', '1億元', '10000万元'])
A('哪里建了个几百万的风险资金池，让银行放大成几千万给科技企业做信用贷款？池子多大、放大到多少？', 'dq',
  ['二是建立政府资金放大机制'], ['银行配套放大为4000万元'], ['400万元', '400萬元', '四百万元', '4000万元'],
  noplace=True)
A('在德清，一家科技型企业通过风险池最多能拿到多少信用贷款额度？', 'dq',
  ['二是建立政府资金放大机制'], ['最高200万元的信用贷款额度'], ['200万元', '200萬元', '二百万元'])
A('德清的科技银行到去年底对科技企业的贷款余额有多少？', 'dq',
  ['一是建立科技信贷引导机制'], ['贷款余额14.3亿元'], ['14.3亿元', '14.3億元'])
A('德清县2014年拿到了哪些称号？', 'dq',
  ['2014年,该县被评为'], ['国家知识产权强县工程示范县'])

# ================= topic C: 基础设施 REITs / 地方政府债券 =================
# ---- 成都市 促进基础设施REITs发展的十条措施 ----
A('成都对成功发行基础设施REITs的原始权益人怎么补助？按什么比例、上限多少？', 'cd',
  ['二、加大财政税收政策支持REITs发展力度'], ['单户补助最高不超过500万元'], ['0.5%', '500万元', '0.5％', '千分之五'])
A('成都REITs的专项计划管理人能拿多少补助？', 'cd',
  ['二、加大财政税收政策支持REITs发展力度'], ['单户补助最高不超过50万元'], ['50万元', '0.05%', '50萬元', '五十万元'])
A('成都市促进REITs发展十条措施的文号是多少？', 'cd',
  ['成发改投资〔2024〕24号'], ['成发改投资〔2024〕24号'],
  ['成发改投资〔2024〕24号', '成发改投资(2024)24号', '成发改投资[2024]24号', '成發改投資〔2024〕24號'])
A('成都的基础设施REITs项目要被推荐到国家发改委，得先满足什么？', 'cd',
  ['一、建立基础设施REITs项目储备库'], ['未入库项目不予推荐'])
A('发行基础设施REITs成功后，原始权益人按融资规模申请一次性激励补助，单户封顶多少？', 'cd',
  ['二、加大财政税收政策支持REITs发展力度'], ['单户补助最高不超过500万元'], ['500万元', '500萬元', '五百万元'],
  noplace=True)

# ---- 西安高新区 高科产业园REITs 获国家发改委推荐 (陕西, 开发区) ----
A('西安高新区高科产业园REITs项目的原始权益人是谁？底层资产有几栋楼？', 'xa',
  ['西安高新区高科产业园项目位于'], ['原始权益人为西安高科集团'], ['13栋', '十三栋', '13棟'])
A('西安高科产业园REITs的底层资产建筑面积多大？评估净值多少？', 'xa',
  ['西安高新区高科产业园项目位于'], ['评估净值13.6亿元'], ['13.6亿元', '32.5万平方米', '13.6億元'])
A('陕西已经向国家正式报送了几只REITs项目？分别是哪些？', 'xa',
  ['西安高新区高科产业园项目位于'], ['等4只REITs项目'], ['4只', '四只', '4个', '4個'])
A('截至这篇报道，全国一共发行了多少只公募REITs？累计规模多大？', 'xa',
  ['西安高新区高科产业园项目位于'], ['已发行REITs项目73只'], ['73只', '1900亿', '七十三只'], noplace=True)
A('陝西第一單光伏REITs是哪年發行上市的？', 'xa',
  ['西安高新区高科产业园项目位于'], ['已于2023年发行上市'], ['2023年', '2023'])

# ---- 宜春市 2023年第一批地方政府债券 (江西) ----
A('宜春市2023年第一批地方政府债券一共转贷了多少钱？', 'yc',
  ['2023年1月,省财政厅发行并转贷我市'], ['276065万元'], ['276065万元', '27.6065亿元', '276065萬元'])
A('宜春这批债券里专项债券有多少？平均发行利率是多少？', 'yc',
  ['2023年1月,省财政厅发行并转贷我市'], ['专项债券123065万元'], ['123065万元', '3.00%', '12.3065亿元', '123065萬元'])
A('宜春第一批债券里的一般债券平均利率多少？', 'yc',
  ['2023年1月,省财政厅发行并转贷我市'], ['一般债券153000万元'], ['2.98%', '2.98％'])
A('宜春这批债券市本级分到多少？县市区合计多少？', 'yc',
  ['2023年1月,省财政厅发行并转贷我市'], ['市本级32800万元'], ['32800万元', '243265万元', '3.28亿元', '32800萬元'])

# ---- 涞水县 政府专项债券项目谋划储备工作调度会 (河北 保定, 县) ----
A('涞水县的政府专项债券项目谋划储备调度会是哪天开的？谁出席了？', 'ls',
  ['我县召开政府专项债券项目谋划储备工作调度会'], ['县委书记黄伟'], ['3月9日', '3月9號'])
A('涞水县委书记在专项债券调度会上强调要坚持什么发展理念？', 'ls',
  ['我县召开政府专项债券项目谋划储备工作调度会'], ['项目为王'])
A('涞水县对专项债券项目储备提了什么要求？要做到什么程度？', 'ls',
  ['我县召开政府专项债券项目谋划储备工作调度会'], ['应入尽入'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbour of a library place --
N('烟台市对供应链票据签发量大的核心企业奖励多少？', {'ALL': ['烟台', '煙台']}, 'place')
N('日照市商业汇票签发奖励单户最高多少钱？', {'ALL': ['日照']}, 'place')
N('湖北省每年安排多少再贴现额度支持供应链票据贴现？', {'ALL': ['湖北']}, 'place')
N('重庆两江新区科创企业投贷联动试点的指导意见文号是什么？', {'ALL': ['重庆', '重慶', '两江', '兩江']}, 'place')
N('杭州天使投资风险补偿按投资损失的多少比例补？', {'ALL': ['杭州']}, 'place')
N('深圳对天使投资失败项目单个最多补多少？', {'ALL': ['深圳']}, 'place')
N('开封市科学技术进步条例是什么时候施行的？', {'ALL': ['开封', '開封']}, 'place')
N('安吉县科技金融风险资金池规模多大？', {'ALL': ['安吉']}, 'place')
N('绵阳市对成功发行REITs的原始权益人补助比例是多少？', {'ALL': ['绵阳', '綿陽']}, 'place')
N('宝鸡高新区有没有产业园REITs项目获得国家发改委推荐？', {'ALL': ['宝鸡', '寶雞']}, 'place')
N('萍乡市2023年第一批地方政府债券一共多少？', {'ALL': ['萍乡', '萍鄉']}, 'place')
N('易县政府专项债券项目谋划储备调度会是哪天开的？', {'ALL': ['易县', '易縣']}, 'place')
N('江苏省对供应链票据平台接入上海票交所的奖励是多少？', {'ALL': ['江苏', '江蘇']}, 'place')
# -- a year the texts do not state --
N('山东2024年的供应链票据签发奖励标准是多少？', {'sd': ['2024']}, 'year')
N('成都2025年对REITs原始权益人的补助申报什么时候截止？', {'cd': ['2025']}, 'year')
N('宜春市2024年第一批地方政府债券有多少？', {'yc': ['2024']}, 'year')
N('涞水县2022年争取到了多少专项债券资金？', {'ls': ['2022']}, 'year')
# -- a figure the texts do not state for that measure --
N('天津投贷联动试点里，银行的贷款损失政府按多少比例补偿？',
  {'tj': ['补偿', '%', '百分之']}, 'figure')
N('上海天使投资风险补偿专项资金总规模有多少亿？', {'sh': ['億元', '亿元']}, 'figure')
N('洛阳的科技投资风险补偿，具体按亏损的百分之几补给金融机构？',
  [('NOFIG', 'ly', '科学技术投资风险财政有限补偿制度')], 'figure')
N('洛阳科技保险保费补助按保费的多少比例补？', [('NOFIG', 'ly', '科学技术保险保费补助制度')], 'figure')
N('洛阳对符合条件的创业投资机构，一家最多给多少万元资金支持？',
  [('NOFIG', 'ly', '投资行为符合条件的创业投资机构')], 'figure')
N('德清县科技金融风险补偿基金对银行的补偿比例是多少？', [('NOFIG', 'dq', '三是建立政府风险补偿机制')], 'figure')
N('成都对REITs的公募基金管理人给多少补助？', {'cd': ['基金管理人']}, 'figure')
N('西安高新区高科产业园REITs最终募集了多少资金？', {'xa': ['募集', '份额']}, 'figure')
N('宜春这批专项债券是几年期的？', {'yc': ['年期', '期限']}, 'figure')
N('湖南把动产抵质押融资纳入风险补偿后，补偿比例是多少？',
  [('NOFIG', 'hn', '一是将动产抵质押融资纳入贷款风险补偿范围')], 'figure')
N('山东对金融机构建设供应链金融平台的奖励具体是多少万元？',
  [('NOFIG', 'sd', '對金融機構建立供應鏈金融平臺的一併給予獎勵')], 'figure')
N('央行规范供应链金融业务的征求意见稿，对供应链信息服务机构的注册资本要求是多少？',
  {'pbc': ['注册资本', '万元', '亿元']}, 'figure')
N('涞水县这次调度会储备了多少个专项债券项目、总金额多少？', {'ls': ['亿元', '万元', '个项目']}, 'figure')
# -- off-topic --
N('青岛个人住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('上海新能源车牌照怎么申请？', {'ALL': ['牌照', '车牌', '車牌']}, 'offtopic')
N('成都个人养老金缴费能抵多少个税？', {'ALL': ['养老金', '養老金']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['意见反馈开始时间'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['金融大街30号'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['意见反馈截止时间为:2025年3月8日'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['青岛']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'qd': ['日照']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2025年03月08日'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2025年3月8日', '2025年3月9日'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='央行的意见反馈截止时间是哪天？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'dq', '1亿元科技信贷引导基金')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(11, dict(ITEMS[11], values=['00万元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(4, dict(ITEMS[4], q=ITEMS[4]['q'] + '（央行）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='qd', anchors=['对供应链票据年度签发量排名前20'],
                                                             markers=['供应链票据年度签发量'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='那个通知的意见最晚什么时候要交？')),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZG_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzg{i:03d}'
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
