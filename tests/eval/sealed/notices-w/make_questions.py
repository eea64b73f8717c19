#!/usr/bin/env python3
"""Write questions.jsonl for notices-w, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 非法集资 (非法金融活动) 举报奖励: 桓台县 (征求意见稿), 余干县, 重庆“9+2”中心城区 (解读), 长沙市 (news);
  B 出口信用保险 / 外贸企业融资 支持: 许昌市 (征求意见稿), 深圳市 (保单融资贴息 指南), 中山市 (实施细则),
    广州市南沙区 (出口信用保险配套奖);
  C 企业上市挂牌 / 发行债券 奖励: 乌鲁木齐经济技术开发区 (繁體), 武胜县, 海南省 (申报 news), 阿克苏地区 (计划 news).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document; the clause is the union of those lines.
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
  - 96 items, at least 1/3 near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts, every document asked about.
Set NW_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'ht': 'huantai-county-illegal-fundraising-report-reward-rules-draft-consultation-2022.txt',
    'yg': 'yugan-county-illegal-fundraising-report-reward-measures-2020.txt',
    'cq': 'chongqing-central-districts-illegal-finance-report-reward-measures-interpretation-2025.txt',
    'cs': 'changsha-illegal-fundraising-report-reward-measures-news-2019.txt',
    'xc': 'xuchang-foreign-trade-loan-measures-draft-consultation-2025.txt',
    'sz': 'shenzhen-export-credit-insurance-policy-financing-interest-subsidy-guide-2017.txt',
    'zs': 'zhongshan-commerce-fund-foreign-trade-promotion-rules-2021.txt',
    'ns': 'nansha-district-export-credit-insurance-matching-award.txt',
    'uq': 'urumqi-etdz-listing-reward-measures-news-2009.txt',
    'ws': 'wusheng-county-listing-support-measures-2023.txt',
    'hn': 'hainan-capital-market-reward-fund-application-news-2022.txt',
    'ak': 'aksu-prefecture-listing-eaglet-plan-2021-2025.txt',
}
TRAD_DOCS = {'uq'}
PLACES = {
    'ht': ['桓台'], 'yg': ['余干', '餘干'], 'cq': ['中心城区', '中心城區', '9+2', '重庆', '重慶', '沙坪坝', '沙坪壩'],
    'cs': ['长沙', '長沙'], 'xc': ['许昌', '許昌'], 'sz': ['深圳'], 'zs': ['中山'],
    'ns': ['南沙'], 'uq': ['乌鲁木齐', '烏魯木齊'], 'ws': ['武胜', '武勝'], 'hn': ['海南'],
    'ak': ['阿克苏', '阿克蘇'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記登證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額餘訊報債獲堅貿許窗')

EQUIV = {
    '2022年11月18日': ['2022.11.18', '2022-11-18'],
    '鲁金监发〔2022〕2号': ['鲁金监发(2022)2号', '鲁金监发[2022]2号', '魯金監發〔2022〕2號'],
    '淄金监发〔2022〕26号': ['淄金监发(2022)26号', '淄金监发[2022]26号'],
    '10万元': ['十万元', '100000元', '10萬元', '十萬元'],
    '赣府发〔2016〕4号': ['赣府发(2016)4号', '赣府发[2016]4号'],
    '2025年4月17日': ['2025.4.17', '2025-04-17'],
    '2025年6月3日': ['2025.6.3', '2025-06-03'],
    '渝打非金发〔2018〕12号': ['渝打非金发(2018)12号', '渝打非金发[2018]12号'],
    '3000元': ['三千元', '0.3万元'],
    '2万-5万元': ['2万至5万元', '2万到5万元', '2-5万元', '20000-50000元', '二万至五万元'],
    '5000元': ['五千元', '0.5万元', '5千元'],
    '5万-10万元': ['5万至10万元', '5万到10万元', '5-10万元', '五万至十万元'],
    '2025年8月21日': ['2025.8.21', '2025-08-21'],
    '0374-2913661': ['03742913661'],
    '30日': ['30天', '三十天', '三十日'],
    '20%': ['百分之二十', '20％', '两成'],
    '深府〔2017〕63号': ['深府(2017)63号', '深府[2017]63号'],
    '2017年1月1日': ['2017.1.1', '2017-01-01'],
    '中商务规字〔2021〕3号': ['中商务规字(2021)3号', '中商务规字[2021]3号', '中商務規字〔2021〕3號'],
    '2021年06月03日': ['2021年6月3日', '2021-06-03', '2021.6.3'],
    '中府〔2020〕14号': ['中府(2020)14号', '中府[2020]14号'],
    '30%': ['百分之三十', '三成', '30％'],
    '020-39053180': ['02039053180', '39053180'],
    '42个工作日': ['四十二个工作日', '42個工作日'],
    '1000萬元': ['1000万元', '一千万元', '一千萬元'],
    '150萬元': ['150万元', '一百五十万元'],
    '20萬元': ['20万元', '二十万元'],
    '100萬元': ['100万元', '一百万元'],
    '700万元': ['七百万元', '700萬元'],
    '20万元': ['二十万元', '20萬元'],
    '400万元': ['四百万元', '400萬元'],
    '1%': ['百分之一', '1％'],
    '十年': ['10年'],
    '2023年10月7日': ['2023-10-07', '2023.10.7'],
    '100万元': ['一百万元', '100萬元'],
    '2‰': ['千分之二', '0.2%', '2‰'],
    '2022年11月27日': ['2022.11.27', '2022-11-27'],
    '30万元': ['三十万元', '30萬元'],
    '3家': ['三家'],
    '50家': ['五十家'],
    '10家': ['十家'],
    '3个': ['三个', '3個'],
}

# no value here is written in a text directly followed by another number, so no digit-rule waiver is needed
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


DOC = {'ht': '桓台', 'yg': '余干', 'cq': '中心城区', 'cs': '长沙', 'xc': '许昌', 'sz': '深圳', 'zs': '中山',
       'ns': '南沙', 'uq': '烏魯木齊', 'ws': '武胜', 'hn': '海南', 'ak': '阿克苏'}

# ================= topic A: 非法集资 (非法金融活动) 举报奖励 =================
# ---- 桓台县 举报奖励实施细则 征求意见稿 (山东 淄博, 县) ----
A('桓台县那个非法集资举报奖励细则在征求意见，最晚哪天前要把意见交上去？', 'ht',
  ['如有意见和建议'], ['2022年11月18日前'], ['2022年11月18日', '11月18日', '2022.11.18', '2022-11-18'])
A('对桓台的举报奖励细则有意见，打哪个电话？信寄到什么地址？', 'ht',
  ['联系电话:8211828', '通信地址:'], ['8211828', '桓台县中心大街766号'], ['8211828'])
A('桓台县举报奖励实施细则的征求意见稿是哪个单位牵头起草的？', 'ht',
  ['如有意见和建议'], ['县地方金融监管局牵头起草'])
A('山东桓台这个细则依据的省级非法集资举报奖励办法，文号是多少？', 'ht',
  ['如有意见和建议'], ['鲁金监发〔2022〕2号'],
  ['鲁金监发〔2022〕2号', '鲁金监发(2022)2号', '鲁金监发[2022]2号', '魯金監發〔2022〕2號'])
A('淄博市的非法集资举报奖励实施细则是用哪个文号印发的？', 'ht',
  ['如有意见和建议'], ['淄金监发〔2022〕26号'], ['淄金监发〔2022〕26号', '淄金监发(2022)26号', '淄金监发[2022]26号'],
  noplace=True)

# ---- 余干县 非法集资举报奖励办法 (江西 上饶, 县) ----
A('餘干縣舉報非法集資，最高能拿到多少獎勵？', 'yg',
  ['最高奖励10万元!余干县出台非法集资举报奖励办法'], ['最高奖励10万元'], ['10万元', '十万元', '100000元', '10萬元', '十萬元'])
A('在余干县举报非法集资，可以用哪些方式？', 'yg',
  ['第二条 本办法适用于'], ['来信、来电、来访、网络'])
A('余干县的举报奖励工作由哪个机构牵头？这个机构设在哪里？', 'yg',
  ['第四条 举报奖励工作'], ['设在政府金融办', '牵头负责'])
A('余干县发举报奖金的钱由哪个部门来保障？', 'yg',
  ['第四条 举报奖励工作'], ['县财政部门负责奖励资金'])
A('没经批准私自发基金份额来募钱，算不算非法集资？', 'yg',
  ['第三条 本办法所称非法集资'], ['擅自发行基金份额募集资金'], noplace=True)

# ---- 重庆“9+2”中心城区 非法金融活动举报奖励暂行办法 解读 (沙坪坝区 牵头) ----
A('重庆“9+2”中心城区非法金融活动举报奖励暂行办法是哪天经区政府常务会审议通过的？', 'cq',
  ['经区第十九届人民政府'], ['2025年4月17日'], ['2025年4月17日', '2025.4.17', '2025-04-17'])
A('9+2中心城区这个举报奖励暂行办法什么时候正式印发？', 'cq',
  ['经区第十九届人民政府'], ['于2025年6月3日印发'], ['2025年6月3日', '2025.6.3', '2025-06-03'])
A('中心城区非法金融活动举报奖励办法是哪个区牵头起草的？', 'cq',
  ['沙坪坝区政府办公室联合'], ['沙坪坝区政府办公室'])
A('重庆市原来那个非法集资举报奖励办法是哪个文号印发的？', 'cq',
  ['渝打非金发〔2018〕12号'], ['渝打非金发〔2018〕12号'],
  ['渝打非金发〔2018〕12号', '渝打非金发(2018)12号', '渝打非金发[2018]12号'])
A('“防非打非一件事”工作流程是谁推出的？要求哪几个环节全链条发力？', 'cq',
  ['暴露出政策适用范围不足'], ['市委金融办推出', '线索发现—线索调查'], noplace=True)

# ---- 长沙市 举报涉嫌非法集资线索奖励办法 (湖南, 市; news) ----
A('长沙举报非法集资，现在最少能拿多少奖励？旧版是多少？', 'cs',
  ['将最低奖励标准由200元上调至3000元'], ['由200元上调至3000元'], ['3000元', '三千元', '0.3万元'])
A('长沙新版办法里，涉案金额在1亿到10亿元之间的线索，奖励多少？', 'cs',
  ['其中涉案金额在1亿-10亿元的'], ['奖励为2万-5万元'],
  ['2万-5万元', '2万至5万元', '2万到5万元', '2-5万元', '20000-50000元', '二万至五万元'])
A('在长沙，要走刑事打击的非法集资案子，公安立案后先给举报人多少？', 'cs',
  ['公安机关正式立案'], ['先行给予5000元奖励'], ['5000元', '五千元', '0.5万元', '5千元'])
A('湖南长沙这版举报奖励，最高给多少？', 'cs',
  ['将最低奖励标准由200元上调至3000元'], ['维持了最高10万元'], ['10万元', '十万元', '100000元', '10萬元', '十萬元'])
A('长沙涉案超过10亿元、全省全国的大案要案，举报人能拿多少？', 'cs',
  ['涉案金额超过10亿元'], ['奖励为5万-10万元'], ['5万-10万元', '5万至10万元', '5万到10万元', '5-10万元', '五万至十万元'])

# ================= topic B: 出口信用保险 / 外贸企业融资 支持 =================
# ---- 许昌市 “外贸贷”融资业务管理办法 征求意见 (河南, 市) ----
A('许昌“外贸贷”管理办法征求意见，到哪天截止反馈？', 'xc',
  ['公开征求意见期限为30日'], ['2025年8月21日前'], ['2025年8月21日', '8月21日', '2025.8.21', '2025-08-21'])
A('给许昌市商务局提外贸贷的意见，电话是多少？', 'xc',
  ['联系电话:0374-2913661'], ['0374-2913661'], ['0374-2913661', '03742913661'])
A('許昌的「外貿貸」堅持哪些原則？', 'xc',
  ['第二条 外贸贷融资业务'], ['政府引导、市场运作', '专业管理、风险共担'])
A('河南许昌的外贸贷里，海关负责干什么？', 'xc',
  ['第四条 市商务局、市财政局'], ['提供外贸企业进出口数据'])
A('“外贸贷”是不是要赚钱的？出了损失财政能不能兜一部分？', 'xc',
  ['第三条'], ['不以营利为目的', '可承担合理损失'], noplace=True)

# ---- 深圳市 出口信用保险保单融资贴息 申请指南 (2017) ----
A('深圳企业拿出口信保保单去贷款，利息能补多少比例？一年最多补多少？', 'sz',
  ['(一)对企业投保出口信用保险并利用保单进行融资的'], ['给予20%的贷款利息资助', '不超过300万元'],
  ['20%', '百分之二十', '20％', '两成'])
A('深圳保单融资贴息是依据哪个文件设立的？', 'sz',
  ['《深圳市外贸稳增长调结构提质量的若干措施》'], ['深府〔2017〕63号'], ['深府〔2017〕63号', '深府(2017)63号', '深府[2017]63号'])
A('在深圳申请出口信用保险保单融资贴息，要满足哪些条件？', 'sz',
  ['(一)在深圳市行政区域内注册', '(二)自主向经批准的五家保险机构'], ['对外贸易经营者备案', '五家保险机构'])
A('深圳2017年这个贴息，补的是哪段时间已经付掉的利息？', 'sz',
  ['(二)对企业于2017年1月1日'], ['2017年12月31日期间'], ['2017年1月1日', '2017年12月31日', '2017.1.1', '2017-01-01'])
A('保单融资的贷款利息是用外币付的，贴息时按什么汇率折算？', 'sz',
  ['(三)对企业获得外币保单融资'], ['人民币汇率中间价'], noplace=True)

# ---- 中山市 商务发展专项资金(促进对外贸易项目)实施细则 (广东, 市) ----
A('中山市商务发展专项资金促进对外贸易项目实施细则，文号是什么？', 'zs',
  ['文号:'], ['中商务规字〔2021〕3号'], ['中商务规字〔2021〕3号', '中商务规字(2021)3号', '中商务规字[2021]3号', '中商務規字〔2021〕3號'])
A('中山这个促进对外贸易的专项资金，哪个部门是主管部门？', 'zs',
  ['第三条 市商务局是专项资金的主管部门'], ['市商务局是专项资金的主管部门'])
A('中山的促进对外贸易项目资金能用在哪些方面？', 'zs',
  ['第一条 为推动我市商务工作高质量发展'], ['支持企业投保出口信用保险', '鼓励企业开拓国际市场'])
A('中山市商务局哪天印发的这个对外贸易项目实施细则？', 'zs',
  ['信息来源:中山市商务局'], ['2021年06月03日'], ['2021年06月03日', '2021年6月3日', '2021-06-03', '2021.6.3'])
A('中山这笔外贸专项资金的绩效目标是什么？', 'zs',
  ['第二条 专项资金的绩效目标'], ['巩固我市外贸市场份额'])

# ---- 广州市南沙区 出口信用保险配套奖 (广东, 区) ----
A('广州南沙区的出口信用保险配套奖，按保费的多少给？', 'ns',
  ['四、支持标准'], ['实际缴纳保费的30%'], ['30%', '百分之三十', '三成', '30％'])
A('南沙區出口信用保險配套獎要到哪裡去辦？哪個窗口？', 'ns',
  ['七、受理部门'], ['南沙人才一站式政务服务大厅', '3-8号窗口'])
A('南沙这个配套奖的业务主管部门是谁？电话多少？', 'ns',
  ['八、业务主管部门'], ['020-39053180'], ['020-39053180', '02039053180', '39053180'])
A('南沙出口信用保险配套奖办下来要多长时间？', 'ns',
  ['九、办理时限'], ['42个工作日'], ['42个工作日', '四十二个工作日', '42個工作日'])
A('申请南沙的出口信保配套奖，前提是已经拿到什么扶持？要交哪些材料？', 'ns',
  ['四、支持标准'], ['已获得省、市出口信用保险扶持', '企业信用信息公示报告'])

# ================= topic C: 企业上市挂牌 / 发行债券 奖励 =================
# ---- 乌鲁木齐经济技术开发区 企业上市专项资金 (新疆, 国家级开发区; 繁體 page) ----
A('乌鲁木齐经开区每年拿出多少钱设企业上市专项资金？', 'uq',
  ['國家級(jí)開發(fā)區(qū)'], ['不低于1000萬元'], ['1000萬元', '1000万元', '一千万元', '一千萬元'])
A('在乌鲁木齐经济技术开发区，首次挂牌上市的企业最多能拿多少扶持奖励？', 'uq',
  ['據(jù)了解'], ['150萬元的扶持獎'], ['150萬元', '150万元', '一百五十万元'])
A('乌鲁木齐经开区企业在上市准备阶段，开发区财政补助多少钱？', 'uq',
  ['記者從'], ['資金20萬元人民幣'], ['20萬元', '20万元', '二十万元'])
A('乌鲁木齐经开区企业首发融资额在3亿到5亿元之间，经营班子能拿多少奖励？', 'uq',
  ['記者從'], ['100萬元人民幣'], ['100萬元', '100万元', '一百万元'])
A('乌鲁木齐经济技术开发区出台了哪两个推进企业上市的文件？', 'uq',
  ['據(jù)了解'], ['上市工作的意見'])

# ---- 武胜县 鼓励企业上市挂牌若干措施 (四川 广安, 县) ----
A('四川武胜县的企业在上交所、深交所上市，县里分阶段一共奖多少？', 'ws',
  ['武胜县人民政府办公室'], ['分阶段给予700万元奖励'], ['700万元', '七百万元', '700萬元'])
A('武胜县企业通过四川证监局辅导备案并公示，能拿多少奖励？', 'ws',
  ['武胜县人民政府办公室'], ['给予20万元的一次性奖励'], ['20万元', '二十万元', '20萬元'])
A('武胜县企业在沪深交易所最终公开发行股票并上市，那一步奖多少？', 'ws',
  ['武胜县人民政府办公室'], ['给予400万元的一次性奖励'], ['400万元', '四百万元', '400萬元'])
A('武胜县对企业并购有奖励吗？按什么比例？', 'ws',
  ['武胜县人民政府办公室'], ['并购交易额的1%'], ['1%', '百分之一', '1％'])
A('武胜县这个鼓励上市挂牌的措施是哪天发的？', 'ws',
  ['武胜县人民政府办公室'], ['2023年10月7日'], ['2023年10月7日', '2023-10-07', '2023.10.7'])

# ---- 海南省 资本市场发展奖励资金 (2021年度) 申报 (news repost) ----
A('海南企业的上市申请被证监会或交易所受理后，奖励多少？', 'hn',
  ['1.上市申请获得中国证监会或证券交易所受理的企业'], ['给予100万元奖励'], ['100万元', '一百万元', '100萬元'])
A('海南企業發行公司債、中期票據成功融資，按什麼比例獎勵？', 'hn',
  ['7.通过发行公司债'], ['融资金额的2‰'], ['2‰', '千分之二', '0.2%'])
A('海南2021年度资本市场发展奖励资金，网上申报截止到哪天？在哪个系统报？', 'hn',
  ['请符合条件的企业'], ['海南省惠企政策兑现服务系统'], ['2022年11月27日', '11月27日', '2022.11.27', '2022-11-27'])
A('海南企业在新三板基础层挂牌，奖励多少？', 'hn',
  ['3.在全国中小企业股份转让系统基础层挂牌的企业'], ['给予30万元奖励'], ['30万元', '三十万元', '30萬元'])
A('想申请海南资本市场发展奖励资金，申报主体要满足哪些基本条件？', 'hn',
  ['1.在海南省依法进行工商注册登记', '2.依法在海南省内申报纳税', '3.诚信守法经营', '4.申报通知明确的其他条件'],
  ['独立核算、财务规范', '无欠交税款'])
A('资本市场发展奖励资金没在规定时间内提交申请，会怎么处理？', 'hn',
  ['请符合条件的企业'], ['视为自动放弃'], noplace=True)

# ---- 阿克苏地区 企业上市“雏鹰培育”计划(2021—2025年) (新疆, 地区; news) ----
A('阿克苏地区雏鹰培育计划提出，到2025年上市公司要达到几家？', 'ak',
  ['《通知》明确提出'], ['上市公司达到3家'], ['3家', '三家'])
A('阿克苏进入重点企业培育资源库的企业，目标是多少家？', 'ak',
  ['《通知》明确提出'], ['培育资源库企业达到50家'], ['50家', '五十家'])
A('新疆阿克苏要打造几个产值超5亿元的现代产业集群？', 'ak',
  ['《通知》明确提出'], ['现代产业集群3个'], ['3个', '三个', '3個'])
A('阿克苏的企业上市雏鹰培育按什么基本思路推进？', 'ak',
  ['并通过资金全过程参与'], ['股改一批、挂牌一批'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling / neighbouring place of a library place, same topic --
N('淄博张店区举报非法集资一般能拿多少奖励？', {'ALL': ['张店', '張店']}, 'place')
N('江西上饶鄱阳县举报非法集资最高奖多少？', {'ALL': ['鄱阳', '鄱陽']}, 'place')
N('重庆万州区举报非法金融活动的奖励标准是多少？', {'ALL': ['万州', '萬州']}, 'place')
N('株洲市举报涉嫌非法集资线索最低奖多少？', {'ALL': ['株洲']}, 'place')
N('黑河市非法集资举报奖励暂行办法是哪年发的？', {'ALL': ['黑河']}, 'place')
N('漯河市的外贸贷融资业务管理办法什么时候征求意见？', {'ALL': ['漯河']}, 'place')
N('东莞企业用出口信保保单融资，贷款利息补多少？', {'ALL': ['东莞', '東莞']}, 'place')
N('珠海市商务发展专项资金促进对外贸易项目细则的文号是多少？', {'ALL': ['珠海']}, 'place')
N('广州番禺区投保出口信用保险，区里按保费多少比例配套？', {'ALL': ['番禺']}, 'place')
N('厦门企业投保短期出口信用保险，保费能扶持百分之几？', {'ALL': ['厦门', '廈門']}, 'place')
N('昌吉州企业首次上市能拿多少奖励？', {'ALL': ['昌吉']}, 'place')
N('四川广安岳池县企业上市分阶段奖多少？', {'ALL': ['岳池']}, 'place')
N('广西企业上市申请被受理后奖多少钱？', {'ALL': ['广西', '廣西']}, 'place')
N('喀什地区企业上市培育计划到2025年要有几家上市公司？', {'ALL': ['喀什']}, 'place')
# -- a year the texts do not state --
N('阿克苏地区到2023年上市公司要达到几家？', {'ak': ['2023']}, 'year')
N('海南2023年度资本市场发展奖励资金什么时候申报？', {'hn': ['2023']}, 'year')
N('深圳2019年出口信用保险保单融资贴息的资助比例是多少？', {'sz': ['2019']}, 'year')
N('长沙2023年修订后的举报奖励最低标准是多少？', {'cs': ['2023']}, 'year')
N('武胜县2021年出台的上市奖励政策里辅导备案奖多少？', {'ws': ['2021']}, 'year')
# -- a figure the texts do not state for that measure (or a figure stated only for another measure) --
N('许昌外贸贷的风险补偿比例是多少？', [('NOFIG', 'xc', '风险补偿等增信手段')], 'figure')
N('许昌出口退税资金池的规模有多大？', {'xc': ['资金池规模', '亿元', '万元']}, 'figure')
N('中山投保出口信用保险，保费能资助多少比例？', [('NOFIG', 'zs', '支持企业投保出口信用保险'), {'zs': ['%', '％']}],
  'figure')
N('中山这个促进对外贸易项目，单个企业最多资助多少万元？', {'zs': ['万元', '萬元']}, 'figure')
N('南沙出口信用保险配套奖每家企业每年最多拿多少万？', {'ns': ['万元', '萬元', '上限', '最高']}, 'figure')
N('深圳企业投保出口信用保险的保费，能补贴百分之几？', {'sz': ['保费', '保險費']}, 'figure')
N('余干县举报非法集资最低能奖多少钱？', {'yg': ['最低', '000元', '00元']}, 'figure')
N('桓台县举报非法集资最高能奖多少钱？', {'ht': ['万元', '元奖励', '元的奖励']}, 'figure')
N('9+2中心城区举报非法金融活动，最高奖多少？', {'cq': ['万元', '元奖励']}, 'figure')
N('海南企业在省外区域性股权交易中心挂牌奖多少？', {'hn': ['省外']}, 'figure')
N('阿克苏企业成功上市，地区奖励多少万元？', {'ak': ['万元', '萬元']}, 'figure')
N('乌鲁木齐经开区企业在新三板挂牌奖多少？', {'uq': ['新三板', '三板', '股份轉讓']}, 'figure')
N('武胜县企业在新三板创新层挂牌奖励多少？', {'ws': ['新三板', '基础层', '创新层']}, 'figure')
N('长沙举报非法集资哪些情形不予奖励？需要实名吗？', {'cs': ['不予奖励', '实名', '不予獎勵']}, 'figure')
# -- off-topic --
N('中山市个人所得税起征点是多少？', {'ALL': ['个人所得税', '个税', '個人所得稅']}, 'offtopic')
N('海南离岛免税每人每年额度是多少？', {'ALL': ['免税', '免稅']}, 'offtopic')
N('许昌市灵活就业人员养老保险缴费基数是多少？', {'ALL': ['养老', '養老']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['2022年11月28日前'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['8211828'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['请于2022年11月18日前反馈我局'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['淄博']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'ht': ['张店']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2022.11.18'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2022年11月18日', '2022年11月8日'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='桓台县要求2022年11月18日前反馈吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'sz', '给予20%的贷款利息资助')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['022年11月18日'])),
    'noplace_names_place': lambda: (lambda i: ITEMS.__setitem__(i, dict(ITEMS[i], q=ITEMS[i]['q'] + '（桓台）')))(
        next(i for i, it in enumerate(ITEMS) if it.get('noplace'))),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='yg', anchors=['第二条 本办法适用于'],
                                                             markers=['非法集资'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='举报奖励细则征求意见最晚哪天反馈？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('ht', '非法集资举报奖励'),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NW_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nw{i:03d}'
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
    if 3 * n_null < len(out):
        errs.append(f'only {n_null} near misses of {len(out)}, need at least a third')
    if n_named < 0.80 * n_answerable:
        errs.append(f'only {n_named} of {n_answerable} answerable questions name the place')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if n_trad_simpl < 3:
        errs.append(f'traditional-script questions on simplified texts: {n_trad_simpl}')
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
          n_trad_simpl, 'traditional-script questions on simplified texts; per document', dict(per_doc))


if __name__ == '__main__':
    main()
