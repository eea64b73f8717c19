#!/usr/bin/env python3
"""Write questions.jsonl for notices-s, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor
is a string that must occur in exactly one line of the document (the texts have one paragraph, article text,
item or list entry a line; the 宜宾 and 独山港 pages are stored as one paragraph, so their clause is that
paragraph); the clause is the union of those lines.
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
  - 96 items, at least 24 near misses (25 %), no duplicate question, at least 3 questions in traditional
    script about simplified texts and at least 3 in simplified script about the traditional text.
Set NS_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'xm': 'xiamen-sez-local-finance-regulation-2020.txt',
    'ln': 'liaoning-sme-development-promotion-regulation-2021.txt',
    'sy': 'shenyang-sme-development-promotion-regulation-2011.txt',
    'xz': 'xizang-sme-development-promotion-regulation-2022.txt',
    'zj': 'zhanjiang-green-finance-carbon-peak-action-plan-2023.txt',
    'py': 'puyang-county-listing-five-year-action-plan-2022.txt',
    'zs': 'zhoushan-finance-support-high-quality-development-opinions-2020.txt',
    'zh': 'zhenhai-district-listing-reward-application-notice-2021.txt',
    'yl': 'yulin-small-micro-loan-interest-subsidy-application-notice-2022.txt',
    'yb': 'yibin-private-enterprise-loan-interest-subsidy-online-interview-qa-2022.txt',
    'dsg': 'dushangang-zone-industry-fund-measures-draft-consultation-2024.txt',
    'hk': 'hongkong-hkma-sme-support-measures-2024.txt',
}
TRAD_DOC = 'hk'
N_ITEMS, MIN_NULL = 96, 24
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱職樣該屬幣貼讓從給舉徵見號碼遞區畢節雲門貢獻連續萬滿歲齡籌記證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週門廈採購預綠達總劃銀監慮檢測')

EQUIV = {
    '十万元以上五十万元以下': ['10万元以上50万元以下', '10万至50万元', '10万元到50万元', '10-50万元'],
    '一万元以上五万元以下': ['1万元以上5万元以下', '1万至5万元', '1万元到5万元', '1-5万元'],
    '五万元以上二十万元以下': ['5万元以上20万元以下', '5万至20万元', '5万元到20万元', '5-20万元'],
    '二人': ['两人', '2人', '2名', '两名', '二名'],
    '三个工作日': ['3个工作日', '三個工作日', '3個工作日'],
    '2021年 1月1日': ['2021年1月1日', '2021-01-01', '2021.1.1'],
    '百分之五以上百分之十以下': ['5%至10%', '5%-10%', '5%以上10%以下', '5%到10%'],
    '2008年12月1日': ['2008.12.1', '2008-12-01'],
    '2012年1月1日': ['2012.1.1', '2012-01-01'],
    '百分之三十': ['30%', '三成'],
    '2023年3月1日': ['2023.3.1', '2023-03-01'],
    '10%左右': ['10%', '百分之十', '一成'],
    '15%左右': ['15%', '百分之十五'],
    '湛府办函〔2023〕9 号': ['湛府办函〔2023〕9号', '湛府办函(2023)9号', '湛府辦函〔2023〕9號'],
    '2家': ['两家', '二家', '2家'],
    '3家': ['三家'],
    '濮县政办〔2022〕12号': ['濮县政办(2022)12号', '濮縣政辦〔2022〕12號'],
    '15%': ['百分之十五'],
    '100亿元': ['一百亿元', '100億元'],
    '2%': ['百分之二', '2％'],
    '5000亿元': ['5千亿元', '五千亿元', '5000億元'],
    '400亿元': ['四百亿元', '400億元'],
    '2020-09-23': ['2020年9月23日', '2020.9.23'],
    '600万元': ['六百万元', '600萬元'],
    '两份': ['2份', '二份', '兩份'],
    '2022年9月30日': ['2022.9.30', '2022-09-30'],
    '7天': ['七天', '7日', '七日'],
    '13家': ['十三家'],
    '2024年7月8日': ['2024.7.8', '2024-07-08', '7月8日'],
    '0.5%': ['百分之零点五', '百分之零點五', '0.5％'],
    '3,700億港元': ['3700億港元', '3700亿港元', '3,700亿港元', '3700億', '3700亿'],
    '440億港元': ['440亿港元', '四百四十億港元', '440億'],
    '八月': ['8月'],
    '2021年度': ['2021年'],
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


# ---------------- 厦门经济特区地方金融条例 (福建 厦门, 地方性法规, 6 章 56 条) ----------------
A('厦门这个地方金融条例管的“地方金融组织”到底包括哪些？', 'xm', '厦门',
  ['本条例所称地方金融组织，包括小额贷款公司'], ['包括小额贷款公司', '从事金融业务活动的其他组织'])
A('在厦门没拿许可就做小贷业务，如果没有违法所得，罚款是多少？', 'xm', '厦门',
  ['设立地方金融组织未按照国家有关规定办理许可等手续'], ['十万元以上五十万元以下罚款', '依法责令停业'],
  ['十万元以上五十万元以下', '10万元以上50万元以下', '10万至50万元', '10万元到50万元', '10-50万元'])
A('我们是厦门的融资担保公司，没按要求接入非现场监管系统报数据，逾期没改会罚多少？', 'xm', '厦门',
  ['未按照要求接入地方金融非现场监督管理信息系统'], ['一万元以上五万元以下罚款'],
  ['一万元以上五万元以下', '1万元以上5万元以下', '1万至5万元', '1万元到5万元', '1-5万元'])
A('廈門地方金融監管部門來現場檢查，檢查人員至少要幾個人？', 'xm', '厦门',
  ['开展现场检查应当经市地方金融监督管理部门负责人批准'], ['检查人员不得少于二人', '有权拒绝检查'],
  ['二人', '两人', '2人', '2名', '两名', '二名'])
A('厦门地方金融组织被查封财物后，重大风险隐患消除了，监管部门几天内要解除措施？', 'xm', '厦门',
  ['市地方金融监督管理部门确认重大风险隐患已经消除的'], ['三个工作日内解除'], ['三个工作日', '3个工作日', '三個工作日', '3個工作日'])
A('厦门经济特区地方金融条例哪天开始施行？是哪次会议通过的？', 'xm', '厦门',
  ['本条例自2021年', '厦门市第十五届人民代表大会常务委员会第三十八次会议通过'], ['本条例自2021年', '第三十八次会议通过'],
  ['2021年 1月1日', '2021年1月1日', '2021-01-01', '2021.1.1'])
A('厦门对地方金融组织罚款的时候，对负有直接责任的董监高个人还能另外罚多少？', 'xm', '厦门',
  ['可以同时对负有直接责任的董事'], ['百分之五以上百分之十以下'],
  ['百分之五以上百分之十以下', '5%至10%', '5%-10%', '5%以上10%以下', '5%到10%'])
A('台湾同胞想在厦门的典当行当高管，在台湾已有任职资格的，厦门怎么认定？', 'xm', '厦门',
  ['台湾地区人员担任有任职条件的地方金融组织董事'], ['视为符合同等任职条件'])
A('厦门的小贷公司做营销宣传说“保本高收益”，没有违法所得的话罚多少？', 'xm', '厦门',
  ['地方金融组织违反本条例第三十条第一款规定的'], ['五万元以上二十万元以下罚款'],
  ['五万元以上二十万元以下', '5万元以上20万元以下', '5万至20万元', '5万元到20万元', '5-20万元'])
A('厦门地方金融组织主要负责人失联了，条例要求组织怎么办、报给谁？', 'xm', '厦门',
  ['地方金融组织应当承担金融风险处置主体责任'], ['立即采取应急措施', '注册地的区人民政府'])

# ---------------- 辽宁省促进中小企业发展条例 (辽宁, 地方性法规, 2021 年第三次修正) ----------------
A('辽宁的中小企业去办股权出质登记，要交登记费吗？', 'ln', '辽宁',
  ['中小企业申请办理股权出质登记的'], ['免收登记费用'])
A('辽宁省城市商业银行新增贷款投向中小企业多了，有没有奖励？谁给？', 'ln', '辽宁',
  ['城市商业银行年新增贷款用于中小企业超过规定比例的'], ['由同级财政给予奖励'])
A('辽宁省里管中小企业工作的是哪个部门？', 'ln', '辽宁',
  ['省、市、县工业和信息化主管部门负责本行政区域内中小企业'], ['工业和信息化主管部门负责'])
A('辽宁省中小企业发展专项资金的使用管理办法由谁来定？', 'ln', '辽宁',
  ['省中小企业发展专项资金的使用管理办法'], ['由省财政部门会同'])
A('辽宁促进中小企业发展条例是哪年开始施行的？后来修正过几次？', 'ln', '辽宁',
  ['本条例自2008年12月1日起施行', '第三次修正'], ['2008年12月1日起施行', '第三次修正'],
  ['2008年12月1日', '2008.12.1', '2008-12-01'])
A('辽宁某个市安排了担保风险补偿专项资金，省里会给支持吗？', 'ln', '辽宁',
  ['各级财政应当在预算中安排担保机构贷款担保风险补偿专项资金'], ['省级财政给予适当补助'])
A('在辽宁，中小企业拿资产抵押去银行贷款，登记部门有哪些不能做的？', 'ln', '辽宁',
  ['对中小企业以资产抵押办理银行贷款'], ['不得指定评估机构'])

# ---------------- 沈阳市促进中小企业发展条例 (辽宁 沈阳, 地方性法规, 2011) ----------------
A('沈阳市扶持中小企业发展专项资金主要用在哪些方面？', 'sy', '沈阳',
  ['扶持中小企业发展专项资金主要用于'], ['公共服务体系建设', '中小企业技术创新等事项'])
A('我是沈阳户籍的退役军人想创业，能申请小额担保贷款吗？去哪儿申请？', 'sy', '沈阳',
  ['具有本市户籍的城镇登记失业人员'], ['军队退役人员', '就业服务机构申请小额担保贷款'])
A('在沈阳做中小企业融资担保业务的担保机构，要到哪个部门备案？', 'sy', '沈阳',
  ['鼓励担保机构开展中小企业融资担保业务'], ['向市中小企业主管部门备案'])
A('沈阳市促进中小企业发展条例什么时候施行？省人大常委会哪天批准的？', 'sy', '沈阳',
  ['本条例自2012年1月1日起施行', '2011年11月24日辽宁省第十一届'], ['2012年1月1日起施行', '2011年11月24日辽宁省'],
  ['2012年1月1日', '2012.1.1', '2012-01-01'])
A('沈阳条例禁止哪些干扰中小企业正常经营的行为？全部列一下。', 'sy', '沈阳',
  ['禁止下列干扰中小企业正常生产经营活动'], ['无法定依据的考核', '没有明确监督检查事项的检查'])
A('沈阳扶持中小企业的重点由谁提出、谁最后确定？', 'sy', '沈阳',
  ['市中小企业主管部门应当会同有关部门定期提出扶持重点'], ['定期提出扶持重点', '报市人民政府确定'])

# ---------------- 西藏自治区促进中小企业发展条例 (西藏, 地方性法规, 2022 通过, 2023 施行) ----------------
A('西藏政府采购要给中小企业预留多少份额？其中给小微企业的比例是多少？', 'xz', '西藏',
  ['政府采购向中小企业预留的采购份额'], ['百分之三十以上', '不低于百分之六十'], ['百分之三十', '30%', '三成', '百分之六十'])
A('西藏自治区中小企业促进工作是哪个部门牵头综合管理的？', 'xz', '西藏',
  ['自治区人民政府经济信息化部门负责中小企业促进工作综合管理'], ['经济信息化部门负责'])
A('西藏的中小企业发展专项资金通过哪些方式支持？重点用在哪？', 'xz', '西藏',
  ['中小企业发展专项资金的使用通过资助'], ['资助、购买服务、奖励', '融资服务体系建设'])
A('在西藏，中小企业可以拿哪些东西做担保去融资？', 'xz', '西藏',
  ['支持金融机构扩大担保融资范围'], ['以应收账款、知识产权', '机器设备等为担保品'])
A('西藏自治區促進中小企業發展條例哪天開始施行？什麼時候通過的？', 'xz', '西藏',
  ['本条例自2023年3月1日起施行', '2022年12月9日西藏自治区'], ['2023年3月1日起施行', '2022年12月9日'],
  ['2023年3月1日', '2023.3.1', '2023-03-01'])
A('西藏的农牧民自己办小微企业，能申请什么补贴？找哪个部门？', 'xz', '西藏',
  ['高等院校毕业生、农牧民等创办小型微型企业'], ['申请创业补贴', '人力资源社会保障部门'])
A('西藏政府性融资担保机构应该重点服务谁？', 'xz', '西藏',
  ['政府性融资担保机构应当重点为符合条件的小型微型企业'], ['融资担保规模和占比'])
A('西藏对小微企业不良贷款有没有放宽的说法？', 'xz', '西藏',
  ['金融管理部门应当落实国家制定的小型微型企业金融服务差异化监管政策'], ['不良贷款容忍度'])

# ---------------- 湛江市发展绿色金融支持碳达峰行动实施方案 (广东 湛江, 方案, 2023) ----------------
A('湛江绿色金融方案里，到2025年绿色信贷在全部贷款里要占多少？', 'zj', '湛江',
  ['统筹全市绿色金融发展与绿色金融安全'], ['绿色信贷占全部贷款余额的比重'], ['10%左右', '10%', '百分之十', '一成'])
A('湛江到2030年綠色信貸佔比目標是多少？', 'zj', '湛江',
  ['统筹全市绿色金融发展与绿色金融安全'], ['比重达到 15%左右'], ['15%左右', '15%', '百分之十五'])
A('湛江绿色金融支持碳达峰那个实施方案的文号是多少？哪天印发的？', 'zj', '湛江',
  ['湛府办函〔2023〕9 号', '2023年1月19日'], ['湛府办函〔2023〕9 号', '2023年1月19日'],
  ['湛府办函〔2023〕9 号', '湛府办函〔2023〕9号', '湛府办函(2023)9号', '湛府辦函〔2023〕9號'])
A('执行湛江绿色金融方案时碰到问题，应该找哪个部门？', 'zj', '湛江',
  ['请径向市金融工作局反映'], ['径向市金融工作局反映'], ['市金融工作局'])
A('湛江的方案要求金融机构在绿色金融上实行什么制度？', 'zj', '湛江',
  ['推动金融机构实行绿色金融'], ['一把手负责制'])

# ---------------- 濮阳县全面推进企业上市(挂牌)五年攻坚行动计划实施方案 (河南 濮阳县, 方案, 2022) ----------------
A('濮阳县企业上市方案，到2025年底主板上市企业要达到几家？', 'py', '濮阳',
  ['三年有所突破'], ['主板上市企业达到'], ['2家', '两家', '二家'])
A('濮阳县2025年新三板挂牌企业的目标是多少？', 'py', '濮阳',
  ['三年有所突破'], ['新三板挂牌企业突破3家'], ['3家', '三家'])
A('濮阳县那个企业上市五年攻坚方案的发文字号是什么？', 'py', '濮阳',
  ['发文字号 濮县政办'], ['濮县政办〔2022〕12号'], ['濮县政办〔2022〕12号', '濮县政办(2022)12号', '濮縣政辦〔2022〕12號'])
A('濮阳县上市方案是依据河南省哪个文件制定的？', 'py', '濮阳',
  ['为深入贯彻落实《河南省推进企业上市五年倍增行动实施方案》'], ['豫政办〔2022〕61号'], ['豫政办〔2022〕61号'])
A('濮阳县要建立的梯队培育机制是哪几个“一批”？', 'py', '濮阳',
  ['坚持以习近平新时代'], ['储备一批', '上市一批”的梯队培育机制'])

# ---------------- 舟山 进一步加强金融工作支持全市经济高质量发展的意见 (浙江 舟山, 意见, 2020) ----------------
A('舟山市加强金融工作的意见里，全年贷款余额增速目标是多少？', 'zs', '舟山',
  ['主要目标是'], ['贷款余额同比增长15%以上'], ['15%', '百分之十五'])
A('舟山那份金融意见定的直接融资目标是多少？有几家企业要上市报会？', 'zs', '舟山',
  ['主要目标是'], ['直接融资超100亿元', '2家企业上市报会'], ['100亿元', '一百亿元', '100億元', '2家'])
A('舟山這份金融意見要求年末不良率控制在多少以內？', 'zs', '舟山',
  ['主要目标是'], ['年末不良率控制在2%以内'], ['2%', '百分之二', '2％'])
A('舟山的意见对大宗商品交易额定了什么目标？', 'zs', '舟山',
  ['主要目标是'], ['大宗商品交易额5000亿元'], ['5000亿元', '5千亿元', '五千亿元', '5000億元'])
A('舟山融资租赁业务余额全年目标是多少？增长多少？', 'zs', '舟山',
  ['主要目标是'], ['融资租赁业务余额超400亿元'], ['400亿元', '四百亿元', '400億元', '10%'])

# ---------------- 关于做好2021年度镇海区企业上市奖励资金申报工作的通知 (浙江 宁波 镇海区, 申报通知) ----------------
A('镇海区企业在境内首发上市成功，能拿多少上市奖励？', 'zh', '镇海',
  ['(一)企业在境内成功首发上市'], ['奖励600万元'], ['600万元', '六百万元', '600萬元'])
A('我们在镇海，IPO材料刚被交易所受理，能申请奖励吗？多少钱？要附什么文件？', 'zh', '镇海',
  ['(二)企业递交境内IPO申报材料', '(2)中国证监会或沪深交易所'], ['奖励600万元', '受理函复印件'],
  ['600万元', '六百万元', '600萬元'])
A('镇海区拿了上市奖励后企业主动撤回IPO申报材料，会怎么样？', 'zh', '镇海',
  ['若企业主动撤回IPO申报材料的'], ['须退还奖励资金'])
A('镇海区上市奖励申报材料要交几份、交到哪？多久兑现？', 'zh', '镇海',
  ['企业在符合上述奖励条件后'], ['一式两份', '次月完成兑现'], ['两份', '2份', '二份', '兩份'])
A('镇海区企业上市奖励申报找谁咨询？电话多少？', 'zh', '镇海',
  ['联系人:陈璐'], ['联系人:陈璐'], ['89389458'])
A('镇海区这次上市奖励申报是根据哪个文件来的？', 'zh', '镇海',
  ['根据《关于印发镇海区全面落实'], ['镇政办发〔2018〕32号'], ['镇政办发〔2018〕32号'])

# ---------------- 榆林 2022年小微企业贷款贴息项目申报通知 (陕西 榆林, 申报通知) ----------------
A('榆林2022年小微企业贷款贴息，贷款要在什么时间段拿到才算？', 'yl', '榆林',
  ['对在榆林市内依法注册登记'], ['2022年9月30日期间'], ['2022年9月30日', '2022.9.30', '2022-09-30', '2022年1月1日'])
A('榆林这次贷款贴息哪些行业的小微企业不能申报？', 'yl', '榆林',
  ['对在榆林市内依法注册登记'], ['不包括房地产、煤矿'])
A('申报榆林小微企业贷款贴息需要准备哪些材料？', 'yl', '榆林',
  ['(一)榆林市2022年小微企业贷款贴息项目申请审核表', '(六)企业和银行的贷款合同'],
  ['申请审核表(附件1)', '付息凭证复印件'])
A('榆林贷款贴息申报要交哪一年度的审计报告？', 'yl', '榆林',
  ['(四)2021年度审计报告'], ['2021年度审计报告'], ['2021年度', '2021年'])
A('榆林这次贴息重点支持什么样的小微企业？', 'yl', '榆林',
  ['重点对市内科研成果转化能力强'], ['科研成果转化能力强', '授权展期'])

# ---------------- 宜宾 在线访谈答问: 民营企业贷款贴息申报程序 (四川 宜宾, 问答) ----------------
A('宜宾民营企业贷款贴息是怎么个申报流程？', 'yb', '宜宾',
  ['〔市政务服务非公经济局副局长郑卫〕'], ['一是企业申报', '三是市直部门复核复查'])
A('宜宾民营企业贷款贴息的拟贴息名单要公示几天？最后谁批准？', 'yb', '宜宾',
  ['〔市政务服务非公经济局副局长郑卫〕'], ['公示7天', '报市政府批准'], ['7天', '七天', '7日', '七日'])
A('宜宾贷款贴息复核时要征求多少家部门的意见？', 'yb', '宜宾',
  ['〔市政务服务非公经济局副局长郑卫〕'], ['等13家部门'], ['13家', '十三家'])
A('宜宾企业在哪个系统上网申报贷款贴息？', 'yb', '宜宾',
  ['〔市政务服务非公经济局副局长郑卫〕'], ['民营企业数据管理系统'])

# ---------------- 平湖市独山港经济开发区政府产业基金管理办法(试行)(征求意见稿) 征求意见 (浙江 嘉兴 平湖) ----------------
A('独山港那个政府产业基金管理办法征求意见，截止到哪天？', 'dsg', '独山港',
  ['意见反馈截止时间'], ['意见反馈截止时间'], ['2024年7月8日', '2024.7.8', '2024-07-08', '7月8日'])
A('对独山港产业基金办法有意见，打哪个电话反馈？', 'dsg', '独山港',
  ['意见反馈截止时间'], ['0573-85807675'], ['0573-85807675'])
A('独山港产业基金办法的意见信寄到什么地址？信封上要写什么？', 'dsg', '独山港',
  ['意见反馈截止时间'], ['5号楼306室', '注明“征求意见”字样'])
A('独山港经济开发区产业基金办法参照了平湖市哪个文件？', 'dsg', '独山港',
  ['意见反馈截止时间'], ['平政发〔2022〕33号'], ['平政发〔2022〕33号'])

# ---------------- 金管局推出多項措施支持中小企發展和升級轉型 (香港, 新聞公報, 繁體) ----------------
A('香港金管局把逆周期缓冲资本比率调到多少了？', 'hk', '金管局',
  ['釋放銀行資本便利中小企融資需求'], ['由1%下調至0.5%'], ['0.5%', '百分之零点五', '百分之零點五', '0.5％'])
A('香港有几家银行预留了中小企专项资金？总共多少钱？', 'hk', '金管局',
  ['預留專項資金支持中小企'], ['16家活躍於中小企貸款', '3,700億港元'],
  ['3,700億港元', '3700億港元', '3700亿港元', '3,700亿港元', '3700億', '3700亿', '16家'])
A('金管局三月那九项支持中小企措施，到现在惠及多少企业、多少信贷额度？', 'hk', '金管局',
  ['推出九項支持中小企措施以來'], ['超過440億港元'], ['440億港元', '440亿港元', '四百四十億港元', '440億'])
A('金管局的中小企融资专责小组是几月成立的？', 'hk', '金管局',
  ['推出九項支持中小企措施以來'], ['於今年八月成立'], ['八月', '8月'])
A('金管局说银行会推出哪些帮中小企转型的信贷产品？', 'hk', '金管局',
  ['推出更多協助中小企轉型的信貸產品及服務'], ['預先批核信貸額度', '備有靈活還款期的信貸產品'])

# ---------------- near misses (doc null) ----------------
# another place: a sibling or neighbour of a document's place, on a topic the library covers
N('大连市促进中小企业发展条例对担保风险补偿是怎么规定的？', {'ALL': ['大连']},
  kind='a sibling city of 沈阳 in 辽宁 (no text)')
N('青海省促进中小企业发展条例规定政府采购给中小企业预留多少份额？', {'ALL': ['青海']},
  kind='a neighbour province of 西藏 (no text)')
N('拉萨市对小微企业创业担保贷款贴息是多少？', {'ALL': ['拉萨']},
  kind='the capital of 西藏; only the 自治区 条例 is held')
N('福建省地方金融监督管理条例对擅自设立地方金融组织罚多少钱？', {'ALL': ['福建省地方金融']},
  kind='the province of 厦门; its 条例 is not in this library')
N('漳州市小额贷款公司不接入监管系统报数据，罚多少？', {'ALL': ['漳州']},
  kind='a neighbour city of 厦门 (no text)')
N('茂名市绿色金融行动方案里，2025年绿色贷款占比要达到多少？', {'ALL': ['茂名']},
  kind='a neighbour city of 湛江 (no text)')
N('清丰县企业上市攻坚方案里，2025年要有几家主板上市企业？', {'ALL': ['清丰']},
  kind='a sibling county of 濮阳县 (no text)')
N('宁波北仑区企业境内上市能奖励多少万元？', {'ALL': ['北仑', '北侖']},
  kind='a sibling district of 镇海 (no text)')
N('延安市2022年小微企业贷款贴息要交哪些申报材料？', {'ALL': ['延安']},
  kind='a neighbour city of 榆林 (no text)')
N('泸州市民营企业贷款贴息的申报程序是怎样的？', {'ALL': ['泸州', '瀘州']},
  kind='a neighbour city of 宜宾 (no text)')
N('海盐县政府产业基金管理办法征求意见什么时候截止？', {'ALL': ['海盐', '海鹽']},
  kind='a sibling county of 平湖 in 嘉兴 (no text)')
N('澳门金融管理局对中小企业推出了哪些贷款支持措施？', {'ALL': ['澳門', '澳门']},
  kind='the neighbour SAR of 香港 (no text)')
N('沈阳市住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, kind='off-topic for the library')
# a year or a target the text does not state
N('湛江绿色金融方案里，2027年绿色信贷占比目标是多少？', {'zj': ['2027']},
  kind='湛江 states 2025 and 2030 only')
N('濮阳县企业上市方案2026年底要有几家上市企业？', {'py': ['2026', '2027']},
  kind='the stored 濮阳县 text states 2022 and 2025 only')
N('舟山2021年全年贷款余额增速目标是多少？', {'zs': ['2021']},
  kind='舟山 states this year\'s (全年) targets only')
N('金管局这五项支持中小企的措施是哪一年推出的？', {'hk': ['2024', '二〇二四', '二零二四', '年十月']},
  kind='the 香港 text dates itself only as 今日(十月十八日), no year')
N('镇海区企业在新三板挂牌能奖励多少？', {'zh': ['新三板', '挂牌', '掛牌']},
  kind='镇海 notice covers IPO 受理 and 首发上市 only')
# a figure for a measure the texts name without one
N('厦门每年安排多少地方金融发展资金？', [('NOFIG', 'xm', '安排地方金融发展资金')],
  kind='named without an amount')
N('辽宁城市商业银行新增贷款用于中小企业要超过多少比例才有奖励？',
  [('NOFIG', 'ln', '城市商业银行年新增贷款用于中小企业超过规定比例的')], kind='“规定比例” without a figure')
N('辽宁对新上市的中小企业奖励多少万元？', [('NOFIG', 'ln', '对新上市的中小企业')],
  kind='reward named without an amount')
N('沈阳市每年安排多少担保风险补偿专项资金？补偿比例多少？',
  [('NOFIG', 'sy', '财政每年应当在预算中安排担保机构贷款担保风险补偿专项资金')], kind='named without a figure')
N('西藏农牧民创办小微企业的创业补贴是多少钱？', [('NOFIG', 'xz', '申请创业补贴')],
  kind='subsidy named without an amount')
N('榆林小微企业贷款贴息按贷款利息的多少比例补？', [('NOFIG', 'yl', '给予部分贴息支持')],
  kind='“部分贴息” without a rate')
N('宜宾民营企业贷款贴息的贴息比例和上限是多少？', {'yb': ['%', '％', '万元', '比例', '上限']},
  kind='the 宜宾 answer describes the procedure only')
N('独山港政府产业基金的规模是多少亿元？', {'dsg': ['亿元', '億元', '规模']},
  kind='the notice names the fund without a size')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['包括小额贷款公司等'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['检查人员不得少于二人'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['本条例所称地方金融组织，包括小额贷款公司'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['镇海']}, kind='')),
    'doc_in_two_titles': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], doc='条例')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['10万元以上50万元以下'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['十万元以上五十万元以下', '20万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='包括小额贷款公司吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'zs', '主要目标是')], kind='')),
    'value_inside_number': lambda: [it.__setitem__('values', ['5%']) for it in ITEMS
                                    if it.get('doc') == '湛江' and '2030' in it['q']],
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NS_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simpl_trad = 0
    for i, it in enumerate(ITEMS, 1):
        qid = f'ns{i:03d}'
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
    if len(out) != N_ITEMS:
        errs.append(f'{len(out)} items, expected {N_ITEMS}')
    if n_null < MIN_NULL:
        errs.append(f'only {n_null} near misses, need at least {MIN_NULL}')
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
