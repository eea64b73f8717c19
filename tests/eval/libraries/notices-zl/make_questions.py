#!/usr/bin/env python3
"""Write questions.jsonl for notices-zl, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of four different places:
  A 粮食收购 / 农业龙头企业 贷款贴息: 浠水县 (湖北省级贴息 解读), 松阳县 (扶持方案 解读), 延寿县 (農發行 收购贷款, 繁體),
    广东省 (粮食安全保障条例, whole GitHub text);
  B 数字人民币 红包 / 支付便利化: 浦江县 (数字人民币消费红包指南), 甘肃省 (人行 进展), 江西省 (工作方案 印发通知, 繁體),
    青海省 (人行 外卡受理, 繁體);
  C 地方金融 监督管理 条例 / 指引: 重庆市 (条例草案 征求意见), 贵州省 (条例 公告, 繁體), 湖南省 (条例 通过 报道, 繁體),
    内蒙古自治区 (融资担保公司股权管理指引 印发通知).

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
Set NZL_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'xs': 'xishui-county-agri-loan-interest-subsidy-interpretation-2025.txt',
    'sy': 'songyang-county-leading-agri-enterprise-support-plan-interpretation-2023.txt',
    'ys': 'yanshou-county-adbc-corn-purchase-loan-news-2019.txt',
    'gd': 'guangdong-grain-security-regulation-2021.txt',
    'pj': 'pujiang-county-digital-rmb-consumption-red-packet-guide-2023.txt',
    'gs': 'gansu-payment-facilitation-progress-news-2024.txt',
    'jx': 'jiangxi-payment-facilitation-work-plan-2024.txt',
    'qh': 'qinghai-payment-facilitation-foreign-card-news-2024.txt',
    'cq': 'chongqing-local-finance-regulation-draft-consultation-2025.txt',
    'gz': 'guizhou-local-finance-supervision-regulation-2021.txt',
    'hn': 'hunan-local-finance-supervision-regulation-news-2022.txt',
    'nm': 'inner-mongolia-guarantee-company-equity-guideline-2021.txt',
}
TRAD_DOCS = {'ys', 'jx', 'qh', 'gz', 'hn'}
PLACES = {
    'xs': ['浠水', '湖北'], 'sy': ['松阳', '松陽', '丽水', '麗水'], 'ys': ['延寿', '延壽'], 'gd': ['广东', '廣東'],
    'pj': ['浦江'], 'gs': ['甘肃', '甘肅'], 'jx': ['江西'], 'qh': ['青海'],
    'cq': ['重庆', '重慶'], 'gz': ['贵州', '貴州'], 'hn': ['湖南'], 'nm': ['内蒙古', '內蒙古'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|台|亩|畝|吨|噸|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵寄號碼遞畢節雲貢獻連續滿歲齡籌記登證'
                 '謄齊語論壇織處罰聽遷畫輔導據歡財撥週則風範圍銀慶肅籤幾數張領兌換戶網滬農糧購؛')

EQUIV = {
    '1000万元': ['1000萬元', '一千万元'],
    '2%': ['2％', '百分之二'],
    '第四期': ['第4期'],
    '1.3%': ['1.3％', '百分之一点三'],
    '100万元': ['一百万元', '100萬元'],
    '80%': ['80％', '百分之八十', '八成'],
    '浙政办发〔2022〕35号': ['浙政办发(2022)35号', '浙政办发[2022]35号'],
    '3000萬元': ['3000万元', '三千万元', '三千萬元'],
    '永興糧庫': ['永兴粮库'],
    '二万元以上五万元以下': ['2万元以上5万元以下', '2万元至5万元', '二万至五万元'],
    '2009年7月1日': ['2009-07-01', '2009.7.1'],
    '2021年9月29日': ['2021-09-29', '2021.9.29'],
    '五万元以上十万元以下': ['5万元以上10万元以下', '5万元至10万元'],
    '五十万元以上二百万元以下': ['50万元以上200万元以下', '50万元至200万元'],
    '3 月 31 日': ['3月31日', '2023年3月31日'],
    '7 天': ['7天', '七天'],
    '98%': ['98％', '百分之九十八'],
    '4300台': ['4300臺'],
    '15万个': ['15萬個', '十五万个', '近15万'],
    '6000余户': ['6000餘戶', '6000多户'],
    '2893家': [],
    '100%': ['100％', '百分之百'],
    '贛府廳字〔2024〕22號': ['赣府厅字〔2024〕22号', '赣府厅字(2024)22号', '赣府厅字[2024]22号'],
    '景德鎮市': ['景德镇', '南昌'],
    '2024年5月25日': ['2024-05-25', '2024.5.25'],
    '169家': [],
    '56%': ['56％'],
    '99%': ['99％'],
    '17家': ['十七家'],
    '2025年8月30日': ['2025-08-30', '2025.8.30'],
    'cqrdfzgw@163.com': [],
    '第十七次': ['第17次'],
    '七章': ['7章'],
    '2022年1月1日': ['2022-01-01', '2022.1.1'],
    '第19號': ['第19号', '2021第19号'],
    '六章': ['6章'],
    '2022年10月1日': ['2022-10-01', '2022.10.1'],
    '6項': ['6项', '六项', '六項'],
    '第三十二次': ['第32次'],
    '内金监发〔2021〕  82 号': ['内金监发〔2021〕82号', '内金监发(2021)82号', '内金监发[2021]82号'],
    '2021年12月18日': ['2021-12-18', '2021.12.18'],
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


DOC = {'xs': '新型农业经营主体', 'sy': '松阳', 'ys': '延壽', 'gd': '广东', 'pj': '消费红包', 'gs': '甘肃',
       'jx': '江西', 'qh': '青海', 'cq': '重庆', 'gz': '貴州', 'hn': '湖南', 'nm': '内蒙古'}

# ================= topic A: 粮食收购 / 农业龙头企业 贷款贴息 =================
# ---- 浠水县 股长讲政策: 湖北 新型农业经营主体 省级贷款贴息 解读 (county) ----
A('湖北浠水讲的那个省级贷款贴息，省级龙头企业年贴息率最高多少？一家企业最多能贴多少钱？', 'xs',
  ['省级及以上龙头企业,按不高于年贴息率2%补贴'], ['按不高于年贴息率2%补贴', '单家企业最高贴息1000万元'],
  ['1000万元', '1000萬元', '一千万元', '2%'])
A('我们是浠水的家庭农场，申请省级贷款贴息按什么标准补？', 'xs',
  ['省级及以上龙头企业,按不高于年贴息率2%补贴'], ['直接按2%的年贴息率据实补贴'], ['2%', '2％', '百分之二'])
A('浠水股长讲政策里说，哪些经营主体可以享受湖北省级贷款贴息？', 'xs',
  ['贴息政覆盖面很广'], ['农民合作社(联合社)', '种畜禽场(含个体工商户)'])
A('在浠水申请省级贷款贴息，要准备哪些材料，交给哪个部门？', 'xs',
  ['材料包括申请表'], ['承诺函、贷款征信证明', '注册地县级农业农村部门'])
A('浠水《股长讲政策》讲贷款贴息的是第几期节目？', 'xs',
  ['今天播出第四期'], ['今天播出第四期'], ['第四期', '第4期'])
A('新型农业经营主体的省级贷款贴息材料初审后，通过哪个平台往上报？', 'xs',
  ['材料包括申请表'], ['新型农业经营主体管理平台'], noplace=True)

# ---- 松阳县 扶持农业龙头企业实施方案 解读 (浙江 丽水, county) ----
A('松陽縣農業龍頭企業的貸款貼息，貼息率是多少？最多貼多少？', 'sy',
  ['1.贷款贴息'], ['贴息率为1.3%', '最高不超过50万元'], ['1.3%', '1.3％', '百分之一点三', '50万元'])
A('我们是松阳的市级农业龙头企业，去年贷款总额80万元，能申请贴息吗？', 'sy',
  ['1.贷款贴息'], ['年度贷款总额超过100万元'], ['100万元', '一百万元', '100萬元'])
A('在松阳租厂房的规上龙头企业，连续在库5年以上租金补贴几成？一年最多补多少？', 'sy',
  ['考虑产业园内安全生产'], ['租金补贴80%', '补助金额不超过50万元'], ['80%', '80％', '百分之八十', '八成'])
A('松阳这个龙头企业扶持方案依据的是浙江省哪个文件？文号多少？', 'sy',
  ['为进一步提升我县农业龙头企业经营水平'], ['浙政办发〔2022〕35号'],
  ['浙政办发〔2022〕35号', '浙政办发(2022)35号', '浙政办发[2022]35号'])
A('松阳县扶持农业龙头企业的方案，扶持的是哪一级的龙头企业？', 'sy',
  ['(一)扶持对象', '市级以上农业龙头企业。'], ['市级以上农业龙头企业'])
A('今年新认定的龙头企业，从哪天开始能享受贷款贴息？', 'sy',
  ['申请贴息资金的银行贷款应主要用于'], ['以发文之日起可享受贴息政策'], noplace=True)

# ---- 延寿县 农发行 玉米专项收购贷款 (黑龙江 哈尔滨, county, 繁體) ----
A('延寿县农发行给永兴粮库、中实源米业一共投了多少玉米收购贷款？', 'ys',
  ['先後為永興糧庫'], ['3000萬元玉米專項收購貸款'], ['3000萬元', '3000万元', '三千万元', '三千萬元'])
A('黑龙江延寿县农发行支持粮食收购，是怎么兼顾政策性和市场化收购的？', 'ys',
  ['先後為永興糧庫'], ['雙輪驅動', '全力做好市場化收購'])
A('延寿县农发行今年对水稻执行的是什么收购政策？', 'ys',
  ['先後為永興糧庫'], ['執行最低價收購政策'])
A('延寿县是哪个粮库在忙着收农民的玉米？', 'ys',
  ['連日來'], ['延壽縣永興糧庫'], ['永興糧庫', '永兴粮库'])

# ---- 广东省粮食安全保障条例 (province, whole text from LawRefBook/Laws) ----
A('在广东收粮的企业没按规定备案，会被怎么处罚？', 'gd',
  ['第三十六条'], ['处二万元以上五万元以下罚款'], ['二万元以上五万元以下', '2万元以上5万元以下', '2万元至5万元', '二万至五万元'])
A('广东省粮食安全保障条例里的“粮食”具体包括哪些品种？', 'gd',
  ['本条例所称粮食，是指'], ['杂粮及其成品粮'])
A('广东的粮食安全保障条例是从哪天开始施行的？', 'gd',
  ['第四十条'], ['2009年7月1日起施行'], ['2009年7月1日', '2009-07-01', '2009.7.1'])
A('广东粮食安全保障条例最近一次修正是什么时候？是第几次修正？', 'gd',
  ['2021年9月29日 广东省第十三届'], ['第三次修正'], ['2021年9月29日', '2021-09-29', '2021.9.29'])
A('广东承储政府储备粮的企业乱用财政资金、财务制度不健全，罚款多少？', 'gd',
  ['第三十七条'], ['五万元以上十万元以下的罚款'], ['五万元以上十万元以下', '5万元以上10万元以下', '5万元至10万元'])
A('在广东，粮食经营者没有正当理由不承担粮食应急任务，罚多少钱？情节严重的呢？', 'gd',
  ['第三十九条'], ['五十万元以上二百万元以下罚款', '二百万元以上五百万元以下罚款'],
  ['五十万元以上二百万元以下', '50万元以上200万元以下', '50万元至200万元', '二百万元以上五百万元以下'])
A('粮食风险基金按规定可以用在哪些方面？', 'gd',
  ['粮食风险基金按规定用于'], ['种粮直接补贴', '轮换差价补贴'], noplace=True)

# ================= topic B: 数字人民币 红包 / 支付便利化 =================
# ---- 浦江县 预约数字人民币消费红包指南 (浙江 金华, county) ----
A('浦江的数字人民币消费红包哪天截止发放？', 'pj',
  ['一、发放时间'], ['补贴额度申领完即止'], ['3 月 31 日', '3月31日', '2023年3月31日'])
A('浦江这次数字人民币红包有哪几种面值？满多少能减？', 'pj',
  ['二、面值', '三、类型'], ['10 元、20 元、50 元', '满 40 元减 10 元'])
A('浦江的數字人民幣消費券中籤以後，幾天之內要用掉？過期了怎麼辦？', 'pj',
  ['(二)每轮数字人民币消费券有效期'], ['有效期一般为 7 天', '由发券平台收回'], ['7 天', '7天', '七天'])
A('我在浦江开了家实体零售店，想收数字人民币消费券，需要满足什么条件？', 'pj',
  ['(一)数字人民币消费券限在'], ['申领数币码的商家', '有营业执照'])
A('浦江的数字人民币消费红包在哪个平台预约？', 'pj',
  ['》》》预约平台'], ['浙里金消'], ['浙里金消'])
A('数币消费券能不能提现，或者转给家里人用？', 'pj',
  ['(三)数币消费券不可提现'], ['不可转赠、转让他人'], noplace=True)

# ---- 甘肃 人行甘肃省分行 支付便利化 进展 (province) ----
A('甘肃全省重点商户境外银行卡受理覆盖率现在是多少？年初是多少？', 'gs',
  ['9月19日,记者从人民银行甘肃省分行获悉'], ['由年初的5.1%提高至98%'], ['98%', '98％', '百分之九十八', '5.1%'])
A('甘肃全国性银行支持外卡取现的ATM有多少台？', 'gs',
  ['从外卡受理方面看'], ['ATM共有4300台'], ['4300台', '4300臺'])
A('甘肅給出租車、個體工商戶投放了多少個零錢包？', 'gs',
  ['从外卡受理方面看'], ['近15万个'], ['15万个', '15萬個', '十五万个', '近15万'])
A('甘肃能受理境外银行卡的商户有多少户？布了多少POS机？', 'gs',
  ['从外卡受理方面看'], ['境外银行卡商户6000余户', '布放POS机1万余台'], ['6000余户', '6000餘戶', '6000多户'])
A('甘肃有多少家银行网点能提供专人引导和上门服务？', 'gs',
  ['从外卡受理方面看'], ['2893家银行网点'], ['2893家'])
A('手机银行App的适老化改造完成率是多少？', 'gs',
  ['从外卡受理方面看'], ['改造完成率100%'], ['100%', '100％', '百分之百'], noplace=True)

# ---- 江西省 优化支付服务提升支付便利性工作方案 (province, 繁體) ----
A('江西省优化支付服务提升支付便利性工作方案的文号是多少？', 'jx',
  ['索??引??號'], ['贛府廳字〔2024〕22號'],
  ['贛府廳字〔2024〕22號', '赣府厅字〔2024〕22号', '赣府厅字(2024)22号', '赣府厅字[2024]22号'])
A('江西这个支付便利性方案把哪几个市定为重点地区？', 'jx',
  ['(一)堅持目標導向'], ['確立南昌市、景德鎮市', '上饒市、贛州市'])
A('江西哪两个市要按全国重点城市的标准推进支付便利工作？', 'jx',
  ['(一)堅持目標導向'], ['按照全國重點城市標準'], ['景德鎮市', '景德镇', '南昌'])
A('江西省政府办公厅印发支付便利性工作方案是哪天？', 'jx',
  ['2024年5月25日'], ['2024年5月25日'], ['2024年5月25日', '2024-05-25', '2024.5.25'])
A('江西的支付便利性方案主要照顾哪些人群？聚焦哪些重点领域？', 'jx',
  ['協同共建立體化工作格局'], ['外籍來贛人員', '賬戶服務、宣傳推廣'])

# ---- 青海 人行青海省分行 境外银行卡受理 (province, 繁體) ----
A('青海人行确定了多少家星级酒店、多少个景区作为外卡受理重点商户？', 'qh',
  ['為改善境外銀行卡受理環'], ['確定169家星級酒店'], ['169家', '39個'])
A('青海重点商户受理境外银行卡的覆盖率到4月21日是多少？年底要到多少？', 'qh',
  ['截至4月21日'], ['從年初的16%提升至56%'], ['56%', '56％', '95%'])
A('青海主要银行机构的ATM有多大比例能用境外银行卡取现？', 'qh',
  ['截至4月21日'], ['99%的ATM機'], ['99%', '99％'])
A('青海优化支付服务的工作思路是什么？一共会同了多少家单位？', 'qh',
  ['大額刷卡'], ['大額刷卡、小額掃碼'], ['17家', '十七家'])
A('青海说的“外卡内绑”是什么意思？', 'qh',
  ['所謂“外卡內(nèi)綁”即'], ['即境外銀行卡綁定支付寶'])

# ================= topic C: 地方金融 监督管理 条例 / 指引 =================
# ---- 重庆市地方金融条例(草案) 征求意见 (municipality, draft) ----
A('重庆市地方金融条例草案征求意见，意见最晚什么时候交？', 'cq',
  ['(以下简称草案)已经市六届人大常委会'], ['请于2025年8月30日前'], ['2025年8月30日', '8月30日', '2025-08-30', '2025.8.30'])
A('对重庆地方金融条例草案有修改意见，发哪个邮箱？信寄到哪里？', 'cq',
  ['(以下简称草案)已经市六届人大常委会', '联系地址'], ['cqrdfzgw', '红锦大道60号'], ['cqrdfzgw@163.com'])
A('重慶地方金融條例草案是市人大常委會第幾次會議審議的？', 'cq',
  ['(以下简称草案)已经市六届人大常委会'], ['第十七次会议审议'], ['第十七次', '第17次'])
A('按重庆地方金融条例草案，地方金融组织包括哪些？', 'cq',
  ['本条例所称地方金融组织,包括'], ['从事权益类和大宗商品类交易', '商业保理公司'])
A('重庆地方金融条例草案一共几章？有没有单独一章讲西部金融中心？', 'cq',
  ['第五章 西部金融中心建设', '第七章 附则'], ['第五章 西部金融中心建设'], ['七章', '7章'])
A('地方金融工作应当遵循哪几项原则？', 'cq',
  ['第三条(工作原则)'], ['防范风险、稳健发展'], noplace=True)

# ---- 贵州省地方金融监督管理条例 (province, 繁體) ----
A('贵州省地方金融监督管理条例从什么时候开始实施？', 'gz',
  ['現予公布'], ['自2022年1月1日起'], ['2022年1月1日', '2022-01-01', '2022.1.1'])
A('贵州地方金融监督管理条例是哪天、第几次常委会会议通过的？', 'gz',
  ['現予公布'], ['已于2021年9月29日'], ['2021年9月29日', '2021-09-29', '2021.9.29', '第二十八次'])
A('贵州这部地方金融条例的人大常委会公告是第几号？', 'gz',
  ['公告2021第19號'], ['公告2021第19號'], ['第19號', '第19号', '2021第19号'])
A('贵州条例所称的地方金融组织都有哪些？', 'gz',
  ['第三條  本條例所稱'], ['區域性股權市場', '典當行'])
A('貴州省地方金融監督管理條例一共分幾章？', 'gz',
  ['第六章  附  則'], ['第六章'], ['六章', '6章'])

# ---- 湖南省地方金融监督管理条例 通过 报道 (province, 繁體) ----
A('湖南省地方金融监督管理条例什么时候开始施行？', 'hn',
  ['7月28日'], ['自2022年10月1日起施行'], ['2022年10月1日', '2022-10-01', '2022.10.1'])
A('湖南的条例规定地方金融组织不能干哪些事？一共几项？', 'hn',
  ['其中,地方金融組織不得從事以下6項活動'], ['不得從事以下6項活動', '變相吸收公眾存款'], ['6項', '6项', '六项', '六項'])
A('湖南地方金融监督管理条例是省人大常委会第几次会议通过的？', 'hn',
  ['7月28日'], ['第三十二次會議通過'], ['第三十二次', '第32次'])
A('湖南条例说的“7+4”类地方金融组织，“7”指的是哪几类？', 'hn',
  ['再次明確了地方金融監'], ['小額貸款公司、融資擔保公司'])

# ---- 内蒙古 融资担保公司股权管理指引 印发通知 (autonomous region) ----
A('内蒙古融资担保公司股权管理指引是哪个文号印发的？', 'nm',
  ['内金监发〔2021〕'], ['内金监发〔2021〕  82 号'],
  ['内金监发〔2021〕  82 号', '内金监发〔2021〕82号', '内金监发(2021)82号', '内金监发[2021]82号'])
A('内蒙古这个股权管理指引里的“监管部门”指哪些机构？', 'nm',
  ['第二条  本指引所称监管部门'], ['旗县级人民政府'])
A('内蒙古融资担保公司股权管理要遵循哪些原则？', 'nm',
  ['第四条  融资担保公司股权管理应当遵循'], ['关系清晰', '公开透明原则'])
A('内蒙古自治区地方金融监督管理局是哪天印发这个股权管理指引的？', 'nm',
  ['2021年12月18日'], ['2021年12月18日'], ['2021年12月18日', '2021-12-18', '2021.12.18'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling county / neighbouring province of a library place --
N('黄冈蕲春县的新型农业经营主体贷款贴息，年贴息率是多少？', {'ALL': ['蕲春', '蘄春']}, 'place')
N('丽水遂昌县扶持农业龙头企业，贷款贴息率是多少？', {'ALL': ['遂昌']}, 'place')
N('哈尔滨方正县农发行今年投放了多少玉米收购贷款？', {'ALL': ['方正']}, 'place')
N('鸡东县农发行准备投放多少秋粮收购贷款？', {'ALL': ['鸡东', '雞東']}, 'place')
N('广西粮食安全保障条例对收购企业不备案怎么罚款？', {'ALL': ['广西', '廣西']}, 'place')
N('义乌市数字人民币消费红包的发放额度是多少？', {'ALL': ['义乌', '義烏']}, 'place')
N('宁夏重点商户境外银行卡受理覆盖率提高到多少了？', {'ALL': ['宁夏', '寧夏']}, 'place')
N('福建省优化支付服务提升支付便利性实施方案的文号是什么？', {'ALL': ['福建']}, 'place')
N('西藏重点商户受理境外银行卡的覆盖率年底目标是多少？', {'ALL': ['西藏']}, 'place')
N('四川省地方金融条例草案征求意见截止到哪天？', {'ALL': ['四川']}, 'place')
N('云南省地方金融监督管理条例什么时候开始施行？', {'ALL': ['云南', '雲南']}, 'place')
N('河南省地方金融监督管理条例规定了哪几项禁止性活动？', {'ALL': ['河南']}, 'place')
N('陕西省融资担保公司股权管理指引的文号是多少？', {'ALL': ['陕西', '陝西']}, 'place')
# -- a year the texts do not state --
N('浦江2024年的数字人民币消费红包什么时候开始发？', {'pj': ['2024']}, 'year')
N('松阳县2025年农业龙头企业的贷款贴息率是多少？', {'sy': ['2025']}, 'year')
N('甘肃2023年末重点商户境外银行卡受理覆盖率是多少？', {'gs': ['2023']}, 'year')
N('青海2025年重点商户境外银行卡受理覆盖率的目标是多少？', {'qh': ['2025']}, 'year')
N('江西省支付便利性工作方案2025年要达到什么目标？', {'jx': ['2025']}, 'year')
# -- a figure the texts do not state for that measure --
N('浠水县财政对省级贷款贴息还额外配套多少？', {'xs': ['配套']}, 'figure')
N('松阳龙头企业的租金补贴，每平方米补多少钱？', {'sy': ['平方米', '每平方']}, 'figure')
N('延寿县农发行这笔玉米收购贷款的年利率是多少？', {'ys': ['利率', '利息']}, 'figure')
N('广东给种粮者的种粮补贴每亩多少钱？', [('NOFIG', 'gd', '给予种粮者种粮补贴')], 'figure')
N('广东省级政府储备粮的规模是多少万吨？', {'gd': ['万吨', '吨']}, 'figure')
N('浦江的数字人民币消费券每人最多能领几张？', {'pj': ['每人', '每个', '每位']}, 'figure')
N('甘肃今年底重点商户境外银行卡受理覆盖率的目标是多少？', {'gs': ['目标', '力争', '年底']}, 'figure')
N('江西要求重点商户境外银行卡受理覆盖率达到多少？', {'jx': ['%', '覆蓋率', '覆盖率']}, 'figure')
N('重庆地方金融条例草案对未经批准从事地方金融业务的，罚款多少？', {'cq': ['罚款', '万元']}, 'figure')
N('贵州地方金融监督管理条例对违规的小额贷款公司罚款多少？', {'gz': ['罰款', '罚款', '萬元', '万元']}, 'figure')
N('湖南地方金融组织吸收公众存款的，条例规定罚款多少？', {'hn': ['罰款', '罚款', '萬元', '万元']}, 'figure')
N('内蒙古融资担保公司的主要股东持股比例要达到多少？', [('NOFIG', 'nm', '将股东分为主要股东和')], 'figure')
# -- off-topic --
N('浦江县职工医保报销比例是多少？', {'ALL': ['医保', '醫保']}, 'offtopic')
N('重庆住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['单家企业最高贴息2000万元'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['承诺函、贷款征信证明'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['省级及以上龙头企业,按不高于年贴息率2%补贴'])),
    'probe_present': lambda: ITEMS.__setitem__(-1, dict(ITEMS[-1], probes={'ALL': ['浠水']})),
    'place_without_all_probe': lambda: ITEMS.__setitem__(-1, dict(ITEMS[-1], probes={'xs': ['蕲春']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['1000萬元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['1000万元', '1500万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='浠水是单家企业最高贴息1000万元吗？')),
    'nofig_with_figure': lambda: ITEMS.__setitem__(-1, dict(ITEMS[-1], probes=[('NOFIG', 'gd', '拒不改正的，处二万元')],
                                                            kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['000万元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], q=ITEMS[5]['q'] + '（浠水）')),
    'noplace_marker_in_two_files': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], markers=['贷款'])),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='省级龙头企业年贴息率最高多少？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('gz', '地方金融'),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZL_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzl{i:03d}'
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
