#!/usr/bin/env python3
"""Write questions.jsonl for notices-n, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor
is a string that must occur in exactly one line of the document (the texts have one paragraph, item or list
entry a line); the clause is the union of those lines.
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file (raw and normalised) and occurs in the answering
    clause; no marker is longer than 14 characters; no question contains a marker of 6 or more characters;
  - the first value is an exact substring of the named file and of the answering clause, and occurs there at
    least once not inside a longer number (the scorer's digit rule); every further value is either such a
    substring of the clause too, or is listed in EQUIV as another way of writing the first value;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file);
    a probe ('NOFIG', key, anchor) asserts that the one sentence of that file containing anchor (sentences
    split at 。;!? and line ends) states no amount, rate, ratio, multiple or count: the measure is named
    there without a figure;
  - 80 items, at least 20 near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts and at least 3 about the traditional text.
Set NN_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'da': 'dongan-county-park-sme-credit-risk-compensation-fund-interpretation-2019.txt',
    'by': 'baoying-county-enterprise-emergency-fund-measures-2020.txt',
    'rc': 'rongcheng-sme-emergency-loan-turnover-fund-measures-2023.txt',
    'gx': 'chongqing-hightech-zone-listing-support-measures-2022.txt',
    'yc': 'yongchuan-district-listing-support-opinions.txt',
    'gl': 'gulou-district-fuzhou-rongshu-listing-plan-2024.txt',
    'ta': 'taian-fiscal-financial-coordination-opinions-draft-2025.txt',
    'sx': 'shaanxi-government-financing-guarantee-system-opinions-2019.txt',
    'sk': 'jiangsu-sukedai-tech-loan-risk-compensation-plan-2014.txt',
    'tw': 'taiwan-youth-startup-loan-guidelines.txt',
}
TRAD_DOC = 'tw'
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|笔|名|条|年|天|日|个|個|成)|'
                    r'[一二三四五六七八九十百千两]+(万|萬|亿|億|倍|成|个|個|条|家)|百分之|千分之|分之')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸款額請負責廠場務幾區縣'
                 '規劃補償專項轉審計劃條臺灣萬億費費樓書權質擔稅營當實嗎麼們錢標準認動準備')

EQUIV = {
    '5倍': ['五倍'],
    '六个方面': ['6个方面', '六個方面'],
    '2019-10-20': ['2019年10月20日'],
    '1亿元': ['一亿元', '10000万元', '1億元'],
    '2020年4月22日': ['2020.4.22'],
    '2亿元': ['二亿元', '两亿元', '20000万元', '2億元'],
    '50万元': ['50万', '五十万元'],
    '100万元': ['一百万元'],
    '600万元': ['六百万元'],
    '700万元': ['700萬元', '七百万元', '七百萬元'],
    '400万元': ['四百万元'],
    '3000万元': ['三千万元'],
    '1000万元': ['一千万元'],
    '100家': ['一百家'],
    '50家': ['五十家'],
    '20家': ['二十家'],
    '2024年5月31日': ['2024.5.31'],
    '500万元': ['五百万元'],
    '1%': ['百分之一'],
    '陕财办金[2019]82号': ['陕财办金〔2019〕82号'],
    '2019-12-18': ['2019年12月18日'],
    '2014年3月28日': ['2014.3.28'],
    '二十歲至四十五歲': ['20歲至45歲', '20至45歲', '二十岁至四十五岁', '20岁至45岁'],
    '二百萬元': ['200萬元', '二百万元', '200万元'],
    '四百萬元': ['400萬元', '四百万元', '400万元'],
    '一千二百萬元': ['1200萬元', '1,200萬元', '一千二百万元', '1200万元'],
    '二十小時': ['20小時', '二十小时', '20小时'],
    '百分之二十': ['20%'],
    '六年': ['6年'],
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
    return [s for s in re.split(r'[。;;!?!?\n]', text) if s.strip()]


ITEMS = []


def A(q, key, doc, anchors, markers, values=()):
    ITEMS.append(dict(q=q, key=key, doc=doc, anchors=anchors, markers=list(markers), values=list(values)))


def N(q, probes, kind=''):
    """probes: {file key or 'ALL': [strings]}, and/or a list of ('NOFIG', key, anchor)."""
    ITEMS.append(dict(q=q, key=None, probes=probes, kind=kind))


# ---------------- 《东安县工业园区中小企业信贷风险补偿基金管理办法》解读 (湖南 永州) ----------------
A('东安县工业园区那个中小企业信贷风险补偿基金，合作银行要按基金放大几倍给企业贷款？', 'da', '东安',
  ['5倍及以上放大'], ['5倍及以上放大'], ['5倍', '五倍'])
A('东安县风险补偿基金管理办法的文号是多少？是哪个单位印发的？', 'da', '东安', ['现予以解读'],
  ['东政办发〔2019〕13号', '东安县人民政府办公室印发'], ['东政办发〔2019〕13号'])
A('东安这个风险补偿基金办法是依据湖南省政府办公厅哪份文件出台的？', 'da', '东安', ['湘政办发〔2018〕15号'],
  ['湘政办发〔2018〕15号', '产业园区改革和创新发展'], ['湘政办发〔2018〕15号'])
A('東安縣信貸風險補償基金管理辦法主要包括哪幾個方面的內容？', 'da', '东安', ['六个方面的内容'],
  ['六个方面的内容', '风险补偿基金的补偿程序'], ['六个方面', '6个方面', '六個方面'])
A('东安县那个风险补偿基金办法的印发通知是哪天发布的？', 'da', '东安', ['2019-10-20'], ['2019-10-20'],
  ['2019-10-20', '2019年10月20日'])

# ---------------- 宝应县企业应急专项资金管理办法 (江苏 扬州) ----------------
A('宝应县企业应急专项资金一共多少钱？由哪一级财政筹集？', 'by', '宝应', ['总规模暂定为1亿元'],
  ['总规模暂定为1亿元', '县本级财政负责筹集'], ['1亿元', '一亿元', '10000万元', '1億元'])
A('宝应的应急资金是给哪些企业用的？', 'by', '宝应', ['使用对象为全县范围内'],
  ['重点工业技改项目企业', '短期资金周转困难'])
A('想申请宝应县企业应急专项资金，企业原则上要符合哪些条件？', 'by', '宝应', ['申请企业原则上须符合下列条件'],
  ['无职工欠薪', '去产能或僵尸企业'])
A('宝应县企业应急专项资金管理办法修订版是谁发的、哪天印发？', 'by', '宝应', ['2020年4月22日', '宝应县人民政府办公室'],
  ['2020年4月22日', '宝应县人民政府办公室'], ['2020年4月22日', '2020.4.22'])
A('寶應縣企業應急專項資金管理辦法是經過誰同意後印發的？', 'by', '宝应', ['已经县政府研究同意'], ['已经县政府研究同意'])

# ---------------- 荣成市中小企业应急转贷资金管理办法 (山东 威海) ----------------
A('荣成市中小企业应急转贷资金有多少？是谁出资的？', 'rc', '荣成', ['市财政出资2亿元设立'], ['市财政出资2亿元设立'],
  ['2亿元', '二亿元', '两亿元', '20000万元', '2億元'])
A('荣成的应急转贷资金委托哪家公司运作管理？', 'rc', '荣成', ['市财政出资2亿元设立'], ['委托市国有资本运营有限公司'])
A('荣成市国有资本运营公司受托做应急转贷业务，要承担哪些职责？', 'rc', '荣成',
  ['(一)参照本办法', '(二)负责资料审核', '(三)负责应急转贷资金财务', '(四)定期向市政府'],
  ['负责资料审核及资金发放', '会计核算工作'])
A('荣成市中小企业应急转贷资金管理办法的文号是什么？哪天印发的？', 'rc', '荣成', ['荣政办发〔2023〕11号', '2023年4月14日'],
  ['荣政办发〔2023〕11号', '2023年4月14日'], ['荣政办发〔2023〕11号'])
A('荣成这个应急转贷资金办法是经过什么会议通过的？', 'rc', '荣成', ['已经市政府常务会议研究通过'],
  ['市政府常务会议研究通过'])
A('榮成市企業申請應急轉貸資金要具備哪些資格？', 'rc', '荣成', ['(一)具有独立的法人资格', '(二)在我市依法登记纳税'],
  ['具有独立的法人资格', '在我市依法登记纳税'])

# ---------------- 重庆高新区鼓励企业上市挂牌扶持办法 (开发区) ----------------
A('重庆高新区企业完成股份制改造能拿多少奖励？', 'gx', '重庆高新区', ['签署改制协议'], ['签署改制协议', '奖励50万元'],
  ['50万元', '50万', '五十万元'])
A('在重庆高新区，企业IPO申报材料被证监会或交易所受理后能拿多少奖励？', 'gx', '重庆高新区', ['正式受理申报材料后'],
  ['正式受理申报材料后', '给予100万元奖励'], ['100万元', '一百万元'])
A('重庆高新区企业审核通过正式上市交易以后再奖多少？', 'gx', '重庆高新区', ['正式受理申报材料后'], ['给予600万元奖励'],
  ['600万元', '六百万元'])
A('重庆高新区的上市挂牌扶持办法支持哪些企业和机构？', 'gx', '重庆高新区',
  ['满足以下条件之一', '(一)纳入重庆市拟上市', '(二)参与孵化培育', '(三)已挂牌或已上市企业'],
  ['高新区直管园范围内', '参与孵化培育工作'])
A('重慶高新區對「借殼」重組市外上市公司後遷入的，給多少獎勵？', 'gx', '重庆高新区', ['市场化方式重组市外上市公司'],
  ['重组市外上市公司'], ['700万元', '700萬元', '七百万元', '七百萬元'])
A('重庆高新区这个上市挂牌扶持办法是依据哪个文件制定的？', 'gx', '重庆高新区', ['渝府办发〔2018〕109号'],
  ['渝府办发〔2018〕109号'], ['渝府办发〔2018〕109号'])

# ---------------- 重庆市永川区人民政府关于鼓励扶持企业挂牌上市的意见 ----------------
A('永川区企业在重庆股份转让中心成长板挂牌，能拿多少奖励？', 'yc', '永川', ['专精特新板成功挂牌'], ['专精特新板成功挂牌'],
  ['50万元', '50万', '五十万元'])
A('永川企业挂牌新三板，奖励分几步给？一共多少？', 'yc', '永川', ['在“新三板”成功挂牌的企业'],
  ['通过券商内核', '正式挂牌再给予200万元'], ['400万元', '四百万元'])
A('永川企业在境内核准制板块首发上市，总共能拿多少奖励？', 'yc', '永川', ['境内核准制板块'], ['分阶段给予3000万元奖励'],
  ['3000万元', '三千万元'])
A('永川企业向证监会提交上市申请被受理后奖多少？', 'yc', '永川', ['境内核准制板块'], ['给予1000万元奖励'],
  ['1000万元', '一千万元'])
A('永川企业的上市辅导报告被重庆证监局受理后有没有奖励？多少？', 'yc', '永川', ['境内核准制板块'],
  ['股票发行上市辅导报告'], ['400万元', '四百万元'])

# ---------------- 福州市鼓楼区 “榕树计划”实施方案(2024年修订) ----------------
A('福州鼓楼区“榕树计划”2024年修订版的文号是多少？', 'gl', '鼓楼', ['鼓政规〔2024〕4号'], ['鼓政规〔2024〕4号'],
  ['鼓政规〔2024〕4号'])
A('鼓楼区每年要新增多少家上市储备企业？', 'gl', '鼓楼', ['储备一批:'], ['新增储备企业100家'], ['100家', '一百家'])
A('鼓楼区计划每年在海交所挂牌展示多少家企业？', 'gl', '鼓楼', ['储备一批:'], ['在海交所挂牌展示企业50家'],
  ['50家', '五十家'])
A('鼓楼区榕树计划每年要推动多少家企业完成股份制改造？', 'gl', '鼓楼', ['培育一批:'], ['完成股改企业20家'],
  ['20家', '二十家'])
A('鼓楼区榕树计划实施方案是哪天印发的？经过谁同意？', 'gl', '鼓楼', ['2024年5月31日', '已经区政府研究同意'],
  ['2024年5月31日', '已经区政府研究同意'], ['2024年5月31日', '2024.5.31'])
A('鼓樓區的榕樹計劃堅持什麼模式推動企業上市？', 'gl', '鼓楼', ['紧抓要素市场化配置'], ['企业主体、政府引导', '梯队扶持'])

# ---------------- 泰安市关于加强财政金融协同联动的实施意见(征求意见稿) ----------------
A('泰安财政金融协同联动实施意见的征求意见稿，征求意见到几号截止？', 'ta', '泰安', ['征求意见时间为'],
  ['征求意见时间为7月7日'], ['7月15日'])
A('泰安这个征求意见稿是哪个部门牵头起草的？', 'ta', '泰安', ['征求意见时间为'], ['泰安市财政局牵头起草'])
A('泰安对接入上海票交所的供应链平台最高奖励多少？', 'ta', '泰安', ['征求意见时间为'], ['接入上海票据交易所'],
  ['500万元', '五百万元'])
A('泰安对供应链金融做得好的银行等金融机构最高奖励多少？', 'ta', '泰安', ['征求意见时间为'], ['业务突出的金融机构'],
  ['50万元', '五十万元'])
A('泰安要求市级政府性融资担保机构把小微和三农的担保费率降到多少？', 'ta', '泰安', ['深化政府性融资担保体系改革'],
  ['担保费率全面降至1%以下'], ['1%', '百分之一'])
A('泰安市這份財政金融協同聯動實施意見的總體要求是什麼？', 'ta', '泰安', ['加强政策引领'],
  ['精准支持实体经济', '加强政策引领'])

# ---------------- 陕西财政厅等六部门 促进政府性融资担保体系建设的实施意见 ----------------
A('陕西促进政府性融资担保体系建设的实施意见文号是多少？', 'sx', '陕西', ['陕财办金[2019]82号'], ['陕财办金[2019]82号'],
  ['陕财办金[2019]82号', '陕财办金〔2019〕82号'])
A('陕西这份实施意见是为落实国务院办公厅哪个文件？', 'sx', '陕西', ['为贯彻落实《国务院办公厅'], ['国办发〔2019〕6号'],
  ['国办发〔2019〕6号'])
A('陕西的政府性融资担保机构有哪些事情是明确不能做的？', 'sx', '陕西', ['(一)聚焦支小支农主业'],
  ['不得为政府债券发行提供担保', '盲目扩大业务范围'])
A('陕西对政府性融资担保机构赚不赚钱、收费高低有什么要求？', 'sx', '陕西', ['(二)坚持保本微利运行'],
  ['不以营利为目的', '保持较低费率水平'])
A('陕西这份融资担保体系实施意见是什么时候发布的？', 'sx', '陕西', ['发布时间: 2019-12-18'], ['2019-12-18'],
  ['2019-12-18', '2019年12月18日'])
A('陝西這份融資擔保意見是經過誰同意後提出的？', 'sx', '陕西', ['为贯彻落实《国务院办公厅'], ['经省政府同意'])

# ---------------- 江苏 苏科贷 工作实施方案 ----------------
A('苏科贷实施方案的印发文号是多少？', 'sk', '苏科贷', ['苏科高发〔2014〕80号'], ['苏科高发〔2014〕80号'],
  ['苏科高发〔2014〕80号'])
A('深入推进苏科贷的实施方案是哪天印发的？', 'sk', '苏科贷', ['2014年3月28日'], ['2014年3月28日'],
  ['2014年3月28日', '2014.3.28'])
A('苏科贷是根据哪些文件开展的？', 'sk', '苏科贷', ['为贯彻落实省委省政府'], ['苏财规〔2013〕8号', '苏科高〔2013〕264号'])
A('蘇科貸主要想引導銀行支持什麼樣的企業？', 'sk', '苏科贷', ['加快创新驱动转型发展'], ['科技型中小微企业'])
A('苏科贷实施方案是贯彻省委省政府哪个文件的精神？', 'sk', '苏科贷', ['为贯彻落实省委省政府'], ['八项工程'])

# ---------------- 青年創業及啟動金貸款要點 (台灣, 繁體) ----------------
A('青創貸款的負責人年齡要在幾歲之間？', 'tw', '青年創業', ['(一)負責人須年滿'], ['年滿二十歲至四十五歲'],
  ['二十歲至四十五歲', '20歲至45歲', '20至45歲', '二十岁至四十五岁', '20岁至45岁'])
A('青年創業貸款的準備金及開辦費用最高能借多少？', 'tw', '青年創業', ['八個月內提出申請'], ['新臺幣二百萬元'],
  ['二百萬元', '200萬元', '二百万元', '200万元'])
A('台湾青年创业贷款的周转性支出最多能贷多少？', 'tw', '青年創業', ['營業所需週轉性支出'], ['新臺幣四百萬元'],
  ['四百萬元', '400萬元', '四百万元', '400万元'])
A('青創貸款買廠房設備這類資本性支出，額度上限是多少？', 'tw', '青年創業', ['所需之資本性支出'], ['新臺幣一千二百萬元'],
  ['一千二百萬元', '1200萬元', '1,200萬元', '一千二百万元', '1200万元'])
A('申請青創貸款，負責人要上過多少小時的創業輔導課？', 'tw', '青年創業', ['應於我國設有戶籍'], ['至少二十小時', '二學分證明'],
  ['二十小時', '20小時', '二十小时', '20小时'])
A('用负责人名义申请青创贷款，出资额至少要占实收资本多少？', 'tw', '青年創業', ['以負責人名義申貸者'], ['百分之二十以上'],
  ['百分之二十', '20%'])
A('青创贷款的准备金和周转金最长能贷几年？宽限期多长？', 'tw', '青年創業', ['貸款期限最長六年'],
  ['貸款期限最長六年', '寬限期最長一年'], ['六年', '6年'])

# ---------------- near misses (doc null) ----------------
N('扬州高邮市的企业应急专项资金规模有多大？', {'ALL': ['高邮']}, kind='a sibling county of 宝应 (no text)')
N('宝应县2023年修订的企业应急专项资金办法有什么变化？', {'by': ['2023']}, kind='a year the 宝应 text does not state')
N('乳山市中小企业应急转贷资金由市财政出资多少？', {'ALL': ['乳山']}, kind='a sibling of 荣成 in 威海 (no text)')
N('荣成应急转贷资金单笔最高能借多少？最长用几天？', {'rc': ['单笔', '最高', '期限', '天']},
  kind='not in the stored 荣成 text (cut after 第四条 (二)); 宝应 has no such figure either')
N('东安县工业园区风险补偿基金的规模是多少万元？', {'da': ['万元', '亿元']},
  kind='the 东安 解读 names the fund but gives no size')
N('东安县风险补偿基金对合作银行的贷款损失按多少比例补偿？', {'da': ['%', '比例', '百分之', '分担', '成']},
  kind='named (风险补偿基金的补偿程序) without a ratio')
N('祁阳市工业园区中小企业信贷风险补偿基金是怎么运作的？', {'ALL': ['祁阳']}, kind='a sibling of 东安 in 永州 (no text)')
N('东安县有没有中小企业应急转贷资金？使用费怎么收？', {'da': ['转贷', '使用费']},
  kind='a measure of the wrong kind for 东安 (转贷 exists only for 宝应/荣成)')
N('重庆高新区对在新三板挂牌的企业奖励多少？', {'gx': ['新三板']}, kind='not in the 重庆高新区 text (永川 has it)')
N('重庆南岸区企业在重庆股份转让中心挂牌能拿多少奖励？', {'ALL': ['南岸']}, kind='another 重庆 district (no text)')
N('永川区鼓励扶持企业挂牌上市的意见是哪年印发的？文号是多少？', {'yc': ['〔', '号', '年']},
  kind='a date and 文号 the stored 永川 text does not give')
N('福州市“榕腾计划”对企业股改补助多少？', {'ALL': ['榕腾']}, kind='the parent city of 鼓楼 (no text)')
N('鼓楼区榕树计划到2026年要新增多少家上市公司？', {'gl': ['2026']}, kind='a year the 鼓楼 plan does not state')
N('泰安对符合条件的供应链核心企业具体奖励多少钱？', [('NOFIG', 'ta', '对符合条件的供应链核心企业')],
  kind='named (给予资金奖励支持) without a figure')
N('济南市财政金融协同联动实施意见的征求意见什么时候截止？', {'ALL': ['济南']}, kind='a neighbour city of 泰安 (no text)')
N('陕西要求政府性融资担保机构把担保费率降到百分之几？', [('NOFIG', 'sx', '保持较低费率水平')],
  kind='named (较低费率水平) without a figure')
N('甘肃省政府性融资担保体系实施意见对单户500万元以下担保费率有什么要求？', {'ALL': ['甘肃']},
  kind='a neighbour province of 陕西, same programme (no text)')
N('陕西2022年出台的政府性融资担保新政策有什么变化？', {'sx': ['2022']}, kind='a year the 陕西 text does not state')
N('苏科贷出现不良贷款，风险补偿资金承担多大比例？', {'sk': ['%', '比例', '百分之']},
  kind='the 苏科贷 text names the 风险补偿专项资金 but gives no share')
N('苏科贷单户企业最多能贷多少万元？', {'sk': ['万元']}, kind='a figure the stored 苏科贷 text does not give')
N('无锡市科技信贷风险补偿资金池怎么申请？', {'ALL': ['无锡']}, kind='a city of 江苏 (no text)')
N('青年創業及啟動金貸款的利率是多少？政府補貼多少利息？', {'tw': ['利率', '利息', '補貼']},
  kind='not in the stored 要點 text')
N('香港中小企融資擔保計劃八成擔保產品的貸款上限是多少？', {'ALL': ['香港', '擔保計劃']}, kind='another place (Hong Kong)')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['10倍及以上放大'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['东政办发〔2019〕13号'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['合作银行按县政府风险补偿基金的5倍'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['宝应']}, kind='')),
    'doc_in_two_titles': lambda: ITEMS.__setitem__(16, dict(ITEMS[16], doc='重庆')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['5.0倍'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['5倍', '10倍'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='5倍及以上放大对吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'ta', '接入上海票据交易所')], kind='')),
    'value_inside_number': lambda: ITEMS.__setitem__(29, dict(ITEMS[29], values=['0家'])),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NN_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_trad_trad = 0
    for i, it in enumerate(ITEMS, 1):
        qid = f'nn{i:03d}'
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
        if is_trad(it['q']):
            if k == TRAD_DOC:
                n_trad_trad += 1
            else:
                n_trad_simpl += 1
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
    if n_trad_simpl < 3 or n_trad_trad < 3:
        errs.append(f'traditional-script questions: {n_trad_simpl} on simplified texts, {n_trad_trad} on the 繁體 text')
    if errs:
        sys.exit('\n'.join(errs))
    if m:
        sys.exit(f'mutation {m} was NOT refused')
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'items;', len(out) - n_null, 'answerable;', n_null, 'near misses;',
          n_trad_simpl, 'traditional-script questions on simplified texts,', n_trad_trad, 'on the 繁體 text')


if __name__ == '__main__':
    main()
