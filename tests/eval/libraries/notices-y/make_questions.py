#!/usr/bin/env python3
"""Write questions.jsonl for notices-y, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 林权 / 农村土地经营权 抵押(质押)贷款: 蕉岭县 (风险补偿办法), 本溪市 (实施意见), 长汀县 (繁體, 益林贷 report),
    全国 三部门通知 (解读, published by 广西林业局);
  B 金融机构支持地方经济发展 考核 / 奖励: 达州市 (征求意见稿), 巴林左旗, 淳安县, 宁陕县 (繁體);
  C 融资租赁 补贴 / 奖补 (商业保理 named once): 宁夏 (2020 申报通知), 厦门市 (2019 补助资金), 福建省 (繁體),
    大连市 (扶持办法).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document (the texts have one paragraph, article, item or
list entry a line; 宁陕 is stored as one line); the clause is the union of those lines.
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file (raw and normalised) and occurs in the answering
    clause; 1-2 markers an item; no marker is longer than 14 characters; no question contains a marker of 6 or
    more characters;
  - the first value is an exact substring of the named file and of the answering clause, and occurs there at
    least once not inside a longer number (the scorer's digit rule); every further value is either such a
    substring of the clause too, or is listed in EQUIV as another way of writing the first value;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - place: an answerable item either names the place of its document (an alias in PLACES; for the national
    notice, its issuers) or is marked noplace; a noplace question names no place of any document, and each of
    its markers occurs in exactly one file of the folder (so only one text answers it); at least 80% of
    answerable items name the place;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file),
    after normalisation; kind 'place' items must have an 'ALL' probe (the place asked about is the place of no
    document and is not mentioned in any text); a probe ('NOFIG', key, anchor) asserts that the one sentence
    of that file containing anchor (sentences split at 。；;!?！？ and line ends) states no amount, rate, ratio,
    multiple or count: the measure is named there without a figure;
  - 96 items, at least 30% near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts.
Set NY_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'jl': 'jiaoling-county-land-contract-right-mortgage-loan-risk-compensation-measures-2023.txt',
    'bx': 'benxi-forest-right-mortgage-loan-implementation-opinions-2006.txt',
    'ct': 'changting-county-yilindai-forest-right-income-pledge-loan-report.txt',
    'gx': 'guangxi-forestry-high-quality-finance-notice-interpretation-2025.txt',
    'dz': 'dazhou-fiscal-finance-interaction-plan-draft-consultation-2025.txt',
    'bl': 'balinzuoqi-banner-bank-county-economy-assessment-measures-2024.txt',
    'ca': 'chunan-county-financial-institution-assessment-reward-measures-2020.txt',
    'ns': 'ningshan-county-bank-support-evaluation-incentive-measures-2024.txt',
    'nx': 'ningxia-industrial-enterprise-finance-lease-subsidy-application-notice-2020.txt',
    'xm': 'xiamen-sme-finance-lease-subsidy-fund-application-2019.txt',
    'fj': 'fujian-province-finance-lease-development-opinions-report-2016.txt',
    'dl': 'dalian-finance-lease-enterprise-support-measures-2017.txt',
}
TRAD_DOCS = {'ct', 'ns', 'fj'}
PLACES = {
    'jl': ['蕉岭', '蕉嶺'], 'bx': ['本溪'], 'ct': ['长汀', '長汀'],
    'gx': ['林草局', '人民银行', '三部门', '全国', '全國', '國家林草'],
    'dz': ['达州', '達州'], 'bl': ['巴林左旗'], 'ca': ['淳安'], 'ns': ['宁陕', '寧陜', '寧陝'],
    'nx': ['宁夏', '寧夏', '宁东'], 'xm': ['厦门', '廈門'], 'fj': ['福建'], 'dl': ['大连', '大連'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|分|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額達徵農業設備領')

EQUIV = {
    '蕉府〔2023〕26号': ['蕉府(2023)26号', '蕉府[2023]26号'],
    '2023年10月13日': ['2023.10.13', '2023-10-13', '10月13日'],
    '蕉府〔2018〕18号': ['蕉府(2018)18号', '蕉府[2018]18号'],
    '粤发〔2022〕20号': ['粤发(2022)20号', '粤发[2022]20号'],
    '二○○六年十二月十四日': ['2006年12月14日', '2006-12-14', '2006.12.14', '二〇〇六年十二月十四日'],
    '30倍': ['三十倍'],
    '十年': ['10年'],
    '30%': ['百分之三十', '30％', '三成'],
    '10萬元': ['10万元', '十万元', '10万'],
    '银发〔2025〕170号': ['银发(2025)170号', '银发[2025]170号', '銀發〔2025〕170號'],
    '15条': ['十五条', '15條'],
    '2025年7月14日': ['7月14日', '2025-07-14', '2025.7.14'],
    '7天': ['七天'],
    '100万元': ['一百万元', '100萬元', '100万'],
    '川办发〔2024〕36号': ['川办发(2024)36号', '川办发[2024]36号'],
    '左政办发〔2024〕2号': ['左政办发(2024)2号', '左政办发[2024]2号'],
    '第3次': ['第三次'],
    '20分': ['二十分'],
    '10分': ['十分'],
    '2020年3月18日': ['2020-03-18', '2020.3.18', '3月18日'],
    '杭政办函〔2019〕48号': ['杭政办函(2019)48号', '杭政办函[2019]48号'],
    '2024年1月19日': ['2024-01-19', '2024.1.19', '1月19日'],
    '40分': ['四十分'],
    '2%': ['百分之二', '2％'],
    '300万元': ['三百万元', '300萬元', '300万'],
    '5‰': ['千分之五', '0.5%'],
    '6‰': ['千分之六', '0.6%'],
    '30万元': ['三十万元', '30萬元', '30万'],
    '6月7日': ['2019年6月7日'],
    '30萬元': ['30万元', '三十万元', '30万'],
    '5%': ['百分之五', '5％'],
    '2017年12月30日': ['2017-12-30', '2017.12.30'],
    '辽政办发〔2015〕119号': ['辽政办发(2015)119号', '辽政办发[2015]119号'],
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


DOC = {'jl': '蕉岭', 'bx': '本溪', 'ct': '長汀', 'gx': '林业高质量', 'dz': '达州', 'bl': '巴林左旗', 'ca': '淳安',
       'ns': '寧陜', 'nx': '工业企业融资租赁补贴', 'xm': '厦门', 'fj': '福建省', 'dl': '大连'}

# ================= topic A: 林权 / 农村土地经营权 抵押(质押)贷款 =================
# ---- 蕉岭县 农村土地承包经营权抵押贷款风险补偿暂行办法 (广东 梅州, 县) ----
A('蕉岭县新的农村土地承包经营权抵押贷款风险补偿办法，发文字号是多少？', 'jl',
  ['蕉府〔2023〕26号'], ['蕉府〔2023〕26号'], ['蕉府〔2023〕26号', '蕉府(2023)26号', '蕉府[2023]26号'])
A('梅州蕉岭这个承包地经营权抵押贷款风险补偿办法，是哪天县政府常务会议研究通过的？', 'jl',
  ['业经2023年10月13日县政府常务会议'], ['2023年10月13日'], ['2023年10月13日', '2023.10.13', '2023-10-13', '10月13日'])
A('蕉岭县出了2023年的新办法，2018年印发的那版风险补偿办法还作数吗？', 'jl',
  ['业经2023年10月13日县政府常务会议'], ['蕉府〔2018〕18号', '同时废止'], ['蕉府〔2018〕18号', '蕉府(2018)18号', '蕉府[2018]18号'])
A('在蕉岭县，土地经营权抵押贷款风险补偿的村级基金按什么单位来设？', 'jl',
  ['第二条 建立农村承包土地经营权'], ['以行政村为单位设立'], ['行政村'])
A('蕉岭县承包经营权抵押贷款风险补偿实行的是哪几方签协议的制度？', 'jl',
  ['第二条 建立农村承包土地经营权'], ['村委会三方协议制度'])
A('广东省委关于实施“百县千镇万村高质量发展工程”促进城乡区域协调发展的决定，文号是什么？', 'jl',
  ['第一条 为推进农村土地承包经营权'], ['粤发〔2022〕20号'], ['粤发〔2022〕20号', '粤发(2022)20号', '粤发[2022]20号'],
  noplace=True)

# ---- 本溪市 全面推进林权抵押贷款工作实施意见 (辽宁, 市) ----
A('本溪市转发的全面推进林权抵押贷款工作实施意见，是哪两个单位提出的？', 'bx',
  ['经市政府同意,现将人民银行本溪市中心支行'], ['人民银行本溪市中心支行', '市林业局'])
A('辽宁本溪市政府办公厅是哪天转发林权抵押贷款实施意见的？', 'bx',
  ['二○○六年十二月十四日'], ['二○○六年十二月十四日'],
  ['二○○六年十二月十四日', '2006年12月14日', '2006-12-14', '2006.12.14', '二〇〇六年十二月十四日'])
A('在本溪，什么样的林子、林地可以拿来做林权抵押贷款？', 'bx',
  ['凡取得县级以上人民政府颁发'], ['全国统一样式的《林权证》', '无权属纠纷的商品林'])
A('本溪这边，集体所有的林木资产拿去抵押贷款，要走什么程序？', 'bx',
  ['凡取得县级以上人民政府颁发'], ['村民代表大会通过'])
A('特殊公益林能不能办林权抵押贷款？', 'bx',
  ['凡取得县级以上人民政府颁发'], ['特殊公益林'], noplace=True)

# ---- 长汀县 “益林贷” 林权收益权质押贷款 (福建 龙岩, 县, 繁體) ----
A('长汀县的益林贷，最多能贷到每年林补金额的几倍？', 'ct',
  ['每戶林農'], ['林補(bǔ)金額的30倍'], ['30倍', '三十倍'])
A('福建长汀益林贷的利率比普通贷款便宜多少？', 'ct',
  ['每戶林農'], ['優(yōu)惠30%'], ['30%', '百分之三十', '30％', '三成'])
A('长汀县益林贷是用什么作担保的？要抵押房子吗？', 'ct',
  ['讓溫發(fā)福受益'], ['未來收益作為質(zhì)押'])
A('长汀县益林贷是哪两家单位一起推出的？', 'ct',
  ['讓溫發(fā)福受益'], ['信用合作聯(lián)社', '金融服務(wù)中心'])
A('龙岩长汀那位林农温发福用益林贷贷了多少钱？', 'ct',
  ['10月30日'], ['辦理了10萬元貸款'], ['10萬元', '10万元', '十万元', '10万'])
A('益林贷最长可以贷几年？谁来审批？', 'ct',
  ['每戶林農'], ['最長可達(dá)十年', '信用社審批'], ['十年', '10年'], noplace=True)

# ---- 三部门《关于金融支持林业高质量发展的通知》政策解读 (全国; 广西林业局网站) ----
A('人民银行、金融监管总局和国家林草局联合印发的金融支持林业高质量发展通知，文号是多少？', 'gx',
  ['为全面贯彻落实习近平生态文明思想'], ['银发〔2025〕170号'], ['银发〔2025〕170号', '银发(2025)170号', '银发[2025]170号'])
A('三部门金融支持林业高质量发展的通知一共从几个方面提了多少条措施？', 'gx',
  ['五个方面'], ['五个方面', '提出15条具体措施'], ['15条', '十五条', '15條'])
A('林草局那份金融支持林业的通知，提到综合运用哪些融资方式？', 'gx',
  ['为全面贯彻落实习近平生态文明思想'], ['信贷、担保、股权、债券'])
A('这份支持林业高质量发展的金融通知是哪几个部门联合发的？', 'gx',
  ['为全面贯彻落实习近平生态文明思想'], ['国家林草局联合印发'], noplace=True)
A('全國層面那份金融支持林業高質量發展的通知，五個方面裡第一個方面是什麼？', 'gx',
  ['五个方面'], ['深化集体林权制度改革金融服务'])

# ================= topic B: 金融机构支持地方经济发展 考核 / 奖励 =================
# ---- 达州市 财政金融互动 实施方案 征求意见稿 (四川, 市) ----
A('达州市财政金融互动实施方案征求意见，最晚哪天前要把意见交上去？', 'dz',
  ['请于2025年7月14日前'], ['2025年7月14日前'], ['2025年7月14日', '7月14日', '2025-07-14', '2025.7.14'])
A('达州这次财政金融互动方案公开征求意见，期限是多长？', 'dz',
  ['请于2025年7月14日前'], ['期限确定为7天'], ['7天', '七天'])
A('四川达州财政局收意见的邮箱和电话分别是多少？', 'dz',
  ['2.电子邮箱请发至', '3.联系电话'], ['184347497@qq', '0818-2377270'], ['184347497@qq.com', '0818-2377270'])
A('达州方案对金融业增加值增速排名前三的县（市、区）各奖多少钱？', 'dz',
  ['1.支持地方做大金融产业'], ['第1名100万元', '第2名80万元'], ['100万元', '一百万元', '100萬元', '100万', '80万元', '50万元'])
A('達州這次徵求意見寄信的話，郵編是多少？', 'dz',
  ['1.来信请寄至'], ['邮编635000'], ['635000'])

# ---- 巴林左旗 银行业金融机构支持县域经济发展工作考核办法 (内蒙古 赤峰, 旗) ----
A('巴林左旗银行业金融机构支持县域经济发展工作考核办法的文号是多少？', 'bl',
  ['左政办发〔2024〕2号'], ['左政办发〔2024〕2号'], ['左政办发〔2024〕2号', '左政办发(2024)2号', '左政办发[2024]2号'])
A('巴林左旗这个银行考核办法是旗政府第几次常务会议通过的？', 'bl',
  ['经旗人民政府2024年第3次常务会议'], ['2024年第3次常务会议'], ['第3次', '第三次'])
A('内蒙古巴林左旗考核银行，新增贷款额这项满分几分？排第一以后每名减多少？', 'bl',
  ['1.新增贷款额(20分)'], ['1.新增贷款额(20分)', '依次递减2分'], ['20分', '二十分', '2分'])
A('巴林左旗对银行业金融机构是按年度考评还是按季度？', 'bl',
  ['对银行业金融机构进行定量评估'], ['按年度量化考评'])
A('巴林左旗考核办法适用哪些银行？', 'bl',
  ['巴林左旗域内银行业金融机构'], ['地方性法人银行业金融机构', '股份制商业银行'])

# ---- 淳安县 金融机构支持地方经济及社会发展考评奖励办法(试行) (浙江 杭州, 县) ----
A('淳安县金融机构支持地方经济及社会发展考评奖励办法是哪天印发的？', 'ca',
  ['淳安县人民政府办公室', '2020年3月18日'], ['2020年3月18日'], ['2020年3月18日', '2020-03-18', '2020.3.18', '3月18日'])
A('杭州淳安县：我们是今年新设立的村镇银行，能参加当年的考评吗？', 'ca',
  ['1.本县辖区内的政策性银行'], ['不参与当年考评'])
A('淳安县的银行如果出了重大风险事件，对考评有什么影响？', 'ca',
  ['2.在淳安县内设立的银行业金融机构'], ['取消当年年度考评资格'])
A('淳安县评“支持地方经济发展先进单位”，是看哪几项得分？', 'ca',
  ['(一)支持地方经济发展先进单位'], ['存贷比得分', '三项相加,排序计奖'])
A('淳安這個考評獎勵辦法依據的杭州市文件文號是多少？', 'ca',
  ['根据《杭州市人民政府办公厅转发'], ['杭政办函〔2019〕48号'], ['杭政办函〔2019〕48号', '杭政办函(2019)48号', '杭政办函[2019]48号'])
A('淳安縣金融機構考評按照哪些原則？', 'ca',
  ['按照“公正透明'], ['公正透明、科学评估'])

# ---- 宁陕县 银行业金融机构支持宁陕高质量发展评价激励办法(试行) (陕西 安康, 县, 繁體) ----
A('宁陕县银行业金融机构评价激励办法是哪天出的？', 'ns',
  ['寧陜縣人民政府辦公室'], ['2024年1月19日'], ['2024年1月19日', '2024-01-19', '2024.1.19', '1月19日'])
A('宁陕县考评商业银行，贷款总量指标一共多少分？', 'ns',
  ['寧陜縣人民政府辦公室'], ['(40分)'], ['40分', '四十分'])
A('宁陕对政策性银行评价时，贷款增速占多少分？', 'ns',
  ['寧陜縣人民政府辦公室'], ['貸款增速20分'], ['20分', '二十分'])
A('宁陕县考评里存贷比这一项分值是多少？怎么计分？', 'ns',
  ['寧陜縣人民政府辦公室'], ['存貸比10'], ['10'])
A('陕西宁陕的银行评价激励办法有几个附件？分别是什么？', 'ns',
  ['寧陜縣人民政府辦公室'], ['附件:1.商業(yè)銀行'])

# ================= topic C: 融资租赁 补贴 / 奖补 =================
# ---- 宁夏 2020年度工业企业融资租赁补贴申报通知 (自治区) ----
A('宁夏2020年度工业企业融资租赁补贴，补贴比例是多少？', 'nx',
  ['补贴额度根据融资租赁合同约定的融资租赁额'], ['补贴比例为2%'], ['2%', '百分之二', '2％'])
A('宁夏融资租赁补贴，一家企业一年最多能拿多少？关联企业怎么算？', 'nx',
  ['补贴资金根据财政预算实行总额控制'], ['不超过300万元/年', '关联企业按一户企业计'], ['300万元', '三百万元', '300萬元', '300万'])
A('宁夏这次融资租赁补贴的补贴期是哪段时间？', 'nx',
  ['补贴额度根据融资租赁合同约定的融资租赁额'], ['2019年5月1日', '2020年3月31日'], ['2019年5月1日', '2020年3月31日'])
A('宁夏申报工业企业融资租赁补贴，需要准备哪些材料？', 'nx',
  ['1.补贴资金申请表(盖章);', '2.企业与融资租赁公司签订', '3.租金支付凭证', '4.租赁设备清单;', '5.企业营业执照副本;'],
  ['租金支付凭证', '租赁设备清单'])
A('我们的融资租赁补贴期不够一整年，补贴额怎么折算？', 'nx',
  ['补贴额度根据融资租赁合同约定的融资租赁额'], ['按实际月数/12核算'], noplace=True)
A('寧夏工業企業融資租賃補貼在哪個平台網上申報？', 'nx',
  ['(一)自主申报'], ['宁夏企业公共服务平台'], ['www.smenx.com.cn'])

# ---- 厦门市 2019年度中小企业融资租赁补助资金 (福建, 市) ----
A('厦门2019年中小企业融资租赁补助，租赁公司买设备租给本市中小微企业的，按多少比例奖励？', 'xm',
  ['融资租赁补助资金的支持方式有两种方式'], ['发票金额的5‰'], ['5‰', '千分之五', '0.5%'])
A('厦门融资租赁补助：购入本市产设备开展业务的，单笔最多奖多少？总共最多多少？', 'xm',
  ['融资租赁补助资金的支持方式有两种方式'], ['不超过30万元', '不超过300万元'], ['30万元', '三十万元', '30萬元', '30万', '300万元'])
A('厦门2019年度融资租赁补助资金申报，材料最晚什么时候报？', 'xm',
  ['请符合条件的申报单位于6月7日前'], ['6月7日前'], ['6月7日', '2019年6月7日'])
A('厦门这个融资租赁补助是哪个部门在组织申报？', 'xm',
  ['请符合条件的申报单位于6月7日前'], ['厦门市地方金融监督管理局'])
A('融资租赁公司买本地产的设备出租，奖励比例是千分之几？单一企业总额上限多少？', 'xm',
  ['融资租赁补助资金的支持方式有两种方式'], ['发票金额的6‰'], ['6‰', '千分之六', '0.6%', '300万元'], noplace=True)

# ---- 福建省 关于促进融资租赁业发展的意见 (报道, 繁體) ----
A('福建省促进融资租赁业发展意见里，给中小微企业做融资租赁的风险补偿按多少比例？', 'fj',
  ['對融資租賃公司為我省中小微企業'], ['合同額的5‰'], ['5‰', '千分之五', '0.5%'])
A('福建的融资租赁企业在新三板挂牌，最多能拿多少奖励？', 'fj',
  ['福建省支持融資租賃企業在'], ['不超過30萬元獎勵'], ['30萬元', '30万元', '三十万元', '30万'])
A('福建用融资租赁方式做技改，省级财政按设备投资额的百分之几补助？单个企业上限多少？', 'fj',
  ['對融資租賃公司為我省中小微企業'], ['投資額的5%'], ['5%', '百分之五', '5％', '500萬元'])
A('福建省要把哪几个地方建成融资租赁企业主要集聚地？', 'fj',
  ['福建省日前出臺'], ['福州、廈門、泉州、平潭'])
A('福建允许融资租赁公司兼营什么业务？', 'fj',
  ['福建省將探索融資租賃'], ['商業保理業務'])

# ---- 大连市 促进融资租赁企业发展扶持办法 (辽宁, 市) ----
A('大连市促进融资租赁企业发展扶持办法是哪天印发的？', 'dl',
  ['2017年12月30日'], ['2017年12月30日'], ['2017年12月30日', '2017-12-30', '2017.12.30'])
A('大连的扶持办法里说的融资租赁企业，要满足什么条件？', 'dl',
  ['第二条 本办法所称融资租赁企业'], ['注册地和税管地均属大连市', '首期应缴注册资本金'])
A('大连鼓励融资租赁企业重点做哪几个领域的业务？', 'dl',
  ['(一)重大战略领域', '(二)工业和信息化领域', '(三)基础设施领域', '(四)现代农业领域'],
  ['重大战略领域', '现代农业领域'])
A('大连这个扶持办法依据了辽宁省的哪份文件？', 'dl',
  ['第一条 为扎实推进'], ['辽政办发〔2015〕119号'], ['辽政办发〔2015〕119号', '辽政办发(2015)119号', '辽政办发[2015]119号'])
A('大連融資租賃扶持辦法裡，現代農業領域包括哪些設備？', 'dl',
  ['(四)现代农业领域'], ['农业大型机械'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbouring place of a library place, same topic --
N('梅州平远县农村土地承包经营权抵押贷款风险补偿办法的文号是多少？', {'ALL': ['平远', '平遠']}, 'place')
N('丹东市林权抵押贷款工作实施意见是哪年发的？', {'ALL': ['丹东', '丹東']}, 'place')
N('连城县有没有类似益林贷的林权收益权质押贷款？最多贷多少倍？', {'ALL': ['连城', '連城']}, 'place')
N('三明市林票质押贷款最长能贷几年？', {'ALL': ['三明', '林票']}, 'place')
N('巴中市财政金融互动政策对县（区）金融业增加值排名第一奖多少？', {'ALL': ['巴中']}, 'place')
N('巴林右旗银行业金融机构考核，新增贷款额占多少分？', {'ALL': ['巴林右旗']}, 'place')
N('建德市金融机构支持地方经济考评奖励办法是哪天印发的？', {'ALL': ['建德']}, 'place')
N('石泉县银行业金融机构评价激励办法里贷款总量指标多少分？', {'ALL': ['石泉']}, 'place')
N('赤峰市对银行业金融机构支持地方经济的考核奖励标准是什么？', {'ALL': ['赤峰']}, 'place')
N('甘肃省工业企业融资租赁补贴比例是多少？', {'ALL': ['甘肃', '甘肅']}, 'place')
N('漳州市中小企业融资租赁补助按发票金额的千分之几奖励？', {'ALL': ['漳州']}, 'place')
N('营口市融资租赁企业发展扶持办法对企业注册地有什么要求？', {'ALL': ['营口', '營口']}, 'place')
N('江西省对融资租赁公司服务中小微企业的风险补偿比例是多少？', {'ALL': ['江西']}, 'place')
# -- a year the texts do not state --
N('淳安县2022年金融机构考评奖励办法有什么调整？', {'ca': ['2022']}, 'year')
N('宁夏2021年度工业企业融资租赁补贴比例是多少？', {'nx': ['2021']}, 'year')
N('厦门2020年度中小企业融资租赁补助资金什么时候申报？', {'xm': ['2020']}, 'year')
N('巴林左旗2023年银行考核排名第一的是哪家银行？', {'bl': ['2023']}, 'year')
# -- a figure the texts do not state for that measure (or state only for another measure nearby) --
N('蕉岭县村级基金对抵押贷款本息损失按什么比例补偿？', [('NOFIG', 'jl', '以行政村为单位设立'), {'jl': ['比例', '%']}], 'figure')
N('蕉岭县承包经营权抵押贷款的抵押率最高多少？', {'jl': ['抵押率']}, 'figure')
N('本溪林权抵押贷款的抵押率和贷款期限是多少？', {'bx': ['抵押率', '期限']}, 'figure')
N('长汀县益林贷的年利率具体是百分之几？', {'ct': ['年利率', '年息']}, 'figure')
N('达州方案对银行机构信贷总量排名第一的奖励多少钱？', [('NOFIG', 'dz', '支持做大信贷总量')], 'figure')
N('巴林左旗考核排第一的银行能拿多少奖金？', {'bl': ['万元', '奖励', '奖金']}, 'figure')
N('淳安县支持地方经济发展先进单位每家奖励多少万元？', {'ca': ['万元']}, 'figure')
N('宁陕县普惠小微企业贷款新增这一项占多少分？', {'ns': ['普惠', '小微企業(yè)貸款新增']}, 'figure')
N('宁陕县贷款投向指标一共多少分？', {'ns': ['投向']}, 'figure')
N('宁夏2020年度融资租赁补贴申报截止时间是哪天？', {'nx': ['截止', '前报送', '前提交']}, 'figure')
N('福建省对新设立的融资租赁公司落户补助多少钱？', {'fj': ['落戶', '落户']}, 'figure')
N('大连对新落户的融资租赁企业奖励多少万元？', {'dl': ['万元', '奖励']}, 'figure')
# -- off-topic --
N('淳安县千岛湖景区门票有没有优惠政策？', {'ALL': ['门票', '門票', '景区']}, 'offtopic')
N('大连市住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('宁夏城乡居民养老保险缴费档次有哪些？', {'ALL': ['养老', '養老']}, 'offtopic')

def _set_values(marker, values):
    i = next(i for i, it in enumerate(ITEMS) if marker in it.get('markers', []))
    ITEMS[i] = dict(ITEMS[i], values=values)


MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['蕉府〔2023〕27号'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['蕉府〔2018〕18号'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['以行政村为单位设立的农村承包土地经营权抵押贷款'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['蕉岭']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'jl': ['平远']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['蕉府(2023)26号'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['蕉府〔2023〕26号', '蕉府〔2023〕28号'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='蕉岭县蕉府〔2023〕26号是什么？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'nx', '补贴比例为2%')],
                                                   kind='figure')),
    'value_inside_number': lambda: _set_values('不超过300万元/年', ['00万元']),
    'noplace_names_place': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], q=ITEMS[5]['q'] + '（蕉岭）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='nx', anchors=['补贴资金根据财政预算实行总额控制'],
                                                             markers=['万元'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='新的风险补偿办法发文字号是多少？')),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NY_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f"ny{i:03d}"
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
