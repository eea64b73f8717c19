#!/usr/bin/env python3
"""Write questions.jsonl for notices-l, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor
is a string that must occur in exactly one line of the document (the texts have one paragraph, item or list
entry a line); the clause is the union of those lines.
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file and occurs in the answering clause;
  - the first value is an exact substring of the named file and occurs in the answering clause, and is not
    part of a longer number there; any further value must be listed in EQUIV as another way of writing it;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - no question contains a marker of 6 or more characters; no marker is longer than 14 characters;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file);
    a probe ('NOFIG', key, anchor) asserts that the line of that file containing anchor states no amount,
    rate, ratio or multiple (the measure is named there without a figure);
  - 80 items, at least 20 near misses, no duplicate question.
Set NL_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'cc': 'chancheng-district-credit-risk-compensation-fund-measures-2023.txt',
    'nh': 'nanhai-district-sme-financing-risk-compensation-fund-measures.txt',
    'bj': 'hangzhou-binjiang-hightech-zone-tech-sme-financing-opinions-2024.txt',
    'cs': 'changshan-county-small-micro-loan-risk-pool-measures-draft-2025.txt',
    'ly': 'longyou-county-phoenix-action-listing-plan-2021-2025.txt',
    'cz': 'cangzhou-enterprise-listing-action-plan-2023.txt',
    'ja': 'jingan-district-guarantee-loan-interest-fee-subsidy-measures-2019.txt',
    'yn': 'yunnan-guarantee-system-fund-measures-interpretation-2025.txt',
    'lz': 'luzhou-emergency-loan-turnover-fund-measures-2025.txt',
    'mo': 'macau-youth-entrepreneurship-aid-scheme.txt',
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|笔|名|条|年)|'
                    r'[一二三四五六七八九十百千两]+(万|萬|亿|億|倍|成)|百分之|千分之|分之')

EQUIV = {
    '3亿元': ['三亿元'],
    '3年': ['三年'],
    '2023年8月3日': ['2023.8.3'],
    '5亿元': ['五亿元'],
    '5名': ['五名'],
    '600万元': ['600万'],
    '40万元': ['40万', '四十万元'],
    '50万元': ['50万', '五十万元'],
    '100%': ['百分之百', '百分之一百'],
    '60%': ['百分之六十'],
    '2025年8月29日': ['8月29日'],
    '5家': ['五家'],
    '7家': ['七家'],
    '60家': ['六十家'],
    '12家': ['十二家'],
    '20%': ['百分之二十'],
    '60亿元': ['六十亿元'],
    '1家': ['一家'],
    '3家': ['三家'],
    '6家': ['六家'],
    '5年': ['五年'],
    '2025年3月1日': ['2025.3.1'],
    '25条': ['二十五条'],
    '5条': ['五条'],
    '二十一歲至四十四歲': ['21歲至44歲', '21至44歲', '21岁至44岁', '二十一岁至四十四岁'],
    '三十萬元': ['30萬元', '30万元', '三十万元', '300,000'],
    '十年': ['10年'],
    '十八個月': ['18個月', '18个月', '十八个月'],
}


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[\s"\'“”‘’「」『』]', '', s)


def in_number(v, text):
    """True if every occurrence of v in text is part of a longer number (scorer's digit rule)."""
    nv, nt = norm(v), norm(text)
    ok = False
    for m in re.finditer(re.escape(nv), nt):
        a, b = m.start(), m.end()
        before = nv[0].isdigit() and a > 0 and (nt[a - 1].isdigit() or nt[a - 1] == '.')
        after = nv[-1].isdigit() and b < len(nt) and (nt[b].isdigit() or nt[b] == '.')
        if not before and not after:
            ok = True
    return not ok


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


ITEMS = []


def A(q, key, doc, anchors, markers, values=()):
    ITEMS.append(dict(q=q, key=key, doc=doc, anchors=anchors, markers=list(markers), values=list(values)))


def N(q, probes, kind=''):
    """probes: {file key or 'ALL': [strings]}, and/or a list of ('NOFIG', key, anchor)."""
    ITEMS.append(dict(q=q, key=None, probes=probes, kind=kind))


# ---------------- 佛山市禅城区产业信贷风险补偿资金管理办法(2023年修订) ----------------
A('佛山禅城的产业信贷风险补偿资金一共多大规模？钱是谁出的？', 'cc', '禅城', ['总规模为3亿元'],
  ['总规模为3亿元', '按照税收分成比例出资'], ['3亿元', '三亿元'])
A('禅城这个风险补偿资金能存续几年？主要通过哪些方式帮企业？', 'cc', '禅城', ['存续期3年'],
  ['风险补偿资金存续期3年', '补助部分贷款利息'], ['3年', '三年'])
A('禅城区风险补偿资金到期清理以后，剩下的钱怎么处理？', 'cc', '禅城', ['到期清理后'],
  ['返纳区镇(街道)财政', '出资比例'])
A('禅城区产业信贷风险补偿资金管理办法修订版是哪天印发的？执行中遇到问题找哪个部门、打什么电话？', 'cc', '禅城',
  ['2023年8月3日', '执行过程中如遇到问题'], ['区经济和科技促进局', '82340928'], ['2023年8月3日', '2023.8.3'])
A('禅城这个风险补偿资金办法是根据省里和市里哪两个文件制定的？', 'cc', '禅城', ['为贯彻落实《广东省'],
  ['粤府办〔2022〕6号', '佛府办〔2023〕8号'])
A('我们公司注册在南庄镇，想用禅城区的风险补偿资金，企业要满足什么基本条件？', 'cc', '禅城', ['第四条'],
  ['具有独立法人资格的企业', '市场主体和税务登记'])

# ---------------- 佛山市南海区中小企业融资风险补偿专项资金管理办法 ----------------
A('南海区中小企业融资风险补偿专项资金需要多少钱？首期先安排多少？', 'nh', '南海', ['第二条'],
  ['所需资金5亿元', '首期2亿元'], ['5亿元', '五亿元'])
A('南海的风险补偿资金放在账上产生的利息收益怎么处理？', 'nh', '南海', ['第二条'], ['纳入本金滚动使用', '利息收益'])
A('南海区这个风险补偿资金支持的中小企业有什么限定？做贸易的公司能不能算？', 'nh', '南海', ['第三条'],
  ['生产型企业', '工商注册地在南海区'])
A('南海风险补偿资金的主管机构是哪个？主任由谁来当？', 'nh', '南海', ['第六条'],
  ['监督管理委员会', '区分管领导兼任'])
A('南海区风险补偿资金监委会的委员有几个人？来自哪些部门？', 'nh', '南海', ['第六条'],
  ['5名相关负责人', '区经济促进局'], ['5名', '五名'])
A('南海这笔风险补偿资金可以用在哪些地方？律师费之类的能不能出？', 'nh', '南海', ['第四条'],
  ['相关法律费用', '撬动合作银行'])

# ---------------- 杭州高新开发区(滨江) 进一步支持科技型中小企业融资的实施意见 ----------------
A('在杭州高新区滨江，科技型中小企业拿到多少创投投资才能申请房租补贴和专项奖励？', 'bj', '滨江', ['(一)鼓励创业投资'],
  ['累计达600万元及以上'], ['600万元', '600万'])
A('滨江的企业发公司债或者中小企业私募债，区里按什么比例奖励？最多奖多少？', 'bj', '滨江', ['(二)鼓励企业开展债券融资'],
  ['按所募资金的2‰给予奖励', '最高奖励40万元'], ['40万元', '40万', '四十万元'])
A('科技型企业发可转债、科创债或者做资产证券化，一年最多能拿多少奖励？', 'bj', '滨江', ['(三)鼓励科技型企业'],
  ['实际发行规模的3%', '最高不超过50万元'], ['50万元', '50万', '五十万元'])
A('创投机构搬到滨江来，房租能补多少？补几年？', 'bj', '滨江', ['(五)鼓励创投机构'],
  ['100%房租补贴', '三年内实际租用办公场所'], ['100%', '百分之百', '百分之一百'])
A('创投机构管理的基金要把多大比例投在滨江企业，才能拿到专项奖励？', 'bj', '滨江', ['(五)鼓励创投机构'],
  ['60%以上投资我区企业'], ['60%', '百分之六十'])
A('滨江这份支持科技型中小企业融资的实施意见，文号是多少？', 'bj', '滨江', ['杭高新〔2024〕6号'],
  ['杭高新〔2024〕6号'], ['杭高新〔2024〕6号'])

# ---------------- 常山县小微企业贷款风险补偿资金池管理办法(公开征求意见稿) ----------------
A('常山县小微企业贷款风险补偿资金池管理办法征求意见到哪天截止？一共征求多少天？', 'cs', '常山', ['征求意见期间为'],
  ['2025年8月29日', '(30日)'], ['2025年8月29日', '8月29日'])
A('对常山那个风险补偿资金池办法有意见，找谁反馈？电话多少？', 'cs', '常山', ['征求意见期间为'],
  ['林丽娟', '0570-5019311'], ['0570-5019311'])
A('常山的风险补偿资金池办法是哪个单位起草的？', 'cs', '常山', ['征求意见期间为'], ['代县政府起草', '常山县金融服务中心'])
A('常山县起草资金池办法，依据的国务院普惠金融文件文号是多少？', 'cs', '常山', ['为贯彻党的二十届三中全会'],
  ['国发〔2023〕15号'], ['国发〔2023〕15号'])
A('常山为什么要设立小微企业贷款风险补偿资金池？本地小微企业融资有什么难处？', 'cs', '常山', ['一是破解本地小微企业'],
  ['有效抵押物缺乏', '融资渠道狭窄'])
A('常山县资金池办法的意见可以邮寄到什么地址？', 'cs', '常山', ['征求意见期间为'], ['定阳北路415号'])

# ---------------- 龙游县“凤凰行动”计划(2021-2025年) ----------------
A('龙游县到2025年末要确保有几家A股上市公司？总市值要达到多少？', 'ly', '龙游', ['(一)上市公司初具规模'],
  ['确保达到5家', '总市值300亿元以上'], ['5家', '五家'])
A('龙游凤凰行动计划里，上市公司力争目标是几家、多少市值？', 'ly', '龙游', ['(一)上市公司初具规模'],
  ['力争达到7家', '总市值达到400亿元以上'], ['7家', '七家'])
A('龍游縣到2025年末新增區域性股權市場股改掛牌企業的目標是多少家？', 'ly', '龙游', ['(二)上市培育梯队'],
  ['股改挂牌企业60家以上'], ['60家', '六十家'])
A('龙游新三板基础层和精选层挂牌分别定了多少家？', 'ly', '龙游', ['(二)上市培育梯队'],
  ['基础层挂牌企业12家以上', '精选层挂牌4家以上'], ['12家', '十二家'])
A('龙游县直接融资规模占全社会新增融资规模的比重要保持在多少？', 'ly', '龙游', ['(三)直接融资能力'],
  ['保持在20%以上'], ['20%', '百分之二十'])
A('龙游5年里资本市场直接融资要新增多少？', 'ly', '龙游', ['(三)直接融资能力'],
  ['新增资本市场直接融资60亿元'], ['60亿元', '六十亿元'])

# ---------------- 沧州市企业上市行动方案 ----------------
A('沧州2023年企业上市目标是几家？审核期、辅导期企业各新增多少？', 'cz', '沧州', ['2023年,确保'],
  ['确保全年新增过会上市企业1家', '力争2家'], ['1家', '一家'])
A('沧州2024到2025年每年力争新增多少家过会上市企业？辅导期企业呢？', 'cz', '沧州', ['2024—2025年'],
  ['新增过会上市企业3家', '新增辅导期企业5家'], ['3家', '三家'])
A('沧州2026—2027年每年新增辅导期企业的目标是多少？', 'cz', '沧州', ['2026—2027年'],
  ['新增辅导期企业6家'], ['6家', '六家'])
A('沧州市企业上市行动方案是哪天印发的？', 'cz', '沧州', ['2023年3月20日'], ['2023年3月20日'], ['2023年3月20日'])
A('沧州推动企业上市打算用几年时间？按什么原则推进？', 'cz', '沧州', ['按照“培育一批'],
  ['用5年时间', '申报一批'], ['5年', '五年'])

# ---------------- 静安区中小企业政策性担保贷款财政贴息贴费实施办法 ----------------
A('静安区中小企业担保贷款贴息贴费的办法是哪个部门发的？哪天发的？', 'ja', '静安', ['静安区财政局', '2019年11月1日'],
  ['静安区财政局', '2019年11月1日'], ['2019年11月1日'])
A('上海静安的中小企业做政策性担保贷款，区里都补贴哪些费用？', 'ja', '静安',
  ['(一)担保贷款的担保费的补贴', '(二)担保贷款的部分利息的补贴'], ['担保费的补贴', '部分利息的补贴'])
A('什么样的企业能享受静安区的担保贷款贴息贴费？', 'ja', '静安', ['扶持范围为登记注册'], ['税收户管地在静安区'])
A('静安这个贴息贴费办法里说的“二十七条”，指的是哪个文件？', 'ja', '静安', ['上海市委市政府出台的'],
  ['简称“二十七条”', '全面提升民营经济活力'])
A('静安区贴息贴费办法重点支持哪些产业的中小企业？', 'ja', '静安', ['扶持范围为登记注册'],
  ['十三五', '新兴产业和现代服务业领域'])

# ---------------- 《云南省政府性融资担保体系建设专项资金管理办法》解读 ----------------
A('云南省政府性融资担保体系建设专项资金管理办法的文号是多少？从哪天开始施行？', 'yn', '云南', ['为进一步发挥政府性融资担保'],
  ['云财规〔2025〕4号', '自2025年3月1日起施行'], ['2025年3月1日', '2025.3.1'])
A('云南这个担保专项资金管理办法是在省财政厅哪次会议上审议通过的？', 'yn', '云南', ['为进一步发挥政府性融资担保'],
  ['财政厅党组2024年第48次'], ['第48次'])
A('云南关于加快推进政府性融资担保高质量发展的实施意见，是省政府第几次常务会议通过的？文号多少？', 'yn', '云南',
  ['为进一步发挥政府性融资担保'], ['第47次常务会议', '云政办规〔2025〕1号'], ['云政办规〔2025〕1号'])
A('雲南這個專項資金管理辦法一共有幾章幾條？', 'yn', '云南', ['共有六章25条'], ['共有六章25条'], ['25条', '二十五条'])
A('云南专项资金管理办法第二章讲的是什么内容？有几条？', 'yn', '云南', ['共有六章25条'], ['支持方向和补助标准'], ['5条', '五条'])
A('云南为什么要出台政府性融资担保体系建设专项资金管理办法？财政打算用哪些方式支持？', 'yn', '云南', ['党中央、国务院历来'],
  ['担保费补贴、代偿补助', '以奖代补'])

# ---------------- 泸州市产业发展应急转贷资金管理办法 ----------------
A('泸州市产业发展应急转贷资金管理办法的文号是多少？', 'lz', '泸州', ['泸市府办规〔2025〕4号'],
  ['泸市府办规〔2025〕4号'], ['泸市府办规〔2025〕4号'])
A('泸州应急转贷资金管理办法是哪次会议审议通过的？什么时候印发？', 'lz', '泸州', ['第86次常务会议', '2025年7月31日'],
  ['第86次常务会议', '2025年7月31日'], ['2025年7月31日'])
A('泸州的应急转贷资金是谁出钱设立的？主要帮企业解决什么问题？', 'lz', '泸州', ['第二条'],
  ['市财政出资设立', '短期周转资金'])
A('应急转贷资金是免费用的吗？遵循什么原则？', 'lz', '泸州', ['第四条'], ['有偿使用', '专款专用、封闭运行'])
A('瀘州應急轉貸資金管理辦法是依據哪些法規文件制定的？', 'lz', '泸州', ['第一条'], ['国办发〔2017〕79号', '中小企业促进法'])

# ---------------- 青年創業援助計劃 (澳門, 繁體) ----------------
A('澳门青年创业援助计划对申请人的年龄有什么要求？', 'mo', '青年創業', ['澳門的創業青年是指'],
  ['二十一歲至四十四歲'], ['二十一歲至四十四歲', '21歲至44歲', '21至44歲', '21岁至44岁', '二十一岁至四十四岁'])
A('青年創業援助計劃每個企業主最多可以批多少錢？要付利息嗎？', 'mo', '青年創業', ['可獲批給一筆上限為'],
  ['澳門幣三十萬元的免息援助款項'], ['三十萬元', '30萬元', '30万元', '三十万元', '300,000'])
A('澳门青年创业援助款项要在几年内还清？多久还一期？', 'mo', '青年創業', ['內償還獲批的援助款項', '每半年為一期'],
  ['十年內償還', '每半年為一期'], ['十年', '10年'])
A('青年創業援助款項第一期什麼時候要開始還？', 'mo', '青年創業', ['每半年為一期'], ['滿十八個月到期償還'],
  ['十八個月', '18個月', '18个月', '十八个月'])
A('澳门青年创业援助的款项是由哪个基金批给的？', 'mo', '青年創業', ['援助款項,由工商業發展基金批給'], ['工商業發展基金'])
A('青年創業援助的錢可以拿來做什麼？當營運資金可以嗎？', 'mo', '青年創業', ['(七)商業企業的營運資金', '(一)購置商業企業'],
  ['商業企業的營運資金', '購置商業企業營運所需的設備'])

# ---------------- near misses (doc null) ----------------
N('佛山顺德区的产业信贷风险补偿资金总规模是多少？', {'ALL': ['顺德']}, kind='a sibling district of 禅城/南海 (no text)')
N('禅城区2021年那一版(佛禅府办〔2021〕4号)的风险补偿资金总规模是多少？', {'cc': ['佛禅府办', '2021年']},
  kind='an earlier version of the 禅城 办法 (the text is the 2023 revision)')
N('南海区中小企业融资风险补偿专项资金管理办法是哪年印发的？文号是多少？', {'nh': ['南府办', '南府', '南海府', '印发给']},
  kind='a date and 文号 the stored 南海 text does not give')
N('滨江对有限合伙人退出或者分红后的专项奖励，具体按什么标准给？', [('NOFIG', 'bj', '(六)鼓励有限合伙人')],
  kind='named without a figure (滨江 (六), a complete clause)')
N('杭州萧山区对企业发行公司债有什么奖励？', {'ALL': ['萧山', '余杭']}, kind='another district of 杭州')
N('杭州市本级对“专精特新贷”按多少年利率贴息？单个企业每年最多补多少？', {'ALL': ['杭州市', '专精特新贷']},
  kind='the parent city of 滨江 (no text)')
N('江山市小微企业贷款风险补偿资金池的管理办法什么时候征求意见？', {'ALL': ['江山']}, kind='a sibling of 常山 in 衢州')
N('衢州市“凤凰行动”计划要求到2025年全市上市公司达到多少家？', {'ALL': ['衢州']}, kind='the parent city of 龙游/常山')
N('龙游县到2030年上市公司要达到几家？', {'ly': ['2030']}, kind='a year the 龙游 plan does not state')
N('沧州2028年新增过会上市企业的目标是几家？', {'cz': ['2028']}, kind='a year the 沧州 plan does not state')
N('黄骅市企业成功上市能拿多少万元奖励？', {'cz': ['奖励', '万元']},
  kind='黄骅 is only an addressee of the 沧州 notice; no reward figure is stated')
N('廊坊市企业上市行动方案的年度目标是多少家？', {'ALL': ['廊坊']}, kind='another city of 河北')
N('静安区2025年新出的中小企业政策性担保贷款贴息贴费办法有什么变化？', {'ja': ['2025']},
  kind='a later version (the text is the 2019 办法)')
N('上海黄浦区中小企业担保贷款贴息政策怎么申请？', {'ALL': ['黄浦']}, kind='another district of 上海')
N('贵州省政府性融资担保体系建设专项资金管理办法是哪天开始施行的？', {'ALL': ['贵州']},
  kind='another province, same programme name as 云南')
N('昆明市对政府性融资担保机构的担保费补贴怎么申请？', {'ALL': ['昆明']}, kind='a city of 云南 (no text)')
N('宜宾市应急转贷资金管理办法是哪年出台的？', {'ALL': ['宜宾']}, kind='a neighbour city of 泸州')
N('澳門中小企業援助計劃的免息貸款上限是多少？還款期幾年？', {'ALL': ['中小企業援助計劃', '中小企业援助计划']},
  kind='another 澳門 programme (the text is the 青年創業援助計劃)')
N('香港的青年創業貸款最多可以借多少？', {'ALL': ['香港']}, kind='another place (Hong Kong)')
N('台灣青年創業及啟動金貸款的利率是多少？', {'ALL': ['台灣', '台湾', '啟動金']}, kind='another place (Taiwan)')
N('海南省小微企业贷款风险补偿资金池规模有多大？', {'ALL': ['海南']}, kind='a province with no text')
N('内蒙古“助保贷”的风险补偿金比例是多少？', {'ALL': ['内蒙古', '助保']}, kind='a province with no text, another programme')
N('广西“桂惠贷”贴息是几个百分点？', {'ALL': ['广西', '桂惠贷']}, kind='a province with no text, another programme')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['总规模为5亿元'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['风险补偿资金存续期3年'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['禅城']}, kind='')),
    'doc_in_two_titles': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], doc='佛山')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['3.0亿元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['3亿元', '30000万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='总规模为3亿元对吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'cc', '存续期3年')], kind='')),
    'value_inside_number': lambda: ITEMS.__setitem__(24, dict(ITEMS[24], values=['0家'])),
}


def main():
    m = os.environ.get('NL_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    for i, it in enumerate(ITEMS, 1):
        qid = f'nl{i:03d}'
        if it['key'] is None:
            probes = it['probes']
            plist = probes if isinstance(probes, list) else [probes]
            for p in plist:
                if isinstance(p, tuple):
                    _, k, anchor = p
                    hits = [ln for ln in TEXT[k].split('\n') if anchor in ln]
                    if len(hits) != 1:
                        errs.append(f'{qid}: NOFIG anchor {anchor!r} in {len(hits)} lines')
                    elif FIGURE.search(hits[0]):
                        errs.append(f'{qid}: NOFIG line has a figure: {FIGURE.search(hits[0]).group(0)!r}')
                    continue
                for where, strings in p.items():
                    keys = ALL if where == 'ALL' else [where]
                    for k in keys:
                        for s in strings:
                            if norm(s) in norm(TEXT[k]):
                                errs.append(f'{qid}: probe {s!r} found in {FILES[k]}')
            out.append(dict(id=qid, q=it['q'], doc=None, markers=[], values=[]))
            continue
        k, text = it['key'], TEXT[it['key']]
        hits = [kk for kk, t in TITLE.items() if norm(it['doc']) in norm(t)]
        if hits != [k]:
            errs.append(f'{qid}: doc {it["doc"]!r} matches titles {hits}')
        cl = clause(k, it['anchors'], errs, qid)
        if not it['markers']:
            errs.append(f'{qid}: no marker')
        for mk in it['markers']:
            if mk not in text:
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
            elif in_number(v0, cl):
                errs.append(f'{qid}: value {v0!r} only occurs inside a longer number in the clause')
            for v in vals[1:]:
                if v not in EQUIV.get(v0, []):
                    errs.append(f'{qid}: value {v!r} is not a declared way of writing {v0!r}')
        out.append(dict(id=qid, q=it['q'], doc=it['doc'], markers=it['markers'], values=vals))
    n_null = sum(r['doc'] is None for r in out)
    if len(out) != 80:
        errs.append(f'{len(out)} items, expected 80')
    if n_null < 20:
        errs.append(f'only {n_null} near misses, need at least 20')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if errs:
        sys.exit('\n'.join(errs))
    if m:
        sys.exit(f'mutation {m} was NOT refused')
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'items;', len(out) - n_null, 'answerable;', n_null, 'near misses')


if __name__ == '__main__':
    main()
