#!/usr/bin/env python3
"""Write questions.jsonl for notices-j, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor
is a string that must occur in exactly one line of that document; that line is the clause (the texts have one
paragraph, item, table row or numbered point a line).
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file and occurs in the answering clause;
  - the first value is an exact substring of the named file and occurs in the answering clause; any further
    value must be listed in EQUIV as another way of writing the first (Arabic vs Chinese numerals, 萬 vs 万,
    a Western or padded date, 〔〕 vs [] / ﹝﹞ in a 文号);
  - the first value, where it begins or ends with a digit, occurs in the file outside a longer number;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - no question contains a marker of 6 or more characters;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file);
    a near miss may only probe a whole text or a place / version / kind that no text has, never what might
    lie after the cut of a partial text (see README).
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'qh': 'qinghai-fiscal-financial-linkage-measures-2025.txt',
    'nx': 'ningxia-tech-sme-risk-compensation-loan-measures-2025.txt',
    'sp': 'shapotou-district-forestry-loan-interest-subsidy-publicity-2024.txt',
    'ak': 'ankang-industrial-fixed-asset-loan-risk-compensation-projects-2015.txt',
    'lz': 'lanzhou-emerging-industry-loan-interest-subsidy-news-2016.txt',
    'sx': 'shanxi-microcredit-supervision-rules-interpretation-2025.txt',
    'bd': 'baodi-district-listed-companies-doubling-plan-2023.txt',
    'cc': 'changchun-new-area-finance-agglomeration-policies-2019.txt',
    'ly': 'liaoyang-small-business-support-policy-list-2023.txt',
    'mo': 'macau-2022-bank-loan-interest-subsidy-regulation.txt',
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)

EQUIV = {
    '100万元': ['一百万元'],
    '第60次': ['第六十次'],
    '2025-06-22': ['2025年6月22日', '2025年06月22日'],
    '青政办〔2025〕10号': [],
    '2025年10月15日': [],
    '国科发资〔2025〕47号': [],
    '18户': ['十八户'],
    '212.753893万元': ['2127538.93元'],
    '0955-7065879': [],
    '宁林规发〔2023〕3号': [],
    '5个工作日': ['五个工作日'],
    '10亿元': ['十亿元'],
    '116个': ['一百一十六个'],
    '271650万元': ['27.165亿元', '271,650万元'],
    '98个': ['九十八个'],
    '陕工信发〔2015〕204号': [],
    '5000万元': ['五千万元'],
    '3000万元': ['三千万元'],
    '300万元': ['三百万元'],
    '30%': ['百分之三十'],
    '500万元': ['五百万元'],
    '金规〔2024〕26号': [],
    '第五十六条': ['第56条'],
    '晋金监互金〔2021〕15号': [],
    '2023-09-18': ['2023年9月18日', '2023年09月18日'],
    '2023年9月13日': [],
    '200万元': ['二百万元', '两百万元'],
    '1000万元': ['一千万元'],
    '40%': ['百分之四十'],
    '吉政办发﹝2019﹞8号': ['吉政办发〔2019〕8号'],
    '1年': ['一年'],
    '8890000': [],
    '48项': ['四十八项'],
    '辽市政发[2020]3号': ['辽市政发〔2020〕3号'],
    '2023-07-31': ['2023年7月31日', '2023年07月31日'],
    '五百萬元': ['五百万元', '500萬元', '500万元', '5,000,000元'],
    '兩年': ['两年', '2年'],
    '百分之五十': ['50%'],
    '第五十條': ['第50條', '第五十条', '第50条'],
}


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[\s"\'“”‘’「」『』]', '', s)


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


def standalone(v, text):
    """the scorer refuses a value that is part of a longer number"""
    t, nv = norm(text), norm(v)
    pat = re.escape(nv)
    if nv[:1].isdigit():
        pat = r'(?<![\d.])' + pat
    if nv[-1:].isdigit():
        pat = pat + r'(?![\d.])'
    return re.search(pat, t) is not None


ITEMS = []


def A(q, key, doc, anchors, markers, values=()):
    ITEMS.append(dict(q=q, key=key, doc=doc, anchors=anchors, markers=list(markers), values=list(values)))


def N(q, probes, kind=''):
    ITEMS.append(dict(q=q, key=None, probes=probes, kind=kind))


# ---------------- 青海 青政办〔2025〕10号 ----------------
A('青海省对给重大建设项目做配套融资的银行有奖励吗？按什么算，最多奖多少？',
  'qh', '青海', ['促进重大建设项目配套融资'], ['按新增贷款额度的1‰', '给予最高100万元的奖励'], ['100万元', '一百万元'])
A('青海财政金融联动那个若干措施，是省政府第几次常务会议审议通过的？',
  'qh', '青海', ['已经省政府第60次常务会议'], ['省政府第60次常务会议'], ['第60次', '第六十次'])
A('我们是西宁的企业，听说省里要搞贷款贴息资金池，具体怎么弄？依托哪些平台做一站式贴息？',
  'qh', '青海', ['推动贷款贴息整合提效'], ['设立省级贷款贴息资金池', '青信融'])
A('青海省财政金融联动促进经济高质量发展若干措施的文号是什么？',
  'qh', '青海', ['015000185'], ['青政办〔2025〕10号'], ['青政办〔2025〕10号'])
A('青海这份财金联动措施成文日期是哪天？现在还有效吗？',
  'qh', '青海', ['成文日期 :2025-06-22'], ['2025-06-22'], ['2025-06-22', '2025年6月22日', '2025年06月22日'])
A('海东的个体户问：青海这次贴息政策里，个人消费贷和服务业经营主体贷款有贴息吗？设备更新贷款呢？',
  'qh', '青海', ['推动贷款贴息整合提效'], ['落实个人消费贷款', '大规模设备更新贷款贴息'])

# ---------------- 宁夏科技型中小企业风险补偿贷款管理办法 ----------------
A('“宁科贷”是哪几个部门联合搞的？',
  'nx', '宁夏', ['联合制定了'], ['自治区科技厅、自治区财政厅', '宁夏回族自治区分行'])
A('宁夏科技型中小企业风险补偿贷款管理办法是哪天印发的？',
  'nx', '宁夏', ['2025年10月15日'], ['2025年10月15日'], ['2025年10月15日'])
A('宁科贷的风险补偿资金是谁出的钱？主要补偿银行哪部分损失？',
  'nx', '宁夏', ['第二条'], ['财政预算安排', '补偿贷款本金损失'])
A('银川经开区管委会要是拿钱参与宁科贷，自治区科技厅会配套吗？',
  'nx', '宁夏', ['第二条'], ['进行一定比例的配套', '合作单位'])
A('宁夏这个风险补偿贷款办法依据的是科技部等七部门哪个文？文号多少？',
  'nx', '宁夏', ['第一条'], ['国科发资〔2025〕47号'], ['国科发资〔2025〕47号'])
A('寧科貸這個辦法發給了哪些單位？寧東基地在不在裡面？',
  'nx', '宁夏', ['宁东能源化工基地管委会'], ['宁东能源化工基地管委会'])

# ---------------- 沙坡头区2024年林业贷款中央财政贴息项目公示 ----------------
A('中卫沙坡头区2024年林业贷款中央财政贴息，一共多少户通过审核了？',
  'sp', '沙坡头', ['宁林规发'], ['共18户企业'], ['18户', '十八户'])
A('沙坡头那个林业贴息公示里，贷款总额多少？拟贴息金额是多少？',
  'sp', '沙坡头', ['宁林规发'], ['贷款金额10393万元', '拟贴息金额'], ['212.753893万元', '2127538.93元'])
A('林业贷款贴息公示期是哪几天？有异议打哪个监督电话？',
  'sp', '沙坡头', ['宁林规发'], ['公示时间2024年8月8日', '监督电话'], ['0955-7065879'])
A('沙坡头区林业贴息项目依据的自治区林业贴息贷款实施细则，文号是多少？',
  'sp', '沙坡头', ['宁林规发'], ['宁林规发〔2023〕3号'], ['宁林规发〔2023〕3号'])
A('这次林业贷款贴息公示一共公示几个工作日？',
  'sp', '沙坡头', ['宁林规发'], ['共5个工作日'], ['5个工作日', '五个工作日'])
A('沙坡頭區林業貸款貼息是哪個局組織申報的？有異議找誰？',
  'sp', '沙坡头', ['宁林规发'], ['沙坡头区林业和草原局'])

# ---------------- 安康 工业固定资产投资风险补偿贷款项目 ----------------
A('陕西省财政当年拿出多少钱做工业企业新增固定资产贷款风险补偿资金？',
  'ak', '安康', ['省财政出资10亿元'], ['省财政出资10亿元'], ['10亿元', '十亿元'])
A('安康市工信局那次一共征集上报了多少个风险补偿贷款项目？总投资多少？',
  'ak', '安康', ['省财政出资10亿元'], ['共征集上报项目116个', '总投资843105万元'], ['116个', '一百一十六个'])
A('安康报上去的工业项目，拟申请贷款一共多少？',
  'ak', '安康', ['省财政出资10亿元'], ['拟申请贷款271650万元'], ['271650万元', '27.165亿元', '271,650万元'])
A('最后安康有多少个项目进了省上风险补偿贷款的总盘子？有望拿到哪几家银行的贷款？',
  'ak', '安康', ['省财政出资10亿元'], ['已有98个项目', '长安银行和秦农银行'], ['98个', '九十八个'])
A('征集工业固定资产投资风险补偿贷款项目，省工信厅财政厅发的是哪个通知？文号？',
  'ak', '安康', ['省财政出资10亿元'], ['陕工信发〔2015〕204号'], ['陕工信发〔2015〕204号'])

# ---------------- 兰州 战略性新兴产业贷款贴息 ----------------
A('兰州战略性新兴产业贷款贴息专项资金，2016年一共列支多少钱？',
  'lz', '兰州', ['列支5000万元'], ['列支5000万元'], ['5000万元', '五千万元'])
A('那5000万里头，多少做担保资本金、多少做贷款贴息？',
  'lz', '兰州', ['列支5000万元'], ['2000万元作为担保资本金', '作为贷款贴息资金'], ['3000万元', '三千万元'])
A('兰州申请战新产业贷款贴息，单笔贷款最少要多少？什么时间以后的贷款才算？',
  'lz', '兰州', ['单笔贷款不低于300万元'], ['单笔贷款不低于300万元', '2015年1月1日后'], ['300万元', '三百万元'])
A('兰州这个贴息按什么利率做标准？贷款利率上浮多少以内的部分全额贴？',
  'lz', '兰州', ['单笔贷款不低于300万元'], ['同期贷款基准利率为标准', '上浮不超过30%'], ['30%', '百分之三十'])
A('一个企业一个会计年度最多能拿多少贴息？能不能重复申报？',
  'lz', '兰州', ['单笔贷款不低于300万元'], ['贴息额度不超过500万元', '不得重复申报贷款贴息'], ['500万元', '五百万元'])
A('城关区一家生物医药公司，能申报兰州的战新产业贷款贴息吗？要满足啥条件？',
  'lz', '兰州', ['入库后均可作为申报对象'], ['入库后均可作为申报对象', '生物医药'])

# ---------------- 山西 小额贷款公司 “一细则两指引” 政策解读 ----------------
A('山西这次小贷公司的“一细则两指引”到底是哪三个文件？',
  'sx', '小额贷款', ['形成“一细则两指引”监管制度体系'], ['分类评级工作指引', '设立、变更、退出工作指引'])
A('山西修订小额贷款公司监管制度，上位依据是金监总局哪个办法？文号是多少？',
  'sx', '小额贷款', ['一是贯彻落实金监总局'], ['金规〔2024〕26号'], ['金规〔2024〕26号'])
A('金监总局的小贷暂行办法是第几条允许省里自己定实施细则的？',
  'sx', '小额贷款', ['一是贯彻落实金监总局'], ['第五十六条规定'], ['第五十六条', '第56条'])
A('山西原来那个小额贷款公司分类评级办法的文号是多少？',
  'sx', '小额贷款', ['一是贯彻落实金监总局'], ['晋金监互金〔2021〕15号'], ['晋金监互金〔2021〕15号'])
A('山西修订小贷制度的时候参考了哪些省份的做法？',
  'sx', '小额贷款', ['充分借鉴湖北'], ['充分借鉴湖北、湖南'])
A('太原一家小贷公司想知道，这次制度修订要压实谁的责任？',
  'sx', '小额贷款', ['一是贯彻落实金监总局'], ['主发起人股东主体责任', '强化属地处置责任'])

# ---------------- 天津市宝坻区上市企业三年倍增行动计划 ----------------
A('宝坻区上市企业三年倍增行动计划是经过谁审议通过的？',
  'bd', '宝坻', ['已经区企业上市工作领导小组审议通过'], ['区企业上市工作领导小组'])
A('宝坻上市倍增计划是哪个单位在网上发布的？发布时间是哪天？',
  'bd', '宝坻', ['来源:天津市宝坻区金融工作局'], ['天津市宝坻区金融工作局', '2023-09-18'])
A('宝坻区企业上市倍增计划的落款日期是哪天？',
  'bd', '宝坻', ['2023年9月13日'], ['2023年9月13日'], ['2023年9月13日'])
A('天津宝坻推动企业上市，坚持的是什么原则？',
  'bd', '宝坻', ['坚持以习近平新时代'], ['企业自愿、市场主导', '政府支持、依法规范'])
A('宝坻区这个倍增行动计划发给了哪些单位？',
  'bd', '宝坻', ['各街镇、有关单位'], ['各街镇、有关单位'])

# ---------------- 长春新区支持金融集聚推动实体经济发展若干政策 ----------------
A('在长春新区新设一家金融企业，实缴注册资本1个亿，能拿多少运营补助？',
  'cc', '长春', ['第一条'], ['给予运营补助200万元'], ['200万元', '二百万元', '两百万元'])
A('长春新区金融机构总部注册资本超过1亿的，每多1亿补多少？封顶多少？',
  'cc', '长春', ['第一条'], ['补助金额增加100万元', '最高不超过1000万元'], ['1000万元', '一千万元'])
A('长春新区的运营补助是一次性给还是分几年给？每年给多少比例？',
  'cc', '长春', ['第一条'], ['40%、30%、30%', '分三年'], ['40%', '百分之四十'])
A('长春新区这个金融集聚政策里说的“金融企业”包括哪些？',
  'cc', '长春', ['本政策所支持的对象'], ['商业保理公司', '融资租赁公司'])
A('长春新区金融集聚若干政策是根据吉林省哪个文件制定的？',
  'cc', '长春', ['为加快长春新区金融业集聚发展'], ['吉政办发﹝2019﹞8号'], ['吉政办发﹝2019﹞8号', '吉政办发〔2019〕8号'])
A('一家担保公司注册在朝阳区，但税务关系在新区里，算不算长春新区政策的支持对象？',
  'cc', '长春', ['本政策所支持的对象'], ['工商、税务关系在长春新区'])

# ---------------- 辽阳市小微企业、个体工商户扶持政策事项清单 ----------------
A('辽阳对疫情防控重点保障企业新增贷款贴息，除了中央省里的，市里贴多久？',
  'ly', '辽阳', ['对疫情防控重点保障企业贷款给予财政贴息支持'], ['贴息期限不超过1年', '由市财政给予贴息'], ['1年', '一年'])
A('辽阳企业复工复产遇到困难，可以打哪个热线反映？',
  'ly', '辽阳', ['建立复工复产帮扶机制'], ['8890000或12345'], ['8890000'])
A('辽阳那个小微企业和个体户扶持政策清单里，财政资金支持一共有多少项？',
  'ly', '辽阳', ['建立复工复产帮扶机制'], ['财政资金支持(共48项)'], ['48项', '四十八项'])
A('辽阳疫情期间贷款贴息这条，政策依据是哪个文件？文号多少？',
  'ly', '辽阳', ['对疫情防控重点保障企业贷款给予财政贴息支持'], ['辽市政发[2020]3号'], ['辽市政发[2020]3号', '辽市政发〔2020〕3号'])
A('辽阳重点保障企业贷款贴息是哪些单位负责的？',
  'ly', '辽阳', ['对疫情防控重点保障企业贷款给予财政贴息支持'], ['人民银行辽阳市中心支行', '责任单位:市财政局'])
A('遼陽這份扶持政策事項清單是哪個部門發佈的？什麼時候？',
  'ly', '辽阳', ['来源:辽阳市市场监管局'], ['辽阳市市场监管局'], ['2023-07-31', '2023年7月31日', '2023年07月31日'])

# ---------------- 澳門 第35/2022號行政法規 ----------------
A('澳門2022年那個銀行貸款利息補貼計劃，每個商業企業主最多可以就多少貸款拿補貼？',
  'mo', '利息補貼', ['每一商業企業主根據本計劃'], ['澳門元五百萬元'], ['五百萬元', '五百万元', '500萬元', '500万元', '5,000,000元'])
A('澳门2022年疫情贷款利息补贴，最长能补几年？贷款年期长一点能不能多补？',
  'mo', '利息補貼', ['即使貸款年期較長亦然'], ['期間最長兩年', '即使貸款年期較長亦然'], ['兩年', '两年', '2年'])
A('我們公司是法人，澳門居民持股要超過多少才能申請利息補貼？',
  'mo', '利息補貼', ['屬澳門特別行政區居民的自然人'], ['超過百分之五十的出資'], ['百分之五十', '50%'])
A('做金融業務的公司可以申請這個銀行貸款利息補貼嗎？',
  'mo', '利息補貼', ['(三)非屬經營金融業務'], ['非屬經營金融業務'])
A('澳门这个利息补贴，贷款本身要满足什么条件？一定要是澳门的银行吗？',
  'mo', '利息補貼', ['貸與方為獲許可', '(二)貸款用於'], ['貸與方為獲許可', '貸款用於有關企業經營業務'])
A('這個利息補貼的行政法規是行政長官根據基本法哪一條制定的？',
  'mo', '利息補貼', ['行政長官根據'], ['第五十條(五)項'], ['第五十條', '第50條', '第五十条', '第50条'])

# ---------------- near misses (doc null) ----------------
N('中宁县2024年林业贷款中央财政贴息，一共多少户通过审核？', {'ALL': ['中宁']}, kind='a neighbour county of 沙坡头区 in 中卫')
N('固原市有没有自己的科技型中小企业贷款风险补偿资金？规模多大？', {'ALL': ['固原']}, kind='another city of 宁夏')
N('汉中市当年征集了多少个工业固定资产投资风险补偿贷款项目？', {'ALL': ['汉中']}, kind='a sibling city of 安康 in 陕西')
N('商洛申报的风险补偿贷款项目，拟申请贷款多少？', {'ALL': ['商洛']}, kind='a sibling city of 安康 in 陕西')
N('天水市的战略性新兴产业贷款贴息，单笔贷款门槛是多少？', {'ALL': ['天水']}, kind='a sibling city of 兰州 in 甘肃')
N('兰州那2000万担保资本金，担保费率收多少？', {'lz': ['担保费率', '费率', '保费']}, kind='a figure the whole 兰州 text does not state')
N('陕西那10亿元风险补偿资金，贷款出了坏账补偿银行几成？', {'ak': ['补偿比例', '%', '几成', '比例']}, kind='a figure the whole 安康 text does not state')
N('沙坡头区林业贷款贴息的年贴息率是多少？', {'sp': ['贴息率', '%', '利率']}, kind='a figure the whole 沙坡头 text does not state')
N('甘肃省对提供配套融资的金融机构，按新增贷款给多少奖励？', {'ALL': ['甘肃']}, kind='another province (青海 has a figure)')
N('内蒙古的小额贷款公司监督管理实施细则，对注册资本有什么要求？', {'ALL': ['内蒙古']}, kind='another region (山西 has a 解读)')
N('陕西省小额贷款公司分类评级办法的文号是多少？', {'ALL': ['陕西省小额', '陕金']}, kind='another province (山西 has its 文号)')
N('天津武清区的上市企业倍增行动计划是哪天印发的？', {'ALL': ['武清']}, kind='a sibling district of 宝坻')
N('天津滨海新区企业在主板上市，区里奖励多少钱？', {'ALL': ['滨海新区', '滨海']}, kind='a sibling district of 宝坻')
N('宝坻区2026到2028年的新一轮上市企业倍增计划出来了吗？', {'bd': ['2026', '2028']}, kind='a version the text does not state (2023-2025 only)')
N('中韩（长春）国际合作示范区对新设金融机构总部补助多少？', {'ALL': ['中韩', '示范区']}, kind='a neighbouring zone of 长春新区')
N('哈尔滨新区对新引进的金融机构总部给多少运营补助？', {'ALL': ['哈尔滨']}, kind='another province\'s new area')
N('鞍山市对疫情防控重点保障企业贷款贴息期限是多久？', {'ALL': ['鞍山']}, kind='a sibling city of 辽阳')
N('香港的中小企融資擔保計劃，政府擔保幾成？', {'ALL': ['香港', '擔保計劃', '担保计划']}, kind='another place (Hong Kong)')
N('澳門2025年中小企業銀行貸款利息補貼計劃，申請期到幾時？', {'mo': ['2025', '二零二五']}, kind='a later scheme / year the text does not state')
N('新疆对政府性融资担保机构降费有什么补助？担保费率要降到多少？', {'ALL': ['新疆']}, kind='another region, a kind of subsidy none of the texts has')
N('个人申请创业担保贷款最高能贷多少？财政贴息多少？', {'ALL': ['创业担保', '創業擔保']}, kind='a kind of loan none of the texts has')
N('宁夏有没有中小企业应急转贷资金？使用费怎么收？', {'ALL': ['转贷', '過橋', '过桥', '轉貸']}, kind='an instrument none of the texts has')


def main():
    errs, out = [], []
    for i, it in enumerate(ITEMS, 1):
        qid = f'nj{i:03d}'
        if it['key'] is None:
            for where, strings in it['probes'].items():
                keys = ALL if where == 'ALL' else [where]
                for k in keys:
                    for s in strings:
                        if s in TEXT[k]:
                            errs.append(f'{qid}: probe {s!r} found in {FILES[k]}')
            out.append(dict(id=qid, q=it['q'], doc=None, markers=[], values=[]))
            continue
        k, text = it['key'], TEXT[it['key']]
        hits = [kk for kk, t in TITLE.items() if it['doc'] in t]
        if hits != [k]:
            errs.append(f'{qid}: doc {it["doc"]!r} matches titles {hits}')
        cl = clause(k, it['anchors'], errs, qid)
        if not it['markers']:
            errs.append(f'{qid}: no marker')
        for m in it['markers']:
            if m not in text:
                errs.append(f'{qid}: marker {m!r} not in file')
            if norm(m) not in norm(cl):
                errs.append(f'{qid}: marker {m!r} not in clause')
            if len(norm(m)) >= 6 and norm(m) in norm(it['q']):
                errs.append(f'{qid}: question copies marker {m!r}')
            if len(norm(m)) > 14:
                errs.append(f'{qid}: marker {m!r} longer than 14')
        vals = it['values']
        if vals:
            v0 = vals[0]
            if v0 not in text:
                errs.append(f'{qid}: value {v0!r} not in file')
            if norm(v0) not in norm(cl):
                errs.append(f'{qid}: value {v0!r} not in clause')
            if not standalone(v0, cl):
                errs.append(f'{qid}: value {v0!r} only inside a longer number')
            for v in vals[1:]:
                if v not in EQUIV.get(v0, []):
                    errs.append(f'{qid}: value {v!r} is not a declared way of writing {v0!r}')
        out.append(dict(id=qid, q=it['q'], doc=it['doc'], markers=it['markers'], values=vals))
    n_null = sum(r['doc'] is None for r in out)
    if len(out) != 80:
        errs.append(f'{len(out)} items, expected 80')
    if n_null < 22:
        errs.append(f'only {n_null} near misses')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if errs:
        sys.exit('\n'.join(errs))
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'items;', len(out) - n_null, 'answerable;', n_null, 'near misses')


if __name__ == '__main__':
    main()
