#!/usr/bin/env python3
"""Write questions.jsonl for notices-zb, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 农业信贷担保 / 乡村振兴 金融支持: 枣强县 (河北 衡水), 宁国市 (安徽 宣城, county-level city), 扬州市 (江苏),
    鄂尔多斯市 (内蒙古; 解读, 繁體);
  B 科技保险 / 首台(套) / 专利保险 保费补贴: 石家庄高新区 (河北, zone), 潮州市 (广东; 繁體), 苏州市 (江苏; 繁體),
    深圳市 (广东);
  C 金融纠纷调解 / 防范和处置非法集资 / 金融风险: 平山县 (河北 石家庄), 保定市 (河北), 安阳县 (河南; 征求意见),
    天津港保税区 (天津, zone).

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
    simplified texts, every document asked about.
Set NZB_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'zq': 'zaoqiang-county-nongbaodai-agri-credit-guarantee-pilot-plan-2017.txt',
    'ng': 'ningguo-quangengdai-agri-credit-guarantee-plan-2020.txt',
    'yz': 'yangzhou-fiscal-finance-agri-rural-support-opinions-2022.txt',
    'od': 'ordos-rural-revitalization-finance-measures-interpretation-2022.txt',
    'sj': 'shijiazhuang-hitech-zone-sci-tech-insurance-subsidy-news-2020.txt',
    'cz': 'chaozhou-patent-insurance-subsidy-measures-news.txt',
    'su': 'suzhou-sci-tech-insurance-premium-subsidy-guide-2020.txt',
    'sz': 'shenzhen-first-set-equipment-insurance-compensation-notice-2024.txt',
    'ps': 'pingshan-county-financial-dispute-mediation-committee-news-2024.txt',
    'bd': 'baoding-illegal-fundraising-prevention-rules-2024.txt',
    'ay': 'anyang-county-illegal-fundraising-measures-draft-consultation-2023.txt',
    'tj': 'tianjin-port-ftz-financial-emergency-plan-2026.txt',
}
TRAD_DOCS = {'od', 'cz', 'su'}
PLACES = {
    'zq': ['枣强', '棗強'], 'ng': ['宁国', '寧國'], 'yz': ['扬州', '揚州'], 'od': ['鄂尔多斯', '鄂爾多斯'],
    'sj': ['石家庄高新区', '石家莊高新區'], 'cz': ['潮州'], 'su': ['苏州', '蘇州'], 'sz': ['深圳'],
    'ps': ['平山'], 'bd': ['保定'], 'ay': ['安阳县', '安陽縣'], 'tj': ['天津港保税区', '天津港保稅區'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|种|種|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次|种|種)|'
                    r'百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵寄號碼遞畢節雲貢獻連續滿歲齡籌記登證'
                 '謄齊語論壇織處罰聽遷畫輔導據歡財撥週則範圍蕭銀揚龍農廳勸稅港預測級協險壽')

EQUIV = {
    '3000万元': ['三千万元', '3000萬元'],
    '县财政局': [],
    '20 %': ['20%', '百分之二十', '20％'],
    '皖财农〔2020〕215号': ['皖财农(2020)215号', '皖财农[2020]215号', '皖財農〔2020〕215號'],
    '2020年': ['2020'],
    '2%': ['百分之二', '2％'],
    '2500亿元': ['2500億元', '两千五百亿元'],
    '3700亿元': ['3700億元', '三千七百亿元'],
    '扬府办发〔2022〕86号': ['扬府办发(2022)86号', '扬府办发[2022]86号', '揚府辦發〔2022〕86號'],
    '5%、6%、8%、10%': ['5%、6%、8%和10%', '5%,6%,8%,10%', '5％、6％、8％、10％'],
    '3个月': ['三个月', '3個月'],
    '2022-01-31': ['2022年1月31日', '2022.1.31'],
    '銀發(fā)〔2021〕133號': ['银发〔2021〕133号', '銀發〔2021〕133號', '银发(2021)133号', '银发[2021]133号'],
    '60%': ['百分之六十', '60％'],
    '50%': ['百分之五十', '50％'],
    '3月3日': ['3月3号'],
    '14种': ['十四种', '14種'],
    '30 萬元': ['30万元', '30萬元', '三十万元'],
    '工信厅重装函〔2024〕400号': ['工信厅重装函(2024)400号', '工信厅重装函[2024]400号'],
    '2024年版': ['2024版'],
    '14名': ['十四名', '14人', '14个'],
    '6名': ['六名', '6人'],
    '2名': ['两名', '二名', '2人'],
    '崔文书': ['崔文書'],
    '市地方金融监督管理局': [],
    '河北省人民政府令〔2022〕第6号': ['河北省人民政府令(2022)第6号', '河北省人民政府令[2022]第6号'],
    '安政办﹝2022﹞48号': ['安政办〔2022〕48号', '安政办(2022)48号', '安政办[2022]48号'],
    '2023-11-23': ['2023年11月23日', '2023.11.23'],
    '四个等级': ['4个等级', '四级', '4级'],
    '2026年1月19日': ['2026-01-19', '2026.1.19'],
    '2026-01-22': ['2026年1月22日', '2026.1.22'],
}

# values that the text writes as a date directly followed by a clock time ('2022-01-31 17:01:00'): once
# whitespace is removed the date touches the time's digits, so the clause check of the digit rule is waived for
# them (an answer states the date alone); the value must still occur verbatim in the clause.
GLUED_OK = {'2022-01-31', '2023-11-23'}


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


DOC = {'zq': '枣强', 'ng': '宁国', 'yz': '农业农村高质量', 'od': '鄂爾多斯', 'sj': '科技保险保费补助',
       'cz': '潮州', 'su': '蘇州', 'sz': '首台', 'ps': '平山', 'bd': '保定', 'ay': '安阳县', 'tj': '天津港'}

# ================= topic A: 农业信贷担保 / 乡村振兴 金融支持 =================
# ---- 枣强县 “农保贷” 业务试点实施方案 (河北 衡水, 县; title composed) ----
A('河北衡水枣强县的农保贷试点，选了哪几家银行合作？', 'zq',
  ['经磋商'], ['中国农业银行枣强支行', '邮政储蓄银行枣强支行'])
A('枣强县“农保贷”到2017年底计划放给多少户、总共放多少钱？', 'zq',
  ['经磋商'], ['发放50户以上', '总额3000万元以上'], ['3000万元', '三千万元', '3000萬元', '50户'])
A('枣强农保贷试点的日常组织协调，具体是哪个部门在管？', 'zq',
  ['为确保我县'], ['领导小组办公室设在县财政局'], ['县财政局', '财政局'])
A('枣强县的农保贷，担保是哪家担保公司提供的？', 'zq',
  ['经磋商'], ['河北省农业信贷担保有限公司'])
A('枣强县农保贷主要支持哪些经营主体？麻烦都列出来。', 'zq',
  ['以服务“三农”为目的'], ['种养大户、家庭农场', '农业社会化服务组织'])
A('“农保贷”试点领导小组由谁当组长？成员都有哪些单位？', 'zq',
  ['为确保我县'], ['县政府分管负责同志担任组长', '检察院、各乡镇'], noplace=True)

# ---- 宁国市 农业信贷融资担保“劝耕贷”实施方案 (安徽 宣城, 县级市; title composed) ----
A('安徽宁国的劝耕贷重点扶持哪些对象？', 'ng',
  ['1.贷款对象。'], ['林业经营大户', '星级农家乐'])
A('宁国市劝耕贷的目标里，新型农业经营主体受益率要到多少？', 'ng',
  ['2020年我市设立'], ['受益率不少于20 %'], ['20 %', '20%', '百分之二十', '20％'])
A('寧國市勸耕貸依據的安徽省財政廳、農業農村廳文件是哪個文號？', 'ng',
  ['为促进“资源联合开发'], ['皖财农〔2020〕215号'],
  ['皖财农〔2020〕215号', '皖财农(2020)215号', '皖财农[2020]215号', '皖財農〔2020〕215號'])
A('宁国市哪一年设立省农担公司的县级办事处？', 'ng',
  ['2020年我市设立'], ['2020年我市设立'], ['2020年', '2020'])
A('宁国的劝耕贷合作协议是哪两方签的？', 'ng',
  ['为促进“资源联合开发'], ['宁国市人民政府签定的', '安徽省农业信贷融资担保公司'])

# ---- 扬州市 财政金融支持农业农村高质量发展的意见 (江苏, 市; headline has no place) ----
A('揚州對農業龍頭企業和種業企業的生產發展貸款，貼息多少？', 'yz',
  ['(一)支持重要农产品供给。'], ['不高于2%的贴息补助'], ['2%', '百分之二', '2％'])
A('扬州2022年全市涉农贷款余额的目标是多少？其中粮食保供贷款呢？', 'yz',
  ['认真贯彻落实国家和省'], ['突破2500亿元', '超过400亿元'], ['2500亿元', '2500億元', '两千五百亿元', '400亿元'])
A('扬州市到2025年涉农贷款余额力争达到多少？', 'yz',
  ['认真贯彻落实国家和省'], ['达到3700亿元'], ['3700亿元', '3700億元', '三千七百亿元'])
A('扬州这份财政金融支持农业农村的意见，文号是多少？', 'yz',
  ['扬府办发〔2022〕86号'], ['扬府办发〔2022〕86号'],
  ['扬府办发〔2022〕86号', '扬府办发(2022)86号', '扬府办发[2022]86号', '揚府辦發〔2022〕86號'])
A('扬州2022到2025年每年拿多大比例的土地出让收入用于农业农村？', 'yz',
  ['认真贯彻落实国家和省'], ['5%、6%、8%、10%'], ['5%、6%、8%、10%', '5%、6%、8%和10%'])
A('生猪养殖连续亏了多久的企业，生产发展贷款也能拿贴息？', 'yz',
  ['(一)支持重要农产品供给。'], ['连续严重亏损3个月以上'], ['3个月', '三个月', '3個月'], noplace=True)

# ---- 鄂尔多斯市 乡村振兴金融支持产业振兴办法 政策解读 (内蒙古, 市; 繁體 mirror) ----
A('内蒙古鄂尔多斯那个金融支持产业振兴办法的政策解读，是哪个单位发布的？哪天？', 'od',
  ['發(fā)布時間'], ['鄂爾多斯市農(nóng)牧局'], ['2022-01-31', '2022年1月31日', '2022.1.31'])
A('鄂尔多斯的乡村振兴金融支持产业振兴办法，是落实人民银行等部门哪个文件？', 'od',
  ['為深入貫徹'], ['〔2021〕133號'],
  ['銀發(fā)〔2021〕133號', '银发〔2021〕133号', '銀發〔2021〕133號', '银发(2021)133号', '银发[2021]133号'])
A('鄂尔多斯为什么要出台金融支持产业振兴办法？主要想解决什么问题？', 'od',
  ['為深入推進金融支持'], ['融資難、融資貴問題'])
A('鄂尔多斯这个办法分几部分？第一部分讲什么？', 'od',
  ['主要包括部分內(nèi)容'], ['第二部分是項目管理', '總體目標及基本原則'])

# ================= topic B: 科技保险 / 首台(套) / 专利保险 保费补贴 =================
# ---- 石家庄高新区 科技保险保费补助 申报 (河北, 开发区; news repost, headline has no place) ----
A('石家庄高新区科技保险保费补助：参保金额5000万以内的，补贴比例多少？每家每年封顶多少？', 'sj',
  ['据了解,该区为科技保险创新试点'], ['实际缴纳保费的60%支持', '每年10万元支持'], ['60%', '百分之六十', '60％', '10万元'])
A('石家庄高新区参保金额超过5000万元的企业，保费怎么补？最高多少？', 'sj',
  ['据了解,该区为科技保险创新试点'], ['缴纳保费50%予以支持', '每年15万元支持'], ['50%', '百分之五十', '50％', '15万元'])
A('石家庄高新区这次科技保险保费补助申报截止到哪天？', 'sj',
  ['日前,记者从高新区科技局获悉'], ['截止日期为3月3日'], ['3月3日', '3月3号'])
A('石家庄高新区的科技保险试点险种一共有多少种？', 'sj',
  ['据了解,该区为科技保险创新试点'], ['关键研发设备保险等14种'], ['14种', '十四种', '14種'])
A('参保金额在5000万元以上的，申请保费支持前要先找谁做评估？', 'sj',
  ['据了解,该区为科技保险创新试点'], ['第三方评估公司'], noplace=True)
A('在石家庄高新区怎么申报科技保险保费补助？还能去窗口交材料吗？', 'sj',
  ['为做好疫情防控'], ['改为线上受理', '科技金融服务中心线上平台'])

# ---- 潮州市 专利保险补贴办法 (广东, 市; 繁體 mirror of a news report; title composed) ----
A('广东潮州的专利保险补贴比例是多少？同一家每年最多补多少？', 'cz',
  ['補貼資金采取按比例補貼的方式'], ['實際支出保費的50%', '補貼總額不超過1萬元'], ['50%', '百分之五十', '50％', '1萬元'])
A('潮州专利保险补贴能补哪些险种？', 'cz',
  ['《辦法》規(guī)定'], ['侵犯專利責任險', '境外展會專利糾紛'])
A('潮州专利保险补贴的钱是从哪几块资金里安排的？', 'cz',
  ['《辦法》規(guī)定'], ['作為潮州專利保險補貼資金'])
A('潮州的专利保险补贴给谁？外地企业能申请吗？', 'cz',
  ['專利侵權(quán)時有發(fā)生'], ['專利保險的本市企業(yè)'])

# ---- 苏州市 市级科技保险费补贴项目 申请扶持政策和申报条件 (江苏, 市; 繁體 mirror) ----
A('苏州市级科技保险费补贴，每家单位一年最多补多少？', 'su',
  ['扶持政策:'], ['補貼總額不*過 30 萬元'], ['30 萬元', '30万元', '30萬元', '三十万元'])
A('苏州产品责任保险、关键研发设备保险这些险种，保费补贴比例多少？', 'su',
  ['保費補貼比例不*過 50%'], ['保費補貼比例不*過 50%'], ['50%', '百分之五十', '50％'])
A('我们公司想申请苏州的科技保险费补贴，需要满足什么基本条件？', 'su',
  ['(一)在蘇州市區(qū)登記注冊', '(二)守法經營', '(三)應符合以下條件之一'], ['獨立法人資格', '近三年無嚴重失信行為'])
A('苏州科技保险费补贴里“符合以下条件之一”具体是哪几类企业？', 'su',
  ['2.經科技型', '3.高新技術企業', '4.市級“瞪羚計劃”', '5.市級高成長', '6.獲得各級科技人才'],
  ['瞪羚計劃', '領軍人才企業'])
A('苏州科技保险费补贴是先补还是后补？重点支持哪类申报单位？', 'su',
  ['扶持政策:'], ['采取后補貼方式', '重點支持首次申報的單位'])

# ---- 深圳市工业和信息化局 首台(套)重大技术装备保险补偿项目申报通知 (广东, 市; headline says 市) ----
A('深圳组织首台(套)重大技术装备保险补偿申报，依据的是工信部哪个文件？', 'sz',
  ['根据《工业和信息化部办公厅'], ['〔2024〕400号'],
  ['工信厅重装函〔2024〕400号', '工信厅重装函(2024)400号', '工信厅重装函[2024]400号'])
A('深圳首台套保险补偿申报的装备要符合哪个版本的目录？', 'sz',
  ['申报装备需满足'], ['指导目录(2024年版)'], ['2024年版', '2024版'])
A('深圳首台套保险补偿，整机装备和关键零部件分别按什么方式支持？', 'sz',
  ['申报装备需满足'], ['按照台(套)数方式支持', '按照批次数方式支持'])
A('深圳这次首台套申报里，哪些整机装备可以按批次数方式支持？', 'sz',
  ['申报装备需满足'], ['高端工业母机', '精密仪器仪表'])
A('申报首台套保险补偿时，像航空发动机这种单件价值很高的核心部件按什么方式支持？', 'sz',
  ['申报装备需满足'], ['航空发动机、船舶发动机'], noplace=True)

# ================= topic C: 金融纠纷调解 / 防范和处置非法集资 / 金融风险 =================
# ---- 平山县 金融纠纷人民调解委员会 (河北 石家庄, 县; official news; title composed) ----
A('石家庄平山县金融纠纷人民调解委员会一共有多少名成员？', 'ps',
  ['目前,金融纠纷人民调解委员会'], ['共有14名成员'], ['14名', '十四名', '14人', '14个'])
A('平山县金融纠纷调解委员会里，专职人员和兼职调解员各有几名？', 'ps',
  ['目前,金融纠纷人民调解委员会'], ['6名专职调节工作人员', '6名金融行业从业人员'], ['6名', '六名', '6人'])
A('平山县金融纠纷人民调解委员会是哪些部门推动成立的？', 'ps',
  ['为探索建立'], ['平山县金融发展服务中心', '平山县司法局'])
A('平山县金融纠纷人民调解委员会的首席调解员和主任分别是谁？', 'ps',
  ['“调解过程中', '“我们将积极探索'], ['首席调解员崔文书', '主任陈海江'], ['崔文书', '崔文書', '陈海江'])
A('那个金融纠纷人民调解委员会里，有几名执业律师当调解员？', 'ps',
  ['目前,金融纠纷人民调解委员会'], ['2名执业律师'], ['2名', '两名', '二名', '2人'], noplace=True)

# ---- 保定市 防范和处置非法集资工作实施细则 (河北, 市) ----
A('保定市防范和处置非法集资工作的牵头部门是哪个？', 'bd',
  ['市地方金融监督管理局是本市'], ['市地方金融监督管理局是本市'], ['市地方金融监督管理局', '地方金融监督管理局'])
A('保定處非辦設在哪個部門？日常工作還有哪些單位協助？', 'bd',
  ['市地方金融监督管理局是本市'], ['处非办设在市地方金融', '中国人民银行保定市分行'])
A('保定市处非领导小组下面设了哪三个组，各设在哪里？', 'bd',
  ['市地方金融监督管理局是本市'], ['信访稳定组,设在市信访局', '打击和处置组,设在市委政法'])
A('保定这个非法集资实施细则依据了河北省哪个政府令？', 'bd',
  ['为防范和处置非法集资,保护'], ['〔2022〕第6号'], ['河北省人民政府令〔2022〕第6号', '河北省人民政府令(2022)第6号',
                                                   '河北省人民政府令[2022]第6号'])
A('在保定，县区政府和开发区管委会在防范处置非法集资上要承担什么责任？', 'bd',
  ['各县(市、区)人民政府、开发区管委会对本辖区'], ['对本辖区防范和处置非法集资', '牵头部门应当配备'])

# ---- 安阳县(示范区) 防范和处置非法集资工作实施办法(暂行) 征求意见 (河南 安阳, 县) ----
A('河南安阳县防范和处置非法集资实施办法的征求意见稿，是按照安阳市哪个文件要求制定的？', 'ay',
  ['为深入贯彻落实《防范和处置非法集资条例》'], ['安政办﹝2022﹞48号'],
  ['安政办﹝2022﹞48号', '安政办〔2022〕48号', '安政办(2022)48号', '安政办[2022]48号'])
A('安阳县这个办法里，谁对本行政区域内的防范处置非法集资工作负总责？', 'ay',
  ['(二)坚持齐抓共管'], ['各乡镇对本行政区域内'])
A('安阳县防范处置非法集资办法的工作原则有哪些？', 'ay',
  ['(一)坚持防范为主', '(二)坚持齐抓共管'], ['坚持防范为主、打早打小', '坚持齐抓共管、群防群治'])
A('安阳县这个征求意见公告是哪天发布的？信息来源是哪个单位？', 'ay',
  ['发布日期:2023-11-23'], ['信息来源: 安东新区'], ['2023-11-23', '2023年11月23日', '2023.11.23'])
A('安阳县要建立健全哪些防范非法集资的制度？', 'ay',
  ['(一)坚持防范为主'], ['举报奖励等各项制度', '监测预警、宣传教育'])

# ---- 天津港保税区 金融突发事件应急预案 (天津, 保税区) ----
A('天津港保税区把金融突发事件分成几个等级？', 'tj',
  ['按照金融突发事件的性质'], ['较大、一般四个等级'], ['四个等级', '4个等级', '四级', '4级'])
A('天津港保稅區金融突發事件應急預案是哪天印發的？', 'tj',
  ['2026年1月19日'], ['2026年1月19日'], ['2026年1月19日', '2026-01-19', '2026.1.19'])
A('天津港保税区的金融突发事件应急预案依据了哪些法规和上级预案？', 'tj',
  ['依据《中华人民共和国突发事件应对法》'], ['天津市金融突发事件应急预案', '天津市地方金融监督管理条例'])
A('天津港保税区这个金融应急预案网上哪天发布的？来源是哪个部门？', 'tj',
  ['发布日期: 2026-01-22'], ['保税区党委办公室'], ['2026-01-22', '2026年1月22日', '2026.1.22'])
A('金融突发事件的等级是按哪几个方面来划分的？', 'tj',
  ['按照金融突发事件的性质'], ['性质、影响范围和危害程度'], noplace=True)

# ================= near misses (doc null) =================
# -- another place's rule: a real sibling county/city of the same province, or a neighbouring place --
N('河北衡水武邑县的农保贷试点，领导小组办公室设在哪？', {'ALL': ['武邑']}, 'place')
N('安徽广德市的劝耕贷，新型农业经营主体受益率目标是多少？', {'ALL': ['广德', '廣德']}, 'place')
N('泰州市对农业龙头企业生产贷款的贴息比例是多少？', {'ALL': ['泰州']}, 'place')
N('常州市对江苏农担公司担保业务的担保费补助比例是多少？', {'ALL': ['常州']}, 'place')
N('包头市乡村振兴金融支持产业振兴办法的政策解读是哪个部门发的？', {'ALL': ['包头', '包頭']}, 'place')
N('唐山高新区科技保险保费补助，单个企业每年最高多少？', {'ALL': ['唐山']}, 'place')
N('汕头市专利保险补贴对同一投保人每年最多补多少？', {'ALL': ['汕头', '汕頭']}, 'place')
N('南通市级科技保险费补贴每家单位每年上限多少？', {'ALL': ['南通']}, 'place')
N('东莞组织首台（套）重大技术装备保险补偿申报，依据的是哪个文件？', {'ALL': ['东莞', '東莞']}, 'place')
N('灵寿县金融纠纷人民调解委员会有多少名成员？', {'ALL': ['灵寿', '靈壽']}, 'place')
N('沧州市防范和处置非法集资工作的牵头部门是哪个？', {'ALL': ['沧州', '滄州']}, 'place')
N('内黄县防范和处置非法集资工作实施办法是按照哪个文件制定的？', {'ALL': ['内黄', '內黃']}, 'place')
N('天津东疆综合保税区的金融突发事件分几级？', {'ALL': ['东疆', '東疆']}, 'place')
N('宁夏农业信贷担保的担保费率是多少？', {'ALL': ['宁夏', '寧夏']}, 'place')
# -- a year the texts do not state --
N('扬州2023年全市涉农贷款余额目标是多少？', {'yz': ['2023']}, 'year')
N('枣强县农保贷2018年计划发放多少户？', {'zq': ['2018']}, 'year')
N('宁国市劝耕贷2023年的放款总额目标是多少？', {'ng': ['2023', '总额']}, 'year')
N('石家庄高新区2021年的科技保险保费补助什么时候截止申报？', {'sj': ['2021']}, 'year')
N('苏州2022年度科技保险费补贴每家上限是多少？', {'su': ['2022']}, 'year')
# -- a figure the texts do not state for that measure --
N('枣强县农保贷的担保费率是多少？', {'zq': ['费率', '担保费']}, 'figure')
N('枣强县农保贷单户最多能贷多少？', {'zq': ['单户', '每户', '额度']}, 'figure')
N('宁国劝耕贷的担保费率和财政贴息各是多少？', {'ng': ['费率', '贴息', '担保费']}, 'figure')
N('宁国市劝耕贷单户贷款最高额度是多少？',
  [('NOFIG', 'ng', '重点扶持我市种养大户'), {'ng': ['万元', '额度']}], 'figure')
N('扬州对涉农贷款的担保费补助比例是多少？', {'yz': ['担保费']}, 'figure')
N('鄂尔多斯乡村振兴贷款的贴息比例是多少？', {'od': ['貼息', '贴息', '%']}, 'figure')
N('潮州每年安排的专利保险补贴资金总额是多少？', [('NOFIG', 'cz', '作為潮州專利保險補貼資金')], 'figure')
N('苏州高管人员健康保险和意外伤害保险的保费补贴比例是多少？', {'su': ['健康保險', '意外傷害']}, 'figure')
N('深圳首台套保险补偿按保费的多少比例补贴？', {'sz': ['%', '保费']}, 'figure')
N('平山县金融纠纷调解一般多少天内办结？', {'ps': ['日内', '工作日', '天内']}, 'figure')
N('保定对组织非法集资的单位最高罚款多少？', {'bd': ['罚款', '万元']}, 'figure')
N('安阳县这份征求意见稿的意见反馈截止到哪天？', {'ay': ['截止', '反馈', '邮箱', '电话']}, 'figure')
N('天津港保税区特别重大金融突发事件的金额标准是多少？', {'tj': ['亿元', '万元']}, 'figure')
# -- off-topic --
N('保定市住房公积金贷款最高额度是多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('苏州市职工医保报销比例是多少？', {'ALL': ['医保', '醫保']}, 'offtopic')
N('天津港保税区人才落户有什么条件？', {'ALL': ['落户', '落戶']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], markers=['发放60户以上'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], markers=['领导小组办公室设在县财政局'])),
    'marker_too_long': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], markers=['实现“农保贷”发放50户以上(含农业企业)'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['枣强']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'zq': ['武邑']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['3000萬元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['3000万元', '5000万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], q='枣强县总额3000万元以上对吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'cz', '補貼總額不超過')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['000万元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], q=ITEMS[5]['q'] + '（枣强）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='bd', anchors=['为防范和处置非法集资,保护'],
                                                             markers=['防范和处置非法集资条例'], values=[],
                                                             noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='农保贷试点选了哪几家银行合作？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('zq', '实施方案'),
    'glued_date_without_waiver': lambda: GLUED_OK.discard('2023-11-23'),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZB_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzb{i:03d}'
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
