#!/usr/bin/env python3
"""Write questions.jsonl for notices-zi, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by four texts of different places:
  A 住房公积金 贷款 政策调整: 池州市 (通知), 淄博市 (新闻, 繁體), 长治市 (季度额度公告), 莆田市 (新闻);
  B 惠民保 / 城市定制型商业医疗保险: 东营市 (产品评述), 安徽省 皖惠保 (产品介绍), 天津市 (问答),
    浙江省医疗保障条例 (whole regulation, GitHub LawRefBook/Laws);
  C 活体畜禽 / 农机具 / 农业设施 抵押贷款: 湖北省 (试点办法 征求意见稿), 平邑县 (新闻), 南川区 (新闻, 繁體),
    耒阳市 (新闻, county-level city).

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
    simplified texts.
Set NZI_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'ch': 'chizhou-housing-fund-loan-limit-adjustment-notice-2024.txt',
    'zb': 'zibo-housing-fund-loan-multiple-raise-news-2024.txt',
    'cz': 'changzhi-housing-fund-quarterly-loan-cap-notice-2023.txt',
    'pt': 'putian-housing-fund-policy-adjustment-news-2024.txt',
    'dy': 'dongying-huiminbao-2025-product-commentary.txt',
    'ah': 'anhui-wanhuibao-huiminbao-coverage-2024.txt',
    'tj': 'tianjin-huiminbao-coverage-qa.txt',
    'zj': 'zhejiang-province-medical-security-regulation-2021.txt',
    'hb': 'hubei-province-rural-property-mortgage-loan-pilot-measures-draft-consultation-2025.txt',
    'py': 'pingyi-county-livestock-mortgage-loan-news-2025.txt',
    'nc': 'nanchuan-district-live-cattle-mortgage-loan-news.txt',
    'ly': 'leiyang-farm-machinery-mortgage-loan-news.txt',
}
TRAD_DOCS = {'zb', 'nc'}
PLACES = {
    'ch': ['池州'], 'zb': ['淄博'], 'cz': ['长治', '長治'], 'pt': ['莆田'], 'dy': ['东营', '東營'],
    'ah': ['安徽', '皖惠保'], 'tj': ['天津'], 'zj': ['浙江'], 'hb': ['湖北'], 'py': ['平邑'],
    'nc': ['南川'], 'ly': ['耒阳', '耒陽'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|头|頭|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍銀額積療醫繳騙協陽農機雙')

EQUIV = {
    '70万元': ['七十万元', '70萬元'],
    '60万元': ['六十万元', '60萬元'],
    '10万元': ['十万元', '10萬元'],
    '80万元': ['八十万元', '80萬元'],
    '池房金委〔2024〕3号': ['池房金委(2024)3号', '池房金委[2024]3号', '池房金委〔2024〕3號'],
    '20倍': ['二十倍'],
    '2024年8月1日': ['2024.8.1', '2024-08-01'],
    '84.35%': [],
    '〔2023〕17號': ['淄住发〔2023〕17号', '〔2023〕17号', '(2023)17号'],
    '85%': ['百分之八十五'],
    '52万元': ['五十二万元', '52萬元'],
    '78万元': ['七十八万元', '78萬元'],
    '长房金发〔2020〕41号': ['长房金发(2020)41号', '长房金发[2020]41号', '長房金發〔2020〕41號'],
    '80%': ['百分之八十'],
    '50万元': ['五十万元', '50萬元'],
    '90万元': ['九十万元', '90萬元'],
    '2日': ['7月2日'],
    '280万元': ['二百八十万元', '280萬元'],
    '12月31日': ['2024年12月31日'],
    '100%': ['百分之百', '全额'],
    '138元': ['138元/人', '一百三十八元'],
    '1.5万': ['1.5万元', '15000元', '1.5萬'],
    '2.5万元': ['25000元', '2.5萬元'],
    '100岁': ['100歲'],
    '2万元': ['两万元', '2萬元', '20000元'],
    '30%': ['百分之三十'],
    '2021年7月1日': ['2021.7.1', '2021-07-01'],
    '百分之五点五': ['5.5%', '百分之5.5'],
    '百分之二点五': ['2.5%'],
    '二十年': ['20年'],
    '百分之五十': ['50%'],
    '一千元以上一万元以下': ['1000元以上10000元以下', '1000元至1万元', '一千元至一万元'],
    '2025-08-27': ['2025年8月27日', '8月27日'],
    '011043305/2025-27772': [],
    '1.65亿元': ['1.65億元', '16500万元'],
    '96.9萬元': ['96.9万元'],
    '1萬元': ['1万元', '一万元', '一萬元'],
    '8000萬元': ['8000万元', '八千万元'],
    '150頭': ['150头'],
    '2.5萬頭': ['2.5万头', '25000头'],
    '40万元': ['四十万元', '40萬元'],
    '5万元': ['五万元', '5萬元'],
    '100余万元': ['100多万元', '一百余万元'],
}

# values that the text writes directly followed or preceded by digits once whitespace is removed (none here)
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


DOC = {'ch': '池州', 'zb': '淄博', 'cz': '长治', 'pt': '莆田', 'dy': '东营', 'ah': '皖惠保', 'tj': '天津',
       'zj': '浙江', 'hb': '湖北', 'py': '平邑', 'nc': '活牛', 'ly': '耒阳'}

# ================= topic A: 住房公积金 贷款 政策调整 =================
# ---- 池州市 调整住房公积金贷款额度的通知 (安徽, 市) ----
A('池州夫妻俩都在正常缴公积金，现在公积金贷款最多能贷多少？原来是多少？', 'ch',
  ['1、夫妻双方正常缴存住房公积金的'], ['由60万元调高至70万元'], ['70万元', '七十万元', '70萬元'])
A('在池州只有我一个人缴公积金，老婆没缴，最高贷款额度调到多少了？', 'ch',
  ['2、单方正常缴存住房公积金的'], ['由50万元调高至60万元'], ['60万元', '六十万元', '60萬元'])
A('我们家三个孩子，在池州用公积金贷款能比别人多贷多少？买绿色建筑也有吗？', 'ch',
  ['3、对符合绿色建筑'], ['上调10万元'], ['10万元', '十万元', '10萬元'])
A('池州新引进的高层次人才买首套商品房，夫妻都缴公积金的最高能贷多少？', 'ch',
  ['新引进人才、高层次人才'], ['最高贷款额度调高至80万元'], ['80万元', '八十万元', '80萬元'])
A('池州这次调整公积金贷款额度的文件，文号是什么？', 'ch',
  ['文号: 池房金委〔2024〕3号'], ['池房金委〔2024〕3号'],
  ['池房金委〔2024〕3号', '池房金委(2024)3号', '池房金委[2024]3号', '池房金委〔2024〕3號'])
A('池州住房公積金貸款新額度從什麼時候開始執行？以前的規定還算數嗎？', 'ch',
  ['本通知自印发之日起施行'], ['本通知自印发之日起施行', '以本通知为准'])

# ---- 淄博市 上调住房公积金贷款额度计算倍数 (山东, 市, 繁體 news) ----
A('淄博公积金贷款额度的计算倍数从多少倍调到了多少倍？', 'zb',
  ['新京報'], ['按20倍計算', '至20倍'], ['20倍', '二十倍'])
A('淄博上调公积金贷款倍数是从哪天开始执行的？', 'zb',
  ['新京報'], ['自2024年8月1日起'], ['2024年8月1日', '2024.8.1', '2024-08-01', '8月1日'])
A('淄博住房公积金目前的个贷率是多少？', 'zb',
  ['新京報'], ['84.35%'], ['84.35%'])
A('淄博公积金贷款额度跟缴存余额挂钩的规定，是哪个文件？文号多少？', 'zb',
  ['新京報'], ['〔2023〕17號'], ['〔2023〕17號', '淄住发〔2023〕17号', '〔2023〕17号', '(2023)17号'])
A('淄博个贷率高到什么程度时，贷款挂钩倍数只按15倍算？', 'zb',
  ['新京報'], ['按15倍計算'], ['85%', '百分之八十五'])

# ---- 长治市 2023年第四季度 最高贷款额度 (山西, 市) ----
A('长治2023年第四季度，单方正常缴存公积金的职工最高能贷多少？', 'cz',
  ['2023年第三季度末'], ['最高贷款额度52万元'], ['52万元', '五十二万元', '52萬元'])
A('長治雙職工都正常繳公積金，第四季度最高能貸多少？', 'cz',
  ['2023年第三季度末'], ['最高贷款额度78万元'], ['78万元', '七十八万元', '78萬元'])
A('长治公积金这个季度的贷款额度是按哪个文件规定定的？文号是多少？', 'cz',
  ['2023年第三季度末'], ['长房金发〔2020〕41号'],
  ['长房金发〔2020〕41号', '长房金发(2020)41号', '长房金发[2020]41号', '長房金發〔2020〕41號'])
A('长治公积金三季度末的个贷率大概什么水平？', 'cz',
  ['2023年第三季度末'], ['个贷率超过80%'], ['80%', '百分之八十'])

# ---- 莆田市 调整住房公积金政策 (福建, 市, news) ----
A('莆田公积金双方缴存的最高贷款额度提到多少了？', 'pt',
  ['财联社7月4日电'], ['由70万元调整为80万元'], ['80万元', '八十万元', '80萬元'])
A('莆田单方缴存公积金的，最高贷款额度这次变了吗？', 'pt',
  ['财联社7月4日电'], ['50万元维持不变'], ['50万元', '五十万元', '50萬元'])
A('在莆田生了二胎，夫妻俩都缴公积金，最多能贷多少？', 'pt',
  ['财联社7月4日电'], ['即双缴存职工90万元'], ['90万元', '九十万元', '90萬元'])
A('莆田调整住房公积金政策的通知是哪个单位发布的？几号发的？', 'pt',
  ['财联社7月4日电'], ['管理中心2日发布'], ['2日', '7月2日'])

# ================= topic B: 惠民保 / 城市定制型商业医疗保险 =================
# ---- 东营惠民保 2025年度 (山东, 市) ----
A('东营惠民保2025年度最高能保多少钱？', 'dy',
  ['东营惠民保是由市医保局指导'], ['最高保额达280万元'], ['280万元', '二百八十万元', '280萬元'])
A('東營惠民保2025年度的參保期是從什麼時候到什麼時候？', 'dy',
  ['东营惠民保是由市医保局指导'], ['2024年10月10日', '至12月31日'], ['12月31日', '2024年12月31日'])
A('东营惠民保是哪家保险公司承保的？哪个部门指导？', 'dy',
  ['东营惠民保是由市医保局指导'], ['人保财险东营分公司', '由市医保局指导'])
A('东营惠民保对特定肿瘤创新药和罕见病药品分别有多少专项额度？', 'dy',
  ['首先在保障结构上'], ['分别提供50万元和30万元'], ['50万元', '30万元'])
A('东营惠民保医保目录内的费用，医保报完剩下的能赔多少？', 'dy',
  ['首先在保障结构上'], ['剩余部分可100%赔付'], ['100%', '百分之百', '全额'])
A('东营惠民保可以用医保个人账户的钱交保费吗？单位能给员工统一买吗？', 'dy',
  ['从运营模式来看'], ['医保个人账户划扣', '企业团体参保'])
A('东营惠民保2025年度都保哪几块？', 'dy',
  ['东营惠民保是由市医保局指导'], ['门诊特殊病种', '罕见病药品四大板块'])

# ---- 安徽 皖惠保 (省) ----
A('安徽皖惠保每个人保费多少钱？', 'ah',
  ['138元每人'], ['138元每人'], ['138元', '138元/人', '一百三十八元'])
A('皖惠保医保目录内住院自付的部分，免赔额和赔付比例各是多少？', 'ah',
  ['免赔额:1.5万', '赔付比例:70%'], ['免赔额:1.5万'], ['1.5万', '1.5万元', '15000元', '1.5萬', '70%'])
A('皖惠保医保目录外的自费费用，免赔额多少？赔多少比例？', 'ah',
  ['免赔额;2.5万元', '赔付比例:40%'], ['免赔额;2.5万元'], ['2.5万元', '25000元', '2.5萬元', '40%'])
A('安徽惠民保对投保人的年龄、户籍有没有限制？要不要体检？', 'ah',
  ['不限年龄、职业、户籍'], ['不限年龄、职业、户籍', '无需体检'])
A('我有慢性病，能买皖惠保吗？理赔会不会比别人少？', 'ah',
  ['无健康要求'], ['不设置参保人群既往症限制', '无差别赔付'])
A('安徽的惠民保到底是什么性质的保险？', 'ah',
  ['安徽“惠民保”是'], ['定制型补充商业医疗保险'])

# ---- 天津惠民保 问答 (直辖市) ----
A('天津惠民保投保有年龄限制吗？最大多大、最小多大？', 'tj',
  ['2、投保年龄'], ['无年龄限制'], ['100岁', '100歲', '28天'])
A('天津惠民保医保外自费的部分，一年免赔额多少？没有既往症的报销多少？', 'tj',
  ['住院和门诊特殊病医保外自费保障'], ['年度免赔2万元'], ['2万元', '两万元', '2萬元', '20000元', '70%'])
A('天津惠民保买了以后要等多久才生效？', 'tj',
  ['4、等待期'], ['无等待期'])
A('天津惠民保对有既往症的人，医保内自费部分能报多少比例？', 'tj',
  ['住院和门诊特殊病医保内自费保障'], ['既往症人群报销30%'], ['30%', '百分之三十'])
A('惠民保哪五类病不保？', 'tj',
  ['惠民保五种病不保的有'], ['肝肾疾病类', '肺部疾病类'], noplace=True)

# ---- 浙江省医疗保障条例 (省, 地方性法规, whole text) ----
A('浙江省医疗保障条例从哪天开始施行？', 'zj',
  ['第五十九条'], ['自2021年7月1日起施行'], ['2021年7月1日', '2021.7.1', '2021-07-01'])
A('职工医保账户里往年攒下来的钱，能不能拿去交那种不看既往病史的商业健康险保费？', 'zj',
  ['职工基本医疗保险参保人员可以使用个人账户历年结余'], ['个人账户历年结余'], noplace=True)
A('浙江鼓励的那种普惠商业健康保险，对投保人的身体状况能不能设门槛？', 'zj',
  ['第十三条'], ['不设置健康状况、既往病史', '保费与个人疾病风险脱钩'])
A('浙江用人单位给职工交医保，最低按工资总额的多少比例交？', 'zj',
  ['第十九条'], ['百分之五点五'], ['百分之五点五', '5.5%', '百分之5.5'])
A('城乡居民医保的人均筹资标准最低是上一年居民人均可支配收入的多少？个人最少出多少？', 'zj',
  ['第二十二条'], ['百分之二点五'], ['百分之二点五', '2.5%', '三分之一'], noplace=True)
A('在浙江，职工医保交满多少年，退休后就不用再交了？', 'zj',
  ['第二十一条'], ['累计达到二十年的'], ['二十年', '20年'])
A('浙江大病保险的起付标准最高不能超过多少？', 'zj',
  ['大病保险资金起付标准，不高于'], ['百分之五十'], ['百分之五十', '50%'])
A('浙江省醫療保障條例裡，個人協助別人騙取醫保待遇，要罰多少錢？', 'zj',
  ['第五十五条'], ['一千元以上一万元以下罚款'], ['一千元以上一万元以下', '1000元以上10000元以下', '1000元至1万元', '一千元至一万元'])

# ================= topic C: 活体畜禽 / 农机具 / 农业设施 抵押贷款 =================
# ---- 湖北省 农村产权抵(质)押贷款试点办法 征求意见稿 (省, 决策草案) ----
A('湖北省农村产权抵押贷款试点办法的征求意见稿是哪天发的？哪个厅发的？', 'hb',
  ['索引号 011043305/2025-27772', '发布机构 湖北省农业农村厅'], ['发文日期 2025-08-27', '湖北省农业农村厅'],
  ['2025-08-27', '2025年8月27日', '8月27日'])
A('湖北这个农村产权抵质押贷款试点办法草案，索引号是多少？', 'hb',
  ['索引号 011043305/2025-27772'], ['2025-27772'], ['011043305/2025-27772'])
A('农村产权抵押贷款试点办法里说的动产类，都包括哪些东西？', 'hb',
  ['第二条本办法所称农村产权'], ['畜禽水产养殖活体', '农产品存货'], noplace=True)
A('湖北省农村产权抵押贷款试点办法是依据哪些法律法规制定的？', 'hb',
  ['为进一步盘活农村要素资源'], ['《中华人民共和国民法典》', '《不动产登记暂行条例》'])
A('湖北的试点办法里，农民的宅基地和住房能按这个办法拿去抵押吗？', 'hb',
  ['第二条本办法所称农村产权'], ['另行办理'])

# ---- 平邑县 畜禽活体抵押贷款 (山东 临沂, 县) ----
A('平邑县畜禽活体抵押贷款累计放了多少钱？给了几家企业？', 'py',
  ['山东省临沂市平邑县立足'], ['发放贷款1.65亿元'], ['1.65亿元', '1.65億元', '16500万元', '3家'])
A('平邑搞活体抵押贷款，是靠哪几方一起协同的？', 'py',
  ['针对这一痛点,平邑县跳出'], ['四位一体协同机制', '政府+银行+保险+企业'])
A('平邑县是哪个部门牵头给养殖场做备案的？', 'py',
  ['政府端'], ['平邑县畜牧兽医部门牵头'])
A('平邑县政府为活体抵押贷款落实了哪些配套政策？', 'py',
  ['政府端'], ['保费补贴、风险补偿'])
A('臨沂平邑縣的養殖戶以前為什麼用活畜很難貸到款？', 'py',
  ['传统畜牧养殖业因活体资产'], ['确权难、评估难、监管难'])

# ---- 南川区 活体智慧贷 (重庆, 区, 繁體 news) ----
A('重庆南川区第一笔活体智慧贷贷了多少钱？是哪家银行放的？', 'nc',
  ['南川網訊'], ['96.9萬元', '重慶三峽銀行'], ['96.9萬元', '96.9万元'])
A('活体智慧贷每头牛能贷多少钱？牛要满足什么条件？', 'nc',
  ['據介紹'], ['每頭牛可貸1萬元', '安裝監控項圈'], ['1萬元', '1万元', '一万元', '一萬元'], noplace=True)
A('南川区肉牛养殖协会从两家银行分别拿到了多少授信？', 'nc',
  ['前不久,我區成立了肉牛養殖協會'], ['8000萬元、5000萬元'], ['8000萬元', '8000万元', '八千万元', '5000萬元'])
A('南川那位养牛大户这次是拿多少头牛做的抵押？', 'nc',
  ['據介紹'], ['以150頭牛做抵押'], ['150頭', '150头'])
A('南川区一季度牛的存栏量是多少？', 'nc',
  ['據區統計局數據顯示'], ['牛存欄2.5萬頭'], ['2.5萬頭', '2.5万头', '25000头'])

# ---- 耒阳市 农机具抵押贷款 (湖南 衡阳, 县级市) ----
A('耒阳绿联农机合作社用农机具抵押贷到了多少钱？', 'ly',
  ['“我以农机具作抵押'], ['借到了40万元'], ['40万元', '四十万元', '40萬元'])
A('单机价格多少钱以上的农业机械可以去农机部门办批量抵押登记？', 'ly',
  ['去年,衡阳市在耒阳市'], ['单机价格5万元以上'], ['5万元', '五万元', '5萬元'], noplace=True)
A('耒陽哪些農機可以辦農業機械抵押登記？', 'ly',
  ['去年,衡阳市在耒阳市'], ['大中型联合收割机', '高速插秧机'])
A('耒阳邮储银行靠农机具抵押一共放了多少贷款？', 'ly',
  ['目前,中国邮政储蓄银行耒阳市支行'], ['发放贷款100余万元'], ['100余万元', '100多万元', '一百余万元'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbouring place of a library place, same topic --
N('安庆夫妻双方缴存公积金，最高能贷多少？', {'ALL': ['安庆', '安慶']}, 'place')
N('滨州公积金贷款额度计算倍数现在是多少倍？', {'ALL': ['滨州', '濱州']}, 'place')
N('晋城2023年第四季度公积金个人最高贷款额度是多少？', {'ALL': ['晋城', '晉城']}, 'place')
N('泉州多子女家庭公积金贷款额度能上浮多少？', {'ALL': ['泉州']}, 'place')
N('潍坊惠民保今年最高保额是多少？', {'ALL': ['潍坊', '濰坊']}, 'place')
N('九江惠民保每人保费多少钱？', {'ALL': ['九江']}, 'place')
N('河北惠民保有没有等待期？', {'ALL': ['河北']}, 'place')
N('江苏省医疗保障条例什么时候施行？', {'ALL': ['江苏', '江蘇']}, 'place')
N('河南省农村产权抵押贷款试点办法征求意见稿是哪天发布的？', {'ALL': ['河南']}, 'place')
N('临沂费县畜禽活体抵押贷款累计放了多少？', {'ALL': ['费县', '費縣']}, 'place')
N('重庆綦江区活体抵押贷款每头牛能贷多少？', {'ALL': ['綦江']}, 'place')
N('衡阳常宁市农机具抵押贷款对单机价格有什么门槛？', {'ALL': ['常宁', '常寧']}, 'place')
# -- a year the texts do not state --
N('池州2023年夫妻双方缴存公积金最高能贷多少？', {'ch': ['2023']}, 'year')
N('长治2024年第一季度公积金个人最高贷款额度是多少？', {'cz': ['2024', '第一季度']}, 'year')
N('东营惠民保2023年度最高保额是多少？', {'dy': ['2023']}, 'year')
N('皖惠保2025年度每人保费多少？', {'ah': ['2025']}, 'year')
# -- a figure the texts do not state for that measure (or state only for another measure nearby) --
N('池州公积金贷款最长能贷多少年？', {'ch': ['年限', '期限', '30年']}, 'figure')
N('池州用公积金贷款买首套房，首付最低要几成？', {'ch': ['首付']}, 'figure')
N('淄博公积金贷款最高额度是多少万元？', {'zb': ['萬元', '万元']}, 'figure')
N('莆田公积金贷款首付比例最低是多少？', {'pt': ['首付']}, 'figure')
N('东营惠民保每人每年保费多少钱？',
  [('NOFIG', 'dy', '将年保费控制在普惠水平'), {'dy': ['元/人', '元每人']}], 'figure')
N('东营惠民保的免赔额是多少？', {'dy': ['免赔', '免賠']}, 'figure')
N('天津惠民保每年投保截止到什么时候？', {'tj': ['截止', '参保期', '投保期']}, 'figure')
N('浙江职工个人交医保，是按工资的百分之几交？', [('NOFIG', 'zj', '职工按照个人工资收入的国家规定比例缴纳')], 'figure')
N('浙江省医疗保障条例规定的普惠商业健康保险，每人保费是多少？', [('NOFIG', 'zj', '保费与个人疾病风险脱钩')], 'figure')
N('湖北农村产权抵押贷款的抵押率最高多少？贷款期限多长？', {'hb': ['抵押率', '期限', '%']}, 'figure')
N('平邑县对活体抵押贷款给的风险补偿比例是多少？',
  [('NOFIG', 'py', '同时落实保费补贴、风险补偿等配套政策'), {'py': ['补偿比例']}], 'figure')
N('南川活体智慧贷的年利率是多少？', {'nc': ['利率', '利息', '年化']}, 'figure')
N('耒阳农机具抵押贷款的抵押率和贷款期限是多少？', {'ly': ['抵押率', '期限', '利率']}, 'figure')
# -- off-topic --
N('池州买新房有没有契税补贴？', {'ALL': ['契税', '契稅']}, 'offtopic')
N('淄博公租房怎么申请？', {'ALL': ['公租房']}, 'offtopic')
N('耒阳买农机的购置补贴每台补多少？', {'ALL': ['购置补贴', '購置補貼']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['由60万元调高至75万元'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['上调10万元'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['夫妻双方正常缴存住房公积金的,最高贷款额度'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['池州']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'ch': ['安庆']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['70萬元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['70万元', '75万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='池州由60万元调高至70万元了吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'ch', '最高贷款额度由60万元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['0万元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(
        NOPLACE_FIRST, dict(ITEMS[NOPLACE_FIRST], q=ITEMS[NOPLACE_FIRST]['q'] + '（天津）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='cz', anchors=['2023年第三季度末'],
                                                             markers=['住房公积金'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='夫妻俩都缴公积金，现在最多能贷多少？')),
}
NOPLACE_FIRST = next(i for i, it in enumerate(ITEMS) if it['key'] and it['noplace'])


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZI_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzi{i:03d}'
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
    if n_null < 32:
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 32')
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
