#!/usr/bin/env python3
"""Write questions.jsonl for notices-za, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 应急转贷 / 续贷过桥 / 应急周转 资金: 太湖县 (繁體), 泉州 鲤城区 (解读, 繁體), 昆明市 (news), 安庆 (a district, news);
  B 个人消费贷款 / 服务业经营主体贷款 财政贴息: 湖南银行 (湖南), 成都银行 (四川, news), 财政部 答记者问 (national,
    繁體), 兴业银行 问答 (national bank);
  C 信用 / 首笔 / 担保贷款 风险补偿: 克州 (新疆), 大兴安岭地区 (黑龙江), 天津 (征求意见稿), 开封 (河南; whole
    regulation from LawRefBook/Laws).

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
Set NZA_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'taihu': 'taihu-county-loan-renewal-bridge-fund-measures-notice-2021.txt',
    'licheng': 'licheng-district-emergency-turnover-fund-rules-interpretation-2019.txt',
    'kunming': 'kunming-sme-emergency-loan-turnover-fund-measures-news-2017.txt',
    'anqing': 'anqing-district-loan-turnover-emergency-fund-news-2016.txt',
    'hunanbank': 'hunan-bank-service-sector-loan-interest-subsidy-notice-2026.txt',
    'chengdubank': 'chengdu-bank-consumer-loan-interest-subsidy-rules-news-2025.txt',
    'mofqa': 'national-mof-consumer-loan-interest-subsidy-qa-2025.txt',
    'cib': 'national-cib-service-sector-loan-interest-subsidy-faq-2026.txt',
    'kezhou': 'kezhou-prefecture-industry-risk-compensation-fund-measures-2025.txt',
    'daxinganling': 'daxinganling-sme-guaranteed-loan-risk-compensation-measures-2025.txt',
    'tianjin': 'tianjin-first-credit-loan-compensation-measures-draft-consultation-2025.txt',
    'kaifeng': 'kaifeng-business-environment-regulation-2022.txt',
}
TRAD_DOCS = {'taihu', 'licheng', 'mofqa'}
PLACES = {
    'taihu': ['太湖'], 'licheng': ['鲤城', '鯉城'], 'kunming': ['昆明'], 'anqing': ['安庆', '安慶'],
    'hunanbank': ['湖南'], 'chengdubank': ['成都'], 'mofqa': ['财政部', '財政部'], 'cib': ['兴业', '興業'],
    'kezhou': ['克州', '克孜勒苏'], 'daxinganling': ['大兴安岭', '大興安嶺'], 'tianjin': ['天津'],
    'kaifeng': ['开封', '開封'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額慶無償興業據銀貼還'
                 '筆綜兩門規項專')

EQUIV = {
    '2000萬元': ['2000万元', '两千万元', '二千万元'],
    '1000萬元': ['1000万元', '一千万元'],
    '萬分之二': ['万分之二', '0.02%', '0.2‰'],
    '1.2亿元': ['一亿二千万元', '1.2億元', '12000万元'],
    '6000万元': ['六千万元', '6000萬元'],
    '15个工作日': ['十五个工作日', '15個工作日'],
    '0.4‰': ['万分之四', '0.04%'],
    '1500万元': ['一千五百万元', '1500萬元'],
    '80%': ['百分之八十', '八成', '80％'],
    '2000万元': ['两千万元', '二千万元', '2000萬元'],
    '9490万元': ['9490萬元'],
    '4250万元': ['4250萬元'],
    '1000万元': ['一千万元', '1000萬元'],
    '1个百分点': ['1%', '一个百分点', '1個百分點'],
    '2026年12月31日': ['2026-12-31', '2026.12.31'],
    '1500元': ['一千五百元'],
    '2026年3月31日': ['2026-03-31', '2026.3.31'],
    '5万元': ['五万元', '5萬元'],
    '6家': ['六家'],
    '1%': ['百分之一', '1个百分点', '1％', '年化1%'],
    '5萬元': ['5万元', '五万元'],
    '財金〔2025〕80號': ['财金〔2025〕80号', '财金(2025)80号', '财金[2025]80号'],
    '2025-8-13': ['2025年8月13日', '8月13日'],
    '100万元': ['一百万元', '100萬元'],
    '财金〔2026〕5号': ['财金(2026)5号', '财金[2026]5号', '財金〔2026〕5號'],
    '3类': ['三类', '3類'],
    '克财金规〔2025〕1号': ['克财金规(2025)1号', '克财金规[2025]1号'],
    '第138次': ['138次', '第一百三十八次'],
    '新政办发〔2016〕150号': ['新政办发(2016)150号', '新政办发[2016]150号'],
    '2025年3月27日': ['2025-03-27', '2025.3.27'],
    '大财规〔2025〕2号': ['大财规(2025)2号', '大财规[2025]2号'],
    '2025年11月11日': ['2025-11-11', '2025.11.11'],
    '2025年9月2日': ['9月2日', '2025-09-02', '2025.9.2'],
    'swjrbyygl2c@tj.gov.cn': [],
    '300040': [],
    '2022年2月1日': ['2022-02-01', '2022.2.1'],
    '2021年10月29日': ['2021-10-29'],
    '一个工作日': ['1个工作日', '一個工作日'],
}

# values that the text writes as a date directly followed by a clock time ('2025-8-13 12:36:02', '2025-03-27 10:00'):
# once whitespace is removed the date touches the time's digits, so the clause check of the digit rule is waived
# for them (an answer states the date alone); the value must still occur verbatim in the clause.
GLUED_OK = {'2025-8-13', '2025-03-27', '2025-04-07'}


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


DOC = {'taihu': '太湖', 'licheng': '鯉城', 'kunming': '昆明', 'anqing': '安庆', 'hunanbank': '湖南银行',
       'chengdubank': '成都银行', 'mofqa': '答記者問', 'cib': '兴业银行', 'kezhou': '克州',
       'daxinganling': '大兴安岭', 'tianjin': '天津', 'kaifeng': '开封'}

# ================= topic A: 应急转贷 / 续贷过桥 / 应急周转 资金 =================
# ---- 太湖县 企业续贷过桥资金使用管理办法 印发通知 (安徽 安庆, 县, 繁體) ----
A('安徽太湖县的续贷过桥资金按什么原则管理？', 'taihu',
  ['過橋資金遵循'], ['專款專用、專戶管理', '總額控制、按時回收'])
A('太湖县设立企业续贷过桥资金，主要是防范企业出现什么风险？', 'taihu',
  ['第一條'], ['資金鏈斷裂'])
A('太湖县这个过桥资金办法是依据安徽省委、省政府办公厅的哪类文件精神制定的？', 'taihu',
  ['第一條'], ['中共安徽省委辦公廳', '安徽省人民政府辦公廳'])
A('太湖县续贷过桥资金使用管理办法是经谁同意印发的？印发给了哪些单位？', 'taihu',
  ['請認(rèn)真貫徹執(zhí)行', '各直屬機(jī)構(gòu)'], ['縣政府同意', '縣政府各部門'])

# ---- 泉州市鲤城区 企业应急保障周转专项资金 使用管理暂行规定 解读 (福建, 区, 繁體) ----
A('泉州鲤城区的企业应急保障周转专项资金有多少？钱是谁出的？', 'licheng',
  ['一、資金來源及使用原則'], ['區財政安排2000萬元'], ['2000萬元', '2000万元', '两千万元', '二千万元'])
A('在鲤城区申请应急保障周转资金，单笔最多借多少？最多能用几天？', 'licheng',
  ['四、資金使用額度'], ['不超過1000萬元', '不超過5天'], ['1000萬元', '1000万元', '一千万元', '5天'])
A('鯉城區應急保障周轉資金的資金占用費怎麼收？', 'licheng',
  ['四、資金使用額度'], ['按日萬分之二'], ['萬分之二', '万分之二', '0.02%', '0.2‰'])
A('应急资金池不够同时满足几家企业时，按什么顺序安排？', 'licheng',
  ['一、資金來源及使用原則'], ['先申請先審核', '上年納稅貢獻大的優先'], noplace=True)
A('鲤城区这笔应急周转资金由哪个平台具体管理运营？', 'licheng',
  ['二、組織機構及職責'], ['泉州鯉興投資開發中心'])
A('我们公司想用鲤城区的应急保障周转资金转贷，贷款银行那边需要出具什么？', 'licheng',
  ['三、申請對象'], ['出具承諾函', '貸款審批通知書'])

# ---- 昆明市 小微企业应急贷款周转资金管理办法(试行) 新闻 (云南, 市) ----
A('昆明市小微企业应急贷款周转金的资金规模多大？一次最多给多少续贷支持？', 'kunming',
  ['新华社昆明1月13日电'], ['不低于1.2亿元', '一次最多1000万元'], ['1.2亿元', '一亿二千万元', '1.2億元', '1000万元'])
A('昆明的贷款周转金，市财政首期安排了多少？昆明产投按什么比例配套？', 'kunming',
  ['根据管理办法'], ['首期统筹安排6000万元', '1:1配套出资'], ['6000万元', '六千万元', '6000萬元', '1:1'])
A('昆明企业每次使用贷款周转金一般能用多久？特殊情况最长多久？', 'kunming',
  ['昆明市工信委相关负责人表示'], ['原则上不超过15个工作日', '最长不超过30个工作日'],
  ['15个工作日', '十五个工作日', '15個工作日', '30个工作日'])
A('昆明贷款周转金的日综合费率是多少？超过15个工作日的部分呢？', 'kunming',
  ['昆明市工信委相关负责人表示'], ['日综合费率为0.4‰', '日综合费率为0.8‰'], ['0.4‰', '万分之四', '0.04%', '0.8‰'])
A('昆明单个企业一个会计年度里累计最多能用多少贷款周转金？', 'kunming',
  ['昆明市工信委相关负责人表示'], ['不超过1500万元'], ['1500万元', '一千五百万元', '1500萬元'])
A('申请周转金的额度，最高不能超过企业当期要还的银行贷款的百分之几？', 'kunming',
  ['昆明市工信委相关负责人表示'], ['贷款额度的80%'], ['80%', '百分之八十', '八成', '80％'], noplace=True)

# ---- 安庆市 某区 转贷应急专项资金 新闻 (安徽, 区) ----
A('安徽安庆那个区设立的转贷应急专项资金，首期规模是多少？', 'anqing',
  ['三是设立专项资金'], ['首期规模2000万元'], ['2000万元', '两千万元', '二千万元', '2000萬元'])
A('安庆这个区的转贷应急资金截至8月底累计提供了多少转贷资金？帮扶企业几次？', 'anqing',
  ['三是设立专项资金'], ['累计提供转贷资金9490万元', '帮扶中小微企业14次'], ['9490万元', '9490萬元', '14次'])
A('安徽安慶這個區的轉貸應急資金是無償使用的嗎？', 'anqing',
  ['三是设立专项资金'], ['有偿使用原则'])
A('安庆这个区争取了多少上级地方政府债券额度？用在哪里？', 'anqing',
  ['一是创新支持方式'], ['债券额度4250万元', '临港经济开发区'], ['4250万元', '4250萬元'])

# ================= topic B: 个人消费贷款 / 服务业经营主体贷款 财政贴息 =================
# ---- 湖南银行 服务业经营主体贷款财政贴息 通告 (湖南, 2026) ----
A('湖南银行的服务业经营主体贷款贴息，2026年新发放的单户最高能有多大贷款规模享受贴息？', 'hunanbank',
  ['按照贷款本金对经营主体进行贴息'], ['最高可达1000万元'], ['1000万元', '一千万元', '1000萬元'])
A('在湖南银行办服务业贷款，贴息比例是多少？贴几年？', 'hunanbank',
  ['按照贷款本金对经营主体进行贴息'], ['年贴息比例为1个百分点', '贴息期限1年'], ['1个百分点', '1%', '一个百分点', '1個百分點'])
A('湖南银行这个服务业贷款贴息政策实施期限到什么时候？', 'hunanbank',
  ['自2026年1月1日至2026年12月31日'], ['至2026年12月31日'], ['2026年12月31日', '2026-12-31', '2026.12.31'])
A('我在湖南开零售门店，贷款用来装修店面，湖南银行的服务业贷款贴息覆盖零售吗？', 'hunanbank',
  ['支持向餐饮住宿'], ['绿色、零售领域'])
A('民办非企业性质的养老机构，能不能享受服务业经营主体贷款贴息？', 'hunanbank',
  ['民办非企业法人的养老服务机构'], ['同等享受贷款贴息政策'], noplace=True)
A('湖南銀行的服務業貸款貼息，逾期或者不良的貸款還能貼息嗎？', 'hunanbank',
  ['1.对逾期、不良的服务业经营主体贷款'], ['财政部门不予贴息'])

# ---- 成都银行 个人消费贷款财政贴息实施细则 新闻 (四川, 2025) ----
A('成都银行的个人消费贷款贴息，每个借款人累计最多能贴多少钱？', 'chengdubank',
  ['每位借款人在成都银行'], ['累计贴息上限为1500元'], ['1500元', '一千五百元'])
A('成都银行消费贷贴息，针对的是哪段时间发放的贷款？', 'chengdubank',
  ['2025年10月1日至2026年3月31日期间'], ['2026年3月31日'], ['2026年3月31日', '2026-03-31', '2026.3.31', '2025年10月1日'])
A('我用成都银行的消费贷买了一辆8万元的家用车，贴息按多少消费额计算？', 'chengdubank',
  ['根据公告,贴息范围包括'], ['以5万元消费额度为上限'], ['5万元', '五万元', '5萬元'])
A('成都银行消费贷的年贴息比例是多少？有没有不超过合同利率一定比例的限制？', 'chengdubank',
  ['每位借款人在成都银行'], ['年贴息比例为1个百分点', '不超过贷款合同利率的50%'], ['1个百分点', '1%', '一个百分点', '50%'])
A('信用卡分期能享受成都银行这次的消费贷财政贴息吗？', 'chengdubank',
  ['个人客户提用成都银行四川省内经办机构'], ['不含信用卡业务'])
A('国家消费贷贴息方案里，贷款经办机构包括几家国有大行、几家全国性股份行？', 'chengdubank',
  ['明确贷款经办机构包括'], ['6家国有大型商业银行', '12家全国性股份制'], ['6家', '六家', '12家'], noplace=True)

# ---- 财政部 个人消费贷款财政贴息政策实施方案 答记者问 (全国, 繁體) ----
A('财政部答记者问里说，个人消费贷款财政贴息利率是多少？大概相当于消费贷利率的几分之几？', 'mofqa',
  ['二是貼息利率方面'], ['年化1%', '三分之一'], ['1%', '百分之一', '1个百分点', '1％', '年化1%', '三分之一'])
A('財政部說單筆5萬元以上的家用汽車消費，貼息怎麼算？', 'mofqa',
  ['答:一是支持對象方面'], ['以5萬元消費額度為上限'], ['5萬元', '5万元', '五万元'])
A('财政部答记者问提到的《个人消费贷款财政贴息政策实施方案》文号是什么？', 'mofqa',
  ['財金〔2025〕80號'], ['財金〔2025〕80號'], ['財金〔2025〕80號', '财金〔2025〕80号', '财金(2025)80号', '财金[2025]80号'])
A('财政部关于个人消费贷款贴息的这篇答记者问是哪天发的？', 'mofqa',
  ['2025-8-13 12:36:02'], ['2025-8-13'], ['2025-8-13', '2025年8月13日', '8月13日'])
A('按财政部的说法，个人消费贷款贴息方案是财政部和哪些部门联合印发的？', 'mofqa',
  ['財金〔2025〕80號'], ['會同中國人民銀行'])

# ---- 兴业银行 服务业经营主体贷款贴息 客户问答 (全国性银行, 2026) ----
A('兴业银行说服务业经营主体贷款贴息，2025年发放的贷款单户最高多少？2026年新发放的呢？', 'cib',
  ['其中,2025年3月16日至2025年12月31日期间发放'], ['最高可达100万元', '最高可达1000万元'],
  ['100万元', '一百万元', '100萬元', '1000万元'])
A('兴业银行的服务业贷款贴息政策实施期限延长到哪天？', 'cib',
  ['答:服务业经营主体贷款贴息政策实施期限延长至'], ['延长至2026年12月31日'], ['2026年12月31日', '2026-12-31', '2026.12.31'])
A('兴业银行问答里，2026年起服务业贷款贴息新纳入了哪几类消费领域？', 'cib',
  ['答:自2026年1月1日起'], ['数字、绿色、零售3类'], ['3类', '三类', '3類'])
A('興業銀行的服務業貸款貼息是依據哪兩個文件執行的？', 'cib',
  ['我行积极响应并严格执行'], ['财金〔2026〕5号', '财金〔2025〕81号'],
  ['财金〔2026〕5号', '财金(2026)5号', '财金[2026]5号', '財金〔2026〕5號', '财金〔2025〕81号'])
A('兴业银行服务业经营主体贷款的年贴息比例是多少？贴息期限多长？', 'cib',
  ['答:按《通知》有关规定'], ['年贴息比例1%', '不超过1年'], ['1%', '百分之一', '1个百分点', '1％', '年化1%'])

# ================= topic C: 风险补偿 =================
# ---- 克州 产业发展风险补偿资金管理办法 (新疆 克孜勒苏, 自治州) ----
A('克州产业发展风险补偿资金管理办法的文号是什么？', 'kezhou',
  ['文 号 | 克财金规〔2025〕1号'], ['克财金规〔2025〕1号'],
  ['克财金规〔2025〕1号', '克财金规(2025)1号', '克财金规[2025]1号'])
A('新疆克州这个风险补偿资金办法是哪次会议审议通过的？', 'kezhou',
  ['已经自治州十一届党委常委会第138次会议审议通过'], ['第138次会议'], ['第138次', '138次', '第一百三十八次'])
A('克州的风险补偿资金是根据自治区哪个政银担风险补偿文件制定的？', 'kezhou',
  ['第一条按照'], ['新政办发〔2016〕150号'], ['新政办发〔2016〕150号', '新政办发(2016)150号', '新政办发[2016]150号'])
A('克州这个风险补偿资金，是政府和哪几方共同参与的机制？', 'kezhou',
  ['第一条按照'], ['政府、银行、担保三位一体'])
A('克州风险补偿资金办法哪天成文？网上哪天发布？', 'kezhou',
  ['2025年3月27日', '成文日期 | 2025-03-27 10:00'], ['2025年3月27日', '2025-04-07'],
  ['2025年3月27日', '2025-03-27', '2025.3.27', '2025-04-07'])

# ---- 大兴安岭地区 中小企业担保贷款风险补偿实施办法(暂行) 印发通知 (黑龙江, 地区) ----
A('大兴安岭地区中小企业担保贷款风险补偿实施办法的文号是多少？', 'daxinganling',
  ['大财规〔2025〕2号'], ['大财规〔2025〕2号'], ['大财规〔2025〕2号', '大财规(2025)2号', '大财规[2025]2号'])
A('大兴安岭这个担保贷款风险补偿办法，落款的第一个单位是谁？哪天落款？', 'daxinganling',
  ['大兴安岭地区财政局', '2025年11月11日'], ['大兴安岭地区财政局'], ['2025年11月11日', '2025-11-11', '2025.11.11'])
A('大兴安岭地区的担保贷款风险补偿办法是依据黑龙江省哪项基金的补偿办法制定的？', 'daxinganling',
  ['为深入落实省委、省政府'], ['稳企稳岗基金'])
A('大兴安岭这个风险补偿办法发给了哪些单位执行？', 'daxinganling',
  ['各县(市、区)财政局'], ['各县(市、区)财政局', '融资担保机构'])

# ---- 天津 小微企业首笔信用普惠贷款综合补偿管理暂行办法(征求意见稿) 公开征求意见 ----
A('天津首笔信用普惠贷款综合补偿办法的征求意见稿，意见收到哪天截止？', 'tianjin',
  ['现面向社会公开征求意见'], ['至2025年9月2日'], ['2025年9月2日', '9月2日', '2025-09-02', '2025.9.2'])
A('给天津这个征求意见稿提意见，发哪个邮箱？打哪个电话？', 'tianjin',
  ['1.电子邮箱', '3.电话'], ['swjrbyygl2c', '022-58980085'], ['swjrbyygl2c@tj.gov.cn', '022-58980085'])
A('想寄信给天津市地方金融管理局提意见，地址和邮编是什么？', 'tianjin',
  ['2.书面信函'], ['营口道19号', '邮政编码:300040'], ['300040', '营口道19号'])
A('天津这个办法里说的“首笔贷款”是什么意思？', 'tianjin',
  ['第二条补偿对象'], ['首次从银行获得的贷款'])
A('判断是不是首笔贷款时，企业在别的银行有过贷款记录还算吗？', 'tianjin',
  ['第二条补偿对象'], ['含贷款银行以外的其他银行'], noplace=True)
A('天津首筆信用普惠貸款綜合補償辦法是哪兩個部門起草的？', 'tianjin',
  ['市地方金融管理局会同市财政局'], ['会同市财政局起草'])

# ---- 开封市优化营商环境条例 (河南, 地方性法规, 全文) ----
A('开封市优化营商环境条例对中小企业融资增信有什么要求？要建立什么机制？', 'kaifeng',
  ['第十一条'], ['信贷风险补偿和奖励机制'])
A('开封对科技型企业融资，条例规定要建立什么样的风险补偿机制？', 'kaifeng',
  ['市人民政府应当设立科技成果转化基金'], ['科技金融信贷风险补偿机制'])
A('开封市优化营商环境条例从哪天开始施行？', 'kaifeng',
  ['第三十八条'], ['2022年2月1日'], ['2022年2月1日', '2022-02-01', '2022.2.1'])
A('开封这部条例是哪天经市人大常委会通过、哪天经省人大常委会批准的？', 'kaifeng',
  ['2021年10月29日', '2021年12月28日'], ['2021年10月29日', '2021年12月28日'],
  ['2021年10月29日', '2021-10-29', '2021年12月28日'])
A('企业因为突发事件经营困难时，政府应当鼓励金融机构在还贷方面给予哪些支持？', 'kaifeng',
  ['（四）鼓励金融机构给予延期还贷'], ['延期还贷、展期续贷'], noplace=True)
A('開封市對中小企業發展專項資金有什麼規定？', 'kaifeng',
  ['第十条'], ['中小企业发展专项资金'])
A('在开封开办一般经营项目的企业，材料齐全的话多久能办结？', 'kaifeng',
  ['一般经营项目的企业开办'], ['应当当场办结', '一个工作日内办结'], ['一个工作日', '1个工作日', '一個工作日'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbour of a library place, or another bank --
N('安庆宿松县的续贷过桥资金单笔最多能借多少？', {'ALL': ['宿松']}, 'place')
N('泉州丰泽区的企业应急保障周转专项资金规模有多大？', {'ALL': ['丰泽', '豐澤']}, 'place')
N('曲靖市小微企业应急贷款周转金一次最多能用多少？', {'ALL': ['曲靖']}, 'place')
N('安徽铜陵的区级转贷应急专项资金首期规模是多少？', {'ALL': ['铜陵', '銅陵']}, 'place')
N('长沙银行的服务业经营主体贷款贴息单户上限是多少？', {'ALL': ['长沙', '長沙']}, 'place')
N('贵阳银行个人消费贷款贴息，每人累计上限是多少？', {'ALL': ['贵阳', '貴陽']}, 'place')
N('重庆市个人消费贷款财政贴息执行到什么时候？', {'ALL': ['重庆', '重慶']}, 'place')
N('招商银行的服务业经营主体贷款贴息怎么申请？', {'ALL': ['招商银行', '招商銀行']}, 'place')
N('阿克苏地区产业发展风险补偿资金管理办法的文号是什么？', {'ALL': ['阿克苏', '阿克蘇']}, 'place')
N('黑河市中小企业担保贷款风险补偿办法是哪天印发的？', {'ALL': ['黑河']}, 'place')
N('北京市小微企业首笔贷款风险补偿办法征求意见到哪天截止？', {'ALL': ['北京']}, 'place')
N('商丘市优化营商环境条例是从哪天开始施行的？', {'ALL': ['商丘']}, 'place')
N('云南省个人消费贷款地方财政贴息的上限是多少？', {'ALL': ['云南', '雲南']}, 'place')
# -- a year the texts do not state --
N('昆明2018年把应急贷款周转金规模扩大到了多少？', {'kunming': ['2018']}, 'year')
N('安庆这个区2017年转贷应急资金又累计提供了多少？', {'anqing': ['2017']}, 'year')
N('鲤城区2021年应急保障周转专项资金规模调整为多少？', {'licheng': ['2021']}, 'year')
N('开封市优化营商环境条例2024年修改后新增了哪些融资条款？', {'kaifeng': ['2024', '修改', '修正']}, 'year')
# -- a figure the texts do not state for that measure (or state only for another measure nearby) --
N('太湖县续贷过桥资金单笔最多能借多少？日费率多少？', {'taihu': ['萬元', '万元', '費率', '费率', '‰']}, 'figure')
N('克州风险补偿资金对合作银行的贷款损失按多少比例补偿？', {'kezhou': ['补偿比例', '%']}, 'figure')
N('克州产业发展风险补偿资金总规模有多少？', {'kezhou': ['万元', '亿元']}, 'figure')
N('大兴安岭担保贷款风险补偿按代偿额的百分之几补给担保机构？', {'daxinganling': ['%', '比例', '万元']}, 'figure')
N('天津首笔信用普惠贷款综合补偿的补偿比例是多少？单户最多补多少？', {'tianjin': ['%', '比例', '万元']}, 'figure')
N('开封对银行的中小企业贷款，信贷风险补偿比例是多少？', [('NOFIG', 'kaifeng', '建立信贷风险补偿和奖励机制')], 'figure')
N('开封市每年在预算里安排多少中小企业发展专项资金？',
  [('NOFIG', 'kaifeng', '在本级预算中安排中小企业发展专项资金')], 'figure')
N('安庆这个区的转贷应急资金手续费率是多少？', [('NOFIG', 'anqing', '转贷手续费大大低于')], 'figure')
N('鲤城区应急周转资金用超过5天的，超出部分怎么加收占用费？', {'licheng': ['超過5天的', '逾期', '超過部分', '超出部分']}, 'figure')
N('湖南银行这个服务业贷款贴息，中央和省级财政各承担百分之多少？', {'ALL': ['90%', '百分之九十']}, 'figure')
N('财政部答记者问里说，每名借款人在一家经办机构累计贴息上限是多少元？',
  {'mofqa': ['3000', '累計貼息上限']}, 'figure')
N('成都银行单笔5万元以下消费的累计贴息上限是多少？', {'chengdubank': ['1000元', '750元', '其中在成都银行']}, 'figure')
N('昆明申请贷款周转金要不要担保？担保费率是多少？', {'kunming': ['担保', '擔保']}, 'figure')
# -- off-topic --
N('湖南银行信用卡年费怎么收？', {'ALL': ['年费', '信用卡年']}, 'offtopic')
N('开封市新生儿医保怎么办理？', {'ALL': ['医保', '醫保', '新生儿']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(10, dict(ITEMS[10], markers=['不低于1.5亿元'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(10, dict(ITEMS[10], markers=['日综合费率为0.8‰'],
                                                                anchors=['新华社昆明1月13日电'])),
    'marker_too_long': lambda: ITEMS.__setitem__(10, dict(ITEMS[10], markers=['可提供一次最多1000万元的企业到期贷款续贷支持'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['昆明']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'kunming': ['曲靖']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(10, dict(ITEMS[10], values=['1.2億元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(10, dict(ITEMS[10], values=['1.2亿元', '1.5亿元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(10, dict(ITEMS[10], q='昆明是不是不低于1.2亿元？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'anqing', '首期规模2000万元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(10, dict(ITEMS[10], values=['2亿元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(15, dict(ITEMS[15], q=ITEMS[15]['q'] + '（昆明）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='hunanbank', anchors=['1.对逾期、不良的服务业经营主体贷款'],
                                                             markers=['不予贴息'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(10, dict(ITEMS[10], q='小微企业应急贷款周转金的资金规模多大？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('hunanbank', '银行'),
    'anchor_in_two_lines': lambda: ITEMS.__setitem__(10, dict(ITEMS[10], anchors=['昆明'])),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZA_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nza{i:03d}'
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
