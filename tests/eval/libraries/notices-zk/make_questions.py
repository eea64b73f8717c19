#!/usr/bin/env python3
"""Write questions.jsonl for notices-zk, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of four different places:
  A 消费品以旧换新 / 消费贷款贴息: 桐庐县, 文成县, 遂昌县 (浙江, whole notices from a GitHub scrape),
    大方县 (贵州 毕节, 繁體);
  B 森林 / 渔业 保险 保费补贴: 石泉县 (陕西 安康, 繁體), 合肥市 (安徽), 福清市 (福建 福州), 福建省 (问答);
  C 长期护理保险: 滕州市 (山东 枣庄, 问答, 繁體), 北碚区 (重庆, 问答), 深圳市 (征求意见稿), 靖江市 (江苏 泰州, 繁體).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document; the clause is the union of those lines.
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed) are those of sealed/notices-r:
  - every marker is an exact substring of the named file (raw and normalised) and occurs in the answering
    clause; 1-2 markers an item; no marker is longer than 14 characters (normalised); no question contains a
    marker of 6 or more characters;
  - the first value is an exact substring of the named file and of the answering clause, and occurs there at
    least once not inside a longer number (the scorer's digit rule); every further value is either such a
    substring of the clause too, or is listed in EQUIV as another way of writing the first value;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - place: an answerable item either names the place of its document (an alias in PLACES) or is marked
    noplace; a noplace question names no place of any document, and each of its markers occurs in exactly
    one file of the folder; at least 80% of answerable items name the place;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file),
    after normalisation; kind 'place' items must have an 'ALL' probe; a probe ('NOFIG', key, anchor) asserts
    that the one sentence of that file containing anchor states no amount, rate, ratio, multiple or count;
  - 96 items, at least 30% near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts, every document asked about.
Set NZK_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'tl': 'tonglu-county-trade-in-participant-recruitment-notice-2025.txt',
    'wc': 'wencheng-county-trade-in-participant-pre-recruitment-notice-2025.txt',
    'sc': 'suichang-county-trade-in-merchant-recruitment-notice-2025.txt',
    'df': 'dafang-county-rural-bank-consumer-loan-interest-subsidy-report-2025.txt',
    'sq': 'shiquan-county-public-welfare-forest-insurance-report.txt',
    'hf': 'hefei-freshwater-aquaculture-insurance-pilot-report.txt',
    'fq': 'fuqing-fishery-insurance-county-subsidy-raise-report.txt',
    'fj': 'fujian-forest-comprehensive-insurance-qa-2019.txt',
    'tz': 'tengzhou-long-term-care-insurance-benefit-qa-2023.txt',
    'bb': 'beibei-district-long-term-care-insurance-contribution-qa-2025.txt',
    'sz': 'shenzhen-long-term-care-insurance-measures-draft-consultation-2021.txt',
    'jj': 'jingjiang-long-term-care-insurance-overview-2022.txt',
}
TRAD_DOCS = {'df', 'sq', 'tz', 'jj'}
PLACES = {
    'tl': ['桐庐', '桐廬'], 'wc': ['文成'], 'sc': ['遂昌'], 'df': ['大方'], 'sq': ['石泉'], 'hf': ['合肥'],
    'fq': ['福清'], 'fj': ['福建'], 'tz': ['滕州'], 'bb': ['北碚'], 'sz': ['深圳'], 'jj': ['靖江'],
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
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額'
                 '廬舊換紙質聯繫誰電話養魚畝錢員護繳')

EQUIV = {
    '2025年12月26日': ['12月26日', '2025-12-26', '2025.12.26'],
    '6类': ['六类'],
    '一式三份': ['三份', '3份'],
    '3个月': ['三个月'],
    '2026年1月10日': ['1月10日', '2026-01-10', '2026.1.10'],
    '2025年12月28日': ['12月28日', '2025-12-28', '2025.12.28'],
    '1個百分點': ['1个百分点', '一个百分点', '1个百分點'],
    '100萬畝': ['100万亩', '一百万亩'],
    '每畝2元': ['每亩2元', '2元'],
    '200萬元': ['200万元'],
    '3:4:3': ['3∶4∶3', '三比四比三'],
    '48元/亩': ['48元', '每亩48元'],
    '40元/亩': ['40元', '每亩40元'],
    '2000元/亩': ['2000元', '每亩2000元'],
    '30 元': ['30元'],
    '60 元': ['60元'],
    '132元': ['132元/年'],
    '20~80元': ['20-80元', '20至80元', '20到80元'],
    '2年': ['两年', '二年'],
    '三年': ['3年'],
    '10%': ['百分之十', '10％'],
    '30%': ['百分之三十', '30％'],
    '5%': ['百分之五', '5％'],
    '75%': ['百分之七十五', '75％'],
    '40%': ['百分之四十', '40％'],
    '15%': ['百分之十五', '15％'],
    '90%': ['百分之九十', '90％'],
    '80%': ['百分之八十', '80％'],
}
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




DOC = {'tl': '桐庐', 'wc': '文成', 'sc': '遂昌', 'df': '大方', 'sq': '石泉', 'hf': '合肥', 'fq': '福清',
       'fj': '福建', 'tz': '滕州', 'bb': '北碚', 'sz': '深圳', 'jj': '靖江'}

# ================= topic A: 消费品以旧换新 / 消费贷款贴息 =================
# ---- 桐庐县 以旧换新活动参与企业征集公告 (浙江 杭州, 县) ----
A('杭州桐庐县征集2026年以旧换新参与企业，报名截止到什么时候？', 'tl',
  ['自活动公告发布之日起至2025年12月26日17时30分。'], ['2025年12月26日'],
  ['2025年12月26日', '12月26日', '2025-12-26', '2025.12.26'])
A('桐庐县这次以旧换新活动，家电有哪几类？数码产品有几类？', 'tl',
  ['1.家电以旧换新活动：', '2.3C以旧换新活动：'], ['6类家电产品', '4类数码产品'], ['6类', '六类', '4类'])
A('我们是桐庐的家电经销商，报名以旧换新要交哪些材料？', 'tl',
  ['1.活动报名表（需加盖公章）；', '2.承诺书（需加盖公章）；', '3.企业门店目录表（线下', '4.营业执照、法人身份证正反面'],
  ['活动报名表', '企业门店目录表'])
A('桐廬縣以舊換新報名材料紙質版要交幾份？', 'tl',
  ['以上报名材料需纸质版一式三份'], ['一式三份'], ['一式三份', '三份', '3份'])
A('桐庐县以旧换新有问题打哪个电话咨询？', 'tl',
  ['咨询电话：0571-64223601'], ['0571-64223601'], ['0571-64223601', '0571-64214361', '64223601'])
A('在桐庐参加以旧换新的商家，如果给顾客延迟送货，最迟多久要送到？', 'tl',
  ['如提供延迟送货服务，应自购买之日起3个月内完成服务。'], ['3个月内完成服务'], ['3个月', '三个月'])
A('桐庐县以旧换新补贴订单，顾客最长多久内可以退款？', 'tl',
  ['2.企业负责。'], ['订单发生后3个月内'], ['3个月', '三个月'])

# ---- 文成县 以旧换新活动参与企业预征集公告 (浙江 温州, 县) ----
A('温州文成县以旧换新参与企业预征集，材料最晚哪天几点送到？', 'wc',
  ['全套材料一式三份加盖单位公章纸质版'], ['2026年1月10日16时'],
  ['2026年1月10日', '1月10日', '2026-01-10', '2026.1.10'])
A('文成县以旧换新参与企业的申报材料交给哪个部门？', 'wc',
  ['1.企业申报。'], ['文成县经济商务和信息化局'])
A('文成縣以舊換新聯繫人是誰？電話多少？', 'wc',
  ['咨询电话：0577-67832506', '联系人：宋欢欢'], ['宋欢欢', '0577-67832506'], ['0577-67832506', '67832506'])
A('我们是连锁家电企业，门店在文成但总部在别处，应该在哪里报名？', 'wc',
  ['1.企业申报。'], ['仅在总部所在地统一申报'])
A('文成县以旧换新对品牌经销商的授权有什么要求？', 'wc',
  ['3.品牌经销商需获得品牌企业授权函'], ['授权期限需涵盖2026年整年'], ['2026年'])
A('参加文成县以旧换新的企业，多少年内不能出过安全生产事故？', 'wc',
  ['4.近2年内未发生过安全生产事故'], ['近2年内'], ['2年', '两年', '二年'])

# ---- 遂昌县 家电和3C产品以旧换新参与商户征集公告 (浙江 丽水, 县) ----
A('丽水遂昌县以旧换新参与商户是哪几天报名？', 'sc',
  ['2025年12月25日至2025年12月28日'], ['2025年12月28日'],
  ['2025年12月28日', '12月28日', '2025-12-28', '2025.12.28'])
A('遂昌县以旧换新的报名材料发到哪个邮箱？', 'sc',
  ['材料发送邮箱'], ['852987563'], ['852987563@qq.com'])
A('遂昌这次以旧换新商户征集公告是哪个单位发的？', 'sc',
  ['遂昌县两山转化发展中心'], ['遂昌县两山转化发展中心'])
A('遂昌县以旧换新报名的联系电话是多少？', 'sc',
  ['联系电话：0578-8527110'], ['0578-8527110'], ['0578-8527110', '8527110'])
A('在遂昌参加以旧换新，顾客退货时政府补贴的钱怎么处理？', 'sc',
  ['（四）因参与企业原因造成的应补未补'], ['不包含补贴资金', '退还属地政府'])
A('遂昌县对报名以旧换新的商户，过去几年的违法失信记录有什么要求？', 'sc',
  ['（二）近三年无重大违法或失信行为'], ['近三年无重大违法'], ['三年', '3年'])

# ---- 大方县 农商银行 消费贷款贴息 (贵州 毕节, 县, 繁體) ----
A('贵州大方农商银行的消费贷款贴息，年贴息比例是多少？', 'df',
  ['12月18日,貴州大方農村商業銀行'], ['年貼息比例為1個百分點'], ['1個百分點', '1个百分点', '一个百分点', '1个百分點'])
A('大方农商银行贴息的贷款要在什么时间段内发放？', 'df',
  ['12月18日,貴州大方農村商業銀行'], ['至12月31日期間'], ['12月31日', '2025年9月1日'])
A('大方農商銀行這次貼息覆蓋哪幾類貸款？', 'df',
  ['12月18日,貴州大方農村商業銀行'], ['消費領域服務業經營主體貸款'])
A('四川对在川银行发放的个人消费贷款贴息，覆盖哪段时间？资金由谁负担？', 'df',
  ['以四川為例,11月26日'], ['2026年3月31日期間', '由省與市縣按比例負擔'], ['2026年3月31日', '2025年10月1日'],
  noplace=True)
A('除了贵州大方这边，重庆把哪几家地方银行纳入了消费贷贴息经办机构？', 'df',
  ['重慶市明確將重慶銀行'], ['重慶三峽銀行'])

# ================= topic B: 森林 / 渔业 保险 保费补贴 =================
# ---- 石泉县 生态公益林森林保险 (陕西 安康, 县, 繁體) ----
A('陕西石泉县给多少亩生态公益林买了森林保险？', 'sq',
  ['安康新網'], ['100萬畝'], ['100萬畝', '100万亩', '一百万亩'])
A('石泉县公益林森林保险，每亩保费多少钱？', 'sq',
  ['最高賠償金額每畝500元'], ['每畝2元'], ['每畝2元', '每亩2元', '2元'])
A('石泉县公益林保险费，中央财政和省级财政各补贴百分之几？', 'sq',
  ['最高賠償金額每畝500元'], ['補(bǔ)貼50%', '補(bǔ)貼25%'], ['50%', '25%'])
A('石泉县林农本该自己承担的那10%保费，实际由谁出？', 'sq',
  ['最高賠償金額每畝500元'], ['由縣林業(yè)局'])
A('石泉县公益林遇到火灾、冰雹这些灾害，保险最高每亩赔多少？', 'sq',
  ['最高賠償金額每畝500元'], ['最高賠償金額每畝500元'], ['500元'])
A('石泉县下一步打算把哪些林子也纳入森林保险？', 'sq',
  ['下一步,該縣將對全縣所有公益林'], ['所有公益林'])

# ---- 合肥市 淡水养殖(鱼)保险试点 (安徽, 市) ----
A('合肥淡水养殖保险试点，对养殖户的规模有什么要求？', 'hf',
  ['试点范围为合肥地区'], ['规模在50亩以上'], ['50亩'])
A('合肥淡水养殖(鱼)保险每亩保险金额多少？费率是多少？', 'hf',
  ['试点范围为合肥地区'], ['2000元/亩', '保险费率为8%'], ['2000元/亩', '2000元', '每亩2000元', '8%'])
A('合肥淡水鱼保险的保费，市、县财政和养殖户按什么比例分担？', 'hf',
  ['试点范围为合肥地区'], ['按3:4:3比例'], ['3:4:3', '3∶4∶3', '三比四比三'])
A('合肥養魚保險每畝保費，養殖戶自己要交多少錢？', 'hf',
  ['试点范围为合肥地区'], ['养殖户承担48元/亩'], ['48元/亩', '48元', '每亩48元'])
A('合肥这个淡水养殖保险试点方案是哪个机构下发的？', 'hf',
  ['日前,合肥市政策性农业保险试点工作领导小组下发'], ['试点工作领导小组'])
A('淡水养殖保险的两个附加险，保费每亩各是多少？', 'hf',
  ['试点范围为合肥地区'], ['两个附加险均为40元/亩'], ['40元/亩', '40元', '每亩40元'], noplace=True)

# ---- 福清市 政策性渔业保险 县级财政补贴 (福建 福州, 县级市) ----
A('福建福清给渔船和渔工买保险，县里的补贴这次多加了几个百分点？', 'fq',
  ['据了解,此次政策性渔业保险财政补贴'], ['标准提高10%'], ['10%', '百分之十', '10％'])
A('没享受燃油补贴、归乡镇管的养殖渔工，在福清保险补贴提高了多少？', 'fq',
  ['据了解,此次政策性渔业保险财政补贴'], ['标准提高30%'], ['30%', '百分之三十', '30％'])
A('政策性渔业保险县级补贴提标以后，多出来的钱从哪里列支？', 'fq',
  ['据了解,此次政策性渔业保险财政补贴'], ['养殖用海海域使用金'], ['2013年'], noplace=True)
A('福清原来省里定的县级财政补贴是百分之几？', 'fq',
  ['据了解,此次政策性渔业保险财政补贴'], ['原省定县级财政补贴5%'], ['5%', '百分之五', '5％'])

# ---- 福建省 森林综合保险政策简答 (省, 问答) ----
A('福建森林综合保险每亩保费多少？保额呢？', 'fj',
  ['答:每亩保费1.5元'], ['每亩保费1.5元'], ['1.5元', '680元'])
A('商品林投保面积在1万亩以下的，各级财政一共补多少保费？', 'fj',
  ['答:投保面积在1万亩以下'], ['补贴保费的75%'], ['75%', '百分之七十五', '75％'], noplace=True)
A('在福建，商品林投保面积超过1万亩的，林权所有者自己承担多少？', 'fj',
  ['答:投保面积在1万亩以下'], ['承担40%保费'], ['40%', '百分之四十', '40％'])
A('福建生态公益林参加森林综合保险，县级财政补贴比例是多少？', 'fj',
  ['答:各级财政补贴保费的90%'], ['县级财政补贴15%'], ['15%', '百分之十五', '15％'])
A('福建省级以上生态公益林，林权所有者那部分保费由谁交、从哪出？', 'fj',
  ['答:各级财政补贴保费的90%'], ['省级森林生态效益补偿金'])
A('福建森林综合保险保哪些灾害造成的损失？', 'fj',
  ['答:在保险期间内'], ['林业有害生物', '滑坡、泥石流'])

# ================= topic C: 长期护理保险 =================
# ---- 滕州市 长期护理保险待遇支付标准 问答 (山东 枣庄, 县级市, 繁體) ----
A('滕州长护险在一级协议医疗机构做医疗专护，基金支付比例和每床日限额是多少？', 'tz',
  ['1.參保人員在一、二、三級協議醫療機構'], ['每床日支付限額為 80 元'], ['80%', '80 元', '80元'])
A('滕州居家上门护理，长护险基金支付比例是多少？每床日限额多少？', 'tz',
  ['3.參保人員接受居家上門護理服務的'], ['支付比例為 90%'], ['90%', '45 元', '45元'])
A('长护险居家自主护理，每床日按多少钱支付？', 'tz',
  ['4.參保人員居家自主護理的'], ['每床日按 30 元標準支付'], ['30 元', '30元'], noplace=True)
A('滕州長護險有沒有起付線？怎麼結算？', 'tz',
  ['答:符合享受長期護理保險待遇條件'], ['不設起付線', '按床日付費'])
A('在滕州去协议服务机构接受机构护理，长护险每床日最多付多少？', 'tz',
  ['2.參保人員在協議服務機構接受機構護理服務的'], ['每床日支付限額為 60 元'], ['60 元', '60元', '75%'])

# ---- 北碚区 长期护理保险缴费标准和方法 问答 (重庆, 区) ----
A('北碚的在职职工交长护险，单位和个人各按什么费率？', 'bb',
  ['(一)在职职工'], ['每人每月0.1%'], ['0.1%'])
A('重庆北碚以个人身份参加职工医保的人，长护险按什么费率交？', 'bb',
  ['(二)以个人身份参加职工医保人员'], ['按每人每月0.2%的费率'], ['0.2%'])
A('北碚區退休人員長護險2025年每人每年繳多少？', 'bb',
  ['后两类人员每年具体筹资缴费标准'], ['132元/年·人'], ['132元', '132元/年'])
A('北碚的长护险是交到退休就不用交了吗？', 'bb',
  ['我市长期护理保险实行参保人员终身缴费制'], ['终身缴费制'])
A('长护险的单位缴费部分会不会增加单位负担？钱从哪里出？', 'bb',
  ['我市长期护理保险实行参保人员终身缴费制'], ['从医保基金中划拨'], noplace=True)

# ---- 深圳市 长期护理保险办法(征求意见稿) 征求意见通告 (广东, 市) ----
A('深圳长期护理保险办法征求意见，可以发邮件到哪个邮箱？', 'sz',
  ['(三)通过电子邮件方式'], ['电子邮件方式'], ['wangli@sf.sz.gov.cn'])
A('深圳长护险办法征求意见稿，书面意见寄到哪里？邮编多少？', 'sz',
  ['(二)通过信函方式'], ['景田路天平大厦1901室'], ['518000'])
A('深圳市长期护理保险办法最初是哪个部门起草的？', 'sz',
  ['为了推进健康深圳建设'], ['市医疗保障局起草了'])
A('深圳长护险办法征求意见稿是根据哪个条例制定的？', 'sz',
  ['为了推进健康深圳建设'], ['深圳经济特区养老服务条例'])
A('在网上给深圳长护险办法提意见，走哪个网站的哪个栏目？', 'sz',
  ['(一)通过深圳市司法局门户网站'], ['民意征集'], ['sf.sz.gov.cn'])

# ---- 靖江市 长期护理保险 (江苏 泰州, 县级市, 繁體) ----
A('江苏靖江的长护险对失能时间有什么要求？有年龄限制吗？', 'jj',
  ['它有一個(gè)前置條件就是'], ['沒有年齡的限制'])
A('靖江重度失能人员长护险每天能拿多少补助？', 'jj',
  ['重度失能人員視護'], ['20~80元/天'], ['20~80元', '20-80元', '20至80元', '20到80元', '80元'])
A('靖江长期护理保险保障的是哪些人？', 'jj',
  ['是靖江市推出的'], ['失能人員'])

# ================= near misses (doc null) =================
# -- another place's rule: a real sibling county/city of a library place, or a neighbouring province --
N('杭州建德市征集2026年以旧换新参与企业，报名截止到哪天？', {'ALL': ['建德']}, 'place')
N('温州泰顺县以旧换新参与企业征集的联系人是谁？', {'ALL': ['泰顺', '泰順']}, 'place')
N('丽水云和县家电以旧换新商户报名材料发哪个邮箱？', {'ALL': ['云和', '雲和']}, 'place')
N('丽水庆元县以旧换新商户征集公告是哪个单位发的？', {'ALL': ['庆元', '慶元']}, 'place')
N('毕节织金县农商银行消费贷款贴息比例是多少？', {'ALL': ['织金', '織金']}, 'place')
N('安康汉阴县公益林森林保险每亩保费多少？', {'ALL': ['汉阴', '漢陰']}, 'place')
N('芜湖市淡水养殖保险保费市县财政怎么分担？', {'ALL': ['芜湖', '蕪湖']}, 'place')
N('福州长乐区渔船渔工保险县级财政补贴提高多少？', {'ALL': ['长乐', '長樂']}, 'place')
N('江西省商品林森林保险各级财政补贴多少？', {'ALL': ['江西']}, 'place')
N('枣庄薛城区长护险居家上门护理支付比例是多少？', {'ALL': ['薛城']}, 'place')
N('重庆合川区退休人员长护险每年缴多少？', {'ALL': ['合川']}, 'place')
N('东莞市长期护理保险办法征求意见，邮箱是多少？', {'ALL': ['东莞', '東莞']}, 'place')
N('泰州泰兴市重度失能人员长护险每天补助多少？', {'ALL': ['泰兴', '泰興']}, 'place')
# -- a year the texts do not state --
N('桐庐县2024年以旧换新参与企业征集什么时候截止？', {'tl': ['2024']}, 'year')
N('文成县2025年的以旧换新参与企业什么时候报名？', {'wc': ['2025']}, 'year')
N('福建2021年森林综合保险每亩保费多少？', {'fj': ['2021']}, 'year')
N('北碚2024年退休人员长护险缴费标准是多少？', {'bb': ['2024']}, 'year')
# -- a figure the texts do not state for that measure --
N('桐庐县以旧换新买冰箱能补贴百分之几？每台最多补多少？',
  [('NOFIG', 'tl', '补贴标准等以省、市文件为准'), {'tl': ['补贴比例为', '最高补贴', '元/台']}], 'figure')
N('遂昌县家电以旧换新一级能效补贴标准是多少？',
  [('NOFIG', 'sc', '上线品类及补贴标准以省、市文件为准'), {'sc': ['能效', '元/台', '最高补贴']}], 'figure')
N('文成县以旧换新每件家电最高补贴多少元？', {'wc': ['万元', '元/台', '最高补贴', '补贴标准为']}, 'figure')
N('大方农商银行消费贷款贴息每人累计上限是多少？', {'df': ['上限', '3000元', '1000元']}, 'figure')
N('石泉县商品林和经济林的森林保险保费各级财政补贴多少？',
  [('NOFIG', 'sq', '下一步,該縣將對全縣所有公益林'), {'sq': ['商品林']}], 'figure')
N('合肥淡水养殖保险省级财政补贴多少？', {'hf': ['省级', '省财政', '省級']}, 'figure')
N('福清渔船保险每艘船的保险金额是多少？', {'fq': ['保额', '保险金额', '每艘']}, 'figure')
N('福建竹林和经济林参加森林保险有补贴吗？补多少？', {'fj': ['竹林', '经济林']}, 'figure')
N('滕州长护险每人每年要缴多少钱？', {'tz': ['繳費', '缴费', '籌資', '筹资']}, 'figure')
N('北碚长护险待遇怎么报销？基金支付比例多少？', {'bb': ['支付比例', '报销', '限额']}, 'figure')
N('深圳长护险征求意见稿里的缴费费率是多少？', {'sz': ['费率', '缴费', '筹资']}, 'figure')
N('靖江长护险个人每年缴费标准是多少？', {'jj': ['繳費', '缴费', '籌資', '筹资', '元/年']}, 'figure')
# -- off-topic --
N('文成县新生儿落户需要什么材料？', {'ALL': ['落户', '落戶']}, 'offtopic')
N('深圳买首套房有没有契税补贴？', {'ALL': ['契税', '契稅']}, 'offtopic')
N('福清住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')


def first_noplace():
    return next(i for i, it in enumerate(ITEMS) if it.get('noplace'))


MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['2025年12月30日'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['0571-64223601'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['自活动公告发布之日起至2025年12月26日'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['桐庐']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'tl': ['建德']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2025年12月26號'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['2025年12月26日', '2025年12月27日'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='桐庐县报名截止是2025年12月26日吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'hf', '保费为160元/亩')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['025年12月26日'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(first_noplace(),
                                                     dict(ITEMS[first_noplace()], q=ITEMS[first_noplace()]['q'] + '（桐庐）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='tl', anchors=['特此通告。'],
                                                             markers=['特此'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='以旧换新参与企业报名什么时候截止？')),
}
def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZK_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzk{i:03d}'
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
    if n_null < 0.30 * len(out):
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 30%')
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
