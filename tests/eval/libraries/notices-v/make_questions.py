#!/usr/bin/env python3
"""Write questions.jsonl for notices-v, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by four texts of different places:
  A 供应链金融 / 应收账款融资: 宁德市, 四川省, 金溪县 (繁體, news), 重庆市 (繁體, 汽摩 核心企业奖励);
  B 科技金融 (科技贷 贴息 / 担保 / 奖励): 石嘴山市, 北仑区 (宁波), 天津市 (征求意见稿, 繁體), 磐安县 (新闻发布会);
  C 地方金融组织 监管 (融资租赁 / 典当 / 小贷等五类机构): 吉林省, 东莞市, 大连市, 北京市 (解读, 问答).

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
    simplified texts and at least 3 in simplified script about traditional texts, every document asked about.
Set NV_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'nd': 'ningde-receivables-financing-reward-application-notice-2022.txt',
    'sc': 'sichuan-receivables-financing-core-enterprise-award-application-notice-2019.txt',
    'jx': 'jinxi-county-government-procurement-contract-financing-news.txt',
    'cq': 'chongqing-auto-moto-receivables-pledge-core-enterprise-award-2020.txt',
    'sz': 'shizuishan-tech-innovation-loan-interim-measures.txt',
    'bl': 'beilun-district-tech-loan-interest-subsidy-disbursement-notice-2025.txt',
    'tj': 'tianjin-fledgling-enterprise-loan-reward-measures-draft-consultation-2021.txt',
    'pa': 'panan-county-tech-credit-guarantee-loan-rules-press-conference-2024.txt',
    'jl': 'jilin-finance-leasing-company-supervision-rules-2021.txt',
    'dg': 'dongguan-local-finance-organizations-onsite-inspection-notice-2021.txt',
    'dl': 'dalian-pawn-enterprise-annual-review-notice-2025.txt',
    'bj': 'beijing-four-local-finance-guidelines-qa-2020.txt',
}
TRAD_DOCS = {'jx', 'cq', 'tj'}
PLACES = {
    'nd': ['宁德', '寧德'], 'sc': ['四川'], 'jx': ['金溪'], 'cq': ['重庆', '重慶'],
    'sz': ['石嘴山'], 'bl': ['北仑', '北侖'], 'tj': ['天津'], 'pa': ['磐安'],
    'jl': ['吉林'], 'dg': ['东莞', '東莞'], 'dl': ['大连', '大連'], 'bj': ['北京'],
}
DOC = {'nd': '宁德', 'sc': '四川', 'jx': '金溪', 'cq': '重慶', 'sz': '石嘴山', 'bl': '北仑', 'tj': '天津',
       'pa': '磐安', 'jl': '吉林', 'dg': '东莞', 'dl': '大连', 'bj': '北京'}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見號碼遞區畢節雲門貢獻連續萬滿歲齡籌記證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍銀額侖莞連應賬鏈檢審')
# characters that occur only in simplified script
SIMP_CHARS = set('们与为会这来对时于说国个后点经发现开关长门问间头见车东应办过还进产业资贷额请负责厂场务几区县'
                 '规划补偿专项转审计条台湾万亿费楼书权质担税营当实吗么钱标认动备宁谁设别决议里邮编兰体诸岛'
                 '创险奖励构种类数员雇职样该属币贴让从给举征号码递毕节云贡献连续满岁龄筹记证'
                 '处罚听迁画辅导据欢拨则风规范围银链账')

EQUIV = {
    '1%': ['百分之一', '1％'],
    '2022年6月10日': ['6月10日', '2022-06-10', '2022.6.10'],
    '2022年5月7日': ['5月7日', '2022-05-07', '2022.5.7'],
    '5‰': ['千分之五', '0.5%', '5‰'],
    '2家': ['两家', '二家'],
    '2018年': ['2018年度'],
    '6家': ['六家'],
    '4000余萬元': ['4000余万元', '4000多万元', '四千余万元', '4000萬元', '4000万元'],
    '46個': ['46个', '四十六个'],
    '100萬(wàn)元': ['100萬元', '100万元', '一百万元'],
    '兩年': ['两年', '2年', '二年'],
    '4億元': ['4亿元', '四亿元'],
    '2020-08-20': ['2020年8月20日', '2020.8.20', '8月20日'],
    '汽摩': ['汽车摩托车', '汽車摩托車'],
    '宁党办〔2025〕4号': ['宁党办(2025)4号', '宁党办[2025]4号'],
    '2025年3月28日': ['3月28日', '2025-03-28', '2025.3.28'],
    '0574-89384326': ['057489384326', '0574—89384326'],
    '2024年1月1日至2024年12月31日': ['2024年1月1日到2024年12月31日', '2024年全年', '2024年度'],
    '仑政办〔2024〕43号': ['仑政办(2024)43号', '仑政办[2024]43号', '侖政辦〔2024〕43號'],
    '2021年10月29日': ['10月29日', '2021-10-29', '2021.10.29'],
    '022-58832892': ['02258832892', '58832892'],
    'skjjkjjrc@tj.gov.cn': [],
    '022-58832919': ['02258832919', '58832919'],
    '2021年10月21日': ['10月21日', '2021-10-21', '2021.10.21'],
    '800万元': ['八百万元', '800萬元'],
    '50%': ['百分之五十', '一半', '50％'],
    '2024年7月8日': ['7月8日', '2024-07-08', '2024.7.8'],
    '5家': ['五家'],
    '2021年12月31日': ['2021-12-31', '2021.12.31', '12月31日'],
    '银保监发〔2020〕22号': ['银保监发(2020)22号', '银保监发[2020]22号', '銀保監發〔2020〕22號'],
    '18家': ['十八家'],
    '16家': ['十六家'],
    '8家': ['八家'],
    '11月至12月31日': ['2021年11月至12月31日', '11月到12月31日', '11月至12月底'],
    '13家': ['十三家'],
    '2021-11-05': ['2021年11月5日', '2021.11.5', '11月5日'],
    '1/3': ['三分之一', '1／3'],
    '2025年5月30日': ['5月30日', '2025-05-30', '2025.5.30'],
    '6月30日': ['2025年6月30日'],
    '7月1日': ['2025年7月1日'],
    '2020年4月7日': ['4月7日', '2020-04-07', '2020.4.7'],
    '附件1': [],
    '商流通发〔2012〕423号': ['商流通发(2012)423号', '商流通发[2012]423号'],
}

# values that the text writes as a date directly followed by a clock time ('2021-11-05 17:47:57'): once
# whitespace is removed the date touches the time's digits, so the clause check of the digit rule is waived for
# them (an answer states the date alone); the value must still occur verbatim in the clause.
GLUED_OK = {'2021-11-05'}


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


# ================= topic A: 供应链金融 / 应收账款融资 =================
# ---- 宁德市 2022年应收账款融资奖励资金申报 (福建, 市; the stored page is one paragraph) ----
ND = '为鼓励供应链核心企业'
A('我们是福建宁德的供应链核心企业，帮上游小微企业做了应收账款融资，市里的奖励按什么比例算？', 'nd',
  [ND], ['年化融资额不超过1%'], ['1%', '百分之一', '1％'])
A('宁德2022年应收账款融资奖励，第一批网上和纸质申报材料最晚哪天要交上去？', 'nd',
  [ND], ['2022年6月10日'], ['2022年6月10日', '6月10日', '2022-06-10', '2022.6.10'])
A('宁德这份应收账款融资奖励申报通知是哪几家单位联合发的？落款哪天？', 'nd',
  [ND], ['宁德市工业和信息化局', '宁德市中心支行'], ['2022年5月7日', '5月7日', '2022-05-07', '2022.5.7'])
A('在宁德申报应收账款融资奖励，网上要进哪个系统填报？', 'nd',
  [ND], ['惠企政策项目管理系统'])
A('通过银行自己搭的供应链平台在线确认的应收账款，也能算进融资奖励吗？', 'nd',
  [ND], ['自建的供应链融资平台'], noplace=True)

# ---- 四川省 2018年度应收账款融资核心企业奖补资金申报 (省) ----
A('四川省应收账款融资核心企业奖补，按帮供应商融到的贷款额的多少给奖励？单户最多奖多少？', 'sc',
  ['对符合奖补条件的相关核心企业'], ['5‰给予奖励', '单户奖励最高不超过400万元'],
  ['5‰', '千分之五', '0.5%', '400万元'])
A('我们企业在四川，要帮几家上游供应商、成交多少笔应收账款融资，才够格申请核心企业奖补？', 'sc',
  ['通过中征应收账款融资服务平台在线确认上游供应商'], ['帮助2家以上(含2家)', '成交10笔以上'],
  ['2家', '两家', '二家', '10笔'])
A('四川應收賬款融資核心企業獎補要交哪些申報材料？', 'sc',
  ['(一)2018年度', '(二)企业奖补资金申请报告', '(三)企业营业执照', '(四)2018年度', '(五)2018年度', '(六)承诺函'],
  ['企业奖补资金申请报告', '承诺函(附件4)'])
A('四川这次核心企业奖补是依据哪个资金管理办法开展的？', 'sc',
  ['根据《四川省人民政府办公厅'], ['财政金融互动奖补资金管理办法'])
A('四川应收账款融资核心企业奖补，钱是哪一级财政出、按哪一年的贷款额算？', 'sc',
  ['对符合奖补条件的相关核心企业'], ['省级财政'], ['2018年', '2018年度'])
A('应收账款融资核心企业奖补资金申请书要当封面吗？是几号附件？', 'sc',
  ['(一)2018年度'], ['封面,附件1'], ['附件1'], noplace=True)

# ---- 金溪县 政采贷 (江西 抚州, 县; 繁體 mirror with pinyin glosses) ----
A('江西金溪县的政采贷，财政局已经跟几家金融机构签了合作协议？', 'jx',
  ['據(jù)統(tǒng)計(jì)'], ['等6家金融'], ['6家', '六家'])
A('金溪县政府采购合同融资一共做了多少钱？惠及多少家中小微企业？', 'jx',
  ['據(jù)統(tǒng)計(jì)'], ['4000余萬元', '惠及中小微企業(yè)31家'],
  ['4000余萬元', '4000余万元', '4000多万元', '四千余万元', '4000萬元', '4000万元', '31家'])
A('金溪縣財政局出台的那個支持中小微企業信用融資的辦法，全稱叫什麼？', 'jx',
  ['本報(bào)訊'], ['信用融資實(shí)施辦法'])
A('金溪县做政采贷的合作银行有哪些？', 'jx',
  ['據(jù)統(tǒng)計(jì)'], ['九江銀行', '上饒銀行'])
A('金溪县财政局是通过哪些渠道宣传政府采购合同融资政策的？', 'jx',
  ['擴(kuò)面增量'], ['門戶網(wǎng)站', '微信公眾號(hào)'])

# ---- 重庆市 供应链应收账款质押融资核心企业奖励 (汽摩; 繁體 mirror with pinyin glosses) ----
A('重庆汽摩核心企业配合上游供应商做应收账款质押融资，市里奖励按新增贷款额度的多少比例给？', 'cq',
  ['(三)補(bǔ)助標(biāo)準(zhǔn)'], ['新增應(yīng)收賬款'], ['1%', '百分之一', '1％'])
A('重庆的供应链应收账款质押融资核心企业奖励，单个企业最多能拿多少？', 'cq',
  ['(三)補(bǔ)助標(biāo)準(zhǔn)'], ['100萬(wàn)元'], ['100萬(wàn)元', '100萬元', '100万元', '一百万元'])
A('我们是重庆一家汽摩配套的核心企业，注册才一年半，能申请这个应收账款质押融资奖励吗？要存续满几年？', 'cq',
  ['(二)支持條件'], ['存續(xù)滿兩年以上'], ['兩年', '两年', '2年', '二年'])
A('重庆汽摩核心企业奖励对申报企业的年主营业务收入有什么要求？', 'cq',
  ['(二)支持條件'], ['4億元以下'], ['4億元', '4亿元', '四亿元'])
A('重庆供应链应收账款质押融资核心企业奖励是哪天发布的？', 'cq',
  ['發(fā)布時(shí)間'], ['2020-08-20'], ['2020-08-20', '2020年8月20日', '2020.8.20', '8月20日'])
A('哪些企业会被排除在汽摩核心企业应收账款质押融资奖励之外？', 'cq',
  ['(二)支持條件'], ['不納入支持范圍', '嚴(yán)重失信主體'], noplace=True)

# ================= topic B: 科技金融 =================
# ---- 石嘴山市 “科技创新贷”业务管理暂行办法 (宁夏, 市) ----
A('宁夏石嘴山的科技创新贷，是依托什么基金开发的信贷产品？', 'sz',
  ['第二条本办法所称'], ['科技担保子基金'])
A('石嘴山科技创新贷的合作银行由谁来挑选？', 'sz',
  ['第六条本办法所称合作银行'], ['由合作融资担保机构负责遴选'])
A('石嘴山科技创新贷的合作担保机构由哪些部门遴选确定？', 'sz',
  ['第五条本办法所称合作融资担保机构'], ['自治区科技厅、财政厅负责遴选'])
A('石嘴山的“风险保证金”和“担保保证金”分别由谁出资？', 'sz',
  ['第四条本办法所称'], ['市科技局、合作融资担保机构'])
A('石嘴山科技创新贷暂行办法是依据哪些文件制定的？', 'sz',
  ['第一条为贯彻落实'], ['宁党办〔2025〕4号', '宁财规发〔2022〕5号'],
  ['宁党办〔2025〕4号', '宁党办(2025)4号', '宁党办[2025]4号'])

# ---- 北仑区 2024年度科技金融贷款贴息和担保费拟补贴资金发放 (宁波, 区/开发区) ----
A('宁波北仑区2024年度科技金融贷款贴息，补助是发给企业还是银行？', 'bl',
  ['科技金融贷款贴息补助对象为'], ['业务的相关银行'])
A('北仑区科技贷的担保费补贴资金发给谁？', 'bl',
  ['担保费拟补贴资金发放对象为'], ['业务的保险公司'])
A('北侖區這次科技金融貸款貼息申報截止到哪天？', 'bl',
  ['本次受理截止时间'], ['本次受理截止时间'], ['2025年3月28日', '3月28日', '2025-03-28', '2025.3.28'])
A('北仑科技金融贷款贴息要交哪些书面材料？', 'bl',
  ['(一)2024年度', '(二)贷款或保险', '(三)贷款拨付', '(四)利息支付凭证', '(五)企业工商', '(六)其他佐证材料'],
  ['利息支付凭证', '贷款结清证明'])
A('北仑区科技金融贷款贴息有问题找谁？电话多少？', 'bl',
  ['联系人:顾老师'], ['0574-89384326'], ['0574-89384326', '057489384326', '0574—89384326'])
A('北仑这次补助覆盖的是哪段时间内的科技贷款？', 'bl',
  ['参与本次补助发放的科技贷款期限'], ['2024年12月31日内'],
  ['2024年1月1日至2024年12月31日', '2024年1月1日到2024年12月31日', '2024年全年', '2024年度'])

# ---- 天津市 雏鹰企业贷款奖励及股改奖励管理办法 征求意见 (繁體 mirror with pinyin glosses) ----
A('天津雏鹰企业贷款奖励管理办法征求意见，截止到哪天？', 'tj',
  ['征求意見期限'], ['2021年10月29日'], ['2021年10月29日', '10月29日', '2021-10-29', '2021.10.29'])
A('天津这个雏鹰企业贷款奖励办法征求意见，联系人是谁？电话多少？', 'tj',
  ['市科技局金融', '聯(lián)系電話:022'], ['劉佳,單迎春', '022-58832892'], ['022-58832892', '02258832892', '58832892'])
A('给天津市科技局反馈雏鹰贷款奖励办法的意见，邮箱和传真分别是什么？', 'tj',
  ['郵箱', '傳真'], ['skjjkjjrc', '022-58832919'], ['skjjkjjrc@tj.gov.cn', '022-58832919'])
A('天津雏鹰企业贷款奖励和瞪羚企业股改奖励管理办法是哪两个部门起草的？', 'tj',
  ['為鼓勵(lì)雛鷹企業(yè)'], ['市科技局、市財(cái)政局'])
A('天津市科学技术局发布这份雏鹰贷款奖励办法征求意见的日期是哪天？', 'tj',
  ['2021年10月21日'], ['2021年10月21日'], ['2021年10月21日', '10月21日', '2021-10-21', '2021.10.21'])

# ---- 磐安县 科技信用担保贷款实施细则 新闻发布会 (浙江 金华, 县) ----
A('浙江磐安县的科技信用担保贷款最高能贷多少？', 'pa',
  ['正式出台'], ['最高不超过800万元'], ['800万元', '八百万元', '800萬元'])
A('磐安科技信用担保贷款怎么贴息？每家企业每年最多补多少？', 'pa',
  ['正式出台'], ['贷款LPR的50%', '单家企业每年最高补助20万元'], ['50%', '百分之五十', '一半', '50％', '20万元'])
A('磐安县科技信用担保贷款实施细则是哪天出台的？一共几章几条？', 'pa',
  ['正式出台'], ['2024年7月8日正式出台', '共七章23条'], ['2024年7月8日', '7月8日', '2024-07-08', '2024.7.8', '23条'])
A('我们公司在磐安，是浙江省科技型中小企业，能申请科技信用担保贷款吗？还有哪些企业可以申请？', 'pa',
  ['正式出台'], ['国家高新技术企业', '国家科技型中小企业'])
A('出席科技信用担保贷款实施细则新闻发布会的是哪些部门的负责人？', 'pa',
  ['日前,我县召开'], ['县科技局、县财政局'], noplace=True)

# ================= topic C: 地方金融组织 监管 =================
# ---- 吉林省 融资租赁公司监督管理实施细则(试行) (省) ----
A('吉林省融资租赁公司监督管理实施细则是哪个部门、哪天印发的？', 'jl',
  ['吉林省地方金融监督管理局', '2021年12月31日'], ['吉林省地方金融监督管理局'],
  ['2021年12月31日', '2021-12-31', '2021.12.31', '12月31日'])
A('吉林这个融资租赁监管细则管不管金融租赁公司？', 'jl',
  ['第二条 本细则所称融资租赁公司'], ['不含金融租赁公司'])
A('吉林融资租赁公司监督管理实施细则是依据哪些规定制定的？', 'jl',
  ['第一条 为加强融资租赁公司监督管理'], ['银保监发〔2020〕22号', '吉林省地方金融监督管理条例'],
  ['银保监发〔2020〕22号', '银保监发(2020)22号', '银保监发[2020]22号', '銀保監發〔2020〕22號'])
A('吉林的细则希望融资租赁公司在哪些领域发挥作用？', 'jl',
  ['第四条 推动各级人民政府'], ['装备制造业发展', '设备进出口'])
A('从事融资租赁活动应当遵循哪些原则？', 'jl',
  ['第三条 从事融资租赁活动'], ['诚实信用原则和公平原则'], noplace=True)

# ---- 东莞市 2021年五类机构现场检查 (广东, 市) ----
A('东莞2021年五类机构现场检查，典当行抽了多少家？占比多少？', 'dg',
  ['(三)从全市范围内的55家典当行'], ['随机抽取18家(33%)'], ['18家', '十八家', '33%'])
A('東莞這次現場檢查對多少家小額貸款公司進行檢查？', 'dg',
  ['(一)按照《广东省2019年'], ['16家小额贷款公司'], ['16家', '十六家'])
A('东莞2021年现场检查里，融资担保公司一共几家、抽查几家？', 'dg',
  ['(二)从全市范围内的12家'], ['随机抽取8家(66%)'], ['8家', '八家', '12家', '66%'])
A('东莞市金融工作局2021年的现场检查安排在什么时间段？', 'dg',
  ['计划安排在'], ['11月至12月31日'], ['11月至12月31日', '2021年11月至12月31日', '11月到12月31日', '11月至12月底'])
A('东莞这次现场检查的融资租赁公司是怎么确定的？查多少家？', 'dg',
  ['(四)结合2020年'], ['13家融资租赁公司'], ['13家', '十三家'])
A('东莞这份现场检查通知是哪天发布的？', 'dg',
  ['2021-11-05'], ['2021-11-05'], ['2021-11-05', '2021年11月5日', '2021.11.5', '11月5日'])

# ---- 大连市 2024年度典当企业年审 (辽宁, 市) ----
A('大連2024年度典當企業年審，按多大比例抽取企業？', 'dl',
  ['一、年审范围', '从我市辖内取得典当经营许可'], ['不低于1/3的比例'], ['1/3', '三分之一', '1／3'])
A('大连典当企业年审工作什么时候开始、什么时候结束？', 'dl',
  ['年审工作从'], ['从2025年5月30日开始', '到10月31日结束'], ['2025年5月30日', '5月30日', '2025-05-30', '2025.5.30', '10月31日'])
A('大连典当企业年审要提交哪些材料？', 'dl',
  ['(一)典当企业年审报告书', '(二)典当企业经营情况表', '(三)典当企业财务状况表', '(四)典当企业资产结构表',
   '(五)典当企业账户备案表', '(六)典当企业年审情况自查表', '(七)从业人员情况表', '(八)典当企业年度财务自查报告'],
  ['年审报告书', '从业人员情况表'])
A('大连典当年审重点选取哪些企业？', 'dl',
  ['从我市辖内取得典当经营许可'], ['2021年度、2022年度'])
A('典当企业年审的审查阶段从哪天开始？', 'dl',
  ['(二)审查阶段'], ['审查阶段'], ['7月1日', '2025年7月1日'], noplace=True)

# ---- 北京市 四个《指引》解读 (问答) ----
A('北京典当行、融资租赁等四个监督管理指引是哪天印发的？谁印发的？', 'bj',
  ['(以下简称四个《指引》)'], ['于2020年4月7日'], ['2020年4月7日', '4月7日', '2020-04-07', '2020.4.7'])
A('北京这四个《指引》属于什么性质的文件？', 'bj',
  ['在行业规范制度方面'], ['行业规范引导性文件'])
A('北京出台的四个指引分别管哪几类机构？', 'bj',
  ['(以下简称四个《指引》)'], ['地方资产管理公司', '商业保理公司监督管理'])
A('北京为什么要出台这四个《指引》？背景是什么？', 'bj',
  ['为贯彻习近平总书记'], ['第十三次集体学习', '攻坚战行动方案'])
A('疫情期间为支持企业复产复工另外出台的政策，和四个《指引》不一致时按哪个执行？', 'bj',
  ['在新冠肺炎疫情防控期间'], ['从其政策'], noplace=True)

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbour of a library place, named in no text --
N('福建三明市应收账款融资奖励按多少比例给核心企业？', {'ALL': ['三明']}, 'place')
N('云南省应收账款融资核心企业奖补单户最高多少万元？', {'ALL': ['云南', '雲南']}, 'place')
N('江西资溪县的政采贷已经跟几家银行签了合作协议？', {'ALL': ['资溪', '資溪']}, 'place')
N('贵阳市汽车行业核心企业应收账款质押融资奖励最高多少？', {'ALL': ['贵阳', '貴陽']}, 'place')
N('银川市的科技创新贷是依托哪只基金开发的？', {'ALL': ['银川', '銀川']}, 'place')
N('宁波鄞州区科技金融贷款贴息申报截止到哪天？', {'ALL': ['鄞州']}, 'place')
N('廊坊市雏鹰企业贷款奖励办法征求意见的截止日期是哪天？', {'ALL': ['廊坊']}, 'place')
N('浙江永康市科技信用担保贷款最高能贷多少？', {'ALL': ['永康']}, 'place')
N('黑龙江省融资租赁公司监督管理实施细则是哪天印发的？', {'ALL': ['黑龙江', '黑龍江']}, 'place')
N('中山市2021年五类机构现场检查，典当行抽查了几家？', {'ALL': ['中山']}, 'place')
N('鞍山市典当企业年审按多大比例抽查？', {'ALL': ['鞍山']}, 'place')
N('石家庄科技型中小企业贷款利息补助按多少比例给？', {'ALL': ['石家庄']}, 'place')
# -- a year the texts do not state --
N('宁德2023年应收账款融资奖励申报截止时间是哪天？', {'nd': ['2023']}, 'year')
N('东莞2022年五类机构现场检查，典当行抽了多少家？', {'dg': ['2022']}, 'year')
N('大连2023年度典当企业年审是从哪天开始的？', {'dl': ['2023']}, 'year')
N('北仑区2023年度科技金融贷款贴息什么时候受理？', {'bl': ['2023']}, 'year')
# -- a figure the texts do not state for that measure (or state only for another measure nearby) --
N('宁德应收账款融资奖励单家企业最高能拿多少万元？', {'nd': ['万元', '最高']}, 'figure')
N('四川应收账款融资核心企业奖补申报截止到哪天？', {'sc': ['截止']}, 'figure')
N('金溪县政采贷能按合同金额的几成放款？贷款利率多少？', {'jx': ['%', '利率', '利率']}, 'figure')
N('重庆汽摩核心企业奖励的申报截止时间是哪天？', {'cq': ['截止']}, 'figure')
N('石嘴山科技创新贷单户最高能贷多少？担保费率是多少？', {'sz': ['万元', '费率', '%']}, 'figure')
N('北仑区科技贷贴息按贷款利息的百分之几补给银行？',
  [('NOFIG', 'bl', '科技金融贷款贴息补助对象为'), {'bl': ['%', '百分之']}], 'figure')
N('北仑区科技贷的担保费补贴比例是多少？',
  [('NOFIG', 'bl', '担保费拟补贴资金发放对象为'), {'bl': ['%']}], 'figure')
N('天津雏鹰企业贷款奖励每家企业能拿多少万元？',
  [('NOFIG', 'tj', '為鼓勵(lì)雛鷹企業(yè)'), {'tj': ['萬', '万']}], 'figure')
N('天津瞪羚企业和科技领军企业股改奖励各多少钱？', {'tj': ['萬', '万', '元']}, 'figure')
N('磐安县科技信用担保贷款的担保费率是多少？', {'pa': ['费率', '担保费']}, 'figure')
N('吉林省设立融资租赁公司，注册资本最低要多少？', {'jl': ['注册资本', '万元', '亿元']}, 'figure')
N('东莞2021年现场检查，商业保理公司查了几家？', {'dg': ['家商业保理']}, 'figure')
N('北京融资租赁公司监督管理指引规定风险资产不得超过净资产的多少倍？', {'bj': ['倍']}, 'figure')
# -- off-topic --
N('宁德市住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('东莞职工社保缴费基数是多少？', {'ALL': ['社保']}, 'offtopic')
N('天津落户积分怎么计算？', {'ALL': ['落户', '落戶', '积分', '積分']}, 'offtopic')


def first(key):
    return next(i for i, it in enumerate(ITEMS) if it['key'] == key)


SC, PA = first('sc'), next(i for i, it in enumerate(ITEMS) if it['key'] == 'pa' and it['noplace'])
MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(SC, dict(ITEMS[SC], markers=['6‰给予奖励'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(SC, dict(ITEMS[SC], markers=['成交10笔以上'])),
    'marker_too_long': lambda: ITEMS.__setitem__(SC, dict(ITEMS[SC], markers=['省级财政按其2018年通过中征应收账款融资服务平台'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['宁德']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'nd': ['三明']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(SC, dict(ITEMS[SC], values=['千分之五'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(SC, dict(ITEMS[SC], values=['5‰', '6‰'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(SC, dict(ITEMS[SC], q='四川是单户奖励最高不超过400万元吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'sc', '单户奖励最高不超过400万元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(SC, dict(ITEMS[SC], values=['00万元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(PA, dict(ITEMS[PA], q=ITEMS[PA]['q'] + '（磐安）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='bj', anchors=['在行业规范制度方面'],
                                                             markers=['融资租赁'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(SC, dict(ITEMS[SC], q='核心企业奖补按贷款额的多少给奖励？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('sc', '应收账款融资'),
    'too_few_near_misses': lambda: [ITEMS.pop() for _ in range(3)],
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2 and not any(c in SIMP_CHARS for c in q)


def is_simp(q):
    return sum(c in SIMP_CHARS for c in q) >= 2 and not any(c in TRAD_CHARS for c in q)


def main():
    m = os.environ.get('NV_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simp_trad = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nv{i:03d}'
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
