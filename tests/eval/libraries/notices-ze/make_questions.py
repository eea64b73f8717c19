#!/usr/bin/env python3
"""Write questions.jsonl for notices-ze, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 人才贷 (talent loans): 枣庄市, 金华市 (征求意见稿), 湖北省 (解读, 繁體), 南通市通州区 (district, report);
  B 普惠金融发展专项资金: 财政部 (national 办法, 繁體), 岳阳市, 汉阴县 (county), 民乐县 (county);
  C 乡村振兴 / 农户小额信贷 贴息: 莲都区 (district), 西平县, 彭水县, 青阳县 (county, 繁體).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document (an anchor written '=text' must equal a whole
line); the clause is the union of those lines.
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
    multiple or count: the measure is named there without a figure; a probe ('NOAMT', key, anchor) asserts
    that this sentence states no amount of money (a year may occur in it);
  - 'ALL' probes are also absent from the two plans of the shared corpus (CORPUS_DIR, default
    /work/shared/corpus) that `npm run eval` adds to every library (checked only where that folder exists);
  - 96 items, at least 32 near misses (and at least 30%), no duplicate question, at least 3 questions in
    traditional script about simplified texts and at least 3 in simplified script about traditional texts,
    every document asked about.
Set NZE_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'zz': 'zaozhuang-talent-loan-risk-compensation-fund-measures-2025.txt',
    'jh': 'jinhua-talent-finance-twelve-measures-draft-consultation-2023.txt',
    'hb': 'hubei-sci-tech-talent-loan-plan-interpretation-2024.txt',
    'tz': 'tongzhou-district-talent-entrepreneurship-opinions-report-2019.txt',
    'mf': 'mof-inclusive-finance-special-fund-measures-2023.txt',
    'yy': 'yueyang-inclusive-finance-special-fund-allocation-notice-2019.txt',
    'hy': 'hanyin-county-inclusive-finance-special-fund-allocation-notice-2022.txt',
    'ml': 'minle-county-inclusive-finance-special-fund-performance-self-evaluation-2024.txt',
    'ld': 'liandu-district-low-income-farmer-microcredit-interest-subsidy-publicity-2023.txt',
    'xp': 'xiping-county-poverty-microcredit-interest-subsidy-plan-publicity-2024.txt',
    'ps': 'pengshui-county-poverty-microcredit-interest-subsidy-plan-notice-2024.txt',
    'qy': 'qingyang-county-poverty-microcredit-policy-explainer-2024.txt',
}
TRAD_DOCS = {'hb', 'mf', 'qy'}
PLACES = {
    'zz': ['枣庄', '棗莊'], 'jh': ['金华', '金華'], 'hb': ['湖北'], 'tz': ['通州'],
    'mf': ['财政部', '財政部', '中央财政', '中央財政'], 'yy': ['岳阳', '岳陽'], 'hy': ['汉阴', '漢陰'],
    'ml': ['民乐', '民樂'], 'ld': ['莲都', '蓮都'], 'xp': ['西平'], 'ps': ['彭水'], 'qy': ['青阳', '青陽'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
# the two plans of the shared corpus that `npm run eval` adds to every library: 'ALL' probes (places and
# off-topic words) must be absent from them too, so that no added text answers a near miss
CORPUS_DIR = os.environ.get('CORPUS_DIR', '/work/shared/corpus')
CORPUS = {os.path.basename(p): open(p, encoding='utf-8').read()
          for p in sorted(glob.glob(os.path.join(CORPUS_DIR, '*.txt')))}
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|分|个百分点)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
AMOUNT = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|元)|[一二三四五六七八九十百千两兩]+(万元|萬元|亿元|億元)')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵寄號碼遞畢節雲貢獻連續滿歲齡籌記登證'
                 '謄齊語論壇織處罰聽遷畫輔導據歡撥週則風範圍銀陽陰樂蓮財務傳門脫貧戶鄉鎮縣農發報價')

EQUIV = {
    '枣财金服字〔2025〕1号': ['枣财金服字(2025)1号', '枣财金服字[2025]1号', '棗財金服字〔2025〕1號'],
    '废止': ['廢止', '不再有效', '失效'],
    '2025年3月26日': ['2025-03-26', '2025.3.26'],
    '市金融办': ['金融办', '金融辦'],
    '2023-09-25': ['2023年9月25日', '2023.9.25', '9月25日'],
    '10家': ['十家'],
    '300万元': ['300万', '三百万元', '300萬元'],
    '六部門': ['六部门', '6个部门', '六个部门'],
    '鄂政辦發〔2024〕24號': ['鄂政办发〔2024〕24号', '鄂政办发(2024)24号', '鄂政办发[2024]24号'],
    '3個方面': ['3个方面', '三个方面', '三個方面'],
    '關于加強財政金融協同服務科技創新的若干措施': ['关于加强财政金融协同服务科技创新的若干措施',
                                   '關於加強財政金融協同服務科技創新的若干措施'],
    '500万元': ['500万', '五百万元', '500萬元'],
    '50%': ['百分之五十', '一半', '50％'],
    '200万元': ['200万', '两百万元', '二百万元', '200萬元'],
    '30万元': ['30万', '三十万元', '30萬元'],
    '財金〔2023〕75號': ['财金〔2023〕75号', '财金(2023)75号', '财金[2023]75号', '財金(2023)75號'],
    '2023年9月4日': ['2023-09-04', '2023.9.4'],
    '2019年': ['2019'],
    '岳财金指〔2019〕5号': ['岳财金指(2019)5号', '岳财金指[2019]5号', '岳財金指〔2019〕5號'],
    '2020年1月8日': ['2020-01-08', '2020.1.8'],
    '湘财金指〔2019〕14号': ['湘财金指(2019)14号', '湘财金指[2019]14号'],
    '2019年12月19日': ['2019-12-19', '2019.12.19'],
    '汉财社字〔2022〕33号': ['汉财社字(2022)33号', '汉财社字[2022]33号', '漢財社字〔2022〕33號'],
    '4000万元': ['4000万', '四千万元', '4000萬元'],
    '60%': ['百分之六十', '60％'],
    '90%': ['百分之九十', '90％'],
    '2倍': ['两倍', '二倍', '2倍以上'],
    '546.23万元': ['546.23万', '546.23萬元'],
    '355.16万元': ['355.16万', '355.16萬元'],
    '50万元': ['50万', '五十万元', '50萬元'],
    '95.43万元': ['95.43万', '95.43萬元'],
    '3%': ['百分之三', '3％'],
    '27262.35元': ['2.726235万元', '27262.35'],
    '2023年8月14日': ['2023-08-14', '2023.8.14'],
    '0578—2132074': ['0578-2132074', '05782132074', '2132074'],
    '浙农振发[2022]2号': ['浙农振发〔2022〕2号', '浙农振发(2022)2号'],
    '380万元': ['380万', '三百八十万元', '380萬元'],
    '2月14日': ['2024年2月14日', '2024-02-14'],
    '西农领〔2023〕6号': ['西农领(2023)6号', '西农领[2023]6号'],
    '0396-2751711': ['03962751711', '2751711'],
    '81.427931万元': ['81.43万元', '81.427931万'],
    '150万元': ['150万', '一百五十万元', '150萬元'],
    '彭水农发〔2024〕210号': ['彭水农发(2024)210号', '彭水农发[2024]210号', '彭水農發〔2024〕210號'],
    '渝银保监发〔2021〕6号': ['渝银保监发(2021)6号', '渝银保监发[2021]6号'],
    '2024年12月23日': ['2024-12-23', '2024.12.23'],
    '5萬元': ['5万元', '五万元', '5萬', '5万'],
    '70%': ['百分之七十', '70％', '七成'],
    '2024-07-10': ['2024年7月10日', '2024.7.10'],
    '全額貼息': ['全额贴息'],
    '112': [],
    '衔接资金': ['銜接資金'],
    '5年期以上': ['五年期以上'],
}

# values that the text writes as a date directly followed by a clock time ('2023-09-25 18:50'): once whitespace
# is removed the date touches the time's digits, so the clause check of the digit rule is waived for them (an
# answer states the date alone); the value must still occur verbatim in the clause.
GLUED_OK = {'2023-09-25'}


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
        if a.startswith('='):
            hits = [ln for ln in lines if ln == a[1:]]
        else:
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
    """probes: {file key or 'ALL': [strings]}, and/or a list of ('NOFIG'|'NOAMT', key, anchor)."""
    ITEMS.append(dict(q=q, key=None, probes=probes, kind=kind))


DOC = {'zz': '枣庄', 'jh': '金华', 'hb': '湖北', 'tz': '通州', 'mf': '財政部', 'yy': '岳阳', 'hy': '汉阴',
       'ml': '民乐', 'ld': '莲都', 'xp': '西平', 'ps': '彭水', 'qy': '青陽'}

# ================= topic A: 人才贷 =================
# ---- 枣庄市 “人才贷”风险补偿资金管理办法 (山东, 市) ----
A('枣庄市这次修订印发的人才贷风险补偿资金管理办法，文号是多少？', 'zz',
  ['=枣财金服字〔2025〕1号'], ['枣财金服字〔2025〕1号'],
  ['枣财金服字〔2025〕1号', '枣财金服字(2025)1号', '枣财金服字[2025]1号', '棗財金服字〔2025〕1號'])
A('枣庄以前那个人才贷风险补偿奖励资金管理办法（2024年2号文）现在还能用吗？', 'zz',
  ['自本通知印发之日起'], ['同时废止'], ['废止', '廢止', '不再有效', '失效'])
A('山东枣庄的人才贷风险补偿办法是哪几个单位联合发的？', 'zz',
  ['=中共枣庄市委组织部 枣庄市财政局', '=枣庄市人力资源和社会保障局 中国人民银行枣庄市分行',
   '=国家金融监督管理总局枣庄监管分局'],
  ['中国人民银行枣庄市分行', '中共枣庄市委组织部'])
A('枣庄人才贷办法这次是哪个部门牵头修订的？', 'zz',
  ['为更好地支持和服务高层次人才'], ['市财政局联合有关部门'])
A('枣庄设立人才贷风险补偿资金，说要促进哪几条链深度融合？', 'zz',
  ['第一条 为深入学习贯彻'], ['教育链、产业链、创新链'])

# ---- 金华市 金融支持人才发展十二条举措(征求意见稿) (浙江, 市) ----
A('金华那个金融支持人才发展十二条举措的征求意见公告是哪天发的？', 'jh',
  ['发布日期:2023-09-25'], ['2023-09-25'],
  ['2023-09-25', '2023年9月25日', '2023.9.25', '9月25日'])
A('浙江金华计划2023年新增几家“人才银行”专属机构？什么时候全覆盖？', 'jh',
  ['(一)构建“人才银行”服务体系'], ['专属机构10家', '到2024年实现全域全覆盖'], ['10家', '十家'])
A('在金华，高层次人才个人信用贷款单户最多能授信多少？', 'jh',
  ['(二)完善人才金融服务效能'], ['单户最高300万元'], ['300万元', '300万', '三百万元', '300萬元'])
A('金华征求意见稿要求“人才银行”建立哪六专机制？', 'jh',
  ['(一)构建“人才银行”服务体系'], ['尽职免责、风险容忍', '信用评级、授信准入'])
A('“政联贷”是个什么产品？跟人才住房补贴有什么关系？', 'jh',
  ['(二)完善人才金融服务效能'], ['人才政策+信贷融资'], noplace=True)

# ---- 湖北省 科技人才贷工作实施方案 政策解读 (繁體) ----
A('湖北省科技人才贷工作实施方案是什么时候、由几个部门联合印发的？', 'hb',
  ['2024年10月,經省人民政府同意'], ['六部門聯合印發'], ['六部門', '六部门', '6个部门', '六个部门'])
A('我们是湖北一家科技企业，搞研发的骨干是省里认定的人才，能不能找银行申请人才贷？', 'hb',
  ['2024年5月12日,省政府辦公廳印發'], ['主要研發人員', '信用貸款和中長期貸款'])
A('湖北科技人才贷方案里的主要任务分成几个方面？', 'hb',
  ['=主要任務分3個方面。'], ['主要任務分3個方面'], ['3個方面', '3个方面', '三个方面', '三個方面'])
A('湖北的科技人才贷款可以拿房子或者存单做抵押吗？', 'hb',
  ['一是開展科技人才貸款業務'], ['不包括不動產、準貨幣'])
A('鄂政办发〔2024〕24号是个什么文件？', 'hb',
  ['2024年5月12日,省政府辦公廳印發'], ['鄂政辦發〔2024〕24號'],
  ['關于加強財政金融協同服務科技創新的若干措施', '关于加强财政金融协同服务科技创新的若干措施',
   '關於加強財政金融協同服務科技創新的若干措施'], noplace=True)

# ---- 南通市通州区 关于促进人才创新创业发展的若干意见 (江苏, 区, report) ----
A('南通通州区对人才创业企业贷款贴息，每户贴息贷款最高多少？期限多长？', 'tz',
  ['财政贴息。'], ['最高不超过500万元', '期限不超过两年'], ['500万元', '500万', '五百万元', '500萬元'])
A('通州区的人才企业贷款贴息按基准利率的多少补贴？', 'tz',
  ['财政贴息。'], ['法定基准利率50%'], ['50%', '百分之五十', '一半', '50％'])
A('我们是通州区的人才创业企业，还没拿到风险投资，能申请那300万的融资担保吗？', 'tz',
  ['贷款担保。'], ['对获风险投资的人才创业企业'])
A('通州区财政每年再拿多少钱注资产业引导基金，投人才创业企业？', 'tz',
  ['股权投资。'], ['每年再安排200万元'], ['200万元', '200万', '两百万元', '二百万元', '200萬元'])
A('入选“510英才计划”的创业类人才企业，一期至少拨付多少资助？', 'tz',
  ['直接资助。'], ['不少于30万元资助'], ['30万元', '30万', '三十万元', '30萬元'], noplace=True)

# ================= topic B: 普惠金融发展专项资金 =================
# ---- 财政部 普惠金融发展专项资金管理办法 (全国, 繁體) ----
A('财政部修订后的普惠金融发展专项资金管理办法，印发文号是多少？', 'mf',
  ['=財金〔2023〕75號'], ['財金〔2023〕75號'],
  ['財金〔2023〕75號', '财金〔2023〕75号', '财金(2023)75号', '财金[2023]75号', '財金(2023)75號'])
A('財政部這份普惠金融發展專項資金管理辦法是哪天印發的？', 'mf',
  ['=2023年9月4日'], ['2023年9月4日'], ['2023年9月4日', '2023-09-04', '2023.9.4'])
A('财政部这次修订的是哪一年制定的普惠金融发展专项资金管理办法？', 'mf',
  ['結(jié)合近年來工作實踐'], ['對2019年制定的'], ['2019年', '2019'])
A('中央财政的普惠金融发展专项资金是什么性质的钱？主要用来干什么？', 'mf',
  ['第二條 本辦法所稱'], ['中央財政安排支持普惠金融', '定向費用補貼'])
A('普惠金融发展专项资金管理办法里说的“省”，除了省和自治区还包括哪些？', 'mf',
  ['第二條 本辦法所稱'], ['計劃單列市'], noplace=True)

# ---- 岳阳市财政局 下达2019年普惠金融发展专项资金 (湖南, 市) ----
A('岳阳市财政局下达2019年普惠金融发展专项资金的通知文号是多少？', 'yy',
  ['=岳财金指〔2019〕5号'], ['岳财金指〔2019〕5号'],
  ['岳财金指〔2019〕5号', '岳财金指(2019)5号', '岳财金指[2019]5号', '岳財金指〔2019〕5號'])
A('岳阳这笔普惠金融专项资金列在哪个功能科目？', 'yy',
  ['根据《湖南省财政厅关于下达'], ['2130804'], ['2130804'])
A('岳阳各区的创业担保贷款贴息及奖补资金材料，最晚什么时候报市财政局？', 'yy',
  ['为贯彻落实党的十九大'], ['2020年1月8日前报我局'], ['2020年1月8日', '2020-01-08', '2020.1.8'])
A('岳陽市財政局這次要求各區報送哪些材料？', 'yy',
  ['为贯彻落实党的十九大'], ['奖补资金申请详情表', '使用情况报告'])
A('湖南岳阳这份下达通知是根据省财政厅哪个文件？', 'yy',
  ['根据《湖南省财政厅关于下达'], ['湘财金指〔2019〕14号'],
  ['湘财金指〔2019〕14号', '湘财金指(2019)14号', '湘财金指[2019]14号'])

# ---- 汉阴县 下达2022年第二批中、省普惠金融发展专项资金 (陕西 安康, 县) ----
A('汉阴县2022年第二批中、省普惠金融发展专项资金年度金额多少万元？其中中央补助多少？', 'hy',
  ['=年度金额', '=112', '=其中:中央补助', '=40'], ['年度金额', '中央补助'], ['112'])
A('汉阴县今年的创业担保贷款要放出去多少？', 'hy',
  ['本年度创业担保贷款发放额', '4000万元'], ['本年度创业担保贷款发放额'],
  ['4000万元', '4000万', '四千万元', '4000萬元'])
A('汉阴县的创业担保基金要放大几倍才算达到绩效目标？', 'hy',
  ['创业担保基金放大倍数', '≥2倍'], ['创业担保基金放大倍数'], ['2倍', '两倍', '二倍', '2倍以上'])
A('漢陰縣績效目標裡，金融網點覆蓋率要求達到多少？', 'hy',
  ['金融机构网点覆盖率', '≥60%'], ['金融机构网点覆盖率'], ['60%', '百分之六十', '60％'])
A('汉阴这笔普惠金融专项资金，县级主管部门是哪个单位？', 'hy',
  ['=县级主管部门', '=汉阴县人力资源和社会保障局'], ['汉阴县人力资源和社会保障局'])
A('陕西汉阴县财政局这个下达专项资金的通知文号是什么？', 'hy',
  ['=汉财社字〔2022〕33号'], ['汉财社字〔2022〕33号'],
  ['汉财社字〔2022〕33号', '汉财社字(2022)33号', '汉财社字[2022]33号', '漢財社字〔2022〕33號'])

# ---- 民乐县 2024年普惠金融发展专项资金 绩效自评报告 (甘肃 张掖, 县) ----
A('民乐县2024年普惠金融发展专项资金中央、省、县一共安排了多少预算？', 'ml',
  ['2024年,该项目中央、省级、县级预算共安排'], ['预算共安排546.23万元'], ['546.23万元', '546.23万', '546.23萬元'])
A('甘肃民乐县2024年贴息资金实际支付了多少？执行率多少？', 'ml',
  ['2024年,该项目中央、省级、县级预算共安排'], ['实际支付355.16万元', '执行率65%'],
  ['355.16万元', '355.16万', '355.16萬元', '65%'])
A('民乐县2024年县里自己配套了多少钱？', 'ml',
  ['2024年,该项目中央、省级、县级预算共安排'], ['2024年配套50万元'], ['50万元', '50万', '五十万元', '50萬元'])
A('民乐县这份绩效自评里，产出指标占多少分？由几个指标构成？', 'ml',
  ['产出指标由2个二级指标'], ['分值为40分'], ['40分'])
A('民乐县普惠金融专项资金自评的满意度指标看哪几类对象的满意度？', 'ml',
  ['满意度指标由1个二级指标'], ['个人满意度', '企业满意度'])
A('2024年普惠金融专项资金里，中央资金有多少是2023年结转下来的？', 'ml',
  ['2024年,该项目中央、省级、县级预算共安排'], ['2023年结转95.43万元'], ['95.43万元', '95.43万', '95.43萬元'],
  noplace=True)

# ================= topic C: 农户小额信贷 贴息 =================
# ---- 莲都区 低收入农户小额信贷贴息资金 公示 (浙江 丽水, 区) ----
A('丽水莲都区2022年度低收入农户小额贷款一共放了多少笔、多少户？', 'ld',
  ['2022年,浙江丽水莲都农村商业银行'], ['发放低收入农户小额贷款57笔'], ['57笔', '35户'])
A('莲都区给低收入农户的小额贷款按多少年利率贴息？', 'ld',
  ['2022年,浙江丽水莲都农村商业银行'], ['按3%年利率予以贴息补助'], ['3%', '百分之三', '3％'])
A('蓮都區這次一共要兌付多少貼息資金？', 'ld',
  ['2022年,浙江丽水莲都农村商业银行'], ['共需兑付贴息资金'], ['27262.35元', '2.726235万元', '27262.35'])
A('莲都区低收入农户贴息的公示期从哪天开始？一共几天？', 'ld',
  ['公示期从2023年8月14日'], ['共10个自然日'], ['2023年8月14日', '2023-08-14', '2023.8.14', '10个自然日'])
A('对莲都区这次贴息公示有意见，打莲都区财政局哪个电话？', 'ld',
  ['联系电话:0578—2132074'], ['0578—2132074'], ['0578—2132074', '0578-2132074', '05782132074', '2132074'])

# ---- 西平县 2024年脱贫人口小额信贷贴息项目 (河南 驻马店, 县) ----
A('西平县2024年脱贫人口小额信贷贴息项目规模多大？钱从哪里出？', 'xp',
  ['项目投资及资金来源'], ['项目规模共计380万元', '财政衔接资金'], ['380万元', '380万', '三百八十万元', '380萬元'])
A('西平县计划2024年新增多少户户贷？这部分贴息要多少钱？', 'xp',
  ['(四)对2024年32户户贷'], ['新增1520户户贷'], ['1520户', '277.4万元'])
A('我在西平县是监测户，不是脱贫户，小额信贷贴息项目覆盖我吗？', 'xp',
  ['绩效目标:为2472户'], ['脱贫户与监测户'])
A('西平县这个小额信贷贴息项目公示到哪天结束？', 'xp',
  ['公示时间:'], ['公示时间:2024年2月5日'], ['2月14日', '2024年2月14日', '2024-02-14'])
A('西平县小额信贷贴息项目是哪个机构研究同意的？批复文号多少？', 'xp',
  ['现将该项目投资计划批复公示公告如下'], ['西农领〔2023〕6号', '县委农村工作领导小组'],
  ['西农领〔2023〕6号', '西农领(2023)6号', '西农领[2023]6号'])
A('2023年那697户户贷的贴息一共是多少钱？', 'xp',
  ['(三)对2023年697户户贷'], ['共计81.427931万元'], ['81.427931万元', '81.43万元', '81.427931万'], noplace=True)

# ---- 彭水县 下达2025年脱贫人口小额信贷贴息项目计划 (重庆, 县) ----
A('彭水县2025年脱贫人口小额信贷贴息的概算资金是多少？', 'ps',
  ['五、概算资金'], ['概算资金:150万元'], ['150万元', '150万', '一百五十万元', '150萬元'])
A('重庆彭水这个小额信贷贴息项目由谁实施？涉及多少个乡镇街道？', 'ps',
  ['二、实施单位'], ['全县39个乡镇(街道)'], ['39个'])
A('彭水县下达小额信贷贴息项目计划的文号是什么？', 'ps',
  ['=彭水农发〔2024〕210号'], ['彭水农发〔2024〕210号'],
  ['彭水农发〔2024〕210号', '彭水农发(2024)210号', '彭水农发[2024]210号', '彭水農發〔2024〕210號'])
A('彭水縣這個貼息項目的錢從哪裡來？', 'ps',
  ['四、资金来源'], ['财政衔接资金'], ['衔接资金', '銜接資金'])
A('彭水县这份通知是根据哪个文件精神下达的？', 'ps',
  ['根据重庆银保监局'], ['渝银保监发〔2021〕6号'], ['渝银保监发〔2021〕6号', '渝银保监发(2021)6号', '渝银保监发[2021]6号'])

# ---- 青阳县 脱贫人口小额信贷政策宣传 (安徽 池州, 县, 繁體) ----
A('青阳县脱贫人口小额信贷一户原则上最多能贷多少？期限最长几年？', 'qy',
  ['1.支持對象'], ['原則上5萬元(含)以下'], ['5萬元', '5万元', '五万元', '5萬', '5万'])
A('安徽青阳县2024年、2025年新发放的脱贫人口小额信贷，利息财政贴多少？', 'qy',
  ['4.貼息方式'], ['給予70%貼息'], ['70%', '百分之七十', '70％', '七成'])
A('青阳县小额信贷1年以上3年以内的贷款，利率上限参照什么？', 'qy',
  ['2.貸款利率'], ['1年期至3年期(含)'], ['5年期以上'])
A('青陽縣脫貧人口小額信貸政策宣傳是哪天發布的？', 'qy',
  ['成文日期'], ['2024-07-10'], ['2024-07-10', '2024年7月10日', '2024.7.10'])
A('原来的扶贫小额信贷已经放了还没到期的，贴息按什么执行？', 'qy',
  ['4.貼息方式'], ['即全額貼息'], ['全額貼息', '全额贴息'], noplace=True)

# ================= near misses (doc null) =================
# -- another place's rule: a sibling county/district/city of the same province, or a neighbouring province --
N('临沂市人才贷风险补偿奖励资金，单户最高补偿多少？', {'ALL': ['临沂', '臨沂']}, 'place')
N('衢州市金融支持人才发展的举措里，人才银行专属机构要新增几家？', {'ALL': ['衢州']}, 'place')
N('江西省科技人才贷单笔最高能贷多少？', {'ALL': ['江西']}, 'place')
N('南通海门区人才创业企业的贷款贴息每户最高多少？', {'ALL': ['海门', '海門']}, 'place')
N('陕西省普惠金融发展专项资金管理实施细则里，创业担保贷款贴息比例是多少？', {'ALL': ['陕西', '陝西']}, 'place')
N('常德市2019年普惠金融发展专项资金下达了多少？', {'ALL': ['常德']}, 'place')
N('石泉县2022年普惠金融发展专项资金年度金额是多少？', {'ALL': ['石泉']}, 'place')
N('山丹县2024年普惠金融发展专项资金执行率多少？', {'ALL': ['山丹']}, 'place')
N('丽水青田县低收入农户小额信贷按多少利率贴息？', {'ALL': ['青田']}, 'place')
N('遂平县2024年脱贫人口小额信贷贴息项目规模多少？', {'ALL': ['遂平']}, 'place')
N('石柱县2025年脱贫人口小额信贷贴息概算多少钱？', {'ALL': ['石柱']}, 'place')
N('池州石台县脱贫人口小额信贷一户最多贷多少？', {'ALL': ['石台']}, 'place')
N('喀什地区整村授信的授信覆盖率目标是多少？', {'ALL': ['喀什', '整村授信']}, 'place')
# -- a year the texts do not state --
N('金华到2025年人才银行专属机构要达到多少家？', {'jh': ['2025']}, 'year')
N('莲都区2023年度低收入农户小额信贷贴息资金发了多少？', {'ld': ['2023年度']}, 'year')
N('西平县2025年脱贫人口小额信贷贴息项目规模是多少？', {'xp': ['2025']}, 'year')
N('民乐县2025年普惠金融发展专项资金预算安排了多少？', {'ml': ['2025年']}, 'year')
N('彭水县2024年脱贫人口小额信贷贴息的概算资金是多少？', {'ps': ['2024年脱贫人口', '2024年小额信贷']}, 'year')
# -- a figure the texts do not state for that measure (or state only for another measure nearby) --
N('枣庄人才贷出了坏账，风险补偿资金按多少比例补给银行？单户最高多少？',
  [('NOFIG', 'zz', '设立枣庄市“人才贷”风险补偿资金'), {'zz': ['%', '万元', '比例']}], 'figure')
N('湖北科技人才贷单笔最高能贷多少？期限几年？',
  [('NOFIG', 'hb', '明確了貸款產品'), {'hb': ['萬元', '万元']}], 'figure')
N('湖北科技人才贷的利率最高在LPR基础上加多少个基点？', {'hb': ['基點', '基点', 'LPR']}, 'figure')
N('金华人才贷出现不良，风险补偿资金补多少比例？', {'jh': ['风险补偿', '%']}, 'figure')
N('通州区人才创业企业做融资担保，担保费补贴比例是多少？', {'tz': ['担保费', '费率', '保费']}, 'figure')
N('财政部普惠金融发展专项资金办法规定，个人创业担保贷款最高额度多少？', {'mf': ['萬元', '万元']}, 'figure')
N('岳阳市2019年给各区下达的普惠金融发展专项资金具体是多少万元？',
  [('NOAMT', 'yy', '现下达你区(单位)2019年度普惠金融发展专项资金')], 'figure')
N('汉阴县创业担保贷款的担保费补贴比例是多少？', {'hy': ['担保费', '保费', '费率']}, 'figure')
N('民乐县2024年创业担保贷款发放额实际完成了多少？',
  [('NOFIG', 'ml', '产出指标主要考察创业担保贷款发放额'), {'ml': ['发放额为', '发放额达', '发放创业担保贷款']}],
  'figure')
N('莲都区低收入农户小额信贷每户最多能贷多少？', {'ld': ['最高', '上限', '不超过']}, 'figure')
N('彭水县脱贫人口小额信贷按多少比例贴息？', {'ps': ['%', '比例', '全额']}, 'figure')
N('青阳县脱贫人口小额信贷风险补偿金有多少钱？', {'qy': ['風(fēng)險(xiǎn)補(bǔ)償', '風險補償', '风险补偿']}, 'figure')
# -- off-topic --
N('彭水县的社保卡丢了去哪里补办？', {'ALL': ['社保卡', '社保']}, 'offtopic')
N('岳阳市住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('汉阴县耕地地力保护补贴每亩多少钱？', {'ALL': ['耕地']}, 'offtopic')

def _swap_last(item):
    """Replace the last near miss (an off-topic item) by item, so that the item count stays 96."""
    ITEMS[-1] = item


# name -> (mutation, a phrase the refusal must contain)
MUTATIONS = {
    'marker_not_in_file': (lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['枣财金服字〔2025〕9号'])),
                           'not in file'),
    'marker_outside_clause': (lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['2025年3月26日'])),
                              'not in clause'),
    'marker_too_long': (lambda: ITEMS.__setitem__(4, dict(ITEMS[4], markers=['教育链、产业链、创新链“四链”深度融合'])),
                        'longer than 14'),
    'probe_present': (lambda: _swap_last(dict(q='x', key=None, probes={'ALL': ['枣庄']}, kind='offtopic')),
                      "probe '枣庄' found"),
    'probe_in_corpus': (lambda: _swap_last(dict(q='x3', key=None, probes={'ALL': ['酉阳']}, kind='place')),
                        'found in corpus file'),
    'place_without_all_probe': (lambda: _swap_last(dict(q='x2', key=None, probes={'zz': ['临沂']}, kind='place')),
                                'without an ALL probe'),
    'value_not_verbatim': (lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['枣财金服字(2025)1号'])),
                           'value'),
    'undeclared_alt_value': (lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['枣财金服字〔2025〕1号',
                                                                                '枣财金服字〔2025〕2号'])),
                             'neither in the clause nor a declared way'),
    'question_copies_marker': (lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='枣庄的枣财金服字〔2025〕1号是什么文件？')),
                               'question copies marker'),
    'nofig_with_figure': (lambda: _swap_last(dict(q='y', key=None, probes=[('NOFIG', 'tz', '每户贴息贷款最高')],
                                                  kind='figure')),
                          'NOFIG sentence has a figure'),
    'noamt_with_amount': (lambda: _swap_last(dict(q='y2', key=None, probes=[('NOAMT', 'ps', '概算资金')],
                                                  kind='figure')),
                          'NOAMT sentence has a figure'),
    'value_inside_number': (lambda: ITEMS.__setitem__(0, dict(ITEMS[0], key='ps', anchors=['五、概算资金'],
                                                              markers=['概算资金:150万元'], values=['50万元'],
                                                              q='彭水县概算资金多少？')),
                            'only occurs inside a longer number'),
    'noplace_names_place': (lambda: ITEMS.__setitem__(9, dict(ITEMS[9], q=ITEMS[9]['q'] + '（金华）')),
                            'noplace question names a place'),
    'noplace_marker_in_two_files': (lambda: _swap_last(dict(q='z', key='xp', anchors=['项目名称:2024年西平县'],
                                                            markers=['脱贫人口小额信贷'], values=[], noplace=True)),
                                    'noplace marker'),
    'answerable_without_place': (lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='这次修订印发的人才贷办法文号是多少？')),
                                 'names no place'),
    'doc_word_in_two_titles': (lambda: DOC.__setitem__('zz', '关于'), 'matches titles'),
    'anchor_in_two_lines': (lambda: ITEMS.__setitem__(0, dict(ITEMS[0], anchors=['枣庄市“人才贷”风险补偿资金管理办法'])),
                            'lines'),
    'duplicate_question': (lambda: ITEMS.__setitem__(-2, dict(ITEMS[-1])), 'duplicate question'),
    'too_few_near_misses': (lambda: [ITEMS.__setitem__(-1, dict(ITEMS[0], q='枣庄人才贷办法的文号？')),
                                     ITEMS.__setitem__(-2, dict(ITEMS[0], q='枣庄人才贷办法的文号是啥？'))],
                            'near misses'),
    'too_few_trad_questions': (lambda: [ITEMS.__setitem__(i, dict(it, q=it['q'].replace('岳陽市財政局這次要求各區報送哪些材料',
                                                                                      '岳阳市财政局这次要求各区报送哪些材料')
                                                                   .replace('漢陰縣績效目標裡，金融網點覆蓋率要求達到多少',
                                                                            '汉阴县绩效目标里，金融网点覆盖率要求达到多少')))
                                        for i, it in enumerate(ITEMS)],
                               'traditional-script questions'),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZE_MUTATE')
    if m:
        MUTATIONS[m][0]()
    errs, out = [], []
    n_trad_simpl = n_simpl_trad = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nze{i:03d}'
        if it['key'] is None:
            probes = it['probes']
            plist = probes if isinstance(probes, list) else [probes]
            kinds[it['kind']] += 1
            if it['kind'] == 'place' and not any(isinstance(p, dict) and 'ALL' in p for p in plist):
                errs.append(f'{qid}: place near miss without an ALL probe')
            for p in plist:
                if isinstance(p, tuple):
                    kind, k, anchor = p
                    hits = [s for s in sentences(TEXT[k]) if anchor in s]
                    rx = FIGURE if kind == 'NOFIG' else AMOUNT
                    if len(hits) != 1:
                        errs.append(f'{qid}: {kind} anchor {anchor!r} in {len(hits)} sentences')
                    elif rx.search(hits[0]):
                        errs.append(f'{qid}: {kind} sentence has a figure: {rx.search(hits[0]).group(0)!r}')
                    continue
                for where, strings in p.items():
                    for k in (ALL if where == 'ALL' else [where]):
                        for s in strings:
                            if norm(s) in norm(TEXT[k]):
                                errs.append(f'{qid}: probe {s!r} found in {FILES[k]}')
                    if where == 'ALL':
                        for name, t in CORPUS.items():
                            for s in strings:
                                if norm(s) in norm(t):
                                    errs.append(f'{qid}: probe {s!r} found in corpus file {name}')
            out.append(dict(id=qid, q=it['q'], doc=None, markers=[], values=[]))
            continue
        k, text = it['key'], TEXT[it['key']]
        n_answerable += 1
        per_doc[k] += 1
        doc = DOC[k]
        if is_trad(it['q']) and k not in TRAD_DOCS:
            n_trad_simpl += 1
        if not is_trad(it['q']) and k in TRAD_DOCS:
            n_simpl_trad += 1
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
    if n_null < 32 or n_null < 0.30 * len(out):
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 32 and 30%')
    if n_named < 0.80 * n_answerable:
        errs.append(f'only {n_named} of {n_answerable} answerable questions name the place')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if n_trad_simpl < 3:
        errs.append(f'traditional-script questions on simplified texts: {n_trad_simpl}')
    if n_simpl_trad < 3:
        errs.append(f'simplified-script questions on traditional texts: {n_simpl_trad}')
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
          n_trad_simpl, 'traditional-script questions on simplified texts;', n_simpl_trad,
          'simplified-script questions on traditional texts; per document', dict(per_doc))


def selftest():
    """Run every mutation in a child process; each must be refused with its expected message."""
    import subprocess
    bad = []
    for name, (_, phrase) in MUTATIONS.items():
        p = subprocess.run([sys.executable, os.path.abspath(__file__)], env=dict(os.environ, NZE_MUTATE=name),
                           capture_output=True, text=True)
        ok = p.returncode != 0 and phrase in p.stderr and 'NOT refused' not in p.stderr
        print(f'{name}: {"refused" if ok else "NOT REFUSED AS EXPECTED"} ({p.stderr.strip().splitlines()[0] if p.stderr.strip() else ""})')
        if not ok:
            bad.append(name)
    if bad:
        sys.exit(f'mutation tests failing: {bad}')


if __name__ == '__main__':
    if sys.argv[1:] == ['--selftest']:
        selftest()
    else:
        main()
