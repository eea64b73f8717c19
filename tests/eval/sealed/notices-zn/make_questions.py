#!/usr/bin/env python3
"""Write questions.jsonl for notices-zn, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 购房补贴 / 契税补贴 / 住房消费: 绵阳市 (征求意见稿 news), 蓟州区 (问答), 仙游县, 荆门市 (繁體);
  B 信用村 / 信用户 / 农村信用体系: 柘荣县, 宿迁市, 衡阳县, 神农架林区;
  C 文旅 / 餐饮 / 服务业经营主体 贷款贴息: 云阳县, 三亚市 (繁體), 福建省, 财政部等九部门 (全国).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document (the texts have one paragraph, article, item or
list entry a line; two texts, 仙游 and 衡阳, are stored as one paragraph, so there the clause is that paragraph);
the clause is the union of those lines.
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
    simplified texts, every document asked about.
Set NZN_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'my': 'mianyang-housing-market-measures-draft-consultation-news-2022.txt',
    'jz': 'jizhou-district-new-home-purchase-subsidy-qa-2024.txt',
    'xy': 'xianyou-county-commercial-housing-purchase-subsidy-opinions-news-2015.txt',
    'jm': 'jingmen-deed-tax-and-housing-purchase-subsidy-notice-news.txt',
    'zr': 'zherong-county-first-credit-township-news-2018.txt',
    'sq': 'suqian-rural-credit-system-three-year-action-plan-2023-2025.txt',
    'hy': 'hengyang-county-credit-household-village-township-rating-measures.txt',
    'snj': 'shennongjia-rural-bank-whole-village-credit-news-2021.txt',
    'yy': 'yunyang-county-cultural-tourism-enterprise-loan-interest-subsidy-notice-2022.txt',
    'sy': 'sanya-tourism-enterprise-loan-interest-subsidy-rules-news-2020.txt',
    'fj': 'fujian-province-hard-hit-enterprise-loan-interest-subsidy-news-2020.txt',
    'cn': 'national-service-sector-business-loan-interest-subsidy-plan-2025.txt',
}
TRAD_DOCS = {'jm', 'sy'}
PLACES = {
    'my': ['绵阳', '綿陽'], 'jz': ['蓟州', '薊州'], 'xy': ['仙游', '仙遊'], 'jm': ['荆门', '荊門'],
    'zr': ['柘荣', '柘榮', '黄柏', '黃柏'], 'sq': ['宿迁', '宿遷'], 'hy': ['衡阳', '衡陽'],
    'snj': ['神农架', '神農架'], 'yy': ['云阳', '雲陽'], 'sy': ['三亚', '三亞'], 'fj': ['福建'],
    'cn': ['财政部', '財政部', '九部门', '九部門', '全国', '全國'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米|厘|类|類)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次|类|類)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額綿陽遊農雙職積調貸歸錄'
                 '編內蓋們達統計劃鄉鎮評後數總規購買屬戶薊陽預許層農戶結遞門經濟協議')

EQUIV = {
    '4月29日': ['2022年4月29日', '2022-04-29', '2022.4.29'],
    '200元': ['200块', '二百元'],
    '70万元': ['七十万元', '70萬元'],
    '8条': ['八条', '8條'],
    '3层': ['三层', '3層'],
    '1%': ['百分之一', '1％'],
    '2024年4月15日': ['4月15日', '2024-04-15', '2024.4.15'],
    '2024年3月31日': ['3月31日', '2024-03-31', '一个月'],
    '300元/平方米': ['300元', '每平方米300元', '300元每平方米', '300元/㎡'],
    '600元/平方米': ['600元', '每平方米600元', '600元每平方米', '600元/㎡'],
    '2016年1月1日': ['2016-01-01', '2016.1.1'],
    '100%': ['百分之百', '全额', '100％'],
    '6萬元': ['6万元', '六万元', '60000元'],
    '4萬元': ['4万元', '四万元', '40000元'],
    '2萬元': ['2万元', '两万元', '二万元'],
    '10月21日': [],
    '50%': ['百分之五十', '一半', '五成', '50％'],
    '20%': ['百分之二十', '两成', '20％'],
    '7.2厘': ['0.72%', '7.2‰'],
    '6.3厘': ['0.63%', '6.3‰'],
    '10月18日': ['2018年10月18日'],
    '100万元': ['一百万元', '100萬元'],
    '2023年11月8日': ['2023-11-08', '2023.11.8'],
    '2024年上半年': ['2024年6月底前'],
    '2023年底前': ['2023年底', '2023年12月31日前'],
    '2025年底': ['2025年末', '2025年'],
    '5万元': ['五万元', '5萬元'],
    '67个': ['67個', '六十七个'],
    '三年': ['3年'],
    '30万元': ['三十万元', '30萬元'],
    '2021年1月1日': ['2021年'],
    '10万元': ['十万元', '10萬元'],
    '渝文旅发〔2022〕45号': ['渝文旅发(2022)45号', '渝文旅发[2022]45号', '渝文旅發〔2022〕45號'],
    '六類': ['六类', '6类', '6類'],
    '五類': ['五类', '5类', '5類'],
    '30%': ['百分之三十', '三成', '30％'],
    '6月30日': ['2020年6月30日'],
    '0.5个百分点': ['0.5%', '百分之零点五', '0.5個百分點'],
    '1000万元': ['一千万元', '1000萬元'],
    '六部门': ['6个部门', '六個部門', '6部门'],
    '100个基点': ['1个百分点', '100BP', '100bp'],
    '财金〔2025〕81号': ['财金(2025)81号', '财金[2025]81号', '財金〔2025〕81號'],
    '8类': ['八类', '8類'],
    '2025年8月6日': ['2025-08-06', '2025.8.6'],
    '9个': ['9個', '九个'],
}

# values that the text writes glued to other digits (none here); kept for the same check as notices-r
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


DOC = {'my': '绵阳', 'jz': '蓟州', 'xy': '仙游', 'jm': '荊門', 'zr': '柘荣', 'sq': '宿迁', 'hy': '衡阳',
       'snj': '神农架', 'yy': '云阳', 'sy': '三亞', 'fj': '福建', 'cn': '服务业经营主体'}

# ================= topic A: 购房补贴 / 契税补贴 / 住房消费 =================
# ---- 绵阳市 促进房地产市场平稳健康发展的通知(征求意见稿) news (四川, 市) ----
A('四川绵阳市对生了二孩、三孩的家庭在城区买新房，每平米补多少钱？一户最多补多少？', 'my',
  ['《征求意见稿》提出对多孩家庭实施财政补贴'], ['每平方米200元的财政补贴', '单户财政补贴最高不超过2万元'],
  ['200元', '200块', '二百元', '2万元'])
A('綿陽這次徵求意見稿裡，雙職工家庭公積金貸款最高額度調到多少？', 'my',
  ['《征求意见稿》提出对多孩家庭实施财政补贴'], ['调整至70万元'], ['70万元', '七十万元', '70萬元'])
A('绵阳的房地产新政征求意见，老百姓提意见的截止日期是哪天？', 'my',
  ['按照通知,意见征求时间为'], ['意见征求时间为'], ['4月29日', '2022年4月29日', '2022-04-29', '2022.4.29'])
A('绵阳这份促进房地产市场平稳健康发展的征求意见稿是哪个部门挂出来征求意见的？', 'my',
  ['按照通知,意见征求时间为'], ['绵阳市住房和城乡建设委员会'])
A('这份征求意见稿一共提了几条措施？主要分哪几个方面？', 'my',
  ['可归纳为三个方面的内容'], ['共计8条具体措施'], ['8条', '八条', '8條'], noplace=True)

# ---- 天津蓟州区 新建商品住宅购房补贴 问答 (天津, 区) ----
A('天津蓟州区买新建商品住宅，购房补贴怎么算？最多能拿多少？', 'jz',
  ['1.自2024年3月1日(含当日)至2024年3月31日'], ['总购房款的 1%', '最高不超过 5 万元'],
  ['1%', '百分之一', '1％', '5万元'])
A('蓟州区的购房补贴最晚什么时候要把申请材料交上去？', 'jz',
  ['注:购房补贴申请截止时间为'], ['购房补贴申请截止时间为'],
  ['2024年4月15日', '4月15日', '2024-04-15', '2024.4.15'])
A('蓟州这轮新房购房补贴政策持续多长时间？哪天买的房才算？', 'jz',
  ['答:2024年天津市蓟州区新建商品住宅购房补贴政策持续一个月'], ['持续一个月'],
  ['2024年3月31日', '3月31日', '2024-03-31', '一个月', '2024年3月1日'])
A('我们公司想在蓟州区买几套新建商品住宅，能申请这个购房补贴吗？', 'jz',
  ['2.购房人应为自然人'], ['非自然人购房不在补贴范围'])
A('购房补贴按比例算出来带小数，发钱的时候怎么处理？', 'jz',
  ['1.自2024年3月1日(含当日)至2024年3月31日'], ['小数四舍五入取整数'], noplace=True)

# ---- 仙游县 促进商品房消费提升城市化水平的实施意见(试行) news (福建 莆田, 县) ----
A('仙遊縣買商品住宅，政府每平方米補貼多少錢？', 'xy',
  ['记者昨获悉'], ['按面积给予300元/平方米'],
  ['300元/平方米', '300元', '每平方米300元', '300元每平方米', '300元/㎡'])
A('在仙游县买一套单价一万六一平的商业用房，财政补贴是什么标准？', 'xy',
  ['记者昨获悉'], ['按面积给予600元/平方米'],
  ['600元/平方米', '600元', '每平方米600元', '600元每平方米', '600元/㎡'])
A('仙游这个购房补贴，哪段时间买房的才能补？申请补贴办理到什么时候截止？', 'xy',
  ['记者昨获悉'], ['申请补贴办理时间截至'], ['2016年6月30日', '2016年5月10日'])
A('外地户口的人在仙游买新房，能享受这个财政补贴吗？', 'xy',
  ['记者昨获悉'], ['非仙游户籍的购房者'])
A('仙游县促进商品房消费的实施意见从哪天开始试行？', 'xy',
  ['记者昨获悉'], ['自2016年1月1日起试行'], ['2016年1月1日', '2016-01-01', '2016.1.1'])

# ---- 荆门市 中心城区安居工程有关政策的通知 news (湖北, 市, 繁體) ----
A('荆门中心城区买新房，已经交的契税能补多少？', 'jm',
  ['《通知》明確,實施購房契稅補(bǔ)貼'], ['已繳納契稅金額的100%'], ['100%', '百分之百', '全额', '100％'])
A('全日制硕士研究生在荆门中心城区买新房，每套能拿多少购房补贴？', 'jm',
  ['《通知》明確,實施購房契稅補(bǔ)貼'], ['全日制碩士研究生'], ['6萬元', '6万元', '六万元', '60000元'])
A('户口不在荆门中心城区的家庭到中心城区买新房，有没有补贴？补多少？', 'jm',
  ['同時,實施非中心城區(qū)戶籍家庭購房補(bǔ)貼'], ['一次性補(bǔ)貼4萬元'], ['4萬元', '4万元', '四万元', '40000元'])
A('荆门对二孩家庭买新房给多少补贴？三孩家庭呢？', 'jm',
  ['同時,實施非中心城區(qū)戶籍家庭購房補(bǔ)貼'], ['二孩三孩家庭購房補(bǔ)貼'], ['2萬元', '2万元', '两万元', '二万元', '4萬元'])
A('荆门这几项购房补贴能不能一起享受？领补贴前要先办好哪些手续？', 'jm',
  ['此外,以上購房補(bǔ)貼可以疊加享受'], ['可以疊加享受', '契稅完稅憑證'])
A('荆门中心城区安居工程这套政策是哪个机构出台的？哪天出台的？', 'jm',
  ['央廣網(wǎng)北京10月24日消息'], ['小組辦公室出臺'], ['10月21日'])

# ================= topic B: 信用村 / 信用户 / 农村信用体系 =================
# ---- 柘荣县 首个信用乡 news (福建 宁德, 县) ----
A('福建柘荣县评信用乡要满足什么条件？评信用村又要多少农户是信用户？', 'zr',
  ['据悉,根据《福建农信信用户'], ['行政村被评为信用村', '20%以上的农户'], ['50%', '百分之五十', '一半', '20%'])
A('柘荣黄柏乡评上信用乡以后，农民贷款利率从多少降到多少？', 'zr',
  ['“黄柏乡作为柘荣县第一个信用乡'], ['从9.3厘降至7.2厘'], ['7.2厘', '0.72%', '7.2‰'])
A('黄柏乡里那几个信用村的贷款利率降到了多少？一共有几个信用村？', 'zr',
  ['“黄柏乡作为柘荣县第一个信用乡'], ['降至6.3厘'], ['6.3厘', '0.63%', '6.3‰', '9个'])
A('柘荣县第一个信用乡是哪个乡？哪天授的牌？', 'zr',
  ['10月18日,柘荣县首个'], ['授牌仪式在黄柏乡举行'], ['10月18日', '2018年10月18日'])
A('柘榮黃柏鄉評上信用鄉以後，每年能給農民省下多少利息？', 'zr',
  ['“黄柏乡作为柘荣县第一个信用乡'], ['利息优惠将近100万元'], ['100万元', '一百万元', '100萬元'])

# ---- 宿迁市 深入推进农村信用体系建设三年行动计划(2023-2025年) (江苏, 市) ----
A('宿迁市农村信用体系建设三年行动计划是经哪次会议审议通过的？', 'sq',
  ['已经市政府六届二十九次常务会审议通过'], ['六届二十九次常务会'])
A('宿迁这个农村信用三年行动计划是哪天、由谁印发的？', 'sq',
  ['宿迁市人民政府办公室', '2023年11月8日'], ['宿迁市人民政府办公室'],
  ['2023年11月8日', '2023-11-08', '2023.11.8'])
A('宿迁要求涉农主体的信用档案覆盖率什么时候达到多少？', 'sq',
  ['——建成一个农村信用管理系统'], ['信用档案覆盖率达100%'], ['100%', '百分之百', '全额', '100％', '2024年上半年'])
A('宿迁农村信用体系建设的总目标是到哪一年底基本建成？', 'sq',
  ['以系统建设和信息记录共享为基础'], ['至2025年底'], ['2025年底', '2025年末', '2025年'])
A('江蘇宿遷的涉農信用信息歸集目錄要在什麼時候前編好？', 'sq',
  ['——编制一个涉农信用信息归集目录'], ['涉农信用信息归集基础目录'], ['2023年底前', '2023年底', '2023年12月31日前'])

# ---- 衡阳县 信用户、信用村、信用乡镇评定管理办法 (湖南, 县) ----
A('衡阳县的信用村是怎么评出来的？谁初评、谁最后审核评定？', 'hy',
  ['第四条信用村建设评定由村申请'], ['乡镇“三信”创建办公室初评', '审核评定'])
A('衡阳县信用户评定由谁牵头？农户信用信息通过什么方式采集？', 'hy',
  ['第三条信用户评定由村牵头'], ['信用户评定由村牵头', '入户调查、金融数据归集'])
A('衡阳县的信用评定管理工作归哪个部门负责？', 'hy',
  ['第七条信用评定管理由衡阳县'], ['领导小组办公室负责'])
A('衡阳县评定管理办法里说的“三信”具体指什么？', 'hy',
  ['第二条信用户、信用村、信用乡镇'], ['以下简称“三信”'])
A('“三信”创建是先评信用村还是先评信用户？按什么顺序推进？', 'hy',
  ['第六条信用评定采用定量与定性相结合的方式'], ['先建设信用户、再建设信用村'], noplace=True)

# ---- 神农架农商银行 整村授信 news (湖北, 林区) ----
A('神农架农商银行整村授信，普通农户一般能授信多少？产业大户呢？', 'snj',
  ['“整村授信”由乡镇各村“两委”向农商行推荐授信名单'], ['5万元以下', '5万元至10万元'],
  ['5万元', '五万元', '5萬元', '10万元'])
A('神农架整村授信计划到什么时候覆盖多少个行政村？贷款投放规模多少？', 'snj',
  ['截至日前,神农架农商银行已完成'], ['67个行政村100%全覆盖', '不低于2亿元'], ['67个', '67個', '六十七个', '2亿元'])
A('神农架整村授信的评价结果有效期是多久？', 'snj',
  ['“整村授信”由乡镇各村“两委”向农商行推荐授信名单'], ['三年有效'], ['三年', '3年'])
A('神農架的農戶用整村授信貸款，要不要抵押擔保？', 'snj',
  ['“通过‘整村授信’,让农户不再贷款'], ['无需抵押担保'])
A('整村授信的评价结果能不能在几家银行通用？', 'snj',
  ['“整村授信”由乡镇各村“两委”向农商行推荐授信名单'], ['多行通用'], noplace=True)

# ================= topic C: 文旅 / 餐饮 / 服务业经营主体 贷款贴息 =================
# ---- 云阳县 文化旅游企业贷款贴息申报通知 (重庆, 县) ----
A('重庆云阳县文旅企业贷款贴息按什么标准？一家企业最多贴多少？', 'yy',
  ['(二)贴息标准'], ['贴息金额不超过30万元'], ['30万元', '三十万元', '30萬元', '30%'])
A('云阳县这次贴息，覆盖的是哪段时间产生的贷款利息？', 'yy',
  ['(一)贴息时限'], ['贴息时限'], ['2021年1月1日', '2021年'])
A('我们是云阳县的一家旅行社，2021年营业收入比2019年少了四成，能申请贷款贴息吗？', 'yy',
  ['(二)2021年主营业务收入'], ['下降幅度在50%(含)以上'], ['50%', '百分之五十', '一半', '五成', '50％'])
A('申请文旅企业贷款贴息，对单笔贷款的年利息有什么门槛？', 'yy',
  ['(二)2021年主营业务收入'], ['单笔贷款年利息在10万元'], ['10万元', '十万元', '10萬元'], noplace=True)
A('雲陽縣這次文旅企業貸款貼息申報是根據市裡哪個文件開展的？', 'yy',
  ['根据市文化旅游委、市财政局联合印发的'], ['渝文旅发〔2022〕45号'],
  ['渝文旅发〔2022〕45号', '渝文旅发(2022)45号', '渝文旅发[2022]45号', '渝文旅發〔2022〕45號'])
A('云阳县文旅企业申请贷款贴息要同时满足哪些条件？', 'yy',
  ['(一)在云阳县注册并正常经营', '(二)2021年主营业务收入', '(三)发展前景较好', '(四)信用记录良好'],
  ['具有独立法人资格', '未裁员或少裁员'])

# ---- 三亚市 有效应对疫情支持旅游企业发展贴息政策实施细则 news (海南, 市, 繁體) ----
A('三亚市财政贴息支持哪几类旅游企业？', 'sy',
  ['據了解,此次省財政貼息對象'], ['海鮮餐飲等六類旅游企業'], ['六類', '六类', '6类', '6類'])
A('三亚旅游企业的流动资金贷款，市级贴息按LPR的多少给？改造升级贷款呢？', 'sy',
  ['《細則》明確了貼息標準和期限'], ['(LPR)的30%、20%'], ['30%', '百分之三十', '三成', '30％', '20%'])
A('三亚旅游企业能享受贴息的贷款，要在什么时间段发放？', 'sy',
  ['日前該市發布的《三亞市有效應對疫情'], ['1月1日至6月30日期間發放'], ['6月30日', '2020年6月30日'])
A('三亚的贴息贷款能不能拿去借新还旧？', 'sy',
  ['據了解,此次省財政貼息對象'], ['不能用于置換貸款、借新還舊'])
A('三亚旅游企业除了市里的贴息，还能拿省级贴息吗？省级支持哪几类？', 'sy',
  ['據了解,此次省財政貼息對象'], ['五類旅游企業'], ['五類', '五类', '5类', '5類'])

# ---- 福建省 受疫情影响严重企业贷款贴息 news (福建, 省) ----
A('福建给受疫情影响严重的企业贷款贴息，贴几个百分点？贴多长时间？', 'fj',
  ['近日,福建省财政厅'], ['0.5个百分点贴息支持'], ['0.5个百分点', '0.5%', '百分之零点五', '0.5個百分點'])
A('福建这次贷款贴息覆盖哪些行业的企业？', 'fj',
  ['近日,福建省财政厅'], ['四大类受疫情影响严重的企业'])
A('福建省的优惠利率贷款贴息，单户贷款余额上限是多少？', 'fj',
  ['近日,福建省财政厅'], ['单户余额不超过1000万元'], ['1000万元', '一千万元', '1000萬元'])
A('在福建，行业部门自己统筹预算资金给企业贴息，按什么标准贴？', 'fj',
  ['通知明确,各政策性银行'], ['专项再贷款利率50%'], ['50%', '百分之五十', '一半', '五成', '50％'])
A('福建这份旅企贷款贴息通知是几个部门联合印发的？', 'fj',
  ['近日,福建省财政厅'], ['六部门联合印发通知'], ['六部门', '6个部门', '六個部門', '6部门'])

# ---- 财政部等九部门 服务业经营主体贷款贴息政策实施方案 (全国) ----
A('服务业经营主体贷款贴息政策实施方案是以什么文号印发的？', 'cn',
  ['财金〔2025〕81号'], ['财金〔2025〕81号'],
  ['财金〔2025〕81号', '财金(2025)81号', '财金[2025]81号', '財金〔2025〕81號'], noplace=True)
A('财政部等九部门的服务业贷款贴息方案支持哪些消费领域的经营主体？', 'cn',
  ['(一)支持范围'], ['8类消费领域'], ['8类', '八类', '8類'])
A('财政部牵头的这份服务业经营主体贷款贴息方案是哪天印发的？', 'cn',
  ['2025年8月6日'], ['2025年8月6日'], ['2025年8月6日', '2025-08-06', '2025.8.6'])
A('全国这个服务业经营主体贷款贴息方案是依据哪个文件的要求制定的？', 'cn',
  ['为贯彻落实党中央和国务院关于大力提振消费、全方位扩大国内需求的决策部署,根据'], ['提振消费专项行动方案'])
A('財政部等九部門推出服務業經營主體貸款貼息，想達到什麼目的？', 'cn',
  ['为贯彻落实党中央和国务院关于大力提振消费、全方位扩大国内需求的决策部署,根据'], ['降低服务业经营主体融资成本'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbour of a library place, same topic --
N('德阳市对多孩家庭买新房有什么购房补贴？', {'ALL': ['德阳', '德陽']}, 'place')
N('四川乐山市买新建商品住房能补多少契税？', {'ALL': ['乐山', '樂山']}, 'place')
N('天津宁河区新建商品住宅购房补贴按多少比例给？', {'ALL': ['宁河', '寧河']}, 'place')
N('莆田涵江区买商品住宅每平方米补贴多少？', {'ALL': ['涵江']}, 'place')
N('湖北襄阳市区买新房，契税能补多少？', {'ALL': ['襄阳', '襄陽']}, 'place')
N('福鼎市评上信用村以后贷款利率能降到多少？', {'ALL': ['福鼎']}, 'place')
N('淮安市农村信用体系建设，涉农主体信用档案覆盖率的目标是多少？', {'ALL': ['淮安']}, 'place')
N('衡南县信用村评定由哪个部门审核？', {'ALL': ['衡南']}, 'place')
N('宜昌市整村授信普通农户能授信多少？', {'ALL': ['宜昌']}, 'place')
N('重庆奉节县文旅企业贷款贴息一家最多贴多少？', {'ALL': ['奉节', '奉節']}, 'place')
N('海南陵水县旅游企业流动资金贷款贴息比例是多少？', {'ALL': ['陵水']}, 'place')
N('浙江省对受疫情影响的旅游企业贷款贴息几个百分点？', {'ALL': ['浙江']}, 'place')
# -- a year the texts do not state --
N('蓟州区2023年买新房有没有购房补贴？标准是多少？', {'jz': ['2023']}, 'year')
N('宿迁农村信用体系建设到2026年要达到什么目标？', {'sq': ['2026']}, 'year')
N('仙游县2017年的购房补贴标准是多少？', {'xy': ['2017']}, 'year')
N('云阳县2023年文旅企业贷款贴息每家最多贴多少？', {'yy': ['2023']}, 'year')
N('神农架整村授信到2022年末要完成什么目标？', {'snj': ['2022']}, 'year')
N('三亚2021年还有旅游企业贷款贴息吗？', {'sy': ['2021']}, 'year')
N('三亚旅游企业贷款贴息最长能贴几个月？', [('NOFIG', 'sy', '明確了貼息標準和期限'), {'sy': ['個月', '个月']}], 'figure')
# -- a figure the texts do not state for that measure (or state only for another measure) --
N('绵阳征求意见稿里，新市民买首套房契税补贴多少？', {'my': ['契税', '新市民']}, 'figure')
N('蓟州区这次购房补贴一共安排了多少资金、多少个名额？', {'jz': ['名额', '总额', '资金总', '万元资金']}, 'figure')
N('荆门中心城区购房补贴多长时间能到账？去哪个窗口办？', {'jm': ['到賬', '到账', '窗口']}, 'figure')
N('柘荣县评上信用户的农户能拿到多少授信额度？', {'zr': ['授信', '额度']}, 'figure')
N('宿迁的信用村农户贷款利率能优惠多少？', {'sq': ['利率', '贷款']}, 'figure')
N('衡阳县信用户评上了能授信多少万元？', [('NOFIG', 'hy', '第三条信用户评定由村牵头'), {'hy': ['授信', '万元']}], 'figure')
N('神农架整村授信的贷款利率是多少？', {'snj': ['利率']}, 'figure')
N('云阳县今年文旅企业贷款贴息资金一共安排了多少？', {'yy': ['安排', '总额', '总规模', '资金规模']}, 'figure')
N('三亚旅游企业能拿的省级财政贴息，按LPR的多少比例贴？',
  {'sy': ['省級財政貼息比例', '省財政貼息比例', '省級貼息比例']}, 'figure')
N('福建这个贴息政策，每户企业最多能拿到多少万元的贴息资金？',
  {'fj': ['贴息金额', '最高贴息', '贴息资金']}, 'figure')
N('服务业经营主体贷款贴息方案里，年贴息比例是几个百分点？', {'cn': ['百分点', '%']}, 'figure')
N('财政部等九部门的服务业贷款贴息，单户贷款规模最高能到多少万元？', {'cn': ['万元', '萬元']}, 'figure')
# -- off-topic --
N('荆门市职工医保住院报销比例是多少？', {'ALL': ['医保', '醫保']}, 'offtopic')
N('三亚出租车起步价是多少？', {'ALL': ['出租车', '出租車', '起步价']}, 'offtopic')
N('宿迁市个人所得税专项附加扣除怎么申报？', {'ALL': ['个人所得税', '個人所得稅', '专项附加']}, 'offtopic')


def _first_noplace():
    return next(i for i, it in enumerate(ITEMS) if it.get('noplace'))


MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['每平方米300元的财政补贴'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['完成地上3层后办理预售许可'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['按建筑面积给予每平方米200元的财政补贴'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['绵阳']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'my': ['游仙']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['二百元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['200元', '300元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='绵阳给予每平方米200元的财政补贴吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'fj', '单户余额不超过1000万元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['00元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(_first_noplace(), dict(ITEMS[_first_noplace()],
                                                                            q=ITEMS[_first_noplace()]['q'] + '（绵阳）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='my', anchors=['《征求意见稿》提出对多孩家庭实施财政补贴'],
                                                             markers=['新建商品住房'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='生了二孩、三孩的家庭买新房，每平米补多少钱？')),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZN_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzn{i:03d}'
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
