#!/usr/bin/env python3
"""Write questions.jsonl for notices-o, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor
is a string that must occur in exactly one line of the document (the texts have one paragraph, article, item or
list entry a line); the clause is the union of those lines.
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
Set NO_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'nb': 'ningbo-sci-tech-innovation-promotion-regulations-2011.txt',
    'st': 'shantou-sez-sci-tech-innovation-regulations-2022.txt',
    'mo': 'macau-sme-credit-guarantee-schemes-faq.txt',
    'tj': 'tianjin-financial-innovation-zone-measures-draft-2024.txt',
    'lz': 'lanzhou-new-area-finance-industry-support-measures-2023.txt',
    'lh': 'longhui-county-listing-golden-hibiscus-plan-2022.txt',
    'zj': 'zhuji-listing-phoenix-action-plan-2025.txt',
    'pd': 'pidu-district-sci-tech-finance-three-year-plan-2024.txt',
    'jl': 'jilin-sme-relief-measures-interpretation-2022.txt',
    'qd': 'qingdao-ip-pledge-loan-interest-subsidy-rules.txt',
}
TRAD_DOC = 'mo'
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸款額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '條創險獎勵構種類點歲數員僱兼職樣麼該屬幣貼種請過銀額讓從給舉')

EQUIV = {
    '2011年5月1日': ['2011.5.1', '2011-05-01'],
    '三个百分点': ['3个百分点', '三個百分點', '3个百分点以上'],
    '百分之二十': ['20%'],
    '2022年7月1日': ['2022.7.1', '2022-07-01'],
    '2022年5月30日': ['2022.5.30'],
    '十年': ['10年'],
    '一百人': ['100人', '一百名', '100名'],
    '50%': ['百分之五十', '五成'],
    '56%': ['百分之五十六'],
    '4%': ['百分之四'],
    '1%': ['百分之一'],
    '10亿元': ['十亿元', '10億元'],
    '800万元': ['八百万元', '800萬元'],
    '5000万元': ['五千万元', '5000萬元'],
    '500万元': ['五百万元', '500萬元'],
    '2023年12月5日': ['2023.12.5'],
    '隆政办发〔2022〕8号': ['隆政辦發〔2022〕8號'],
    '2022年4月23日': ['2022.4.23', '2022-04-23'],
    '湘财金〔2019〕36号': ['湘財金〔2019〕36號'],
    '23家': ['二十三家'],
    '20家': ['二十家'],
    '诸政办发〔2025〕6号': ['諸政辦發〔2025〕6號'],
    '6年': ['六年'],
    '五亿元': ['5亿元', '5億元', '五億元'],
    '2024年11月29日': ['2024.11.29', '2024-11-29'],
    '400万元': ['四百万元', '400萬元'],
    '37条': ['三十七条', '37條'],
    '2022-05-06': ['2022年5月6日'],
    '60%': ['百分之六十', '六成'],
    '50万元': ['五十万元', '50萬元'],
    '3月29日': ['3月29號'],
    '022-58980007': ['02258980007'],
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


# ---------------- 宁波市科技创新促进条例 (LawRefBook, 地方性法规) ----------------
A('宁波市科技创新促进条例是从哪天开始施行的？', 'nb', '宁波',
  ['本条例自2011年5月1日起施行', '2011年5月1日 施行'], ['自2011年5月1日起施行', '2011年5月1日 施行'],
  ['2011年5月1日', '2011.5.1', '2011-05-01'])
A('宁波那个科技创新促进条例要报省里批准吧？是浙江省人大常委会哪天批准的，又是用第几号公告公布的？', 'nb', '宁波',
  ['第二十四次会议批准', '公告第28号公布'], ['第二十四次会议批准', '公告第28号公布'], ['2011年3月30日', '第28号'])
A('我们是宁波一家刚起步的科技型小公司，想通过担保公司贷款。宁波的科技创新条例对融资担保这块，政府有什么支持？', 'nb', '宁波',
  ['鼓励设立科技创新融资担保机构', '扶持担保机构对企业科技创新活动提供融资担保'], ['科技创新融资担保机构', '扶持担保机构'])
A('宁波的条例有没有鼓励银行做专利这类无形资产的质押贷款？保险公司那边有什么说法？', 'nb', '宁波',
  ['鼓励金融机构开展知识产权质押业务', '鼓励保险机构开展科技保险业务'], ['知识产权质押业务', '科技保险业务'])
A('宁波市财政每年投到科技上的钱，增长幅度至少要比本级财政经常性收入的增幅高出多少？', 'nb', '宁波',
  ['三个百分点以上'], ['经常性收入增长幅度'], ['三个百分点', '3个百分点', '三個百分點', '3个百分点以上'])
A('宁波的高校把职务发明转让给企业，转让净收入里至少拿出多少比例奖励研发人员？', 'nb', '宁波',
  ['从技术转让所得的税后净收入中提取不低于百分之二十'], ['提取不低于百分之二十'], ['百分之二十', '20%'])
A('按宁波科技创新促进条例，有人虚报冒领、挪用财政科技资金，要怎么处理？构成犯罪呢？', 'nb', '宁波',
  ['虚报、冒领、贪污、挪用、截留财政科技资金'], ['虚报、冒领、贪污、挪用、截留', '科学技术进步法'])
A('寧波科研人員承擔高風險的財政科技項目，盡責了還是沒完成，能不能結題？要經過誰批准？', 'nb', '宁波',
  ['经专家评议和科技主管部门批准'], ['经专家评议和科技主管部门批准'])

# ---------------- 汕头经济特区科技创新条例 (LawRefBook, 地方性法规) ----------------
A('汕头经济特区科技创新条例什么时候起施行？它施行后哪个旧条例被废止了？', 'st', '汕头',
  ['本条例自2022年7月1日起施行'], ['促进科技成果转化条例'], ['2022年7月1日', '2022.7.1', '2022-07-01'])
A('汕头的科技创新条例是哪天、由哪个会议通过的？', 'st', '汕头',
  ['汕头市第十五届人民代表大会常务委员会第五次会议通过'], ['第五次会议通过'], ['2022年5月30日', '2022.5.30'])
A('我在汕头做科技型企业，融资难。条例里政府会用哪些手段引导社会资本给我们融资？有没有利息补贴、风险兜底这一类？', 'st', '汕头',
  ['综合运用财政奖励补贴、贷款贴息、风险补偿等方式'], ['贷款贴息、风险补偿', '早期科技项目'])
A('汕头条例对银行开展知识产权质押融资、保险公司给科技企业提供保险，分别是怎么说的？', 'st', '汕头',
  ['支持金融机构开展知识产权质押融资业务'], ['知识产权质押融资业务', '知识产权保护等方面'])
A('汕头高校用财政资金完成的职务科技成果，如果约定给完成人长期使用权，最少要给多少年？约定按份共有的，完成人份额不低于多少？', 'st', '汕头',
  ['约定赋予不少于十年的科技成果使用权'], ['不少于十年', '不低于百分之七十'], ['十年', '10年', '百分之七十'])
A('汕頭的科技企業能不能搞同股不同權，設置特別表決權股份？', 'st', '汕头',
  ['可以设置特殊股权结构'], ['特殊股权结构', '特别表决权股份'])
A('在汕头，单位或个人骗取财政性科技项目经费、补贴、奖金的，会有什么处罚后果？', 'st', '汕头',
  ['采取欺骗手段获得财政性科技项目经费'], ['记入科研诚信档案', '追回相关资金'])

# ---------------- 中小企業信用保證計劃/專項信用保證計劃 (澳門, 繁體, 常見問題) ----------------
A('申請澳門中小企業信用保證計劃，企業在本澳僱用的員工總數上限是多少？', 'mo', '信用保證',
  ['員工總數不超過一百人'], ['不超過一百人'], ['一百人', '100人', '一百名', '100名'])
A('澳门的中小企业信用保证计划怎么认定是本地企业？澳门居民至少要持股多少？', 'mo', '信用保證',
  ['由澳門居民擁有至少50%以上股權'], ['至少50%以上股權'], ['50%', '百分之五十', '五成'])
A('我们公司股权比较复杂：A公司持有B公司80%股权，A公司又有70%是澳门居民持有。B公司申请信用保证计划，最终本地居民股权按多少算？符合吗？', 'mo', '信用保證',
  ['A公司持有80% B公司股權'], ['最終本地居民股權為56%'], ['56%', '百分之五十六'])
A('我哋公司請咗啲散工同兼職，計員工人數嘅時候點計？', 'mo', '信用保證',
  ['企業員工總數為經第267/2003號'], ['散工及僱員之總和', '第267/2003號'])
A('参加澳门中小企业信用保证计划，银行还能不能另外要求企业提供实物抵押品？', 'mo', '信用保證',
  ['答:並無限制。'], ['並無限制'])
A('信用保证计划里说的“非澳门特别行政区的债务人”是什么意思？', 'mo', '信用保證',
  ['意指申請企業沒有欠交應繳之稅款'], ['沒有欠交應繳之稅款', '債務卷宗'])

# ---------------- 天津 金融创新运营示范区政策措施 (征求意见稿) ----------------
A('天津金创区那份高质量发展政策措施公开征求意见，截止到哪天？', 'tj', '金融创新运营',
  ['时间为2024年3月21日至3月29日'], ['3月21日至3月29日'], ['3月29日', '3月29號'])
A('天津金融创新运营示范区的政策措施征求意见稿是哪个部门牵头研究制定的？', 'tj', '金融创新运营',
  ['时间为2024年3月21日至3月29日'], ['市委金融办牵头研究制定'])
A('一家法人银行准备从外地迁到天津金创区的标志区，实收资本在2亿元以内的那部分按什么比例给落户奖励？', 'tj', '金融创新运营',
  ['按照4%给予奖励'], ['按照4%给予奖励'], ['4%', '百分之四'])
A('天津金创区征求意见稿里，实收资本超过10亿元的部分按几个点奖励？一家机构落户奖励最多能拿多少？', 'tj', '金融创新运营',
  ['按照4%给予奖励'], ['按照1%给予奖励', '最高不超过5000万元'], ['5000万元', '五千万元', '5000萬元', '1%'])
A('我想对天津金创区政策措施征求意见稿提点建议，打哪个电话？', 'tj', '金融创新运营',
  ['电话:022-58980007'], ['022-58980007'], ['022-58980007', '02258980007'])
A('天津金創區的徵求意見稿，書面意見要寄到哪個地址？郵遞區號是多少？', 'tj', '金融创新运营',
  ['书面信函:请邮寄或报送至'], ['营口道19号306室'], ['300040'])

# ---------------- 兰州新区扶持金融业发展的若干措施 (开发区 / 国家级新区) ----------------
A('兰州新区为了扶持金融业发展，统筹安排了多少专项资金？', 'lz', '兰州新区',
  ['统筹安排10亿元专项资金'], ['统筹安排10亿元专项资金'], ['10亿元', '十亿元', '10億元'])
A('一家全国性金融机构总部实收资本3亿元，新设在兰州新区，一次性落户奖励能拿多少？', 'lz', '兰州新区',
  ['加大对持牌类金融机构引进力度'], ['800万元的一次性落户奖励'], ['800万元', '八百万元', '800萬元'])
A('兰州新区对实收资本10亿元以上的金融机构总部怎么加码奖励？单个企业落户奖励最多多少？', 'lz', '兰州新区',
  ['加大对持牌类金融机构引进力度'], ['每增加1亿元增加100万元', '最多不超过5000万元'],
  ['5000万元', '五千万元', '5000萬元', '100万元'])
A('全国性金融机构在兰州新区设立省级一级分行，能拿多少奖励？', 'lz', '兰州新区',
  ['分支机构的,一次性给予奖励资金500万元'], ['省级(一级)分支机构'], ['500万元', '五百万元', '500萬元'])
A('兰州新区扶持金融业的若干措施是经过什么会议审议通过的？管委会哪天印发的？', 'lz', '兰州新区',
  ['第38次党工委会议审议通过', '2023年12月5日'], ['第38次党工委会议', '2023年12月5日'],
  ['2023年12月5日', '2023.12.5'])
A('蘭州新區要構建的「四位一體」融合發展格局，指的是哪四種金融？', 'lz', '兰州新区',
  ['四位一体融合发展格局'], ['科创金融、融资租赁', '四位一体融合发展格局'])

# ---------------- 隆回县落实企业上市“金芙蓉”跃升行动计划的实施方案 (湖南 邵阳, 县) ----------------
A('隆回县落实企业上市金芙蓉跃升行动计划那个实施方案，文号是多少？', 'lh', '隆回',
  ['隆政办发〔2022〕8号'], ['隆政办发〔2022〕8号'], ['隆政办发〔2022〕8号', '隆政辦發〔2022〕8號'])
A('隆回县这个上市实施方案是哪天印发的？印发前经过谁同意？', 'lh', '隆回',
  ['已经县人民政府同意', '2022年4月23日'], ['已经县人民政府同意', '2022年4月23日'],
  ['2022年4月23日', '2022.4.23', '2022-04-23'])
A('隆回县制定上市实施方案时依据了哪些省、市文件？', 'lh', '隆回',
  ['特制定本实施方案'], ['湘政办发〔2022〕2号', '邵市政办函〔2022〕7号'])
A('隆回縣這個方案引用的省裡那份金融發展專項資金管理辦法，文號是什麼？', 'lh', '隆回',
  ['特制定本实施方案'], ['湘财金〔2019〕36号'], ['湘财金〔2019〕36号', '湘財金〔2019〕36號'])

# ---------------- 诸暨市推进企业上市“凤凰行动”计划(2025-2030年) (浙江 绍兴, 县级市) ----------------
A('诸暨凤凰行动计划里，到2030年末全市上市公司总数目标是多少家？上市数量要增长多少？', 'zj', '诸暨',
  ['一是企业上市数量迈上新台阶'], ['全市上市公司总数达23家'], ['23家', '二十三家', '50%'])
A('诸暨每年要动态保持多少家市级重点上市后备企业？', 'zj', '诸暨',
  ['一是企业上市数量迈上新台阶'], ['重点上市后备企业20家'], ['20家', '二十家'])
A('诸暨计划到2030年末上市公司总市值达到多少？', 'zj', '诸暨',
  ['二是上市公司质量实现新提升'], ['总市值翻一番'], ['1600亿元'])
A('诸暨凤凰行动计划对上市公司并购重组和股债融资分别定了什么目标？', 'zj', '诸暨',
  ['三是上市公司引领注入新活力'], ['累计交易总价值突破50亿元', '股债融资总额达600亿元'], ['50亿元', '600亿元'])
A('诸暨市推进企业上市凤凰行动计划的文号和成文日期是什么？', 'zj', '诸暨',
  ['文号: | 诸政办发〔2025〕6号 |', '成文日期: | 2025-04-16 |'], ['诸政办发〔2025〕6号', '2025-04-16'],
  ['诸政办发〔2025〕6号', '諸政辦發〔2025〕6號'])
A('諸暨這個上市行動計劃要搞幾年？圍繞哪兩大主題？', 'zj', '诸暨',
  ['两大主题'], ['推动上市公司高质量发展', '培育企业上市'], ['6年', '六年'])

# ---------------- 成都市郫都区金融支持科技型企业发展三年行动计划(2025—2027年) (四川, 区) ----------------
A('郫都区金融支持科技型企业的三年行动计划里，到2027年末知识产权质押融资余额要突破多少？', 'pd', '郫都',
  ['力争到2027年末'], ['质押融资余额突破五亿元'], ['五亿元', '5亿元', '5億元', '五億元'])
A('郫都那个“两高”“四增”“两突破”“一提高”目标，其中“四增”具体指哪四项增加？', 'pd', '郫都',
  ['力争到2027年末'], ['保险户数、承保金额', '贷款户数、贷款余额'])
A('郫都区这个三年行动计划是哪个单位印发的？哪天？', 'pd', '郫都',
  ['成都市郫都区人民政府办公室', '2024年11月29日'], ['成都市郫都区人民政府办公室'],
  ['2024年11月29日', '2024.11.29', '2024-11-29'])
A('我是郫都区科技局的，摸清科技型企业融资需求这项工作，计划里要求多久摸一次、编什么清单、由哪些单位负责？', 'pd', '郫都',
  ['摸清企业需求,实现精准对接'], ['按季摸清', '区市场监督管理局'])

# ---------------- 吉林 中小企业纾困若干措施 政策解读 ----------------
A('吉林为中小企业纾困的措施里，创业担保贷款额度从多少提高到了多少？', 'jl', '吉林',
  ['将贷款额度由最高300万元提高至400万元'], ['提高至400万元'], ['400万元', '四百万元', '400萬元', '300万元'])
A('吉林省这份着力为中小企业纾困的若干措施，一共有几个方面、多少条？', 'jl', '吉林',
  ['共9个方面37条'], ['共9个方面37条'], ['37条', '三十七条', '37條', '9个方面'])
A('吉林这次纾困措施把创业担保贷款的扶持对象范围怎么调整了？', 'jl', '吉林',
  ['将创业担保贷款扶持范围由小微企业扩大到中小微企业'], ['扩大到中小微企业'])
A('吉林的纾困措施对政府性融资担保机构提了什么要求，对哪些担保机构给奖补？', 'jl', '吉林',
  ['充分发挥担保增信作用'], ['扩大小微企业融资担保业务规模', '支小支农业务融资担保机构'])
A('吉林省要爭取國家中小企業發展基金在吉林做什麼？', 'jl', '吉林',
  ['积极争取国家中小企业发展基金在吉林设立子基金'], ['设立子基金'])

# ---------------- 青岛市中小微企业知识产权质押融资贷款贴息资金管理实施细则 (山东) ----------------
A('青岛的知识产权质押贷款贴息，按LPR的多少比例给？', 'qd', '青岛',
  ['的60%给予贴息支持'], ['60%给予贴息支持'], ['60%', '百分之六十', '六成'])
A('我们是青岛一家专精特新小企业，用专利质押贷了好几笔款，一个申报年度最多能拿多少贴息？', 'qd', '青岛',
  ['的60%给予贴息支持'], ['贴息额最高不超过50万元'], ['50万元', '五十万元', '50萬元'])
A('青岛知识产权质押贷款贴息资金由哪些部门管理？市场监管局具体负责什么？', 'qd', '青岛',
  ['贷款贴息资金由市市场监管局、市财政局按职责共同管理'], ['按职责共同管理', '提出贷款贴息资金分配方案'])
A('青岛这个知识产权质押贴息实施细则是根据哪些上级文件制定的？', 'qd', '青岛',
  ['第一条 为规范和加强'], ['〔2024〕92号', '青政办发〔2024〕3号'])
A('青島企業申報知識產權質押融資貸款貼息，須滿足哪些條件？', 'qd', '青岛',
  ['(一)具有独立法人资格', '(二)贷款企业是出质专利的权利人'], ['具有独立法人资格', '出质专利的权利人'])
A('青岛这个细则里讲的贴息资金，钱是从哪个渠道安排的？', 'qd', '青岛',
  ['通过市级知识产权资金安排'], ['市级知识产权资金安排'])

# ---------------- near misses (doc null) ----------------
N('宁波市鄞州区对科技型企业的知识产权质押贷款给多少贴息？', {'ALL': ['鄞州']},
  kind='a district of 宁波 (no text)')
N('舟山市科技创新促进条例要求财政科技投入增幅比经常性收入高几个百分点？', {'ALL': ['舟山']},
  kind='a neighbour city of 宁波 with an own 条例 of the same name (no text)')
N('宁波市科技创新促进条例2019年修正后，科技金融部分改了什么？', {'nb': ['2019', '修正']},
  kind='a revision year the 宁波 text does not state')
N('宁波市和区县政府设立的创业投资引导资金规模有多少亿元？', [('NOFIG', 'nb', '应当设立创业投资引导资金')],
  kind='named (设立创业投资引导资金) without a size')
N('潮州市对科技型企业贷款贴息的比例是多少？', {'ALL': ['潮州']}, kind='a neighbour city of 汕头 (no text)')
N('汕头对科技型企业贷款贴息按贷款利息的百分之几补？', [('NOFIG', 'st', '综合运用财政奖励补贴、贷款贴息、风险补偿等方式')],
  kind='named (贷款贴息) without a rate')
N('汕头的科技企业改制上市成功，政府奖励多少万元？', {'st': ['万元', '萬元']},
  kind='上市 support named (支持优质科技企业改制上市) without an amount')
N('澳門中小企業信用保證計劃每家企業最高信用保證額是多少？保證成數幾成？', {'mo': ['萬元', '万元', '百分之七十', '四百九十', '七成']},
  kind='not in the stored FAQ (the scheme\'s own page, not in the library, has it)')
N('香港中小企融資擔保計劃九成信貸擔保產品最高貸款額是多少？', {'ALL': ['香港', '九成']},
  kind='another place (Hong Kong)')
N('天津金创区政策对标志区金融机构新购自用办公用房每平方米补助多少元？', {'tj': ['平方米', '办公用房']},
  kind='not in the stored draft (the cut-off draft covers only 落户奖励)')
N('兰州高新区对科技型中小企业贷款的贴息政策是怎样的？', {'ALL': ['兰州高新区', '高新区']},
  kind='a neighbouring zone of 兰州新区 (no text)')
N('兰州新区对企业在新三板挂牌给多少奖励？', {'lz': ['新三板', '挂牌']},
  kind='an event 兰州新区 does not reward (the text rewards 金融机构 落户)')
N('邵阳县落实金芙蓉跃升行动的方案里，企业上市能拿多少奖励？', {'ALL': ['邵阳县']},
  kind='a sibling county of 隆回 (no text)')
N('隆回县到2025年在新三板或省股交所挂牌的企业要达到多少家？', {'lh': ['家以上', '到2025年', '30家']},
  kind='the 隆回 targets are in the part of the page the stored copy cuts off')
N('绍兴市柯桥区凤凰行动计划定的上市公司数量目标是多少家？', {'ALL': ['柯桥']},
  kind='a sibling of 诸暨 in 绍兴 (no text)')
N('诸暨企业在沪深北交易所成功上市，市里奖励多少万元？', {'zj': ['奖励', '万元']},
  kind='an amount the 诸暨 plan does not give (targets only)')
N('成都市温江区金融支持科技型企业发展的行动计划目标是什么？', {'ALL': ['温江']},
  kind='a neighbour district of 郫都 (no text)')
N('郫都区对科技型企业贷款给多少贴息？', {'pd': ['贴息']},
  kind='a measure the 郫都 text does not name')
N('辽宁省中小企业纾困措施把创业担保贷款额度提高到多少？', {'ALL': ['辽宁']},
  kind='a neighbour province of 吉林 (no text)')
N('吉林纾困措施对小微企业首次贷款给多少贴息？', {'jl': ['首贷', '首次贷款', '贴息']},
  kind='a subsidy the 吉林 解读 does not name')
N('烟台市知识产权质押贷款贴息按LPR多少比例给？', {'ALL': ['烟台']}, kind='a city of 山东 other than 青岛 (no text)')
N('青岛知识产权质押贴息实施细则有效期到哪一年？', {'qd': ['有效期', '2025', '2026', '2027']},
  kind='a period the 青岛 text does not state')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['自2012年5月1日起施行'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['公告第28号公布'])),
    'marker_too_long': lambda: ITEMS.__setitem__(4, dict(ITEMS[4], markers=['高于同级财政经常性收入增长幅度三个百分点'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['诸暨']}, kind='')),
    'doc_in_two_titles': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], doc='条例')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2011年05月01日'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(4, dict(ITEMS[4], values=['三个百分点', '五个百分点'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(2, dict(ITEMS[2], q='科技创新融资担保机构有什么规定？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'lz', '统筹安排10亿元专项资金')], kind='')),
    'value_inside_number': lambda: ITEMS.__setitem__(28, dict(ITEMS[28], values=['0亿元'])),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NO_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simpl_trad = 0
    for i, it in enumerate(ITEMS, 1):
        qid = f'no{i:03d}'
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
