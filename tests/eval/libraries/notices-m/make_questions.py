#!/usr/bin/env python3
"""Write questions.jsonl for notices-m, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor
is a string that must occur in exactly one line of that document; that line is the clause (the texts have one
paragraph, item, article paragraph or table row a line).
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file and occurs in the answering clause; at most 16 chars;
  - the first value is an exact substring of the named file and occurs in the answering clause; any further
    value must be listed in EQUIV as another way of writing the first (Arabic vs Chinese numerals, 萬 vs 万,
    繁體 vs 简体 文号, 〔〕 vs [] / ﹝﹞ in a 文号, a padded or unpadded date);
  - the first value, where it begins or ends with a digit, occurs in the clause outside a longer number;
  - the doc word (or every doc word of a list) occurs in exactly one title (line 1) of the folder, the named file's;
  - no question contains a marker of 6 or more characters;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file);
    a near miss may only probe a whole text (朝阳, 蔡甸, 新疆) or a place / version / batch / programme that no
    text has, never what might lie after the cut of a partial text (see README).
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'sy': 'shunyi-district-industrial-finance-support-measures-2025.txt',
    'cy': 'chaoyang-district-first-loan-subsidy-application-notice-2022.txt',
    'my': 'miyun-district-first-loan-subsidy-handling-guide.txt',
    'zg': 'zhengzhou-hitech-zone-listing-reward-application-notice-2020.txt',
    'zj': 'zhengzhou-listing-reward-fund-measures-interpretation.txt',
    'sc': 'sucheng-district-listing-support-opinions-draft-2022.txt',
    'tz': 'taizhou-listing-support-measures-2023.txt',
    'hb': 'harbin-finance-industry-development-policies-2021.txt',
    'cd': 'caidian-district-tech-renovation-loan-interest-subsidy-publicity-2024.txt',
    'xj': 'xinjiang-sme-promotion-law-implementing-measures-2022.txt',
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
WHOLE = {'cy', 'cd', 'xj'}   # texts kept whole (朝阳: only a trailing attachment-name line dropped)

EQUIV = {
    '1000万元': ['一千万元', '1000萬元'],
    '5000万元': ['五千万元', '5000萬元'],
    '2025年8月14日': ['2025-08-14'],
    '2025年8月18日': ['2025-08-18'],
    '国办发〔2025〕8号': [],
    '2000万元': ['两千万元', '二千万元'],
    'fgwcyk@bjchy.gov.cn': [],
    '2022年1月1日': ['2022-01-01'],
    '2022年5月16日': ['2022-05-16'],
    '1%': ['百分之一'],
    '40%': ['百分之四十'],
    '20%': ['百分之二十'],
    '010-89153158': ['89153158'],
    '10个工作日': ['十个工作日'],
    '2019年度': ['2019年'],
    '郑政文〔2024〕45号': [],
    '豫政办〔2022〕61号': [],
    '2024—2026年': ['2024-2026年', '2024年至2026年', '2024到2026年'],
    '500万元': ['五百万元'],
    '3家': ['三家'],
    '12亿元': ['十二亿元'],
    '宿政办发﹝2020﹞45号': ['宿政办发〔2020〕45号'],
    '2022年02月22日': ['2022年2月22日', '2022-02-22'],
    '200万元': ['二百万元', '两百万元'],
    '300万元': ['三百万元'],
    '第20次': ['第二十次'],
    '2023年12月31日': ['2023-12-31'],
    '30萬元': ['30万元', '三十万元'],
    '50%': ['百分之五十', '各一半'],
    '100萬元': ['100万元', '一百万元'],
    '80萬元': ['80万元', '八十万元'],
    '哈政規〔2021〕11號': ['哈政规〔2021〕11号'],
    '2021年8月31日': ['2021-08-31'],
    '120萬元': ['120万元', '一百二十万元'],
    '5月12日': ['2024年5月12日', '2024-05-12'],
    '鄂經信規劃[2023]301號': ['鄂经信规划[2023]301号', '鄂经信规划〔2023〕301号', '鄂經信規劃〔2023〕301號'],
    '武財產[2024]57號': ['武财产[2024]57号', '武财产〔2024〕57号', '武財產〔2024〕57號'],
    '69813727': [],
    '兩家': ['两家', '2家'],
    '2022年11月1日': ['2022-11-01'],
    '2022年9月28日': ['2022-09-28'],
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


# ---------------- 顺义区关于促进产业金融高质量发展的支持办法 (2025) ----------------
A('我们打算在顺义新设一家法人金融机构，实收资本8个亿，区里开办费能支持多少？',
  'sy', '顺义', ['经国家金融监管部门批准设立的法人金融机构'], ['给予资金支持1000万元'], ['1000万元', '一千万元', '1000萬元'])
A('顺义产业金融那个支持办法，实收资本100亿以上的法人金融机构最高给多少开办支持？',
  'sy', '顺义', ['经国家金融监管部门批准设立的法人金融机构'], ['给予资金支持5000万元'], ['5000万元', '五千万元', '5000萬元'])
A('顺义区促进产业金融高质量发展的支持办法是哪天、第几次区政府常务会通过的？',
  'sy', '顺义', ['第130次区政府常务会'], ['第130次区政府常务会'], ['2025年8月14日', '2025-08-14'])
A('順義區這個產業金融支持辦法是哪個部門印發的？落款日期是哪天？',
  'sy', '顺义', ['北京市顺义区发展和改革委员会', '2025年8月18日'], ['北京市顺义区发展和改革委员会'], ['2025年8月18日', '2025-08-18'])
A('顺义这个办法说是落实国务院办公厅哪个文件？文号多少？',
  'sy', '顺义', ['第一条'], ['国办发〔2025〕8号'], ['国办发〔2025〕8号'])
A('股权投资机构和产业引导基金能适用顺义的产业金融支持办法吗？',
  'sy', '顺义', ['第二条'], ['股权投资机构、产业引导基金'])

# ---------------- 朝阳区 关于征集北京市中小微企业首次贷款贴息及担保费用补助申报企业的通知 (2022) ----------------
A('朝阳区的小微企业申报首贷贴息，单笔贷款金额有上限吗？',
  'cy', '征集北京市', ['单笔贷款金额不超过'], ['单笔贷款金额不超过2000万元'], ['2000万元', '两千万元', '二千万元'])
A('首贷贴息和担保费用补助可以两样都拿吗？',
  'cy', '征集北京市', ['首贷户可从贷款贴息和担保费用补助'], ['两种方式择一享受'])
A('怎么判断我们这笔算不算“首次贷款”？看征信报告哪一栏？',
  'cy', '征集北京市', ['判定标准为该企业此笔贷款发放时'], ['条目记录均显示为零'])
A('朝阳这边首贷贴息的申报企业汇总表要发到哪个邮箱？',
  'cy', '征集北京市', ['将汇总表报送至我委邮箱'], ['fgwcyk@bjchy'], ['fgwcyk@bjchy.gov.cn'])
A('我们是房地产公司，去年第一次贷款，能申请北京首贷贴息吗？',
  'cy', '征集北京市', ['房地产公司贷款'], ['房地产公司贷款、融资平台公司贷款'])
A('2021年签的借款合同，什么时候以后放款的才能报首贷贴息？这个征集通知谁发的？',
  'cy', '征集北京市', ['适用的贷款业务为2021年企业与银行签订合同'], ['于2022年1月1日以后实际放款'], ['2022年1月1日', '2022-01-01'])

# ---------------- 密云区 首次贷款贴息及担保费用补助 办理指南 ----------------
A('在密云办首贷，担保费补助按什么标准给？',
  'my', '密云', ['按贷款额给予不超过年化1%'], ['不超过年化1%的贷款担保费用补助'], ['1%', '百分之一'])
A('密云这边首贷贴息，一般企业按利息的多少贴？',
  'my', '密云', ['按贷款额给予不超过年化1%'], ['按实际获得贷款利息的20%'], ['20%', '百分之二十'])
A('我们是开餐馆的，首贷贴息比例能提高吗？提到多少？',
  'my', '密云', ['按贷款额给予不超过年化1%'], ['贴息比例提高至40%'], ['40%', '百分之四十'])
A('首贷贴息要去哪现场办？北京市贷款服务中心电话多少？',
  'my', '密云', ['北京市贷款服务中心咨询电话'], ['010-89153158'], ['010-89153158', '89153158'])
A('入驻银行什么时候报送上季度的首贷付息汇总表？报给谁？',
  'my', '密云', ['每季度初10个工作日内'], ['每季度初10个工作日内', '报送至市经济和信息化局'], ['10个工作日', '十个工作日'])

# ---------------- 郑州高新区 关于组织申报2019年郑州市企业上市挂牌融资奖补资金的通知 (2020) ----------------
A('郑州高新区这次上市挂牌融资奖补，申报的是哪一年度的？哪些企业能报？',
  'zg', '融资奖补资金', ['通过资本市场融资的'], ['在中原股权交易中心挂牌的'], ['2019年度', '2019年'])
A('高新区企业境内上市后申请奖补，需要准备哪些材料？',
  'zg', '融资奖补资金', ['1)境内上市'], ['上市批复文件', '募集资金到账证明'])
A('我们刚在河南证监局辅导备案，申报奖补要交什么材料？',
  'zg', '融资奖补资金', ['辅导备案公示表'], ['辅导备案公示表', '辅导协议'])
A('去香港上市的话，郑州高新区的奖补申报材料有什么不一样？',
  'zg', '融资奖补资金', ['2)境外上市'], ['通过港交所聆讯', 'H股上市许可'])
A('郑州高新区组织申报上市挂牌奖补，是根据市政府哪些文件？',
  'zg', '融资奖补资金', ['等文件规定,结合实际'], ['千企展翼行动计划若干政策', '十六条实施意见'])

# ---------------- 郑州 千企展翼 奖补资金管理办法 政策解读 ----------------
A('郑州千企展翼奖补资金管理办法是哪个部门起草的？根据的市政府文件文号是多少？',
  'zj', '千企展翼', ['一、出台背景', '企业上市挂牌融资作为资本市场'], ['郑政文〔2024〕45号', '市金融局结合实际'], ['郑政文〔2024〕45号'])
A('郑州上市挂牌奖补办法的奖励对象包括哪些？券商这些中介机构算不算？',
  'zj', '千企展翼', ['第二条明确了本办法奖励对象'], ['支持企业上市挂牌的中介机构'])
A('郑州通过“亲清在线”平台兑现的上市奖励，分哪几个阶段？',
  'zj', '千企展翼', ['由“亲清在线”平台实施的奖励'], ['首次辅导备案', '过会的企业'])
A('河南省推进企业上市五年倍增行动实施方案的文号是多少？',
  'zj', '千企展翼', ['企业上市挂牌融资作为资本市场'], ['豫政办〔2022〕61号'], ['豫政办〔2022〕61号'])
A('郑州千企展翼三年倍增行动计划是哪几年的？',
  'zj', '千企展翼', ['企业上市挂牌融资作为资本市场'], ['2024—2026年'], ['2024—2026年', '2024-2026年', '2024年至2026年', '2024到2026年'])

# ---------------- 宿城区 关于进一步鼓励支持企业挂牌上市的实施意见(征求意见稿) (2022) ----------------
A('宿城区对A股首发上市的企业，区里一共最多奖补多少钱？',
  'sc', '征求意见稿', ['申请在A股首发上市的'], ['不超过500万元奖补'], ['500万元', '五百万元'])
A('宿城区到2022年末上市企业数量目标是几家？挂牌企业呢？',
  'sc', '征求意见稿', ['全区每年列入市拟上市挂牌后备资源库'], ['全区境内外上市企业数量达到3家', '挂牌企业数量超过18家'], ['3家', '三家'])
A('宿城这个挂牌上市征求意见稿，新增资本市场股权融资额的目标是多少？',
  'sc', '征求意见稿', ['全区每年列入市拟上市挂牌后备资源库'], ['股权融资额超过12亿元'], ['12亿元', '十二亿元'])
A('宿城區這個鼓勵挂牌上市的實施意見，是根據宿遷市政府辦公室哪個文件制定的？文號？',
  'sc', '征求意见稿', ['特制订本实施意见'], ['宿政办发﹝2020﹞45号'], ['宿政办发﹝2020﹞45号', '宿政办发〔2020〕45号'])
A('这份企业挂牌上市实施意见的征求意见稿是哪天发出来的？',
  'sc', '征求意见稿', ['Admin - admin'], ['于2022年02月22日发表'], ['2022年02月22日', '2022年2月22日', '2022-02-22'])
A('申请宿城区上市奖补，企业要先满足什么前提？',
  'sc', '征求意见稿', ['申请在A股首发上市的'], ['列入市级拟上市后备库的企业'])

# ---------------- 泰州市支持企业上市的若干政策措施 (2023) ----------------
A('泰州的企业在境内成功上市后，市里一次性奖多少？',
  'tz', '泰州', ['对企业上市融资实施分阶段奖励'], ['成功上市后,一次性奖励200万元'], ['200万元', '二百万元', '两百万元'])
A('泰州企业去境外上市，成功上市后奖励多少？拿到证监会备案时呢？',
  'tz', '泰州', ['对企业上市融资实施分阶段奖励'], ['一次性奖励300万元'], ['300万元', '三百万元'])
A('泰州支持企业上市的若干政策措施是市政府第几次常务会议审议通过的？哪天印发？',
  'tz', '泰州', ['已经市政府第20次常务会议'], ['市政府第20次常务会议'], ['第20次', '第二十次'])
A('泰州市政府印发支持企业上市若干政策措施的日期？',
  'tz', '泰州', ['2023年12月31日'], ['2023年12月31日'], ['2023年12月31日', '2023-12-31'])
A('泰州股改上市注册登记的绿色通道，归哪些部门负责？',
  'tz', '泰州', ['开辟涉企股改上市注册登记'], ['市行政审批局、市场监管局'])
A('拟上市企业碰到消防、用地这些矛盾问题，泰州怎么协调？谁牵头？',
  'tz', '泰州', ['由拟上市企业所在市(区)政府(管委会)牵头'], ['牵头成立协调小组', '一企一策'])

# ---------------- 哈爾濱市進一步促進金融業發展的若干政策(試行) (2021, 已廢止) ----------------
A('哈尔滨对银行在县里新设分支机构有开办费补贴吗？每个多少？',
  'hb', ['哈爾濱', '金融業'], ['鼓勵縣域金融機構發展'], ['30萬元開辦經費補貼'], ['30萬元', '30万元', '三十万元'])
A('那个县域网点开办经费补贴，市里和区县各出多少？',
  'hb', ['哈爾濱', '金融業'], ['鼓勵縣域金融機構發展'], ['各承擔50%'], ['50%', '百分之五十', '各一半'])
A('哈尔滨年度考评获奖的银行类金融机构，每家最高奖多少？',
  'hb', ['哈爾濱', '金融業'], ['對各類金融機構服務實體經濟進行綜合評價'], ['每家獎勵60—100萬元'], ['100萬元', '100万元', '一百万元'])
A('哈爾濱獲獎的保險機構每家獎勵多少？',
  'hb', ['哈爾濱', '金融業'], ['對各類金融機構服務實體經濟進行綜合評價'], ['每家獎勵50—80萬元'], ['80萬元', '80万元', '八十万元'])
A('哈尔滨进一步促进金融业发展若干政策(试行)的文号是多少？现在还有效吗？',
  'hb', ['哈爾濱', '金融業'], ['哈政規〔2021〕11號'], ['哈政規〔2021〕11號'], ['哈政規〔2021〕11號', '哈政规〔2021〕11号'])
A('金融机构总部在哈尔滨买办公楼自用，有补助吗？按什么算？',
  'hb', ['哈爾濱', '金融業'], ['支持金融機構、股權投資機構'], ['參照當期市場均價'])

# ---------------- 蔡甸區 省新增重點領域技術改造貸款貼息資金(第一批)分配公示 (2024) ----------------
A('蔡甸区这批省里技改贷款贴息资金一共下达了多少？',
  'cd', '蔡甸', ['市局已下達給我區'], ['技術改造貸款貼息資金120萬元'], ['120萬元', '120万元', '一百二十万元'])
A('蔡甸技改贴息资金分配公示到哪天截止？有异议找谁？',
  'cd', '蔡甸', ['公示期為'], ['2024年5月8日至5月12日'], ['5月12日', '2024年5月12日', '2024-05-12'])
A('蔡甸区分配技改贷款贴息是按湖北省哪个实施细则办的？文号？',
  'cd', '蔡甸', ['鄂經信規劃'], ['鄂經信規劃[2023]301號'], ['鄂經信規劃[2023]301號', '鄂经信规划[2023]301号', '鄂经信规划〔2023〕301号', '鄂經信規劃〔2023〕301號'])
A('武汉市财政局下达这笔技改贴息资金的文件号是多少？',
  'cd', '蔡甸', ['武財產'], ['武財產[2024]57號'], ['武財產[2024]57號', '武财产[2024]57号', '武财产〔2024〕57号', '武財產〔2024〕57號'])
A('蔡甸這次技改貼息補助的是幾家企業？針對哪段時間的貸款？',
  'cd', '蔡甸', ['市局已下達給我區'], ['2023年3月至11月', '我區兩家企業'], ['兩家', '两家', '2家'])

# ---------------- 新疆维吾尔自治区实施《中华人民共和国中小企业促进法》办法 (2022 修订) ----------------
A('新疆实施中小企业促进法办法是什么时候开始施行的？',
  'xj', '新疆', ['第五十七条'], ['2022年11月1日起施行'], ['2022年11月1日', '2022-11-01'])
A('新疆这个中小企业促进法实施办法最近一次是哪天修订的？',
  'xj', '新疆', ['第二十六次会议通过'], ['第三十五次会议修订'], ['2022年9月28日', '2022-09-28'])
A('新疆中小企业发展专项资金的使用计划由哪个部门提出？谁来审计？',
  'xj', '新疆', ['第十一条'], ['工业和信息化主管部门提出计划', '审计部门进行审计监督'])
A('企业拿应收账款去融资，新疆要求欠款方（付款方）做什么？',
  'xj', '新疆', ['中小企业以应收账款申请担保融资时'], ['应当及时确认债权债务关系'])
A('银行对暂时有困难但有前景的中小企业，在新疆能随便抽贷断贷吗？',
  'xj', '新疆', ['鼓励银行业金融机构开发和提供'], ['不得盲目抽贷、断贷、压贷'])
A('新疆这个办法里，银行给中小企业放贷出了坏账，政府有没有补偿方面的安排？由哪级政府负责？',
  'xj', '新疆', ['第二十五条'], ['信贷风险补偿机制'])
A('新疆政府采购给中小企业预留份额的比例，这个办法怎么规定的？',
  'xj', '新疆', ['第三十八条'], ['其预留比例按照国家和自治区'])
A('退役军人在新疆创办小微企业，能享受小额贷款贴息吗？',
  'xj', '新疆', ['第三十条'], ['小额贷款贴息、税收优惠'])

# ---------------- near misses (doc null) ----------------
N('昌平区对新注册的法人金融机构给多少开办费用支持？', {'ALL': ['昌平']}, kind='a sibling district of 顺义')
N('北京大兴区的产业金融支持政策里，对股权投资机构落户奖励多少？', {'ALL': ['大兴']}, kind='a sibling district of 顺义')
N('朝阳区首贷贴息的申报截止日期是哪天？', {'cy': ['截止', '前报送', '截至']}, kind='a date the whole 朝阳 notice does not state')
N('郑州高新区2021年度企业上市挂牌融资奖补什么时候申报？', {'ALL': ['2021年度']}, kind='another batch (the notice is for 2019年度)')
N('洛阳市企业在北交所上市，市里奖励多少？', {'ALL': ['洛阳']}, kind='a sibling city of 郑州')
N('郑州航空港区对企业上市有单独的奖补政策吗？奖多少？', {'ALL': ['航空港']}, kind='another zone of 郑州')
N('宿豫区对企业股改上市有什么奖补？', {'ALL': ['宿豫']}, kind='a sibling district of 宿城')
N('宿城区那个挂牌上市实施意见正式印发了吗？正式稿的文号是多少？', {'ALL': ['宿城政', '宿城区人民政府关于印发', '宿城区人民政府办公室关于印发']}, kind='a version the library does not hold (only the 征求意见稿)')
N('兴化市企业成功上市后，兴化市里另外奖多少？', {'ALL': ['兴化', '靖江']}, kind='a county-level city inside 泰州')
N('扬州市对境外上市企业奖励多少？', {'ALL': ['扬州']}, kind='a sibling city of 泰州 in 江苏')
N('大庆市对银行新设县域分支机构有开办补贴吗？', {'ALL': ['大庆', '齐齐哈尔']}, kind='a sibling city of 哈尔滨')
N('哈尔滨那个金融业若干政策废止以后，接替它的新文件文号是什么？', {'ALL': ['哈政規〔2023', '哈政规〔2023', '哈政規〔2022', '哈政规〔2022']}, kind='a later document the library does not hold')
N('武汉江夏区省技改贷款贴息资金分到了多少？', {'ALL': ['江夏', '黄陂']}, kind='a sibling district of 蔡甸')
N('蔡甸区第二批技术改造贷款贴息资金什么时候公示？', {'cd': ['第二批']}, kind='another batch (the 公示 is the 第一批)')
N('蔡甸这次技改贴息的两家企业分别是哪两家、各拿多少？', {'cd': ['有限公司', '公司']}, kind='names and split the whole 蔡甸 page does not state (they are in the attachment table, not on the page)')
N('蔡甸区技改贷款贴息是按贷款利率的百分之几贴的？', {'cd': ['%', '貼息率', '比例', '利率']}, kind='a rate the whole 蔡甸 page does not state')
N('新疆自治区每年安排多少亿元的中小企业发展专项资金？', {'xj': ['亿元', '万元']}, kind='a figure the whole 新疆 text does not state')
N('新疆的政府性融资担保机构担保费率要降到多少？', {'xj': ['%', '费率']}, kind='a rate the whole 新疆 text does not state')
N('乌鲁木齐市中小企业应急转贷资金的使用费怎么收？', {'ALL': ['乌鲁木齐', '应急转贷']}, kind='a city and an instrument none of the texts has')
N('甘肃省对小微企业首贷给不给贴息？贴多少？', {'ALL': ['甘肃']}, kind='another province')
N('天津滨海新区企业在主板上市，区里奖励多少？', {'ALL': ['滨海', '天津']}, kind='another place')
N('安徽肥西县有没有县级应急转贷资金？单笔最高多少？', {'ALL': ['肥西', '安徽']}, kind='another place and an instrument none of the texts has')


def main():
    errs, out = [], []
    for i, it in enumerate(ITEMS, 1):
        qid = f'nm{i:03d}'
        if it['key'] is None:
            for where, strings in it['probes'].items():
                keys = ALL if where == 'ALL' else [where]
                if where != 'ALL' and where not in WHOLE:
                    errs.append(f'{qid}: probes a partial text {where}')
                for k in keys:
                    for s in strings:
                        if s in TEXT[k]:
                            errs.append(f'{qid}: probe {s!r} found in {FILES[k]}')
            out.append(dict(id=qid, q=it['q'], doc=None, markers=[], values=[]))
            continue
        k, text = it['key'], TEXT[it['key']]
        docs = it['doc'] if isinstance(it['doc'], list) else [it['doc']]
        for d in docs:
            hits = [kk for kk, t in TITLE.items() if d in t]
            if hits != [k]:
                errs.append(f'{qid}: doc {d!r} matches titles {hits}')
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
            if len(norm(m)) > 16:
                errs.append(f'{qid}: marker {m!r} longer than 16')
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
    if n_null < 20:
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
