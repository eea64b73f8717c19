#!/usr/bin/env python3
"""Write questions.jsonl for notices-q, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor
is a string that must occur in exactly one line of the document (the texts have one paragraph, article, item or
list entry a line; the 费县 page is stored as one long paragraph, so its clause is that paragraph); the clause is
the union of those lines.
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file (raw and normalised) and occurs in the answering
    clause; no marker is longer than 14 characters; no question contains a marker of 6 or more characters;
  - the first value is an exact substring of the named file and of the answering clause, and occurs there at
    least once not inside a longer number (the scorer's digit rule); every further value is either such a
    substring of the clause too, or is listed in EQUIV as another way of writing the first value;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file),
    after normalisation; a probe ('NOFIG', key, anchor) asserts that the one sentence of that file containing
    anchor (sentences split at 。；;!?！？ and line ends) states no amount, rate, ratio, multiple or count: the
    measure is named there without a figure;
  - 80 items, at least 20 near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts and at least 3 in simplified script about the traditional text.
Set NQ_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'zh': 'zhuhai-wanshan-zone-finance-industry-support-measures-interpretation.txt',
    'lj': 'lianjiang-county-youth-startup-loan-interest-subsidy-directions.txt',
    'ws': 'weishan-county-listing-support-opinions-draft-consultation-2021.txt',
    'fx': 'feixian-county-listing-five-year-action-opinions-2022.txt',
    'sl': 'shuangliu-district-listing-doubling-action-plan-2020-2022.txt',
    'bj': 'bijie-business-environment-regulation-2025.txt',
    'dz': 'danzhou-business-environment-provisions-2025.txt',
    'wn': 'weining-county-non-public-economy-protection-regulation-2002.txt',
    'yj': 'yinjiang-county-non-public-economy-protection-regulation-2001.txt',
    'yn': 'yunnan-sme-promotion-regulation-2021.txt',
}
TRAD_DOC = 'lj'
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸款額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週')

EQUIV = {
    '2000万元': ['两千万元', '2000萬元'],
    '200万元': ['二百万元', '200萬元'],
    '50元': ['五十元'],
    '300万元': ['三百万元', '300萬元'],
    '500万元': ['五百万元', '500萬元'],
    '7章21条': ['7章21條', '七章二十一条', '七章21条'],
    '50万元': ['五十万元', '50萬元'],
    '20歲至45歲': ['20岁至45岁', '20到45岁', '20至45岁', '20-45岁', '20～45岁', '20到45歲', '20至45歲'],
    '一個月': ['一个月', '1个月', '1個月'],
    '2份': ['两份', '二份', '兩份'],
    '2023.03.30': ['2023年3月30日', '2023-03-30', '2023.3.30'],
    '1000万元': ['一千万元', '1000萬元'],
    '80%': ['百分之八十', '八成'],
    '2021年3月30日': ['2021.3.30', '2021-03-30'],
    '277600': [],
    '济政字〔2020〕88号': ['济政字(2020)88号', '济政字[2020]88号', '濟政字〔2020〕88號'],
    '费政字〔2022〕22号': ['费政字(2022)22号', '費政字〔2022〕22號', '费政字[2022]22号'],
    '20家': ['二十家'],
    '2022-04-26': ['2022年4月26日', '2022.4.26'],
    '双办发〔2020〕20号': ['双办发(2020)20号', '雙辦發〔2020〕20號', '双办发[2020]20号'],
    '2020-06-30': ['2020年6月30日', '2020.6.30'],
    '2026年1月1日': ['2026.1.1', '2026-01-01'],
    '2025年12月3日': ['2025.12.3', '2025-12-03'],
    '2025年11月1日': ['2025.11.1', '2025-11-01'],
    '2025年9月30日': ['2025.9.30', '2025-09-30'],
    '7日': ['七日', '7天', '七天'],
    '1万元': ['一万元', '10000元', '1萬元'],
    '2002年10月1日': ['2002.10.1', '2002-10-01'],
    '20－40': ['20-40', '20%-40%', '20%至40%', '20%到40%', '百分之二十到四十', '百分之二十至百分之四十'],
    '50年': ['五十年'],
    '10000元': ['1万元', '一万元', '1萬元'],
    '5％': ['5%', '百分之五'],
    '7个工作日': ['七个工作日', '7個工作日'],
    '2001年12月1日': ['2001.12.1', '2001-12-01'],
    '2021年10月1日': ['2021.10.1', '2021-10-01'],
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
        hits = [ln for ln in lines if a in ln]
        if len(hits) != 1:
            errs.append(f'{qid}: anchor {a!r} in {len(hits)} lines')
            continue
        out.append(hits[0])
    return '\n'.join(out)


def sentences(text):
    return [s for s in re.split(r'[。；;！!？?\n]', text) if s.strip()]


ITEMS = []


def A(q, key, doc, anchors, markers, values=()):
    ITEMS.append(dict(q=q, key=key, doc=doc, anchors=anchors, markers=list(markers), values=list(values)))


def N(q, probes, kind=''):
    """probes: {file key or 'ALL': [strings]}, and/or a list of ('NOFIG', key, anchor)."""
    ITEMS.append(dict(q=q, key=None, probes=probes, kind=kind))


# ---------------- 珠海万山 (保税区) 促进金融产业发展扶持办法 解读 (开发区 / 试验区) ----------------
A('我们是一家持牌法人金融机构，准备落户珠海万山区，落户奖最多能拿多少？', 'zh', '万山',
  ['持牌法人金融机构最高奖励不超过2000万元'], ['持牌法人金融机构最高奖励'], ['2000万元', '两千万元', '2000萬元'])
A('珠海保税区那个金融扶持办法，私募基金机构落户奖最高多少？地方金融机构又是多少？', 'zh', '万山',
  ['持牌法人金融机构最高奖励不超过2000万元'], ['私募基金机构最高奖励', '地方金融机构最高奖励'],
  ['200万元', '二百万元', '200萬元', '300万元'])
A('想在万山区租办公室，租金补贴怎么算？每平米每月补多少、面积封顶多少、能补几年？', 'zh', '万山',
  ['租赁自用办公用房的'], ['每月每平方米50元', '最高不超过600平方米'], ['50元', '五十元', '600平方米'])
A('我们公司打算做知识产权资产证券化融资，珠海万山区一年最多能资助多少？', 'zh', '万山',
  ['给予通过知识产权资产证券化项目融资的企业资助'], ['年度累计最高300万元'], ['300万元', '三百万元', '300萬元'])
A('珠海万山区的风险补偿机制，对单个企业累计最多补偿多少钱？', 'zh', '万山',
  ['针对单个企业的风险补偿'], ['累计补偿额不超过500万元'], ['500万元', '五百万元', '500萬元'])
A('萬山區這個金融產業扶持辦法一共幾章幾條？經營貢獻獎可以連續給幾年？', 'zh', '万山',
  ['共7章21条', '四类金融机构均可连续3年'], ['共7章21条', '均可连续3年给予'], ['7章21条', '7章21條', '七章二十一条', '3年'])
A('在万山区办一场金融论坛，场地租金能补多少？单场活动补贴上限是多少？', 'zh', '万山',
  ['在我区举办金融产业相关活动'], ['场地租金50%', '单项活动最高不超过50万元'], ['50万元', '五十万元', '50萬元', '50%'])

# ---------------- 連江縣青年創業貸款利息補貼作業要點 (台灣 連江縣, 繁體) ----------------
A('連江縣青年創業貸款利息補貼，申請人年齡要幾歲到幾歲？', 'lj', '連江',
  ['年滿20歲至45歲之連江縣縣民'], ['年滿20歲至45歲'],
  ['20歲至45歲', '20岁至45岁', '20到45岁', '20至45岁', '20-45岁', '20～45岁', '20到45歲', '20至45歲'])
A('马祖连江县的青年创业贷款利息补贴，要交的户籍誊本得是多久以内的？', 'lj', '連江',
  ['一個月內戶籍謄本正本'], ['一個月內戶籍謄本'], ['一個月', '一个月', '1个月', '1個月'])
A('连江县这个创业贷款利息补贴要不要签行政契约书？要准备几份？', 'lj', '連江',
  ['行政契約書一式2份'], ['行政契約書一式2份'], ['2份', '两份', '二份', '兩份'])
A('申请连江县青年创业贷款利息补贴，材料没交齐会怎样？', 'lj', '連江',
  ['上開文件如有缺漏'], ['限期補正', '全案退還'])
A('我的公司還在籌設、還沒正式登記，可以申請連江縣的青創貸款利息補貼嗎？', 'lj', '連江',
  ['若事業體於籌設期間尚未完成合法登記'], ['得以負責人或出資人', '個人名義提出申請'])
A('连江县青年创业贷款利息补贴作业要点最近一次更新是什么时候？', 'lj', '連江',
  ['最後更新日期'], ['最後更新日期'], ['2023.03.30', '2023年3月30日', '2023-03-30', '2023.3.30'])

# ---------------- 微山县 上市挂牌扶持政策意见 (征求意见稿 + 公告, 县) ----------------
A('微山县企业在沪深交易所上市成功了，县里一次性奖多少钱？', 'ws', '挂牌扶持政策',
  ['对实现沪、深交易所上市的'], ['一次性给予企业1000万元'], ['1000万元', '一千万元', '1000萬元'])
A('我们准备去境外主板上市，微山县要求首发募集的钱调回来多少才给奖？能奖多少？', 'ws', '挂牌扶持政策',
  ['对实现沪、深交易所上市的'], ['80%以上调回我县', '一次性给予企业600万元'], ['80%', '百分之八十', '八成', '600万元'])
A('对微山县上市挂牌扶持意见的征求意见稿提意见，截止到哪天？', 'ws', '挂牌扶持政策',
  ['意见反馈截止时间'], ['意见反馈截止时间'], ['2021年3月30日', '2021.3.30', '2021-03-30'])
A('微山縣這次徵求意見，書面意見要寄到哪裡？郵遞區號是多少？', 'ws', '挂牌扶持政策',
  ['通过信函方式将意见寄至'], ['东风东路107号', '邮政编码:277600'], ['277600', '东风东路107号'])
A('微山县征求意见可以发邮件或者打电话吗？邮箱和电话是多少？', 'ws', '挂牌扶持政策',
  ['通过电子邮件将意见发送至', '电话联系方式'], ['wsxjrb@126.com', '0537-3183566'], ['wsxjrb@126.com', '0537-3183566'])
A('微山县这份上市挂牌扶持意见是依据济宁市哪个文件制定的？', 'ws', '挂牌扶持政策',
  ['为积极鼓励我县企业上市挂牌'], ['济政字〔2020〕88号'], ['济政字〔2020〕88号', '济政字(2020)88号', '濟政字〔2020〕88號'])
A('微山县上市挂牌奖励由哪一级财政出钱？这次征求意见是哪个单位发的？', 'ws', '挂牌扶持政策',
  ['根据企业上市挂牌和直接融资情况', '微山县金融服务中心'], ['县级财政分层次给予奖励', '微山县金融服务中心'])

# ---------------- 费县 企业上市五年行动计划 实施意见 (县) ----------------
A('费县推进企业上市五年行动计划的实施意见，文号是多少？', 'fx', '费县',
  ['费政字〔2022〕22号'], ['费政字〔2022〕22号'], ['费政字〔2022〕22号', '费政字(2022)22号', '費政字〔2022〕22號'])
A('费县今后5年计划新增多少家上市挂牌企业？其中境内外上市和新三板挂牌的要几家？', 'fx', '费县',
  ['今后5年'], ['新增上市挂牌企业20家以上', '挂牌企业2家'], ['20家', '二十家', '2家'])
A('费县这个上市实施意见依据了哪些省、市文件？', 'fx', '费县',
  ['今后5年'], ['鲁政办发明电〔2018〕', '临政字〔2021〕118号', '临金监字〔2021〕87号'])
A('費縣推進企業上市的思路是哪「三個一批」？', 'fx', '费县',
  ['今后5年'], ['培育一批、辅导一批', '上市一批”的思路'])
A('费县企业上市五年行动的实施意见是哪天发布的？', 'fx', '费县',
  ['2022-04-26'], ['2022-04-26'], ['2022-04-26', '2022年4月26日', '2022.4.26'])

# ---------------- 成都市双流区企业上市(挂牌)倍增行动计划(2020—2022年) (四川, 区) ----------------
A('双流区企业上市倍增行动计划的文号是多少？是哪个单位签发的？', 'sl', '双流',
  ['文 号:双办发〔2020〕20号', '签发单位:成都市双流区人民政府办公室'], ['双办发〔2020〕20号', '成都市双流区人民政府办公室'],
  ['双办发〔2020〕20号', '双办发(2020)20号', '雙辦發〔2020〕20號', '双办发[2020]20号'])
A('双流区这个上市倍增计划，到计划期末的总体目标是什么？', 'sl', '双流',
  ['全区新增上市公司数量实现倍增'], ['新增上市公司数量实现倍增', '社会融资结构明显优化'], ['倍增'])
A('双流区推动企业上市坚持的是什么工作思路？', 'sl', '双流',
  ['境内上市与境外上市并重'], ['境内上市与境外上市并重', '场内上市与场外挂牌兼顾'])
A('雙流區這個計劃按哪「三個一批」梯度推進？', 'sl', '双流',
  ['境内上市与境外上市并重'], ['储备培育一批', '改制辅导一批', '挂牌上市一批'])
A('双流区的上市倍增行动计划是哪天生效的？', 'sl', '双流',
  ['生效时间:2020-06-30'], ['生效时间'], ['2020-06-30', '2020年6月30日', '2020.6.30'])
A('双流区上市倍增计划说要助力构建全区的什么产业体系？', 'sl', '双流',
  ['境内上市与境外上市并重'], ['产业生态圈体系'], ['3+7'])

# ---------------- 毕节市优化营商环境条例 (贵州, 市, 地方性法规) ----------------
A('毕节市优化营商环境条例什么时候开始施行？', 'bj', '毕节',
  ['本条例自2026年1月1日起施行'], ['2026年1月1日起施行'], ['2026年1月1日', '2026.1.1', '2026-01-01'])
A('毕节的营商环境条例在融资担保和银行贷款方面是怎么规定的？', 'bj', '毕节',
  ['县级以上人民政府应当完善政府性融资担保体系', '鼓励金融机构在互联网和营业场所公布'],
  ['政府性融资担保风险分担机制', '中长期贷款和信用贷款'])
A('毕节市优化营商环境工作由哪个部门负责组织、指导和协调？', 'bj', '毕节',
  ['县级以上人民政府投资促进部门负责本行政区域内优化营商环境'], ['投资促进部门负责本行政区域'], ['投资促进部门'])
A('毕节打造的营商环境品牌叫什么？', 'bj', '毕节',
  ['打造“贵人服务·毕须办”'], ['毕须办'], ['毕须办'])
A('畢節這部優化營商環境條例是哪天由貴州省人大常委會批准的？', 'bj', '毕节',
  ['2025年12月3日贵州省'], ['2025年12月3日贵州省'], ['2025年12月3日', '2025.12.3', '2025-12-03'])
A('在毕节，政府工作人员损害营商环境、被责令改正后逾期不改的，谁可以提出处理建议？', 'bj', '毕节',
  ['有下列损害营商环境情形的'], ['向同级人民政府提出处理建议'], ['投资促进部门'])

# ---------------- 儋州市优化营商环境若干规定 (海南, 市, 地方性法规) ----------------
A('儋州市优化营商环境若干规定哪天起施行？', 'dz', '儋州',
  ['本规定自2025年11月1日起施行'], ['2025年11月1日起施行'], ['2025年11月1日', '2025.11.1', '2025-11-01'])
A('儋州对政府性融资担保机构有什么风险补偿安排？保险机构那边鼓励做什么？', 'dz', '儋州',
  ['建立对政府性融资担保机构的普惠型贷款风险补偿机制'], ['普惠型贷款风险补偿机制', '小额贷款保证保险业务'])
A('企业想上市，儋州市政府在上市培育这块要做哪些工作？', 'dz', '儋州',
  ['市人民政府应当做好上市后备企业的筛选培育工作'], ['上市后备企业的筛选培育', '区域性股权市场挂牌'])
A('儋州为了降低中小微企业融资成本，鼓励金融机构做哪些事？', 'dz', '儋州',
  ['开通中小微企业服务绿色通道'], ['开通中小微企业服务绿色通道', '缩短贷款审批时间'])
A('儋州这个规定是哪次会议通过的？又是哪天经海南省人大常委会批准的？', 'dz', '儋州',
  ['2025年7月31日儋州市第十六届'], ['第二十七次会议通过', '2025年9月30日海南省'], ['2025年9月30日', '2025.9.30', '2025-09-30'])

# ---------------- 威宁彝族回族苗族自治县非公有制经济发展保护条例 (贵州, 县, 单行条例) ----------------
A('威宁县的非公有制经济保护条例对金融部门支持民营企业有什么要求？', 'wn', '威宁',
  ['第十八条　金融部门对非公有制经济主体'], ['合理的资金需求'])
A('在威宁办非公有制企业的手续，部门要在几天内批？用地申请几天内要审完？', 'wn', '威宁',
  ['自收到申请之日起7日内应当予以批准', '应当在15日内完成本级审批程序'], ['自收到申请之日起7日内', '15日内完成本级审批程序'],
  ['7日', '七日', '7天', '七天', '15日'])
A('威宁对非公有制企业罚款，多少金额以上当事人可以要求听证？个人和企业分别是多少？', 'wn', '威宁',
  ['当事人要求听证的'], ['企业在1万元以上', '个人在2000元以上'], ['1万元', '一万元', '10000元', '1萬元', '2000元'])
A('威宁县这个非公有制经济发展保护条例是从哪天开始施行的？', 'wn', '威宁',
  ['本条例自2002年10月1日起施行'], ['2002年10月1日起施行'], ['2002年10月1日', '2002.10.1', '2002-10-01'])
A('威宁的民营企业利用国有土地搞生产经营，土地出让金能优惠多少？', 'wn', '威宁',
  ['利用国有土地进行生产经营的'], ['优惠上地出让金20－40'],
  ['20－40', '20-40', '20%-40%', '20%至40%', '20%到40%', '百分之二十到四十', '百分之二十至百分之四十'])
A('威寧自治縣的條例，用國有荒山造林種草，土地使用權多少年不變？', 'wn', '威宁',
  ['依法取得国有荒山、荒坡等未利用地进行造林'], ['土地使用权50年不变'], ['50年', '五十年'])

# ---------------- 印江土家族苗族自治县非公有制经济发展保护条例 (贵州, 县, 单行条例, 已废止) ----------------
A('印江县对非公有制企业罚款，多少钱以上要依法举行听证？', 'yj', '印江',
  ['行政执法部门对非公有制经济主体作出的罚款'], ['单位在10000元以上', '个人在3000元以上'],
  ['10000元', '1万元', '一万元', '1萬元', '3000元'])
A('印江县每年从非公有制经济上缴的财政收入里提多少比例的资金来支持非公经济？这笔钱谁监督？', 'yj', '印江',
  ['提取不低于上缴额5％的资金', '实行专户储存'], ['不低于上缴额5％', '由财政部门监督'], ['5％', '5%', '百分之五'])
A('印江的条例对金融机构给民营企业放贷有什么要求？', 'yj', '印江',
  ['金融机构应当加大对非公有制经济的扶持'], ['技术改造和流动资金贷款', '按照信贷原则和利率政策'])
A('在印江，哪些非公有制企业可以依法获得专项小额贷款扶持？', 'yj', '印江',
  ['可依法获得专项小额贷款扶持'], ['吸纳农村剩余劳动力', '粮食、肉类加工'])
A('印江条例规定，主管部门收到申办非公有制企业的申请后几个工作日内要批？', 'yj', '印江',
  ['有关行业主管部门应当在收到申办非公有制经济主体申请书之日起'], ['7个工作日内'], ['7个工作日', '七个工作日', '7個工作日'])

# ---------------- 云南省中小企业促进条例 (省, 地方性法规) ----------------
A('云南省可以设立什么资金来分担银行给中小企业贷款的风险？', 'yn', '云南',
  ['可以设立中小企业信贷风险补偿资金等融资支持资金'], ['中小企业信贷风险补偿资金'])
A('云南鼓励银行逐步提高哪几类贷款的规模和比例？', 'yn', '云南',
  ['逐步提高信用贷款、首次贷款和无还本续贷的规模和比例'], ['首次贷款和无还本续贷'])
A('云南省中小企业促进条例什么时候施行的？被废止的旧条例是哪天通过的？', 'yn', '云南',
  ['本条例自2021年10月1日起施行'], ['2021年10月1日起施行', '同时废止'], ['2021年10月1日', '2021.10.1', '2021-10-01', '2008年5月29日'])
A('雲南中小企業發展專項資金主要透過哪些方式支持企業？', 'yn', '云南',
  ['中小企业发展专项资金通过资助、购买服务、奖励等方式'], ['资助、购买服务、奖励'])
A('云南鼓励保险机构为中小企业融资做哪些增信业务？', 'yn', '云南',
  ['鼓励保险机构建立符合中小企业发展特点的保险服务体系'], ['保单质押贷款', '信用保险项下融资业务'])

# ---------------- near misses (doc null) ----------------
N('珠海万山区对金融高管人才每年给多少补贴？', {'zh': ['人才']},
  kind='the 金融人才扶持 chapter is in the part of the page the stored copy cuts off')
N('横琴粤澳深度合作区对持牌金融机构落户最高奖多少？', {'ALL': ['横琴']}, kind='a neighbour zone of 万山 (no text)')
N('珠海万山区私募股权基金投资区内企业，给管理人的投资奖励按投资额的百分之几算？',
  [('NOFIG', 'zh', '按相应标准给予管理人投资奖励')], kind='named (管理人投资奖励) without a rate')
N('金門縣青年創業貸款利息補貼最高補多少？', {'ALL': ['金門', '金门']}, kind='a sibling county of 連江 (no text)')
N('連江縣青年創業貸款利息補貼的補貼年利率是多少？最長補貼幾年？', {'lj': ['利率', '年限', '最長']},
  kind='the subsidy rate and period are in the part of the page the stored copy cuts off')
N('微山县企业在新三板挂牌，县里奖励多少？', {'ws': ['新三板']},
  kind='新三板 reward is in the cut-away part of the draft')
N('济宁市任城区对企业上市的奖励标准是多少？', {'ALL': ['任城']}, kind='a sibling district of 微山 (no text)')
N('微山县上市挂牌扶持意见正式印发的文号是什么？', {'ws': ['微政发', '微政字', '微政办']},
  kind='a draft: no 文号 stated')
N('临沭县企业上市五年行动计划的目标是新增多少家企业？', {'ALL': ['临沭']}, kind='a sibling county of 费县 (no text)')
N('费县对企业在北交所上市奖励多少万元？', {'fx': ['奖励', '万元', '北交所']},
  kind='费县 text states targets only (no reward in the stored part)')
N('费县2023年当年要新增几家上市公司？', {'fx': ['2023']}, kind='a year the 费县 text does not state')
N('双流区企业上市成功，区里一次性奖励多少万元？', {'sl': ['奖励', '万元']},
  kind='the 双流 plan states targets only (no reward in the stored part)')
N('成都市新津区企业上市挂牌有哪些扶持政策？', {'ALL': ['新津']}, kind='a neighbour district of 双流 (no text)')
N('双流区上市倍增计划2021年的年度目标是入库多少家企业？', {'sl': ['2021', '入库']},
  kind='a year the stored 双流 text does not state (the 2020 年度目标 is cut off)')
N('毕节市给政府性融资担保机构补充多少资本金？', [('NOFIG', 'bj', '县级以上人民政府应当完善政府性融资担保体系')],
  kind='融资担保体系 named without a figure')
N('遵义市优化营商环境条例是哪天施行的？', {'ALL': ['遵义']}, kind='another city of 贵州 (no text)')
N('儋州市普惠型贷款风险补偿按不良贷款损失的多少比例补？', [('NOFIG', 'dz', '普惠型贷款风险补偿机制')],
  kind='风险补偿机制 named without a rate')
N('三亚市优化营商环境的规定对小额贷款保证保险给多少保费补贴？', {'ALL': ['三亚']}, kind='another city of 海南 (no text)')
N('威宁县对非公有制企业贷款给多少贴息？', {'wn': ['贴息']}, kind='a measure the 威宁 条例 does not name')
N('务川仡佬族苗族自治县非公有制经济保护条例里，罚款多少以上要听证？', {'ALL': ['务川']},
  kind='a third 贵州 autonomous county with a 条例 of the same name (no text)')
N('云南省中小企业信贷风险补偿资金按贷款损失的多少比例补偿？',
  [('NOFIG', 'yn', '可以设立中小企业信贷风险补偿资金等融资支持资金')], kind='named without a rate')
N('贵州省中小企业促进条例规定政府性融资担保放大倍数不低于几倍？', {'ALL': ['放大倍数', '贵州省中小企业']},
  kind='another province\'s 中小企业促进条例 (not in the library)')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['持牌法人金融机构最高奖金'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['累计补偿额不超过500万元'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['持牌法人金融机构最高奖励不超过2000万元'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['微山']}, kind='')),
    'doc_in_two_titles': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], doc='条例')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2000萬元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2000万元', '3000万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='持牌法人金融机构最高奖励是多少？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'zh', '针对单个企业的风险补偿')], kind='')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['000万元'])),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NQ_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simpl_trad = 0
    for i, it in enumerate(ITEMS, 1):
        qid = f'nq{i:03d}'
        if it['key'] is None:
            probes = it['probes']
            plist = probes if isinstance(probes, list) else [probes]
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
        if is_trad(it['q']) and k != TRAD_DOC:
            n_trad_simpl += 1
        if k == TRAD_DOC and not is_trad(it['q']):
            n_simpl_trad += 1
        hits = [kk for kk, t in TITLE.items() if norm(it['doc']) in norm(t)]
        if hits != [k]:
            errs.append(f'{qid}: doc {it["doc"]!r} matches titles {hits}')
        cl = clause(k, it['anchors'], errs, qid)
        if not it['markers']:
            errs.append(f'{qid}: no marker')
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
            elif not at_boundary(v0, cl):
                errs.append(f'{qid}: value {v0!r} only occurs inside a longer number in the clause')
            for v in vals[1:]:
                if v in EQUIV.get(v0, []):
                    continue
                if norm(v) in norm(cl) and at_boundary(v, cl):
                    continue
                errs.append(f'{qid}: value {v!r} is neither in the clause nor a declared way of writing {v0!r}')
        out.append(dict(id=qid, q=it['q'], doc=it['doc'], markers=it['markers'], values=vals))
    n_null = sum(r['doc'] is None for r in out)
    if len(out) != 80:
        errs.append(f'{len(out)} items, expected 80')
    if n_null < 20:
        errs.append(f'only {n_null} near misses, need at least 20')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if n_trad_simpl < 3 or n_simpl_trad < 3:
        errs.append(f'traditional-script questions on simplified texts: {n_trad_simpl}; '
                    f'simplified-script questions on the 繁體 text: {n_simpl_trad}')
    if errs:
        sys.exit('\n'.join(errs))
    if m:
        sys.exit(f'mutation {m} was NOT refused')
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'items;', len(out) - n_null, 'answerable;', n_null, 'near misses;',
          n_trad_simpl, 'traditional-script questions on simplified texts,', n_simpl_trad,
          'simplified-script questions on the 繁體 text')


if __name__ == '__main__':
    main()
