#!/usr/bin/env python3
"""Write questions.jsonl for notices-k, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors:
  - 'SEC:<label>': the block from the line equal to <label> (a Taiwan article label '第 8 條', '第 7-1 條') to
    the next label line of that document;
  - any other string: the one line of the document that contains it (it must occur in exactly one line; the
    mainland texts have one paragraph, item or list entry a line).
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file and occurs in the answering clause;
  - the first value is an exact substring of the named file and occurs in the answering clause; any further
    value must be listed in EQUIV as another way of writing the first;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - no question contains a marker of 6 or more characters;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file);
    a probe ('NOFIG', key, anchor) asserts that the line of that file containing anchor states no amount,
    rate, ratio or multiple (the measure is named there without a figure).
Set NK_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'tw': 'taiwan-sme-development-fund-measures-2022.txt',
    'dh': 'donghai-county-emergency-loan-turnover-fund-forwarding-notice-2023.txt',
    'cs': 'changshou-district-loan-turnover-emergency-fund-interpretation-2023.txt',
    'fl': 'fuling-district-listing-support-proposal-reply.txt',
    'wh': 'wuhu-specialized-board-listing-reward-notice-2019.txt',
    'ls': 'lasa-finance-support-small-micro-enterprises-opinions-2016.txt',
    'hk': 'hukou-county-listing-yingshanhong-action-plan.txt',
    'jn': 'jinan-guarantee-fee-reduction-award-publicity-2020.txt',
    'lc': 'liaocheng-guarantee-fee-subsidy-measures-2023.txt',
    'hn': 'hunan-finance-support-county-economy-opinions.txt',
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
LABEL = re.compile(r'^(第 \d+(?:-\d+)? 條|沿革：)$')
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|笔)|[一二三四五六七八九十百千两]+(万|萬|亿|億|倍|成)|百分之|千分之|分之')

EQUIV = {
    '經濟部': ['经济部'],
    '九人至十九人': ['9人至19人', '9至19人', '九至十九人'],
    '三年': ['3年'],
    '三分之一': ['1/3'],
    '三人至七人': ['3人至7人', '3至7人'],
    '一百十二年一月一日': ['2023年1月1日', '112年1月1日'],
    '0.2‰': ['万分之二', '千分之0.2'],
    '0.4‰': ['万分之四', '千分之0.4'],
    '230户': ['230家'],
    '43亿元': ['四十三亿元'],
    '5亿元': ['五亿元'],
    '625万元': ['625万'],
    '2万元': ['两万元', '二万元'],
    '30万元': ['三十万元'],
    '5万元': ['五万元'],
    '300万': ['300万元', '三百万元'],
    '100万元': ['一百万元'],
    '15万元': ['十五万元'],
    '4:6': ['4∶6', '四比六'],
    '2:8': ['2∶8', '二比八'],
    '1家': ['一家'],
    '40家': ['四十家'],
    '50%': ['百分之五十'],
    '25%': ['百分之二十五'],
    '4家': ['四家'],
    '2020.12.30': ['2020年12月30日'],
    '聊财金〔2023〕14 号': ['聊财金〔2023〕14号'],
    '70%': ['百分之七十'],
}


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[\s"\'“”‘’「」『』]', '', s)


def clause(key, anchors, errs, qid):
    lines = TEXT[key].split('\n')
    out = []
    for a in anchors:
        if a.startswith('SEC:'):
            lab = a[4:]
            starts = [i for i, ln in enumerate(lines) if ln == lab]
            if len(starts) != 1 or not LABEL.match(lab):
                errs.append(f'{qid}: label {lab!r} found {len(starts)} times')
                continue
            i = starts[0]
            j = i + 1
            while j < len(lines) and not LABEL.match(lines[j]):
                j += 1
            out.append('\n'.join(lines[i:j]))
        else:
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


# ---------------- 中小企業發展基金收支保管及運用辦法 (Taiwan, 繁體) ----------------
A('中小企業發展基金是依據哪一條法律規定設置的？', 'tw', '中小企業發展基金', ['SEC:第 1 條'], ['第九條第一項規定'])
A('台湾那个中小企业发展基金归哪个部门管？算是什么性质的基金？', 'tw', '中小企業發展基金', ['SEC:第 3 條'],
  ['特種基金', '以經濟部'], ['經濟部', '经济部'])
A('中小企業發展基金的錢可以拿來幫中小企業補貼貸款利息嗎？', 'tw', '中小企業發展基金', ['SEC:第 6 條'], ['融資所需利息補貼'])
A('中小企业发展基金能不能通过银行直接给企业做融资和保证？有没有前提条件？', 'tw', '中小企業發展基金', ['SEC:第 6 條'],
  ['按通常條件', '專案性、緊急性'])
A('中小企業發展基金管理委員會要設幾位委員？主任委員由誰兼？', 'tw', '中小企業發展基金', ['SEC:第 8 條'],
  ['置委員九人至十九人', '由本部部長派員兼任'], ['九人至十九人', '9人至19人', '9至19人', '九至十九人'])
A('管理委員會的委員一任做幾年？委員會多久開一次會？', 'tw', '中小企業發展基金', ['SEC:第 8 條'],
  ['委員任期三年', '每四個月開會一次'], ['三年', '3年'])
A('基金管理委員會的委員有沒有性別比例的規定？', 'tw', '中小企業發展基金', ['SEC:第 8 條'], ['不得低於三分之一'], ['三分之一', '1/3'])
A('基金管委会除了派兼的人，还能依规定另外聘用几个人？', 'tw', '中小企業發展基金', ['SEC:第 10 條'],
  ['聘用三人至七人'], ['三人至七人', '3人至7人', '3至7人'])
A('這個基金辦法最後一次修正的條文是從哪一天開始施行的？', 'tw', '中小企業發展基金', ['SEC:第 15 條'],
  ['自一百十二年一月一日施行'], ['一百十二年一月一日', '2023年1月1日', '112年1月1日'])

# ---------------- 东海县 转发应急转贷资金管理办法的通知 ----------------
A('东海县应急转贷资金修订以后使用费率是多少？几天以内按这个费率算？', 'dh', '东海', ['转贷资金使用费率由原先的'],
  ['5天内日综合费率0.2‰'], ['0.2‰', '万分之二', '千分之0.2'])
A('我们在东海用转贷资金超过了5天，超出来那几天怎么收费？以前的费率又是多少？', 'dh', '东海', ['转贷资金使用费率由原先的'],
  ['超出部分日综合费率', '2天内日综合费率0.4‰'], ['0.4‰', '万分之四', '千分之0.4'])
A('我是搞农产品加工的个体户，东海县的应急转贷资金我能不能用？', 'dh', '东海', ['转贷资金使用费率由原先的'],
  ['包括个体工商户', '第一、二、三产'])
A('東海縣這個轉貸資金管理辦法是哪個部門轉發的？修訂是按照什麼要求？', 'dh', '东海', ['按照苏政42条要求', '东海县工业和信息化局'],
  ['苏政42条要求', '东海县工业和信息化局'])
A('东海县转贷资金管理办法修订后经过什么会议审议的？', 'dh', '东海', ['按照苏政42条要求'], ['县政府常务会议审议通过'])

# ---------------- 重庆市长寿区 转贷应急周转资金管理办法 政策解读 ----------------
A('长寿区的转贷应急周转资金是哪一年设立的？到现在一共帮了多少户企业？', 'cs', '长寿', ['我区于2016年设立了'],
  ['我区于2016年设立了', '230户企业'], ['230户', '230家'])
A('长寿区转贷应急资金累计提供了多少转贷金额？一共办了多少笔？', 'cs', '长寿', ['我区于2016年设立了'],
  ['提供转贷金额43亿元', '641笔'], ['43亿元', '四十三亿元'])
A('长寿区每年要给辖区企业提供多少转贷应急周转资金？', 'cs', '长寿', ['每年为辖区企业提供'], ['不低于5亿元'], ['5亿元', '五亿元'])
A('长寿区转贷应急周转资金管理办法的文号是多少？是哪个单位印发的？', 'cs', '长寿', ['现将有关内容解读如下'],
  ['长寿府办发〔2023〕20号', '长寿区人民政府办公室印发'], ['长寿府办发〔2023〕20号'])
A('我们在长寿经开区，贷款快到期了还不上，什么样的企业能用区里的转贷应急资金？', 'cs', '长寿', ['为长寿区行政区划内'],
  ['足额还贷出现暂时困难', '符合国家产业政策'])
A('长寿区的转贷资金由哪些单位来复核？合作银行是怎么确定的？', 'cs', '长寿', ['作为复核单位'],
  ['作为复核单位', '区规划自然资源局', '辖区银行自愿'])

# ---------------- 重庆市涪陵区财政局 第156号建议复函 ----------------
A('涪陵区企业上市分阶段奖补，最多一共能拿多少？', 'fl', '涪陵', ['分阶段最高给予625万元'], ['最高给予625万元'], ['625万元', '625万'])
A('在涪陵，后备库企业入库满一年有多少扶持资金？入库前就完成股改的呢？', 'fl', '涪陵', ['一是优化在库企业扶持政策'],
  ['入库满一年给予2万元', '入库前股改完成给予3万元'], ['2万元', '两万元', '二万元'])
A('涪陵重点库的企业签了上市辅导协议，区里给多少钱？通过券商内核呢？', 'fl', '涪陵', ['一是优化在库企业扶持政策'],
  ['辅导协议给予30万元', '通过券商内核给予10万元'], ['30万元', '三十万元'])
A('白涛街道一家企业准备到重庆股份转让中心成长板挂牌，涪陵有扶持资金吗？给多少？', 'fl', '涪陵', ['二是加大对成功新上市企业扶持力度'],
  ['成长板'], ['5万元', '五万元'])
A('涪陵企业在北交所上市区里奖多少？在主板、科创板上市呢？', 'fl', '涪陵', ['二是加大对成功新上市企业扶持力度'],
  ['北交所上市给予300万', '科创板上市给予400万'], ['300万', '300万元', '三百万元'])
A('涪陵区企业要是2026年底前上市成功，还有没有额外的钱？', 'fl', '涪陵', ['二是加大对成功新上市企业扶持力度'],
  ['额外的100万元扶持资金'], ['100万元', '一百万元'])
A('涪陵对新三板创新层企业给多少扶持？', 'fl', '涪陵', ['二是加大对成功新上市企业扶持力度'], ['“创新层”企业10万元'], ['10万元'])

# ---------------- 芜湖 2019年度专精特新板挂牌企业奖补资金兑付通知 ----------------
A('芜湖的中小企业在省股权托管交易中心专精特新板挂牌，能拿多少奖励？', 'wh', '专精特新板', ['二、奖励标准', '给予15万元奖励'],
  ['给予15万元奖励'], ['15万元', '十五万元'])
A('我们公司在南陵县，去年在专精特新板挂牌了，这笔奖补市里和县里各出多少比例？', 'wh', '专精特新板', ['给予15万元奖励'],
  ['按2:8的比例分担', '市与县'], ['2:8', '2∶8', '二比八'])
A('芜湖经开区的企业挂牌奖补，市和开发区按什么比例分担？', 'wh', '专精特新板', ['给予15万元奖励'],
  ['按4:6比例分担'], ['4:6', '4∶6', '四比六'])
A('芜湖专精特新板挂牌奖补要准备哪些申报材料？要几份？', 'wh', '专精特新板', ['1、企业营业执照复印件', '2、安徽省股权托管中心同意挂牌'],
  ['企业营业执照复印件', '挂牌证书复印件', '纸质一式二份'])
A('芜湖挂牌奖补企业是在哪个平台上网上提交材料的？', 'wh', '专精特新板', ['易企网'], ['易企网', 'www.eqoho.com'])
A('芜湖这个挂牌奖补，县区财政局复核完报给谁？钱最后怎么到企业手里？', 'wh', '专精特新板',
  ['3、县(区)经信部门将申报材料', '4、市地方金融监管局审核后'], ['复核后报市地方金融监管局', '由县区兑付至企业'])
A('芜经信综合[2019]150号是贯彻芜湖哪两个文件的精神？', 'wh', '专精特新板', ['为贯彻落《芜湖市人民政府'],
  ['芜政〔2019〕36号', '芜市发〔2018〕37号'])

# ---------------- 拉萨 金融支持小微企业发展实施意见(试行) ----------------
A('拉萨说的小微企业贷款“三个不低于”具体是哪三个？', 'ls', '拉萨', ['推动小微企业贷款较快增长'],
  ['申贷获得率不低于', '贷款户数不低于上年同期户数'])
A('拉萨对银行落实三个不低于的情况怎么考核？多久通报一次？', 'ls', '拉萨', ['强化对银行机构考核'], ['定期考核', '按年通报'])
A('金融支持拉萨市小微企业发展的实施意见是哪天印发的？', 'ls', '拉萨', ['2016年4月15日'], ['2016年4月15日'], ['2016年4月15日'])
A('拉萨鼓励小微企业发债融资吗？主要通过什么市场？', 'ls', '拉萨', ['推动小微企业债券融资'], ['通过银行间市场融资'])
A('拉薩那份金融支持小微企業的意見，為什麼說要放寬民間資本？', 'ls', '拉萨', ['放宽民间资本'], ['民间资本很难进入', '鼓励小型金融机构发展'])

# ---------------- 湖口县 企业上市“映山红行动”攻坚方案 ----------------
A('湖口县“十四五”期间每年要争取几家企业上市或者新三板挂牌？', 'hk', '湖口', ['按照省、市确定的目标要求'],
  ['力争每年有1家企业上市'], ['1家', '一家'])
A('湖口县新四板挂牌展示企业要新增多少家？', 'hk', '湖口', ['按照省、市确定的目标要求'], ['挂牌展示企业40家'], ['40家', '四十家'])
A('湖口县对主板上市定了什么目标？', 'hk', '湖口', ['按照省、市确定的目标要求'], ['在主板上市', '五年内确保'])
A('湖口这个上市攻坚方案是根据哪些文件定的？九江市那个升级工程实施意见文号是多少？', 'hk', '湖口', ['为积极策应'],
  ['九府办发〔2022〕20号', '赣府厅字〔2021〕58号'])
A('湖口县推进企业上市提出要树立一个什么理念？', 'hk', '湖口', ['坚持以习近平'], ['谋上市就是谋湖口未来'])

# ---------------- 济南市小微企业融资担保业务降费奖补公示 ----------------
A('济南的融资担保降费奖补资金怎么分？分档补助和奖励资金各占多少？', 'jn', '济南', ['奖补资金的分配以'],
  ['分档补助(占50%)', '奖励资金(占50%)'], ['50%', '百分之五十'])
A('济南降费奖补的奖励资金里，首贷担保那块权重占多少？中长期贷款担保呢？', 'jn', '济南', ['奖补资金的分配以'],
  ['当期首贷担保', '(占20%)'], ['25%', '百分之二十五'])
A('济南这次降费奖补一共几家担保机构上了名单？', 'jn', '济南', ['三、奖补名单', '山东同晟融资担保有限公司'],
  ['奖补名单(4家)', '山东同晟融资担保有限公司'], ['4家', '四家'])
A('济南降费奖补名单公示到哪天？有异议怎么反映？', 'jn', '济南', ['公示期于', '如有异议'],
  ['公示期5个工作日', '反馈至市工业和信息化局'], ['2020.12.30', '2020年12月30日'])
A('我们是历城区的担保公司，济南降费奖补申报是谁初审、谁复审？', 'jn', '济南', ['融资担保机构提交申报材料'],
  ['区县工信部门对申报材料初审', '市工业和信息化局进行复审'])
A('济南降费奖补公示有疑问的话打哪个电话？', 'jn', '济南', ['联系电话'], ['0531-66605763'], ['0531-66605763'])

# ---------------- 聊城市市级政府性融资担保费补贴资金管理办法 ----------------
A('聊城市级政府性融资担保费补贴资金管理办法的文号是多少？哪天发的？', 'lc', '聊城', ['聊财金〔2023〕14 号'],
  ['聊财金〔2023〕14 号'], ['聊财金〔2023〕14 号', '聊财金〔2023〕14号'])
A('聊城这个担保费补贴办法是根据聊城市政府办公室哪个文件制定的？', 'lc', '聊城', ['为引导更多金融资源'], ['聊政办发〔2023〕2号'])
A('聊城担保费补贴办法第一条引用了财政部哪个通知？省里依据的文号是什么？', 'lc', '聊城', ['第一条 为支持全市'],
  ['财建〔2021〕106号', '鲁政办发〔2020〕15号'])

# ---------------- 湖南省 金融支持县域经济发展的意见 ----------------
A('湖南要求到2012年末全省银行业县域余额存贷比达到多少？', 'hn', '湖南', ['1、科学制定信贷规划'], ['存贷比达到50%以上'], ['50%', '百分之五十'])
A('湖南对农业发展银行县域新增贷款占比有什么要求？', 'hn', '湖南', ['2、增加县域信贷投入'], ['农业发展银行不低于70%'],
  ['70%', '百分之七十'])
A('湖南农业银行县域新增贷款占各项新增贷款的比重要求多少？从哪年开始执行？', 'hn', '湖南', ['2、增加县域信贷投入'],
  ['农业银行不低于50%', '2010年起'], ['50%', '百分之五十'])
A('湖南這份意見要農村合作金融機構和村鎮銀行重點支持誰？', 'hn', '湖南', ['2、增加县域信贷投入'], ['农村工商户和农村中小企业'])

# ---------------- near misses (doc null) ----------------
N('连云港市本级的中小企业应急转贷资金，日综合费率是多少？', {'ALL': ['连云港']}, kind='the parent city of 东海 (no text)')
N('东海县应急转贷资金总规模有多少万元？单笔最多能借多少？', {'dh': ['万元', '规模', '总额', '单笔']},
  kind='a figure the (whole) 东海 notice does not state')
N('灌云县的企业应急转贷资金费率是多少？', {'ALL': ['灌云', '灌南']}, kind='a neighbour county of 东海')
N('重庆璧山区的转贷应急周转资金每年规模多大？', {'ALL': ['璧山']}, kind='another district of 重庆 (长寿 has a text)')
N('万州区企业在北交所上市，区里奖励多少？', {'ALL': ['万州']}, kind='another district of 重庆 (涪陵 has a text)')
N('芜湖2021年度专精特新板挂牌企业奖补是多少钱？', {'wh': ['2020年度', '2021年度', '2022年度']},
  kind='a year the 芜湖 notice does not state (only 2019年度)')
N('马鞍山的企业在专精特新板挂牌，市里奖励多少？', {'ALL': ['马鞍山']}, kind='a neighbour city of 芜湖')
N('芜湖企业在新三板挂牌有多少奖励？', {'wh': ['新三板']}, kind='a board the 芜湖 notice does not cover')
N('拉萨堆龙德庆区的小微企业贷款贴息比例是多少？', {'ALL': ['堆龙', '贴息']}, kind='a district of 拉萨 and a subsidy none of the texts has')
N('日喀则市小微企业贷款风险补偿资金池有多大？', {'ALL': ['日喀则', '风险补偿']}, kind='another city of 西藏')
N('彭泽县企业上市能拿多少奖励？', {'ALL': ['彭泽']}, kind='a neighbour county of 湖口')
N('九江市映山红行动升级工程对主板上市企业奖励多少万元？',
  [('NOFIG', 'hk', '为积极策应'), {'hk': ['万元']}], kind='named without a figure (湖口 cites 九府办发〔2022〕20号)')
N('济南2021年度小微企业融资担保降费奖补名单有哪些担保公司？', {'jn': ['2021年度', '2021年']},
  kind='a year the 济南 publicity does not state (2019年度 funds, 2020 publicity)')
N('济南这次降费奖补，每家担保公司分别拿了多少万元？', {'jn': ['奖补金额', '补助金额', '万元奖补', '拨付']},
  kind='a figure the (whole) 济南 publicity does not state')
N('淄博市政府性融资担保费补贴标准是多少？', {'ALL': ['淄博']}, kind='another city of 山东')
N('德州市对融资担保机构的担保费补贴比例是多少？', {'ALL': ['德州']}, kind='a neighbour city of 聊城')
N('湖南对邮储银行县域新增贷款占比具体要求不低于百分之多少？',
  {'hn': ['邮政储蓄银行不低于', '其余各国有商业银行不低于']}, kind='a figure the 湖南 clause does not give (三年内逐步提高)')
N('湖南县域存贷比2015年要达到多少？', {'hn': ['2015']}, kind='a year the 湖南 text does not state')
N('台灣中小企業發展基金一年由中央政府撥多少錢？規模有幾億？',
  [('NOFIG', 'tw', '一、中央政府逐年編列預算撥充。'), {'tw': ['億']}], kind='named without a figure (第 5 條)')
N('中小企業信用保證基金的保證成數一般是幾成？', {'ALL': ['信用保證基金', '信保基金', '保證成數']},
  kind='another fund (the 基金 辦法 names 信用保證機構 only)')
N('香港的中小企業融資擔保計劃，政府提供幾成信貸保證？', {'ALL': ['香港', '擔保計劃', '担保计划']}, kind='another place (Hong Kong)')
N('贵州遵义的中小企业应急转贷资金怎么申请？费率多少？', {'ALL': ['遵义', '贵州']}, kind='another province (贵州)')
N('福建尤溪县企业上市挂牌奖励标准是多少？', {'ALL': ['福建', '尤溪']}, kind='another province (福建)')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['第十條第一項規定'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['委員任期三年'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['东海']}, kind='')),
    'doc_in_two_titles': lambda: ITEMS.__setitem__(9, dict(ITEMS[9], doc='关于')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(9, dict(ITEMS[9], values=['0.20‰'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(9, dict(ITEMS[9], values=['0.2‰', '0.02%'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(9, dict(ITEMS[9], q='5天内日综合费率0.2‰是多少？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'dh', '按照苏政42条要求')], kind='')),
}


def main():
    m = os.environ.get('NK_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    for i, it in enumerate(ITEMS, 1):
        qid = f'nk{i:03d}'
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
            for v in vals[1:]:
                if v not in EQUIV.get(v0, []):
                    errs.append(f'{qid}: value {v!r} is not a declared way of writing {v0!r}')
        out.append(dict(id=qid, q=it['q'], doc=it['doc'], markers=it['markers'], values=vals))
    n_null = sum(r['doc'] is None for r in out)
    if len(out) != 80:
        errs.append(f'{len(out)} items, expected 80')
    if n_null < 22:
        errs.append(f'only {n_null} near misses, need at least 22')
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
