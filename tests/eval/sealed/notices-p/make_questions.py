#!/usr/bin/env python3
"""Write questions.jsonl for notices-p, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor
is a string that must occur in exactly one line of the document (the texts have one paragraph, item, table row
or list entry a line); the clause is the union of those lines.
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed; two stored texts keep spaces inside
words, so every comparison is made on normalised strings):
  - every marker occurs in the named file and in the answering clause; no marker is longer than 14 characters;
    no question contains a marker of 6 or more characters;
  - the first value occurs in the answering clause, at least once not inside a longer number (the scorer's digit
    rule); every further value either occurs there too, or is listed in EQUIV as another way of writing the
    first value; a value_re, if given, must match the answering clause;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file);
    a probe ('NOFIG', key, anchor) asserts that the one sentence of that file containing anchor (sentences split
    at 。;!? and line ends) states no amount, rate, ratio, multiple or count: the measure is named there without a
    figure; a probe ('ONLYFIG', key, anchor, [figures]) asserts that the figures stated in that one sentence are
    exactly the listed ones (the sentence names the measure asked about, but its only figure belongs to another
    measure: a fund total, a guarantee ratio, a subsidy total);
  - 80 items, at least 20 near misses, at least 12 of them figure probes (NOFIG/ONLYFIG), no duplicate question,
    at least 3 questions in traditional script about simplified texts, at least 3 in traditional script about
    the traditional text and at least 3 in simplified script about the traditional text.
Set NP_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'jp': 'jinpu-new-area-first-loan-interest-subsidy-rules-2022.txt',
    'sf': 'shenfu-demo-zone-listing-doubling-plan-interpretation-2022.txt',
    'dl': 'dali-prefecture-listing-doubling-plan-2022-2025.txt',
    'jj': 'jiujiang-listing-yingshanhong-upgrade-opinions.txt',
    'fz': 'fuzhou-jiangxi-listing-yingshanhong-upgrade-opinions.txt',
    'bc': 'beichuan-county-poverty-microcredit-documents-notice-2024.txt',
    'lc': 'lingchuan-county-agri-leading-enterprise-loan-interest-subsidy-2023.txt',
    'cl': 'chaling-county-inclusive-finance-demo-zone-plan-2018.txt',
    'lcd': 'liaocheng-guarantee-risk-compensation-fund-measures-draft-2024.txt',
    'hk': 'hongkong-budget-2013-sme-support.txt',
}
TRAD_DOC = 'hk'
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|笔|名|条|年|天|日|个|個|成|宗)|'
                    r'(?<!第)[一二三四五六七八九十百千两]+(万|萬|亿|億|倍|成|个|個|条|家|宗)|百分之|千分之|分之')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸款額請負責廠場務幾區縣'
                 '規劃補償專項轉審計劃條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備撫範庫龍頭聯華貼處遞給該'
                 '讓寫郵箱話傳麼僅總獎勵達擬與廳團單絡鄉鎮機構險額級縣統籌時蘇劉陳數據')

EQUIV = {
    '1600万元': ['一千六百万元', '1600萬元'],
    '3000万元': ['三千万元', '3000萬元'],
    '大金财金发〔2021〕1026号': ['大金财金发[2021]1026号'],
    '2家': ['两家', '二家'],
    '2022年12月30日': ['2022.12.30'],
    '辽政办发[2022]23号': ['辽政办发〔2022〕23号'],
    '三个部分': ['3个部分', '三個部分'],
    '6家': ['六家'],
    '大政办发〔2022〕28号': ['大政办发[2022]28号'],
    '2022年8月9日': ['2022.8.9'],
    '2022年08月15日': ['2022年8月15日'],
    '一家': ['1家'],
    '2000亿元': ['2000億元', '两千亿元'],
    '100家': ['一百家'],
    '100亿元': ['100億元', '一百亿元'],
    '8家': ['八家'],
    '15家': ['十五家'],
    '600亿元': ['600億元', '六百亿元'],
    '东临新区管委会': ['東臨新區管委會'],
    '1家': ['一家'],
    '3家': ['三家'],
    '2024年2月4日': ['2024.2.4'],
    '96万元': ['九十六万元', '96萬元'],
    '31.6万元': ['31.6萬元'],
    '2018年11月28日': ['2018.11.28'],
    '2024年1月28日': ['2024.1.28'],
    '聊城市财政局': ['聊城市財政局'],
    '东昌西路119号': ['東昌西路119號'],
    '二零一四年二月底': ['2014年2月底'],
    '五千四百宗': ['5400宗', '5,400宗'],
    '二十萬元': ['20萬元', '20万元', '二十万元'],
    '五千萬港元': ['5000萬港元', '5000万港元', '五千万港元'],
    '十億元': ['10億元', '10亿元', '十亿元'],
    '一千億元': ['1000億元', '1000亿元', '一千亿元'],
    '百分之二十': ['20%'],
    '一百二十萬': ['120萬', '120万', '一百二十万'],
}


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
        hits = [ln for ln in lines if norm(a) in norm(ln)]
        if len(hits) != 1:
            errs.append(f'{qid}: anchor {a!r} in {len(hits)} lines')
            continue
        out.append(hits[0])
    return '\n'.join(out)


def sentences(text):
    return [s for s in re.split(r'[。;;!?!?\n]', text) if s.strip()]


ITEMS = []


def A(q, key, doc, anchors, markers, values=(), value_re=None):
    ITEMS.append(dict(q=q, key=key, doc=doc, anchors=anchors, markers=list(markers), values=list(values),
                      value_re=value_re))


def N(q, probes, kind=''):
    """probes: {file key or 'ALL': [strings]} and/or tuples ('NOFIG', key, anchor), ('ONLYFIG', key, anchor, figs)."""
    ITEMS.append(dict(q=q, key=None, probes=probes if isinstance(probes, list) else [probes], kind=kind))


# ---------------- 金普新区中小微企业首次贷款贴息实施细则 (大连, 辽宁; 国家级新区) ----------------
A('金普新区的首贷贴息一年一共有多少钱？发完了还能申请吗？', 'jp', '金普', ['每年额度1600万元'],
  ['每年额度1600万元', '贴息资金额度用完为止'], ['1600万元', '一千六百万元', '1600萬元'])
A('在金普新区申请首贷贴息，贷款合同金额上限是多少？', 'jp', '金普', ['3.贷款金额'],
  ['首次授信协议或贷款合同金额'], ['3000万元', '三千万元', '3000萬元'])
A('我们公司是2021年10月在金普新区拿到的第一笔贷款，贴息按哪个文件申请？', 'jp', '金普',
  ['2021年7月1日至2021年12月31日'], ['2021年7月1日至', '小微企业首次贷款贴息实施细则'],
  ['大金财金发〔2021〕1026号', '大金财金发[2021]1026号'])
A('金普新区首贷贴息里，在网商银行这种没有网点的互联网银行借的钱算不算首次贷款？', 'jp', '金普', ['2.首次贷款'],
  ['没有实体网点的互联网银行贷款', '不纳入首次贷款认定范畴'])
A('金普新区是怎么认定企业是不是首次贷款的？', 'jp', '金普', ['2.首次贷款'], ['人民银行征信报告'], ['人民银行征信报告'])
A('金普新區首貸貼息，中型企業也能申請嗎？', 'jp', '金普', ['1.贷款对象'], ['中型企业、小型企业和微型企业'])

# ---------------- 《辽宁省沈抚改革创新示范区推进企业上市倍增计划工作方案》解读 (辽宁; 示范区, 解读) ----------------
A('沈抚示范区计划2023年底前上市几家企业？到2025年底一共几家？', 'sf', '沈抚', ['力争2023年底前'],
  ['2025年底前共实现2家', '2023年底前实现1家'], ['2家', '两家', '二家'], value_re='1家|一家')
A('沈抚示范区推进企业上市倍增计划的工作方案是哪天、哪个单位印发的？', 'sf', '沈抚', ['2022年12月30日'],
  ['管理委员会办公室印发'], ['2022年12月30日', '2022.12.30'])
A('沈抚这个上市倍增工作方案是根据辽宁省哪个文件制定的？文号多少？', 'sf', '沈抚', ['辽政办发[2022]23号'],
  ['辽政办发[2022]23号'], ['辽政办发[2022]23号', '辽政办发〔2022〕23号'])
A('沈抚示范区上市倍增工作方案一共分几部分？都是什么？', 'sf', '沈抚', ['共有三个部分'],
  ['共有三个部分', '重点任务、保障措施'], ['三个部分', '3个部分', '三個部分'])
A('我们企业打算在沈抚示范区上市，管委会在全过程服务上能提供什么？', 'sf', '沈抚', ['四是提供企业上市全过程服务'],
  ['服务秘书制', '建设上市企业培育基地'])
A('沈撫示範區的上市後備企業是怎麼分層培育的？', 'sf', '沈抚', ['三是分层培育上市后备企业'],
  ['设立示范区上市后备企业库', '纳入省级上市后备企业库'])

# ---------------- 大理州企业上市倍增计划(2022—2025年) (云南) ----------------
A('大理州到2025年上市挂牌公司要达到几家？', 'dl', '大理', ['力争达到6家'], ['数量力争达到6家'], ['6家', '六家'])
A('大理州企业上市倍增计划的发文字号是多少？', 'dl', '大理', ['发文字号'], ['大政办发'],
  ['大政办发〔2022〕28号', '大政办发[2022]28号'])
A('大理州的上市倍增计划经过谁同意？哪天印发的？', 'dl', '大理', ['已经州人民政府研究同意', '2022年8月9日'],
  ['州人民政府研究同意', '2022年8月9日'], ['2022年8月9日', '2022.8.9'])
A('大理州上市倍增计划是依据云南省哪些文件制定的？', 'dl', '大理', ['云政发〔2021〕21号'],
  ['云政发〔2021〕21号', '云政办发〔2022〕22号'], ['云政办发〔2022〕22号', '云政发〔2021〕21号', '云政发〔2021〕9号'])
A('大理州充实上市后备企业资源库按什么思路来？', 'dl', '大理', ['(一)充实上市后备企业资源库'],
  ['县市级抓', '提质扩容'])

# ---------------- 九江 纵深推进企业上市“映山红行动”升级工程的实施意见 (江西) ----------------
A('九江要求每个县每年有几家企业上市挂牌？', 'jj', '九江', ['上市公司县域全覆盖'], ['每年有一家企业上市挂牌'],
  ['一家', '1家'])
A('九江映山红升级工程要求每年保持多少家企业在证监会或交易所审核？股改的呢？', 'jj', '九江',
  ['上市后备梯队更坚实'], ['证监会(交易所)审核', '实施股份制改造'], ['3家', '三家'], value_re='10家|十家')
A('九江到2025年底新增直接融资额的目标是多少？', 'jj', '九江', ['直接融资量质再提升'],
  ['新增直接融资额2000亿元'], ['2000亿元', '2000億元', '两千亿元'])
A('九江市這份映山紅升級工程實施意見是根據省裡哪份文件定的？', 'jj', '九江', ['赣府厅字〔2021〕58号'],
  ['赣府厅字〔2021〕58号'], ['赣府厅字〔2021〕58号'])
A('九江每年要让多少家企业进入江西省重点拟上市企业后备资源库？', 'jj', '九江', ['上市后备梯队更坚实'],
  ['100家以上企业进入'], ['100家', '一百家'])

# ---------------- 抚州市人民政府办公室关于进一步推进企业上市“映山红行动”升级工程的实施意见 (江西) ----------------
A('抚州到2025年底全市上市公司要超过多少家？', 'fz', '抚州', ['上市公司数量再增加'],
  ['全市上市公司超过8家'], ['8家', '八家'])
A('抚州每年新增上市企业的目标是几家？', 'fz', '抚州', ['上市公司数量再增加'], ['力争每年新增1家以上'],
  ['1家', '一家'])
A('抚州每年要保持多少家企业完成股改？纳入市重点上市后备资源库的要多少家？', 'fz', '抚州', ['上市后备梯队再夯实'],
  ['完成股份制改造', '纳入市重点上市企业'], ['15家', '十五家'], value_re='90家|九十家')
A('抚州映山红升级工程4年累计直接融资目标是多少亿？', 'fz', '抚州', ['企业直接融资再提升'],
  ['新增企业直接融资规模'], ['600亿元', '600億元', '六百亿元'])
A('抚州每年要保持几家企业处在上市辅导备案阶段？', 'fz', '抚州', ['上市后备梯队再夯实'], ['江西证监局辅导备案'],
  ['3家', '三家'])
A('撫州這份實施意見除了各縣區政府，還發給了哪幾個管委會？', 'fz', '抚州', ['抚州高新区管委会'],
  ['东临新区管委会', '抚州高新区管委会'], ['东临新区管委会', '東臨新區管委會'])

# ---------------- 北川羌族自治县 脱贫人口小额信贷 三个文件的印发通知 (四川 绵阳; 县) ----------------
A('北川这次一起印发了哪几个脱贫小额信贷的文件？', 'bc', '北川', ['经县人民政府同意'],
  ['分险基金使用管理实施细则', '贴息资金管理办法'])
A('北川县脱贫人口小额信贷那个通知的文号是什么？', 'bc', '北川', ['文号: 北府办发〔2024〕6号'],
  ['北府办发〔2024〕6号'], ['北府办发〔2024〕6号'])
A('北川县政府办印发脱贫小额信贷几个文件的落款日期是哪天？', 'bc', '北川', ['2024年2月4日'], ['2024年2月4日'],
  ['2024年2月4日', '2024.2.4'])
A('北川这个小额信贷通知发给了哪些单位？', 'bc', '北川', ['各乡(镇)人民政府'], ['县级有关部门', '相关金融机构'])
A('北川縣脫貧小額信貸的文件是要滿足哪些人的貸款需求？', 'bc', '北川', ['为推动巩固拓展'],
  ['脱贫人口及监测对象'])

# ---------------- 陵川县农业农村局 2023年支持农业龙头企业发展资金(贷款贴息) (山西 晋城; 县) ----------------
A('陵川县2023年一共下达了多少支持农业龙头企业发展资金？', 'lc', '陵川', ['发展资金96万元'],
  ['发展资金96万元'], ['96万元', '九十六万元', '96萬元'])
A('陵川县农业龙头企业贷款贴息最后拟贴息多少钱？', 'lc', '陵川', ['拟贴息额为31.6万元'],
  ['拟贴息额为31.6万元'], ['31.6万元', '31.6萬元'])
A('陵川这笔龙头企业贴息资金是根据晋城市财政局哪个文件下达的？', 'lc', '陵川', ['晋市财农〔2023〕9号'],
  ['晋市财农〔2023〕9号'], ['晋市财农〔2023〕9号'])
A('晋城市古陵山食品有限公司的贷款是多少？拟贴息多少？', 'lc', '陵川', ['晋城市古陵山食品有限公司'],
  ['古陵山', '马铃薯粉条'], ['7.1'], value_re='800')
A('陵川这批龙头企业里贷款金额最大的是哪家？贴了多少息？', 'lc', '陵川', ['山西九州天润'],
  ['山西九州天润道地药材'], ['10.8'], value_re='2400')
A('陵川縣這次貼息的龍頭企業貸款一共多少萬？實際產生的利息是多少？', 'lc', '陵川', ['合 计 |'], ['5620'],
  ['5620'], value_re='91\\.6')

# ---------------- 茶陵县普惠金融示范区建设工作方案 (湖南 株洲; 县) ----------------
A('茶陵县普惠金融示范区建设工作方案的文号是多少？', 'cl', '茶陵', ['茶政办发〔2018〕159号'],
  ['茶政办发〔2018〕159号'], ['茶政办发〔2018〕159号'])
A('茶陵这个普惠金融示范区方案是落实湖南省哪个文件？', 'cl', '茶陵', ['湘政办发〔2017〕79号'],
  ['湘政办发〔2017〕79号'], ['湘政办发〔2017〕79号'])
A('茶陵普惠金融示范区建设要坚持哪几个相结合？', 'cl', '茶陵', ['坚持社会效益与经济效益相结合'],
  ['机会均等与惠及民生相结合', '政府引导与市场主导'])
A('茶陵县政府办是哪天印发普惠金融示范区建设工作方案的？', 'cl', '茶陵', ['2018年11月28日'],
  ['2018年11月28日'], ['2018年11月28日', '2018.11.28'])
A('茶陵普惠金融示范区方案都发给了谁？保险公司也要执行吗？', 'cl', '茶陵', ['各乡镇人民政府、街道办事处'],
  ['各保险公司', '各银行业金融机构'])

# ---------------- 聊城市政府性融资担保风险补偿资金管理暂行办法(征求意见稿) (山东) ----------------
A('聊城那个担保风险补偿资金办法的征求意见稿，意见最晚哪天前要交？', 'lcd', '聊城', ['请于2024年1月28日前'],
  ['2024年1月28日前'], ['2024年1月28日', '2024.1.28'])
A('对聊城政府性融资担保风险补偿资金办法有意见，发到哪个邮箱？', 'lcd', '聊城', ['请于2024年1月28日前'],
  ['lcsczjjinrong', '电子邮箱'], ['lcsczjjinrongke@lc.shandong.cn'])
A('聊城这个征求意见稿的联系电话是多少？', 'lcd', '聊城', ['联系电话:0635-8681167'], ['0635-8681167'],
  ['0635-8681167'])
A('聊城市政府性融资担保风险补偿资金暂行办法是谁起草的？', 'lcd', '聊城', ['请于2024年1月28日前'],
  ['聊城市财政局起草'], ['聊城市财政局', '聊城市財政局'])
A('聊城市財政局的地址在哪裡？我想寄書面意見。', 'lcd', '聊城', ['地址:聊城市东昌府区'], ['东昌西路119号'],
  ['东昌西路119号', '東昌西路119號'])

# ---------------- 支援中小企業 (香港 2013-14年度財政預算案, 繁體) ----------------
A('「中小企融資擔保計劃」特別優惠措施的申請期延長到幾時？', 'hk', '支援中小企業', ['(一) |'],
  ['延長一年至二零一四年二月底'], ['二零一四年二月底', '2014年2月底'])
A('特別優惠措施推出以來批出了多少宗申請？有幾多企業受惠？', 'hk', '支援中小企業', ['(一) |'],
  ['五千四百宗申請', '超過四千家企業受惠'], ['五千四百宗', '5400宗', '5,400宗'])
A('香港中小企业市场推广基金的累计资助上限调到多少？', 'hk', '支援中小企業', ['(四) |'],
  ['累計資助上限', '由十五萬元提升至二十萬元'], ['二十萬元', '20萬元', '20万元', '二十万元'])
A('香港的“小营业额保单”是给年营业额多少以下的企业？', 'hk', '支援中小企業', ['(五) |'],
  ['小營業額保單', '每年營業額少於五千萬港元'], ['五千萬港元', '5000萬港元', '5000万港元', '五千万港元'])
A('BUD專項基金總值幾多錢？', 'hk', '支援中小企業', ['(二) |'], ['總值十億元的BUD專項基金'],
  ['十億元', '10億元', '10亿元', '十亿元'])
A('香港政府给中小企融资担保计划的特别措施提供了多少信贷保证额？', 'hk', '支援中小企業', ['(一) |'],
  ['一千億元的信貸保證額'], ['一千億元', '1000億元', '1000亿元', '一千亿元'])
A('信保局「小營業額保單」的保費折扣最高有幾多？', 'hk', '支援中小企業', ['(五) |'],
  ['最高百分之二十的保費折扣'], ['百分之二十', '20%'])

# ---------------- near misses (doc null) ----------------
N('大连高新区的中小微企业首贷贴息每年额度是多少？', {'ALL': ['大连高新', '甘井子']},
  kind='another zone of 大连 (no text)')
N('丽江市企业上市倍增计划到2025年要有几家上市公司？', {'ALL': ['丽江']}, kind='a sibling prefecture of 大理 (no text)')
N('上饶的映山红行动升级工程每年要完成股改多少家？', {'ALL': ['上饶']}, kind='a sibling city of 九江/抚州 (no text)')
N('晋城高平市2023年农业龙头企业贷款贴息下达了多少钱？', {'ALL': ['高平']}, kind='a sibling of 陵川 in 晋城 (no text)')
N('平武县脱贫人口小额信贷分险基金有多少钱？', {'ALL': ['平武']}, kind='a neighbour county of 北川 (no text)')
N('攸县普惠金融示范区建设方案的文号是多少？', {'ALL': ['攸县']}, kind='a sibling county of 茶陵 in 株洲 (no text)')
N('德州市政府性融资担保风险补偿资金办法的征求意见什么时候截止？', {'ALL': ['德州']},
  kind='a neighbour city of 聊城 (no text)')
N('澳門中小企業信用保證計劃每家企業的信用保證上限是多少？', {'ALL': ['澳門', '澳门']}, kind='another place (Macau)')
N('沈抚示范区到2027年要实现多少家企业上市？', {'sf': ['2027']}, kind='a year the 沈抚 解读 does not state')
N('大理州到2030年上市公司要达到几家？', {'dl': ['2030']}, kind='a year the 大理 plan does not state')
N('陵川县2022年支持农业龙头企业发展资金下达了多少？', {'lc': ['2022']}, kind='a year the 陵川 notice does not state')
N('2015年香港中小企融資擔保計劃的特別優惠措施還可以申請嗎？', {'hk': ['二零一五', '2015']},
  kind='a year the 香港 text does not state (it extends the scheme to 二零一四年二月底)')
N('金普新区首贷贴息按贷款利息的多少比例补？一家企业最多能补多少？',
  [('ONLYFIG', 'jp', '贴息每年额度', ['1600万']), ('NOFIG', 'jp', '设立的支持中小微企业首次贷款的利息补贴')],
  kind='贴息 named without a rate or cap; the clause gives only the yearly total 1600万元')
N('沈抚示范区对企业上市有没有资金奖励？奖多少万？',
  [('NOFIG', 'sf', '加强融资支持'), {'sf': ['奖励', '万元']}], kind='融资支持 named without a figure; no reward stated')
N('大理州上市后备企业资源库要入库多少家企业？', [('NOFIG', 'dl', '推动上市后备企业资源提质扩容')],
  kind='上市后备企业资源库 named without a count')
N('九江的“奖补升级行动”把企业上市奖补提高到多少万元？', [('NOFIG', 'jj', '奖补升级行动')],
  kind='奖补升级行动 named without a figure')
N('抚州对完成股改的企业奖励多少钱？县里建的小库要入库多少家？',
  [('NOFIG', 'fz', '分级培育上市后备企业'), {'fz': ['奖', '万元']}],
  kind='no reward in the stored 抚州 text; 县里建小库 named without a count')
N('北川脱贫人口小额信贷每户最多能贷多少？利息贴多少？',
  [('NOFIG', 'bc', '切实满足脱贫人口及监测对象小额信贷需求'), {'bc': ['万元', '%', '百分之']}],
  kind='小额信贷 and 贴息 named without an amount or rate')
N('北川脱贫小额信贷分险基金规模多大？银行和基金按什么比例分担风险？',
  [('NOFIG', 'bc', '经县人民政府同意')], kind='分险基金 named (a document title) without a size or share')
N('陵川县龙头企业贷款是按基准利率的百分之几贴息的？',
  [('ONLYFIG', 'lc', '并按照文件要求测算后', ['31.6万']), {'lc': ['%', '百分之', '基准利率', 'LPR']}],
  kind='贴息 measured “按照文件要求” without a rate; the sentence gives only the total 31.6万元')
N('聊城的风险补偿资金对担保机构的代偿损失按多少比例补偿？',
  [('NOFIG', 'lcd', '建立健全融资担保风险补偿机制'), {'lcd': ['%', '百分之', '代偿']}],
  kind='风险补偿 named without a ratio (the draft breaks off in 第二条)')
N('香港中小企融資擔保計劃特別優惠措施的擔保費率是多少？',
  [('ONLYFIG', 'hk', '以優惠的擔保費', ['一千億', '八成'])],
  kind='擔保費 named as 優惠 without a rate; the sentence gives the 八成 guarantee ratio and the 一千億元 commitment')
N('BUD专项基金每家企业最多能拿多少资助？', [('ONLYFIG', 'hk', '總值十億元的BUD專項基金', ['十億'])],
  kind='no per-company cap; the sentence gives the fund total 十億元')
N('茶陵普惠金融示范区要把金融服务覆盖率提高到百分之多少？另外村级金融服务站建多少个？',
  [('NOFIG', 'cl', '提高金融服务覆盖率'), {'cl': ['服务站', '%', '百分之']}],
  kind='覆盖率 named without a figure; no 服务站 in the stored 茶陵 text')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['每年额度2600万元'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['首次授信协议或贷款合同金额'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['中小微企业首次贷款贴息每年额度1600万元'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes=[{'ALL': ['茶陵']}], kind='')),
    'doc_in_two_titles': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], doc='印发')),
    'value_not_in_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['3000万元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['1600万元', '1500万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='每年额度1600万元对吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'lc', '下达我县2023年')], kind='')),
    'onlyfig_wrong_set': lambda: ITEMS.append(dict(q='z', key=None, probes=[('ONLYFIG', 'hk', '以優惠的擔保費', ['八成'])], kind='')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['600万元'])),
    'value_re_no_match': lambda: ITEMS.__setitem__(7, dict(ITEMS[7], value_re='3家')),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def figures(s):
    return sorted(m.group(0) for m in FIGURE.finditer(s))


def main():
    m = os.environ.get('NP_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_trad_trad = n_simpl_trad = n_figprobe = 0
    for i, it in enumerate(ITEMS, 1):
        qid = f'np{i:03d}'
        if it['key'] is None:
            figprobe = False
            for p in it['probes']:
                if isinstance(p, tuple):
                    figprobe = True
                    kind, k, anchor = p[0], p[1], p[2]
                    hits = [s for s in sentences(TEXT[k]) if anchor in s]
                    if len(hits) != 1:
                        errs.append(f'{qid}: {kind} anchor {anchor!r} in {len(hits)} sentences')
                        continue
                    got = figures(hits[0])
                    want = sorted(p[3]) if kind == 'ONLYFIG' else []
                    if got != want:
                        errs.append(f'{qid}: {kind} sentence states {got}, expected {want}')
                    continue
                for where, strings in p.items():
                    for k in (ALL if where == 'ALL' else [where]):
                        for s in strings:
                            if norm(s) in norm(TEXT[k]):
                                errs.append(f'{qid}: probe {s!r} found in {FILES[k]}')
            n_figprobe += figprobe
            out.append(dict(id=qid, q=it['q'], doc=None, markers=[], values=[]))
            continue
        k, text = it['key'], TEXT[it['key']]
        if is_trad(it['q']):
            if k == TRAD_DOC:
                n_trad_trad += 1
            else:
                n_trad_simpl += 1
        elif k == TRAD_DOC:
            n_simpl_trad += 1
        hits = [kk for kk, t in TITLE.items() if norm(it['doc']) in norm(t)]
        if hits != [k]:
            errs.append(f'{qid}: doc {it["doc"]!r} matches titles {hits}')
        cl = clause(k, it['anchors'], errs, qid)
        if not it['markers']:
            errs.append(f'{qid}: no marker')
        for mk in it['markers']:
            if norm(mk) not in norm(text):
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
            if norm(v0) not in norm(cl):
                errs.append(f'{qid}: value {v0!r} not in clause')
            elif not at_boundary(v0, cl):
                errs.append(f'{qid}: value {v0!r} only occurs inside a longer number in the clause')
            for v in vals[1:]:
                if v in EQUIV.get(v0, []):
                    continue
                if norm(v) in norm(cl) and at_boundary(v, cl):
                    continue
                errs.append(f'{qid}: value {v!r} is neither in the clause nor a declared way of writing {v0!r}')
        rec = dict(id=qid, q=it['q'], doc=it['doc'], markers=it['markers'], values=vals)
        if it.get('value_re'):
            if not vals:
                errs.append(f'{qid}: value_re without values')
            if not re.search(it['value_re'], norm(cl)):
                errs.append(f'{qid}: value_re {it["value_re"]!r} does not match the clause')
            rec['value_re'] = it['value_re']
        out.append(rec)
    n_null = sum(r['doc'] is None for r in out)
    if len(out) != 80:
        errs.append(f'{len(out)} items, expected 80')
    if n_null < 20:
        errs.append(f'only {n_null} near misses, need at least 20')
    if n_figprobe < 12:
        errs.append(f'only {n_figprobe} figure-probe near misses, need at least 12')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if n_trad_simpl < 3 or n_trad_trad < 3 or n_simpl_trad < 3:
        errs.append(f'script mix: {n_trad_simpl} traditional on simplified texts, {n_trad_trad} traditional and '
                    f'{n_simpl_trad} simplified on the 繁體 text')
    if errs:
        sys.exit('\n'.join(errs))
    if m:
        sys.exit(f'mutation {m} was NOT refused')
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'items;', len(out) - n_null, 'answerable;', n_null, 'near misses (', n_figprobe,
          'with figure probes );', n_trad_simpl, 'traditional on simplified texts,', n_trad_trad,
          'traditional and', n_simpl_trad, 'simplified on the 繁體 text')


if __name__ == '__main__':
    main()
