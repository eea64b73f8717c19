#!/usr/bin/env python3
"""Write questions.jsonl for notices-zm, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 脱贫人口 / 扶贫 小额信贷: 红寺堡区 (宁夏 吴忠), 武隆区 (重庆), 濠江区 (汕头, 问答, 繁體), 佛坪县 (陕西 汉中);
  B 失业保险 稳岗返还: 竹山县 (湖北 十堰, 繁體), 内蒙古自治区 (问答), 广东省 (条例, whole text from GitHub),
    人力资源社会保障部 (失业保险条例修订草案征求意见稿 的说明, 繁體);
  C 巨灾 / 住宅地震 / 农房 / 自然灾害 保险: 遂宁市 (四川), 仁寿县 (四川 眉山), 普安县 (贵州 黔西南, 繁體),
    衡东县 (湖南 衡阳, 繁體).

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
  - 96 items, at least 32 near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts and at least 3 in simplified script about traditional-script texts; every document asked
    about.
Set NZM_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'hsb': 'hongsibu-district-poverty-microcredit-interest-subsidy-notice-2022.txt',
    'wl': 'wulong-district-poverty-microcredit-interest-subsidy-plan-publicity-2024.txt',
    'hj': 'haojiang-district-poverty-microcredit-policy-qa-2016.txt',
    'fp': 'foping-county-poverty-microcredit-news-2025.txt',
    'zs': 'zhushan-county-unemployment-insurance-job-stabilization-refund-guide-2024.txt',
    'nm': 'inner-mongolia-unemployment-insurance-relief-policy-qa-2022.txt',
    'gd': 'guangdong-province-unemployment-insurance-regulation-2022.txt',
    'rs': 'mohrss-unemployment-insurance-regulation-revision-draft-explanation-2017.txt',
    'sn': 'suining-earthquake-catastrophe-housing-insurance-plan-2018.txt',
    'rx': 'renshou-county-earthquake-catastrophe-housing-insurance-plan-2018.txt',
    'pa': 'puan-county-rural-housing-disaster-insurance-news-2015.txt',
    'hd': 'hengdong-county-natural-disaster-public-liability-insurance-plan-2020.txt',
}
TRAD_DOCS = {'hj', 'zs', 'rs', 'pa', 'hd'}
PLACES = {
    'hsb': ['红寺堡', '紅寺堡'], 'wl': ['武隆'], 'hj': ['濠江'], 'fp': ['佛坪'], 'zs': ['竹山'],
    'nm': ['内蒙古', '內蒙古'], 'gd': ['广东', '廣東'],
    'rs': ['人社部', '人力资源社会保障部', '人力資源社會保障部', '人力资源和社会保障部'],
    'sn': ['遂宁', '遂寧'], 'rx': ['仁寿', '仁壽'], 'pa': ['普安'], 'hd': ['衡东', '衡東'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次|元)(?!性)|'
                    r'百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額脫災與穩崗還農壽戶')
# characters that occur only in simplified script (used to count simplified questions on traditional texts)
SIMP_CHARS = set('们与为会这来对时于说国个后点经发现开关长门问间头见车东应办过还进产业资贷额请负责厂场务几区县'
                 '规划补偿专项转审计条台湾万亿费楼书权质担税营当实吗么钱标准认动备宁谁设别决议里邮编兰体岛'
                 '创险奖励构种类数员兼职样该属币贴让从给举征寄号码递毕节云贡献连续满岁龄筹记登证脱灾稳岗农寿户')

EQUIV = {
    '5万元': ['五万元', '5萬元'],
    '5萬元': ['5万元', '五万元'],
    '1300万元': ['1300萬元', '一千三百万元'],
    '1812.86元': [],
    '10天': ['十天'],
    '2022年12月8日': ['2022.12.8', '2022-12-08'],
    '10万元': ['十万元', '10萬元'],
    '4348352.67': ['4348352.67元', '434.84万元'],
    '武隆乡振发〔2024〕15号': ['武隆乡振发(2024)15号', '武隆乡振发[2024]15号'],
    '3年': ['三年'],
    '2024-03-15': ['2024年3月15日', '2024.3.15'],
    '2016-12-08': ['2016年12月8日', '2016.12.8'],
    '606万元': ['606萬元'],
    '514.33万元': ['514.33萬元'],
    '60%': ['60％', '百分之六十'],
    '25個': ['25个', '二十五个'],
    '0719-4225258': ['07194225258'],
    '5.5%': ['5.5％'],
    '90%': ['90％', '百分之九十'],
    '12个月': ['十二个月', '12個月', '1年'],
    '2022年12月31日': ['2022.12.31', '2022-12-31'],
    '2年': ['两年', '二年'],
    '百分之九十': ['90%', '90％'],
    '二十四个月': ['24个月', '24個月', '两年'],
    '百分之十五': ['15%', '15％'],
    '三倍': ['3倍'],
    '二倍以上五倍以下': ['2倍以上5倍以下', '2至5倍', '二至五倍'],
    '2014年7月1日': ['2014.7.1', '2014-07-01'],
    '2017-11-11': ['2017年11月11日', '2017.11.11'],
    '1950年': [],
    '2014年底': ['2014年'],
    '270億元': ['270亿元', '270亿'],
    '17年': ['十七年'],
    '25%': ['25％', '百分之二十五'],
    '七届22次': ['七届二十二次', '第22次'],
    '2018年2月9日': ['2018.2.9', '2018-02-09'],
    '100%': ['100％', '百分之百', '全部参保'],
    '9月28日': [],
    '50%': ['50％', '百分之五十'],
    '8.4元': [],
    '0.84‰': ['千分之0.84', '0.084%'],
    '1年': ['一年', '12个月'],
    '4000元': ['4千元', '四千元'],
    '260473.92元': ['26.05万元'],
    '2元': ['两元', '二元', '2块'],
    '2021年6月30日': ['2021.6.30', '2021-06-30'],
    '746347': ['746347人', '74.63万人'],
}

# values that the text writes as a date directly followed by a clock time ('2016-12-08 12:38'): once whitespace
# is removed the date touches the time's digits, so the clause check of the digit rule is waived for them (an
# answer states the date alone); the value must still occur verbatim in the clause.
GLUED_OK = {'2016-12-08', '2017-11-11'}


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


DOC = {'hsb': '红寺堡', 'wl': '武隆', 'hj': '濠江', 'fp': '佛坪', 'zs': '竹山', 'nm': '内蒙古', 'gd': '广东',
       'rs': '人力資源社會保障部', 'sn': '遂宁', 'rx': '仁寿', 'pa': '普安', 'hd': '衡東'}

# ================= topic A: 脱贫人口 / 扶贫 小额信贷 =================
# ---- 红寺堡区 2022年脱贫人口小额信贷贴息项目公告 (宁夏 吴忠, 区) ----
A('宁夏吴忠红寺堡区的脱贫户办小额信贷，贴息最多按多少贷款额度算？', 'hsb',
  ['贴息额度为每户最高5万元'], ['每户最高5万元'], ['5万元', '五万元', '5萬元'])
A('红寺堡这边小额信贷贴息按什么利率贴？1年期和2年期以上各是多少？', 'hsb',
  ['贴息额度为每户最高5万元'], ['贷款市场报价利率', 'LPR4.35%'], ['3.65%', '4.35%'])
A('红寺堡区2022年一共给多少户兑付了小额信贷贴息，总额是多少？', 'hsb',
  ['贴息额度为每户最高5万元'], ['对7171户脱贫户和监测对象', '贴息资金1300万元'], ['1300万元', '1300萬元', '一千三百万元', '7171户'])
A('紅寺堡區的小額信貸貼息最後打到哪裡？每一級公示要公示幾天？', 'hsb',
  ['贴息额度为每户最高5万元'], ['兑付至户主社保卡', '公示日期均为10天'], ['10天', '十天'])
A('红寺堡区这份贴息项目公告是哪个单位落款的？落款日期是哪天？', 'hsb',
  ['吴忠市红寺堡区乡村振兴局', '2022年12月8日'], ['吴忠市红寺堡区乡村振兴局', '2022年12月8日'],
  ['2022年12月8日', '2022.12.8', '2022-12-08'])
A('有个地方分6批给七千多户脱贫户和监测对象兑付了小额信贷贴息，平均每户贴了多少钱？', 'hsb',
  ['贴息额度为每户最高5万元'], ['户均贴息1812.86元'], ['1812.86元'], noplace=True)

# ---- 武隆区 2023年度脱贫人口小额信贷第二批贴息资金计划公示 (重庆, 区) ----
A('重庆武隆区的脱贫户小额信贷单户最多能贷多少？超过5万的部分还贴息吗？', 'wl',
  ['但单户脱贫人口小额信贷不得超过10万元'], ['不得超过10万元', '5万元以上部分不予贴息'], ['10万元', '十万元', '10萬元'])
A('武隆区2023年度小额信贷第二批贴息资金计划一共下达了多少钱？', 'wl',
  ['下达资总额4348352.67'], ['4348352.67'], ['4348352.67', '4348352.67元', '434.84万元'])
A('武隆这份贴息资金计划公示的发文字号是什么？', 'wl',
  ['武隆乡振发〔2024〕15号'], ['武隆乡振发〔2024〕15号'],
  ['武隆乡振发〔2024〕15号', '武隆乡振发(2024)15号', '武隆乡振发[2024]15号'])
A('武隆區脫貧人口小額信貸的貸款利率按什麼執行？貼息怎麼結算？', 'wl',
  ['执行银行贷款同期同档次基准利率'], ['同期同档次基准利率', '贴息补助按年度进行结算'])
A('脱贫户小额信贷要是追加贷款超过了5万，超出的那部分还给不给贴息、算不算风险补偿？', 'wl',
  ['但单户脱贫人口小额信贷不得超过10万元'], ['5万元以上部分不予贴息', '也不纳入风险补偿范围'], noplace=True)

# ---- 濠江区 扶贫小额信贷政策问答 (广东 汕头, 区, 繁體) ----
A('汕头濠江区的扶贫小额信贷，额度和期限是多少？要抵押吗？', 'hj',
  ['主要是為貧困戶提供5萬元以下'], ['5萬元以下、3年以內', '免擔保免抵押'], ['5萬元', '5万元', '五万元'])
A('濠江区的扶贫小额信贷能不能拿去盖房子、娶媳妇或者还债？', 'hj',
  ['不能用來蓋房子'], ['不能用來蓋房子'])
A('在濠江，什么条件的贫困户才能申请扶贫小额信贷？', 'hj',
  ['已錄入建檔立卡信息系統的貧困戶'], ['發展愿望、生產能力', '都有資格申請貸款'])
A('濠江区这份扶贫小额信贷政策问答是哪个部门发布的？哪天发的？', 'hj',
  ['來源:汕頭市濠江區農林水務局', '2016-12-08 12:38'], ['濠江區農林水務局'], ['2016-12-08', '2016年12月8日', '2016.12.8'])
A('扶贫小额信贷算不算救济款，借了要不要还？', 'hj',
  ['不是。扶貧小額信貸是銀行發放的貸款'], ['是要還的'], noplace=True)

# ---- 佛坪县 小额信贷新闻 (陕西 汉中, 县) ----
A('陕西佛坪县管着多少小额信贷风险补偿金？', 'fp',
  ['管好用好606万元小额信贷风险补偿金'], ['606万元小额信贷风险补偿金'], ['606万元', '606萬元'])
A('佛坪县今年截至5月底新增了多少户、多少金额的脱贫人口小额贷款？', 'fp',
  ['管好用好606万元小额信贷风险补偿金'], ['110户514.33万元'], ['514.33万元', '514.33萬元', '110户'])
A('佛坪县小额信贷说的“5321”是什么意思？每户一年能贷多少？', 'fp',
  ['严格执行“5321”的基本政策'], ['每年贷款额度5万元', '一季度贴息1次'], ['5万元', '五万元', '5萬元'])
A('佛坪縣小額信貸的貼息資金從哪裡出？', 'fp',
  ['严格执行“5321”的基本政策'], ['贴息资金来源为财政衔接资金'])
A('佛坪县小额信贷的贷款对象是哪些人？', 'fp',
  ['严格执行“5321”的基本政策'], ['国家防返贫监测系统'])

# ================= topic B: 失业保险 稳岗返还 =================
# ---- 竹山县 失业保险返还办理指南 (湖北 十堰, 县, 繁體) ----
A('湖北竹山县2024年度稳岗返还，中小微企业和大型企业各返还多少？', 'zs',
  ['中小微企業(yè)按60%返還'], ['按60%返還', '30%返還'], ['60%', '60％', '百分之六十', '30%'])
A('我们公司在竹山县，申请稳岗返还要准备什么材料吗？', 'zs',
  ['免申即享'], ['免申即享'])
A('竹山县稳岗返还要到哪里去办？具体在几楼？', 'zs',
  ['6樓608室'], ['6樓608室'], ['608室'])
A('竹山县稳岗返还办下来要多少个工作日？公示期几天？', 'zs',
  ['工作日(不含公示期)', '公示期5天'], ['不含公示期', '公示期5天'], ['25個', '25个', '二十五个'])
A('竹山县失业保险股的咨询电话是多少？', 'zs',
  ['0719-4225258'], ['0719-4225258'], ['0719-4225258', '07194225258', '15727085008'])
A('竹山县申请稳岗返还，对上年度裁员率有什么要求？', 'zs',
  ['裁員率不高于5.5%'], ['裁員率不高于5.5%'], ['5.5%', '5.5％'])

# ---- 内蒙古 就业政策微课堂 失业保险助企纾困政策问答 (自治区, 问答) ----
A('内蒙古2022年稳岗返还，大型企业和中小微企业各按多少比例返还？', 'nm',
  ['大型企业稳岗返还比例为50%'], ['大型企业稳岗返还比例为50%', '比例为90%'], ['90%', '90％', '百分之九十', '50%'])
A('在内蒙古申请稳岗返还，企业失业保险费要足额缴够多长时间？', 'nm',
  ['(2)参保企业(单位)参加失业保险并足额缴纳'], ['12个月以上'], ['12个月', '十二个月', '12個月', '1年'])
A('內蒙古的穩崗返還需要企業自己申請嗎？要不要交營業執照？', 'nm',
  ['“免申即享”模式'], ['免申即享', '无需上传营业执照'])
A('内蒙古这轮稳岗返还政策执行到什么时候？', 'nm',
  ['政策执行期限至2022年12月31日'], ['2022年12月31日'], ['2022年12月31日', '2022.12.31', '2022-12-31'])
A('内蒙古申领一次性留工培训补助，所在统筹地区的失业保险基金备付期限要求多长？', 'nm',
  ['(1)申领一次性留工培训补助'], ['备付期限应在2年以上'], ['2年', '两年', '二年'])

# ---- 广东省失业保险条例 (省, whole regulation) ----
A('广东失业保险金每月按什么标准发？', 'gd',
  ['第十九条'], ['最低工资标准的百分之九十'], ['百分之九十', '90%', '90％'])
A('在广东交了很多年失业保险，失业保险金最长能领多少个月？', 'gd',
  ['第十七条'], ['最长为二十四个月'], ['二十四个月', '24个月', '24個月', '两年'])
A('广东失业人员领失业金期间能不能领求职补贴？标准多少、最多领多久？', 'gd',
  ['第二十条'], ['平均缴费工资的百分之十五', '最长不超过六个月'], ['百分之十五', '15%', '15％'])
A('廣東女職工領失業金期間生孩子，能一次性多領多少？', 'gd',
  ['第二十一条'], ['失业保险金的三倍'], ['三倍', '3倍'])
A('在广东骗领失业保险待遇，会被罚多少？', 'gd',
  ['第四十一条 以欺诈'], ['二倍以上五倍以下的罚款'], ['二倍以上五倍以下', '2倍以上5倍以下', '2至5倍', '二至五倍'])
A('广东企业一直不裁员、稳定用工，失业保险费率能不能降？', 'gd',
  ['省人民政府建立浮动费率机制'], ['浮动费率机制', '下调费率'])
A('广东省失业保险条例是从哪天开始施行的？', 'gd',
  ['第四十九条'], ['自2014年7月1日起施行'], ['2014年7月1日', '2014.7.1', '2014-07-01'])
A('失业人员在领失业金期间去世了，丧葬补助金和抚恤金各按月平均工资的几倍发？', 'gd',
  ['丧葬补助金按照失业人员死亡时'], ['月平均工资的六倍计发'], ['三倍', '六倍'], noplace=True)

# ---- 人力资源社会保障部 关于失业保险条例修订情况的说明 (征求意见稿, 国家, 繁體) ----
A('人社部关于失业保险条例修订情况的说明是哪天发布的？', 'rs',
  ['2017-11-11 09:12'], ['2017-11-11'], ['2017-11-11', '2017年11月11日', '2017.11.11'])
A('人社部的说明里讲，我国失业保险制度是哪年起步的？现行条例哪年颁布？', 'rs',
  ['我國失業保險制度起步于1950年'], ['起步于1950年失業救濟', '成型于1999年'], ['1950年', '1999年'])
A('人社部说稳岗补贴政策是什么时候推出的？', 'rs',
  ['2014年底推出穩崗補貼政策'], ['2014年底推出穩崗補貼政策'], ['2014年底', '2014年'])
A('人社部这份说明里，应对2008年国际金融危机时失业保险实行了什么政策？', 'rs',
  ['2014年底推出穩崗補貼政策'], ['一緩一減三補貼'])
A('国企改革那几年，失业保险往再就业服务中心调剂了多少钱？保障了多少下岗职工？', 'rs',
  ['2014年底推出穩崗補貼政策'], ['調劑資金270億元', '3000萬下崗職工'], ['270億元', '270亿元', '270亿'], noplace=True)

# ================= topic C: 巨灾 / 住宅地震 / 农房 / 自然灾害 保险 =================
# ---- 遂宁市 城乡居民住宅地震巨灾保险实施方案 (四川, 市) ----
A('四川遂宁的住宅地震巨灾保险，2018年底参保率目标是多少？到2020年呢？', 'sn',
  ['(二)工作目标'], ['参保率达到25%', '力争参保率达到40%以上'], ['25%', '25％', '百分之二十五', '40%'])
A('遂宁这个地震巨灾保险实施方案是市政府哪次常务会议通过的？', 'sn',
  ['市政府七届22次常务会议'], ['市政府七届22次常务会议'], ['七届22次', '七届二十二次', '第22次'])
A('遂宁市住宅地震巨灾保险实施方案是什么时候印发的？', 'sn',
  ['2018年2月9日'], ['2018年2月9日'], ['2018年2月9日', '2018.2.9', '2018-02-09'])
A('遂宁的方案对农村散居五保户、低保对象、贫困残疾人的参保率有什么要求？', 'sn',
  ['(二)工作目标'], ['贫困残疾人100%参保'], ['100%', '100％', '百分之百', '全部参保'])
A('遂寧市住宅地震巨災保險方案是依據哪些上級文件制定的？', 'sn',
  ['按照《中国保监会 财政部关于印发'], ['保监发〔2016〕39号', '川办函〔2017〕97号'])

# ---- 仁寿县 城乡居民住宅地震巨灾保险实施方案 (四川 眉山, 县) ----
A('眉山仁寿县住宅地震巨灾保险坚持哪些原则？', 'rx',
  ['坚持“政府引导、市场运作、自愿参保、财政支持、保障民生”的原则'], ['自愿参保、财政支持', '保障民生'])
A('仁寿县的地震巨灾保险实施方案是依据哪几个上级文件制定的？', 'rx',
  ['为进一步完善我县防灾减灾体系建设'], ['保监会和财政部联合印发', '眉山市人民政府办公室关于印发'])
A('仁寿县这个方案是哪个单位印发的？落款写的是几月几号？', 'rx',
  ['仁寿县人民政府办公室', '年9月28日'], ['仁寿县人民政府办公室'], ['9月28日'])
A('仁壽縣的住宅地震保險要發揮哪幾種機制的作用？', 'rx',
  ['建立政府引导的城乡居民住宅地震巨灾保险制度'], ['风险转移机制', '社会互助机制'])

# ---- 普安县 政策性农房灾害保险新闻 (贵州 黔西南, 县, 繁體) ----
A('贵州普安县的政策性农房保险，保费省、州、县各承担多少比例？', 'pa',
  ['資金配套比例'], ['省級50%', '縣級40%'], ['50%', '50％', '百分之五十', '10%', '40%'])
A('普安县农房保险每户保费一共多少钱？房子全损最高赔多少？', 'pa',
  ['資金配套比例'], ['每戶總計8.4元', '最高賠付10000元'], ['8.4元', '10000元'])
A('普安县农房保险的保险费率是多少？', 'pa',
  ['資金配套比例'], ['保險費率0.84‰'], ['0.84‰', '千分之0.84', '0.084%'])
A('普安县2015年农房保险保多长时间？跟哪家保险公司签的统保协议？', 'pa',
  ['普安縣全縣有7.75萬戶農戶'], ['為期1年', '普安縣支公司'], ['1年', '一年', '12个月'])
A('政策性农房保险里，只算县级出资的那部分，一户房子受损最高能赔多少？', 'pa',
  ['普安縣全縣有7.75萬戶農戶'], ['最高可獲4000元賠付'], ['4000元', '4千元', '四千元'], noplace=True)

# ---- 衡东县 自然灾害公众责任保险实施方案 (湖南 衡阳, 县, 繁體) ----
A('湖南衡东县自然灾害公众责任保险的保费怎么算？钱由谁出？', 'hd',
  ['以每人2元錢的標準計算保險費'], ['每人2元錢的標準', '由縣財政局'], ['2元', '两元', '二元', '2块'])
A('衡东县这个保险以谁为投保人？和哪家保险公司签合同？', 'hd',
  ['以每人2元錢的標準計算保險費'], ['統一投保人', '中華聯合財產保險公司'])
A('衡东县自然灾害公众责任保险保险期从哪天到哪天？', 'hd',
  ['以每人2元錢的標準計算保險費'], ['2021年6月30日止'], ['2021年6月30日', '2021.6.30', '2021-06-30'])
A('衡东县按多少户籍人口投保这份自然灾害保险？', 'hd',
  ['凡衡東縣戶籍人口(746347人)'], ['746347人'], ['746347', '746347人', '74.63万人'])
A('衡东县中小学生放暑假离校溺水，这个保险管不管？', 'hd',
  ['2.中小學生'], ['離校發生的溺亡事故'])

# ================= near misses (doc null) =================
# -- another place's rule: a real sibling county/district/city of a library place, or a neighbouring province --
N('宁夏吴忠同心县2022年脱贫人口小额信贷贴息每户最高多少？', {'ALL': ['同心']}, 'place')
N('重庆丰都县脱贫户小额信贷单户最多能贷多少？', {'ALL': ['丰都', '豐都']}, 'place')
N('汕头潮南区扶贫小额信贷的贷款用途有什么限制？', {'ALL': ['潮南']}, 'place')
N('汉中留坝县的小额信贷风险补偿金有多少？', {'ALL': ['留坝', '留壩']}, 'place')
N('江西于都县脱贫人口小额信贷贴息比例是多少？', {'ALL': ['于都']}, 'place')
N('十堰郧西县稳岗返还的咨询电话是多少？', {'ALL': ['郧西', '鄖西']}, 'place')
N('甘肃省2022年失业保险稳岗返还中小微企业返还比例是多少？', {'ALL': ['甘肃', '甘肅']}, 'place')
N('广西失业保险金按最低工资标准的多少发放？', {'ALL': ['广西', '廣西']}, 'place')
N('河北石家庄市一次性扩岗补助每招一人补多少？', {'ALL': ['石家庄', '石家莊']}, 'place')
N('四川内江市住宅地震巨灾保险2018年底参保率目标是多少？', {'ALL': ['内江', '內江']}, 'place')
N('眉山青神县地震巨灾保险实施方案的文号是多少？', {'ALL': ['青神']}, 'place')
N('黔西南晴隆县农房保险每户保费多少钱？', {'ALL': ['晴隆']}, 'place')
N('衡阳衡山县自然灾害公众责任保险每人保费多少？', {'ALL': ['衡山']}, 'place')
# -- a year the texts do not state --
N('红寺堡区2023年脱贫人口小额信贷贴息兑付了多少户？', {'hsb': ['2023']}, 'year')
N('遂宁市住宅地震巨灾保险到2025年参保率要达到多少？', {'sn': ['2025']}, 'year')
N('内蒙古2023年稳岗返还比例是多少？', {'nm': ['2023']}, 'year')
N('衡东县2022年自然灾害公众责任保险每人保费多少？', {'hd': ['2022']}, 'year')
# -- a figure the texts do not state for that measure --
N('佛坪县脱贫人口小额信贷的贷款利率是多少？', [('NOFIG', 'fp', '重点讲解扶持项目'), {'fp': ['利率为', 'LPR', '%']}],
  'figure')
N('濠江区扶贫小额信贷的县级风险补偿金有多大规模？', {'hj': ['補償金規模', '萬元風險', '補償金為']}, 'figure')
N('武隆区小额信贷风险补偿由政府和银行按什么比例分担？', {'wl': ['分担', '补偿比例', '%']}, 'figure')
N('竹山县稳岗返还每家企业最多能返还多少万元？', {'zs': ['最高', '萬元', '万元']}, 'figure')
N('内蒙古一次性留工培训补助每名参保职工补多少钱？', {'nm': ['元', '每人', '每名']}, 'figure')
N('广东职工个人缴纳失业保险费的费率是多少？', [('NOFIG', 'gd', '职工以本人工资为基数'), {'gd': ['费率为']}],
  'figure')
N('在广东领一次性失业保险金，标准是多少钱？', [('NOFIG', 'gd', '一次性失业保险金标准由省人民政府制定')], 'figure')
N('广东省失业保险条例规定稳岗返还按失业保险费的多少比例返还？', {'gd': ['稳岗', '返还']}, 'figure')
N('人社部统计全国一共发放了多少亿元稳岗补贴？', {'rs': ['發放穩崗補貼', '億元穩崗']}, 'figure')
N('遂宁市住宅地震巨灾保险的保费财政补贴多少比例？', {'sn': ['保费', '保險費', '补贴比例']}, 'figure')
N('仁寿县地震巨灾保险每户保险金额是多少万元？', {'rx': ['保险金额', '万元', '保额']}, 'figure')
N('普安县农户自愿加保的那部分，农户自己要交多少钱？', {'pa': ['自繳', '農戶繳納', '農戶出']}, 'figure')
# -- off-topic --
N('红寺堡区城乡居民医保每年缴费多少？', {'ALL': ['医保', '醫保']}, 'offtopic')
N('遂宁市买新能源汽车有没有购置补贴？', {'ALL': ['新能源汽车', '新能源汽車', '购置补贴', '購置補貼']}, 'offtopic')
N('竹山县个人所得税专项附加扣除怎么申报？', {'ALL': ['个人所得税', '個人所得稅', '专项附加', '專項附加']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['每户最高8万元'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['吴忠市红寺堡区乡村振兴局'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['贴息额度为每户最高5万元、贴息利率为贷款市场报价利率'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['红寺堡']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'hsb': ['同心']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['5萬元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['5万元', '8万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='红寺堡贴息是每户最高5万元吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'fp', '管好用好606万元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['0万元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], q=ITEMS[5]['q'] + '（红寺堡）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='wl', anchors=['但单户脱贫人口小额信贷不得超过10万元'],
                                                             markers=['5万元'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='脱贫户办小额信贷，贴息最多按多少额度算？')),
    'anchor_in_two_lines': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], anchors=['红寺堡区'])),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('hsb', '小额信贷'),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def is_simp(q):
    return sum(c in SIMP_CHARS for c in q) >= 2 and not is_trad(q)


def main():
    m = os.environ.get('NZM_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simp_trad = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzm{i:03d}'
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
        if is_simp(it['q']) and k in TRAD_DOCS:
            n_simp_trad += 1
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
    if n_null < 32:
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 32')
    if n_named < 0.80 * n_answerable:
        errs.append(f'only {n_named} of {n_answerable} answerable questions name the place')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if n_trad_simpl < 3:
        errs.append(f'traditional-script questions on simplified texts: {n_trad_simpl}')
    if n_simp_trad < 3:
        errs.append(f'simplified-script questions on traditional texts: {n_simp_trad}')
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
          n_trad_simpl, 'traditional-script questions on simplified texts;', n_simp_trad,
          'simplified-script questions on traditional texts; per document', dict(per_doc))


if __name__ == '__main__':
    main()
