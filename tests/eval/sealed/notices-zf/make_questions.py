#!/usr/bin/env python3
"""Write questions.jsonl for notices-zf, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by four texts of different places:
  A 知识产权证券化 / 资产证券化 (ABS): 南京 江北新区 (培育库申报通知), 苏州工业园区 (news), 湖南湘江新区 (news),
    中新广州知识城 (whole regulation, GitHub);
  B 跨境融资 / 外债 / 跨境人民币: 横琴粤澳深度合作区 (赴澳发债扶持办法 解读), 昆山试验区 (跨境人民币贷款 news),
    东兴试验区 (人民币与越南盾特许兑换 news), 绥芬河 (卢布使用试点 news);
  C 巨灾保险 / 政策性保险: 广元 (繁體, 地震巨灾保险试点方案 news), 乐山沙湾区 (繁體, 实施方案 印发通知),
    麻城 (巨灾保险 通告), 宁波 (征求意见稿).

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
  - 96 items, at least 30% near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts, at least 3 questions in simplified script about the traditional-script texts, every
    document asked about.
Set NZF_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
NZF_MUTATE=all runs them all and checks that each is refused with its own error (EXPECT).
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'nj': 'nanjing-jiangbei-ip-securitization-enterprise-pool-application-notice-2022.txt',
    'sz': 'suzhou-industrial-park-ip-securitization-first-product-news-2020.txt',
    'xj': 'xiangjiang-new-area-ip-abs-loan-model-approval-news-2022.txt',
    'zsc': 'zhishicheng-sino-singapore-guangzhou-knowledge-city-regulation-2022.txt',
    'hq': 'hengqin-macao-bond-issuance-support-measures-interpretation-2022.txt',
    'ks': 'kunshan-cross-border-rmb-loan-pilot-news-2015.txt',
    'dx': 'dongxing-rmb-vnd-exchange-pilot-news-2014.txt',
    'sfh': 'suifenhe-ruble-use-pilot-city-news-2013.txt',
    'gy': 'guangyuan-earthquake-catastrophe-insurance-pilot-plan-news-2017.txt',
    'sw': 'shawan-district-earthquake-catastrophe-insurance-plan-2018.txt',
    'mc': 'macheng-catastrophe-insurance-notice-2020.txt',
    'nb': 'ningbo-catastrophe-insurance-opinions-draft-consultation-2017.txt',
}
TRAD_DOCS = {'gy', 'sw'}
PLACES = {
    'nj': ['南京', '江北新区', '江北新區'], 'sz': ['苏州', '蘇州'], 'xj': ['湘江新区', '湘江新區'],
    'zsc': ['知识城', '知識城'], 'hq': ['横琴', '橫琴'], 'ks': ['昆山', '崑山'], 'dx': ['东兴', '東興'],
    'sfh': ['绥芬河', '綏芬河'], 'gy': ['广元', '廣元'], 'sw': ['沙湾', '沙灣', '乐山', '樂山'],
    'mc': ['麻城'], 'nb': ['宁波', '寧波'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|项|項|期|月|美元)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次|项|項|期)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額識庫註營聚焦醫藥崑試驗'
                 '協議興邊貿殊災護')

EQUIV = {
    '500万元': ['500萬元', '五百万元'],
    '5项': ['五项', '5項'],
    '2000万元': ['2000萬元', '两千万元', '2千万元'],
    '50%': ['50％', '百分之五十', '五成'],
    '宁知〔2022〕6号': ['宁知(2022)6号', '宁知[2022]6号', '寧知〔2022〕6號'],
    '软件和信息服务': [],
    '10亿': ['10億', '十亿', '10亿元'],
    '10期': ['十期'],
    '生物医药': ['生物醫藥'],
    '2年': ['两年', '二年', '兩年'],
    '1.35亿元': ['1.35億元', '1.35亿'],
    '12家': ['十二家'],
    '湘江新区管委会': ['湘江新區管委會'],
    '2022年12月22日': ['2022-12-22', '2022.12.22'],
    '湘江新区': ['湘江新區'],
    '2022年3月1日': ['2022-03-01', '2022.3.1', '3月1日'],
    '2022年1月16日': ['2022-01-16', '2022.1.16'],
    '资金资助': ['資金資助'],
    '十二个月': ['12个月', '十二個月', '一年'],
    '550万元': ['550萬元', '五百五十万元'],
    '10万元': ['10萬元', '十万元'],
    '3月1日': ['2022年3月1日', '2022-03-01'],
    '1月29日': ['2022年1月29日', '2022-01-29'],
    '2021年12月15日': ['2021-12-15', '2021.12.15'],
    '600万元': ['600萬元', '六百万元'],
    '3.7亿元': ['3.7億元', '3.7亿'],
    '7月13日': ['2015年7月13日', '2015-07-13'],
    '2013年7月': ['2013-07', '2013.7'],
    '5万美元': ['5萬美元', '五万美元'],
    '义乌': ['義烏', '浙江义乌'],
    '国境商都': ['國境商都'],
    '绥芬河': ['綏芬河', '绥芬河市'],
    '40%': ['40％', '百分之四十', '四成'],
    '5萬元': ['5万元', '五万元'],
    '2萬元': ['2万元', '两万元'],
    '10萬元': ['10万元', '十万元'],
    '2017年11月': ['2017-11', '2017.11'],
    '100萬元': ['100万元', '一百万元'],
    '33%': ['33％', '百分之三十三'],
    '100%': ['100％', '百分之百', '全部参保'],
    '樂沙府辦函〔2018〕13號': ['乐沙府办函〔2018〕13号', '乐沙府办函(2018)13号', '乐沙府办函[2018]13号'],
    '樂沙府辦函〔2015〕27號': ['乐沙府办函〔2015〕27号', '乐沙府办函(2015)27号', '乐沙府办函[2015]27号'],
    '2018年7月20日': ['2018-07-20', '2018.7.20'],
    '2020年8月12日': ['2020-08-12', '2020.8.12'],
    '三类': ['3类', '三類'],
    '3人': ['三人'],
    '3万人': ['3萬人', '三万人'],
    '鄂财金[2019]13号': ['鄂财金〔2019〕13号', '鄂财金(2019)13号', '鄂財金[2019]13號'],
    '2017年10月25日': ['2017-10-25', '2017.10.25'],
    '2691949576@163.com': [],
    '2014年11月': ['2014-11', '2014.11'],
    '宁波市民政局': ['寧波市民政局'],
    '中发【2016】35号': ['中发〔2016〕35号', '中发[2016]35号', '中发(2016)35号', '中發【2016】35號'],
}

# no value needs the glued-date waiver of notices-r; kept for the same check structure
GLUED_OK = set()


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


DOC = {'nj': '南京', 'sz': '苏州', 'xj': '中西部', 'zsc': '知识城', 'hq': '横琴', 'ks': '昆山', 'dx': '东兴',
       'sfh': '绥芬河', 'gy': '廣元', 'sw': '沙灣', 'mc': '麻城', 'nb': '宁波'}

# ================= topic A: 知识产权证券化 / 资产证券化 =================
# ---- 南京市 知识产权证券化融资企业培育库 首批入库企业申报 (江北新区直管区) ----
A('南京江北新區的企業想進知識產權證券化培育庫，註冊資金最少要多少？', 'nj',
  ['(一)企业注册资金不低于500万元人民币'], ['注册资金不低于500万元'], ['500万元', '500萬元', '五百万元'])
A('我们公司在南京江北新区，有4项实用新型专利、没有发明专利，专利这一条够得上入库吗？', 'nj',
  ['(三)企业持有3项及以上'], ['5项及以上实用新型专利', '3项及以上'], ['5项', '五项', '5項'])
A('江北新区企业申请进证券化融资培育库，对营业收入有什么要求？属于八大产业的能放宽到多少？', 'nj',
  ['(四)企业近一年营业收入'], ['营业收入不低于2000万元', '放宽至不低于500万元'], ['2000万元', '2000萬元', '两千万元', '500万元'])
A('南京那个知识产权证券化培育库，资产负债率卡多少？', 'nj',
  ['(五)企业财务管理规范'], ['资产负债率一般不高于50%'], ['50%', '50％', '百分之五十', '70%'])
A('南京市知识产权局建这个培育库，依据的是哪个文件、什么文号？', 'nj',
  ['为大力发展知识产权证券化工作'], ['宁知〔2022〕6号'], ['宁知〔2022〕6号', '宁知(2022)6号', '宁知[2022]6号'])
A('南京培育库优先考虑的“八大产业”具体是哪八个？', 'nj',
  ['(二)行业方面重点选择'], ['软件和信息服务', '智能制造装备'], ['软件和信息服务'])

# ---- 苏州工业园区 第1-10期知识产权资产支持专项计划 (新华日报 news) ----
A('苏州工业园区这个知识产权证券化项目申请的储架额度有多少？', 'sz',
  ['首期知识产权证券化产品将于12月挂牌'], ['申请储架额度10亿'], ['10亿', '10億', '十亿', '10亿元'])
A('苏州园区那个知识产权ABS一共最多发几期？每期产品期限最长几年？', 'sz',
  ['首期知识产权证券化产品将于12月挂牌'], ['发行期数不超过10期', '最长期限不超过3年'], ['10期', '十期', '3年'])
A('蘇州工業園區首期知識產權證券化產品主要聚焦哪個產業？', 'sz',
  ['首期知识产权证券化产品将于12月挂牌'], ['聚焦生物医药'], ['生物医药', '生物醫藥'])
A('苏州市市场监管局搭起来的知识产权金融支持链条包括哪几种方式？', 'sz',
  ['近年来,苏州市市场监管局'], ['质押融资、保险、投资基金', '融资租赁、证券化'])
A('知识产权资产支持专项计划拿到交易所批准以后，要在多长时间里把产品发完？', 'sz',
  ['首期知识产权证券化产品将于12月挂牌'], ['批准后2年内完成产品发行'], ['2年', '两年', '二年'], noplace=True)

# ---- 湖南湘江新区 知识产权资产支持专项计划 获批 (人民网 news; title has no place) ----
A('湘江新区这单知识产权ABS整体发行规模是多少？', 'xj',
  ['该项目采用知识产权质押委托贷款模式发行ABS'], ['整体发行规模为1.35亿元'], ['1.35亿元', '1.35億元', '1.35亿'])
A('湖南湘江新区知识产权证券化项目有多少家企业参与？拿了多少项专利去质押？', 'xj',
  ['该项目采用知识产权质押委托贷款模式发行ABS'], ['等12家国家级', '97项专利质押'], ['12家', '十二家', '97项'])
A('湘江新区这个证券化项目是谁组织实施的？原始权益人又是谁？', 'xj',
  ['此次湘江新区知识产权证券化项目由'], ['湘江新区管委会组织实施', '中盈投资作为原始权益人'], ['湘江新区管委会', '中盈投资'])
A('湘江新区的知识产权证券化项目是哪天拿到深交所无异议函的？', 'xj',
  ['2022年12月22日,湘江新区'], ['批复的无异议函'], ['2022年12月22日', '2022-12-22', '2022.12.22'])
A('有没有民营担保公司给知识产权ABS做担保的先例？是哪个地方的项目？', 'xj',
  ['2022年12月22日,湘江新区'], ['民营担保机构担保'], ['湘江新区', '湘江新區'], noplace=True)

# ---- 广东省中新广州知识城条例 (whole regulation) ----
A('中新广州知识城条例是从哪天开始施行的？', 'zsc',
  ['第四十七条'], ['自2022年3月1日起施行'], ['2022年3月1日', '2022-03-01', '2022.3.1', '3月1日'])
A('知识城条例是在哪次会议上通过的？哪天通过？', 'zsc',
  ['2022年1月16日 广东省第十三届'], ['第三十九次会议通过'], ['2022年1月16日', '第三十九次'])
A('在广州知识城搞知识产权证券化融资，条例里说政府会用什么办法支持？', 'zsc',
  ['第十四条'], ['采取资金资助、政策引导'], ['资金资助', '資金資助'])
A('知识城重点发展哪些产业？全部列一下。', 'zsc',
  ['知识城重点发展下列产业', '（一）生物医药与大健康产业', '（二）新一代信息技术产业', '（三）新材料新能源产业',
   '（四）科教服务与数字创意产业', '（五）智能制造与集成电路产业', '（六）其他知识密集型产业'],
  ['生物医药与大健康产业', '智能制造与集成电路产业'])
A('我们是知识城里的高新技术企业，条例支持我们去境外借钱融资吗？', 'zsc',
  ['（五）私募基金参与创新型科技企业投资'], ['高新技术企业开展跨境融资'])
A('知识城在跨境资金管理上可以探索什么新业务？', 'zsc',
  ['第二十九条'], ['本外币合一的跨境资金池业务'])
A('条例里说的“知识城”具体包括哪些区域？', 'zsc',
  ['知识城范围包括'], ['经批准的扩展区域', '知识城总体发展规划'])
A('省级经济、建设管理权限调整目录要在知识城条例施行后多长时间内公布？', 'zsc',
  ['省级经济、建设管理权限调整目录'], ['十二个月内向社会公布'], ['十二个月', '12个月', '十二個月', '一年'])

# ================= topic B: 跨境融资 / 外债 / 跨境人民币 =================
# ---- 横琴粤澳深度合作区 赴澳门发行公司债券专项扶持办法 (科技日报: 新闻发布会 解读) ----
A('横琴合作区的企业去澳门成功发了公司债，最多能拿多少资金扶持？', 'hq',
  ['2021年12月15日,澳门中央证券托管系统'], ['最高550万元'], ['550万元', '550萬元', '五百五十万元'])
A('给横琴合作区企业赴澳发债提供服务的中介机构，每次能补多少？', 'hq',
  ['2021年12月15日,澳门中央证券托管系统'], ['每家每次10万元'], ['10万元', '10萬元', '十万元'])
A('横琴那个赴澳门发债的扶持办法什么时候开始实施？管多长时间？', 'hq',
  ['据介绍,《试点办法》将于1月29日正式实施'], ['将于3月1日正式实施', '有效期一年'], ['3月1日', '2022年3月1日', '一年'])
A('横琴合作区外商投资股权投资类企业试点办法是哪天实施的？', 'hq',
  ['据介绍,《试点办法》将于1月29日正式实施'], ['将于1月29日正式实施'], ['1月29日', '2022年1月29日'])
A('横琴的赴澳发债扶持办法为什么只定了一年有效期？', 'hq',
  ['当前澳门债券市场正处于加速发展阶段'], ['相关政策法规的修订'])
A('澳门那个中央证券托管系统是哪天正式启动的？', 'hq',
  ['2021年12月15日,澳门中央证券托管系统'], ['澳门中央证券托管系统'], ['2021年12月15日', '2021-12-15', '2021.12.15'],
  noplace=True)

# ---- 昆山深化两岸产业合作试验区 台企跨境人民币贷款试点 (news) ----
A('昆山的台企定颖电子从台湾的银行借了多少人民币？', 'ks',
  ['中国江苏网7月29日讯28日'], ['借入600万元人民币'], ['600万元', '600萬元', '六百万元'])
A('昆山首批签“跨境贷”合作协议的台企有多少家？意向金额多少？', 'ks',
  ['当天,包括定颖电子在内'], ['首批30家台企', '意向金额达3.7亿元'], ['3.7亿元', '3.7億元', '3.7亿', '30家'])
A('昆山试验区跨境人民币贷款试点的管理暂行办法是谁发的？哪天发的？', 'ks',
  ['中国人民银行南京分行跨境办负责人蒋文介绍'], ['中国人民银行南京分行', '该行7月13日发布'], ['7月13日', '2015年7月13日'])
A('在昆山试验区，什么样的企业可以直接从台湾地区的银行借人民币？', 'ks',
  ['中国人民银行南京分行跨境办负责人蒋文介绍'], ['实际经营或投资的台资企业'])
A('崑山台資企業集團內部人民幣跨境雙向借款業務是什麼時候開始的？', 'ks',
  ['当天,包括定颖电子在内'], ['跨境双向借款业务'], ['2013年7月', '2013-07', '2013.7'])

# ---- 东兴国家重点开发开放试验区 人民币与越南盾特许兑换业务试点 (news; title composed) ----
A('在东兴试验区，个人做边贸换越南盾不受哪些结售汇额度限制？', 'dx',
  ['东兴试验区相关人士介绍'], ['不受个人结售汇年度5万美元'], ['5万美元', '5萬美元', '五万美元', '5000美元'])
A('广西东兴这次人民币和越南盾特许兑换试点，客户范围扩大到了哪些主体？', 'dx',
  ['东兴试验区相关人士介绍'], ['注册地在试验区的境内企业', '个体工商户'])
A('东兴是从什么时候开始做个人跨境贸易人民币结算的？在全国排第几个？', 'dx',
  ['作为中国首批三个国家重点开发开放试验区之一'], ['全国第二个开展'], ['2013年7月', '2013-07', '2013.7', '第二个'])
A('全国第一个开展个人跨境贸易人民币结算的地方是哪里？', 'dx',
  ['作为中国首批三个国家重点开发开放试验区之一'], ['继浙江义乌之后'], ['义乌', '義烏', '浙江义乌'], noplace=True)

# ---- 绥芬河 卢布使用试点市 (news) ----
A('绥芬河的卢布使用试点是哪一级批复的？', 'sfh',
  ['新华网哈尔滨12月8日电'], ['正式被国务院批复'])
A('绥芬河成了卢布使用试点市以后，俄罗斯游客能直接用卢布做什么？', 'sfh',
  ['绥芬河成为中国首个卢布使用试点市后'], ['吃饭、购物、打出租车', '自由存取'])
A('黑龙江绥芬河有个什么称号？', 'sfh',
  ['绥芬河被誉为中俄边境上的'], ['国境商都'], ['国境商都', '國境商都'])
A('中国第一个获批可以用卢布的试点城市是哪个？', 'sfh',
  ['新华网哈尔滨12月8日电'], ['首个卢布使用试点市'], ['绥芬河', '綏芬河', '绥芬河市'], noplace=True)

# ================= topic C: 巨灾保险 / 政策性保险 =================
# ---- 广元市 城乡居民住宅地震巨灾保险试点工作方案 (繁體 news with pinyin garbling; title composed) ----
A('广元住宅地震巨灾保险，居民自己出多少比例保费？财政补多少？', 'gy',
  ['近日,廣元市政府'], ['各級財政提供60%'], ['40%', '40％', '百分之四十', '60%'])
A('广元城镇住宅投地震巨灾保险，基本保额多少？保费多少钱？', 'gy',
  ['《方案》規(guī)定'], ['住宅基本保險金額5萬元'], ['5萬元', '5万元', '五万元', '27元'])
A('四川广元农村住房的地震巨灾保险，基本保额和保费各是多少？', 'gy',
  ['《方案》規(guī)定'], ['住宅基本保險額2萬元'], ['2萬元', '2万元', '两万元', '38元'])
A('广元的地震巨灾保险，砖木结构的房子最高能保多少？', 'gy',
  ['《方案》規(guī)定'], ['最高保額10萬元'], ['10萬元', '10万元', '十万元'])
A('广元住宅地震巨灾保险试点是什么时候启动的？先从哪些人开始？', 'gy',
  ['近日,廣元市政府'], ['2017年11月啟動'], ['2017年11月', '2017-11', '2017.11'])
A('住宅地震巨灾保险里，钢筋混凝土结构的房子最高保额是多少？', 'gy',
  ['《方案》規(guī)定'], ['最高保額100萬元'], ['100萬元', '100万元', '一百万元'], noplace=True)

# ---- 乐山市沙湾区 城乡居民住宅地震巨灾保险工作实施方案 印发通知 (繁體) ----
A('乐山沙湾区城乡居民住宅地震巨灾保险的参保率目标是多少？', 'sw',
  ['要努力實現參保率達到33%的目標'], ['參保率達到33%'], ['33%', '33％', '百分之三十三'])
A('沙湾区哪些困难群体要求全部参加地震巨灾保险？', 'sw',
  ['要努力實現參保率達到33%的目標'], ['特殊優撫群體100%參保', '農村散居五保戶'], ['100%', '100％', '百分之百'])
A('沙湾区印发地震巨灾保险实施方案的通知，文号是多少？', 'sw',
  ['(樂沙府辦函〔2018〕13號)'], ['樂沙府辦函〔2018〕13號'],
  ['樂沙府辦函〔2018〕13號', '乐沙府办函〔2018〕13号', '乐沙府办函(2018)13号', '乐沙府办函[2018]13号'])
A('沙湾区这个通知印发后，以前哪个住房地震保险的文件废止了？', 'sw',
  ['自本通知印發之日起'], ['樂沙府辦函〔2015〕27號'],
  ['樂沙府辦函〔2015〕27號', '乐沙府办函〔2015〕27号', '乐沙府办函(2015)27号', '乐沙府办函[2015]27号'])
A('乐山市沙湾区政府办公室这份巨灾保险通知是哪天发的？', 'sw',
  ['2018年7月20日'], ['2018年7月20日'], ['2018年7月20日', '2018-07-20', '2018.7.20'])

# ---- 麻城市 2020年巨灾保险 通告 (title composed) ----
A('麻城2020年的巨灾保险保险期间从哪天到哪天？', 'mc',
  ['自2020年8月12日0时'], ['自2020年8月12日0时'], ['2020年8月12日', '2020-08-12', '2020.8.12', '2021年8月11日'])
A('麻城市投保巨灾保险，保费是谁来出？', 'mc',
  ['为维护经济社会稳定'], ['本级财政、省级财政分担'])
A('麻城的巨灾保险保障对象分哪几类？', 'mc',
  ['分为三类:一是麻城市范围内所有人口'], ['农村居民住宅', '大型牲畜(生猪)'], ['三类', '3类', '三類'])
A('如果暴雨只在麻城市范围内成灾，死亡失踪几个人以上就触发巨灾保险？', 'mc',
  ['(1)在麻城及相邻县合计两个以上县'], ['①死亡失踪3人(含)以上'], ['3人', '三人'])
A('麻城和相邻县两个以上县受灾时，紧急转移安置多少人会触发赔付？', 'mc',
  ['(1)在麻城及相邻县合计两个以上县'], ['需紧急生活救助3万人'], ['3万人', '3萬人', '三万人'])
A('麻城巨災保險是按湖北省哪個文件來辦的？文號是多少？', 'mc',
  ['为维护经济社会稳定'], ['鄂财金[2019]13号'], ['鄂财金[2019]13号', '鄂财金〔2019〕13号', '鄂财金(2019)13号', '鄂財金[2019]13號'])

# ---- 宁波市 深化巨灾保险工作 实施意见 / 实施方案 征求意见稿 (title composed) ----
A('宁波深化巨灾保险的两份征求意见稿，公示期到哪天截止？', 'nb',
  ['公示期为2017年10月19日起'], ['至2017年10月25日'], ['2017年10月25日', '2017-10-25', '2017.10.25', '10月25日'])
A('对宁波巨灾保险征求意见稿有异议，发哪个邮箱、打哪个电话？', 'nb',
  ['公示期为2017年10月19日起'], ['或致电89189074'], ['2691949576@163.com', '89189074'])
A('宁波的巨灾保险试点是从什么时候开始搞的？', 'nb',
  ['我市属于灾害风险较高地区'], ['2014年11月起'], ['2014年11月', '2014-11', '2014.11'])
A('寧波這兩份巨災保險徵求意見稿是依據中央哪個文件起草的？', 'nb',
  ['公示期为2017年10月19日起'], ['中发【2016】35号'], ['中发【2016】35号', '中发〔2016〕35号', '中发[2016]35号', '中發【2016】35號'])

# ================= near misses (doc null) =================
# -- another place's rule: a real sibling or neighbour of a library place, same topic --
N('南京江宁开发区的知识产权证券化培育库，入库条件是什么？', {'ALL': ['江宁', '江寧']}, 'place')
N('苏州高新区的知识产权证券化项目储架规模是多少？', {'ALL': ['苏州高新区', '蘇州高新區']}, 'place')
N('湖南株洲高新区的知识产权证券化项目有几家企业入池？', {'ALL': ['株洲']}, 'place')
N('广州科学城对知识产权证券化有什么资金支持？', {'ALL': ['科学城', '科學城']}, 'place')
N('前海深港合作区的企业去香港发债，能拿多少扶持？', {'ALL': ['前海']}, 'place')
N('珠海高新区的企业赴澳门发行债券有没有奖励？', {'ALL': ['珠海']}, 'place')
N('太仓台资企业跨境人民币贷款试点，首批签约了多少家？', {'ALL': ['太仓', '太倉']}, 'place')
N('凭祥重点开发开放试验区个人跨境贸易人民币结算的额度是多少？', {'ALL': ['凭祥', '憑祥']}, 'place')
N('黑河市的卢布现钞使用试点是哪年批的？', {'ALL': ['黑河']}, 'place')
N('绵阳市城乡居民住宅地震巨灾保险，财政补贴多少比例的保费？', {'ALL': ['绵阳', '綿陽']}, 'place')
N('乐山市五通桥区地震巨灾保险的参保率目标是多少？', {'ALL': ['五通桥', '五通橋']}, 'place')
N('湖北红安县巨灾保险的触发标准是什么？', {'ALL': ['红安', '紅安']}, 'place')
N('温州市巨灾保险征求意见稿的公示期到哪天？', {'ALL': ['温州', '溫州']}, 'place')
# -- a year the texts do not state --
N('苏州工业园区2021年又发了几期知识产权ABS？', {'sz': ['2021']}, 'year')
N('麻城市2021年继续投保巨灾保险的保险期间是怎么定的？', {'mc': ['2021年继续', '2021年投保']}, 'year')
N('广元市2019年住宅地震巨灾保险的参保率要达到多少？', {'gy': ['2019']}, 'year')
N('南京知识产权证券化培育库2023年第二批什么时候申报？', {'nj': ['2023', '第二批']}, 'year')
# -- a figure the texts do not state for that measure (or state only for another measure) --
N('江北新区企业进了培育库，做知识产权证券化融资能拿多少奖励？', {'nj': ['奖励', '补贴', '补助']}, 'figure')
N('苏州工业园区这期知识产权ABS的票面利率是多少？', {'sz': ['利率']}, 'figure')
N('湘江新区这单知识产权ABS发行利率多少？期限几年？', {'xj': ['利率', '期限']}, 'figure')
N('知识城对知识产权证券化的资金资助，具体按多少比例、最高多少钱？',
  [('NOFIG', 'zsc', '采取资金资助、政策引导等措施')], 'figure')
N('知识城人才发展专项资金一年有多少钱？', [('NOFIG', 'zsc', '知识城管委会设立人才发展专项资金')], 'figure')
N('横琴外商投资股权投资类企业试点，对注册资本有什么最低要求？', {'hq': ['注册资本', '注册资金', '实缴']}, 'figure')
N('昆山台企跨境人民币贷款的利率上限是多少？单户最多能借多少？', {'ks': ['利率', '上限', '最多']}, 'figure')
N('东兴试验区的企业兑换越南盾，每年额度是多少？', {'dx': ['企业年度', '企业每年', '企业额度']}, 'figure')
N('广元住宅地震巨灾保险的保费，省级财政承担多少比例？', {'gy': ['省級', '省级']}, 'figure')
N('沙湾区城乡居民参加地震巨灾保险，个人要交多少保费？', {'sw': ['保費', '保费', '元']}, 'figure')
N('麻城巨灾保险，每人因灾身故最高赔多少钱？', {'mc': ['万元', '元/人', '赔付标准', '赔偿金额']}, 'figure')
N('宁波深化巨灾保险每年的保费预算是多少？', {'nb': ['万元', '保费']}, 'figure')
# -- off-topic --
N('南京江北新区买房落户有什么条件？', {'ALL': ['落户', '購房', '购房']}, 'offtopic')
N('麻城市城乡居民医保报销比例是多少？', {'ALL': ['医保', '醫保', '新农合']}, 'offtopic')
N('广元市住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')


MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['注册资金不低于800万元'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['资产负债率一般不高于50%'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['企业注册资金不低于500万元人民币,企业注册资本金'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['昆山']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'nj': ['江宁']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['500萬元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['500万元', '800万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='南京要求注册资金不低于500万元吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'hq', '最高550万元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['00万元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(
        NOPLACE0, dict(ITEMS[NOPLACE0], q=ITEMS[NOPLACE0]['q'] + '（苏州）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='ks', anchors=['中国人民银行南京分行跨境办负责人蒋文介绍'],
                                                             markers=['中国人民银行'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='企業想進知識產權證券化培育庫，註冊資金最少要多少？')),
}
NOPLACE0 = next(i for i, it in enumerate(ITEMS) if it.get('noplace'))


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


# the error each mutation must raise (NZF_MUTATE=all runs every mutation in a subprocess and checks it)
EXPECT = {
    'marker_not_in_file': "marker '注册资金不低于800万元' not in file",
    'marker_outside_clause': "marker '资产负债率一般不高于50%' not in clause",
    'marker_too_long': 'longer than 14 characters',
    'probe_present': "probe '昆山' found in",
    'place_without_all_probe': 'place near miss without an ALL probe',
    'value_not_verbatim': "value '500萬元' not in file",
    'undeclared_alt_value': "value '800万元' is neither in the clause",
    'question_copies_marker': "question copies marker '注册资金不低于500万元'",
    'nofig_with_figure': 'NOFIG sentence has a figure',
    'value_inside_number': "value '00万元' only occurs inside a longer number",
    'noplace_names_place': 'noplace question names a place',
    'noplace_marker_in_two_files': "noplace marker '中国人民银行' occurs in ['ks', 'sfh']",
    'answerable_without_place': 'answerable question names no place of its document',
}


def run_all_mutations():
    import subprocess
    assert set(EXPECT) == set(MUTATIONS)
    bad = []
    for name in MUTATIONS:
        r = subprocess.run([sys.executable, os.path.abspath(__file__)], env=dict(os.environ, NZF_MUTATE=name),
                           capture_output=True, text=True)
        ok = r.returncode != 0 and EXPECT[name] in r.stderr
        print(f'{name}: {"refused as expected" if ok else "NOT refused as expected"}')
        if not ok:
            bad.append((name, r.returncode, r.stderr[:300]))
    if bad:
        sys.exit(f'mutation tests failed: {bad}')


def main():
    m = os.environ.get('NZF_MUTATE')
    if m == 'all':
        return run_all_mutations()
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simpl_trad = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzf{i:03d}'
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
    if n_null < 0.30 * len(out):
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 30%')
    if n_named < 0.80 * n_answerable:
        errs.append(f'only {n_named} of {n_answerable} answerable questions name the place')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if n_trad_simpl < 3:
        errs.append(f'traditional-script questions on simplified texts: {n_trad_simpl}')
    if n_simpl_trad < 3:
        errs.append(f'simplified-script questions on traditional-script texts: {n_simpl_trad}')
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
          'simplified questions on traditional-script texts; per document', dict(per_doc))


if __name__ == '__main__':
    main()
