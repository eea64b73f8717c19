#!/usr/bin/env python3
"""Write questions.jsonl for notices-u, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 金融人才 引进 / 奖励 / 补贴: 南昌市, 广西壮族自治区, 罗湖区 (繁體), 山东省 (条例, whole text from GitHub);
  B 股权投资 / 引导基金: 德州经济技术开发区 (繁體, news), 湖北省, 绵阳市 (征求意见), 瓯海区 (征求意见);
  C 农业保险 保费补贴: 潜江市, 云南省 (解读), 翼城县 (繁體, news), 海南省.

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
  - 96 items, at least 32 near misses, no duplicate question, at least 3 questions in traditional script about
    simplified texts, every document asked about, no value listed twice in one item.
Set NU_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
`python3 make_questions.py --self-test` runs every mutation in a fresh process and asserts that each is refused
with the message EXPECT names (and that questions.jsonl is left as the unmutated run wrote it).
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'nc': 'nanchang-financial-talent-award-application-revision-notice-2024.txt',
    'gx': 'guangxi-financial-talent-ten-measures-notice-2019.txt',
    'lh': 'luohu-district-finance-professional-talent-incentive-guide-2023.txt',
    'sd': 'shandong-talent-development-promotion-regulation-2020.txt',
    'dz': 'dezhou-development-zone-conversion-fund-measures-news.txt',
    'hb': 'hubei-venture-capital-guidance-fund-interim-measures.txt',
    'my': 'mianyang-industry-guidance-fund-measures-draft-consultation-2022.txt',
    'oh': 'ouhai-district-industry-guidance-fund-measures-draft-consultation-2025.txt',
    'qj': 'qianjiang-agricultural-insurance-premium-subsidy-rules-2024.txt',
    'yn': 'yunnan-agricultural-insurance-premium-subsidy-rules-interpretation.txt',
    'yc': 'yicheng-county-wheat-insurance-premium-subsidy-news-2013.txt',
    'hn': 'hainan-policy-agricultural-insurance-work-plan-2025.txt',
}
TRAD_DOCS = {'lh', 'dz', 'yc'}
PLACES = {
    'nc': ['南昌'], 'gx': ['广西', '廣西'], 'lh': ['罗湖', '羅湖'], 'sd': ['山东', '山東'],
    'dz': ['德州'], 'hb': ['湖北'], 'my': ['绵阳', '綿陽'], 'oh': ['瓯海', '甌海'],
    'qj': ['潜江', '潛江'], 'yn': ['云南', '雲南'], 'yc': ['翼城'], 'hn': ['海南'],
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
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵寄號碼遞畢節雲貢獻連續滿歲齡籌記登證'
                 '謄齊語論壇織處罰聽遷畫輔導據歡財撥週則風範圍蕭銀廣聯總甌農細鄉幣綿陽潛廳麥畝繳')

EQUIV = {
    '劳动合同': [],
    '2年': ['两年', '二年', '2年以上'],
    '洪府发〔2023〕7号': ['洪府发(2023)7号', '洪府发[2023]7号'],
    '洪金委办字〔2024〕2 号': ['洪金委办字(2024)2号', '洪金委办字[2024]2号'],
    '2024-08-02': ['2024年8月2日', '2024.8.2', '8月2日'],
    '桂金监统〔2019〕16号': ['桂金监统(2019)16号', '桂金监统[2019]16号', '桂金監統〔2019〕16號'],
    '2019年12月31日': ['2019-12-31', '2019.12.31'],
    '中发〔2016〕9号': ['中发(2016)9号', '中发[2016]9号'],
    '1萬元': ['1万元', '一万元', '一萬元', '1万', '1萬'],
    '3年': ['三年'],
    '5年': ['五年'],
    '2020年6月1日': ['2020-06-01', '2020.6.1'],
    '2020年3月26日': ['2020-03-26', '2020.3.26'],
    '20億元': ['20亿元', '二十亿元', '二十億元', '20亿', '20億'],
    '20%': ['百分之二十', '20％', '两成'],
    '2倍': ['两倍', '二倍'],
    '五大類': ['五大类', '5大类', '五类'],
    '鄂政办函〔2011〕48号': ['鄂政办函(2011)48号', '鄂政办函[2011]48号'],
    '第39号': ['39号'],
    '2022年6月30日': ['2022-06-30', '2022.6.30'],
    '0816-6911837': ['08166911837'],
    '491771990@qq.com': [],
    '绵府办发〔2015〕85号': ['绵府办发(2015)85号', '绵府办发[2015]85号'],
    '财预〔2020〕7号': ['财预(2020)7号', '财预[2020]7号'],
    '2025年7月17日': ['2025-07-17', '2025.7.17'],
    '0577-86092616': ['057786092616'],
    '2024年4月29日': ['2024-04-29', '2024.4.29'],
    '鄂财金规〔2023〕1号': ['鄂财金规(2023)1号', '鄂财金规[2023]1号'],
    '九章五十九条': ['9章59条', '九章59条'],
    '6条': ['六条'],
    '4条': ['四条'],
    '300元': ['三百元'],
    '15%': ['百分之十五', '15％'],
    '5%': ['百分之五', '5％'],
    '30%': ['百分之三十', '30％', '三成'],
    '2013年12月30日': ['2013-12-30', '2013.12.30'],
    '2.25元': [],
    '2025年3月27日': ['2025-03-27', '2025.3.27'],
    '10个': ['十个', '10個', '十個'],
    '三项': ['3项', '三個', '3个'],
    '琼委农办〔2024〕5号': ['琼委农办(2024)5号', '琼委农办[2024]5号'],
    '琼财金规〔2023〕5号': ['琼财金规(2023)5号', '琼财金规[2023]5号'],
}

# values that the text writes glued to other digits once whitespace is removed (none in this set)
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


DOC = {'nc': '南昌', 'gx': '广西', 'lh': '羅湖', 'sd': '山东', 'dz': '德州', 'hb': '湖北', 'my': '绵阳',
       'oh': '瓯海', 'qj': '潜江', 'yn': '云南', 'yc': '翼城', 'hn': '海南'}

# ================= topic A: 金融人才 引进 / 奖励 / 补贴 =================
# ---- 南昌市 “大力引育金融人才”奖励申报 修订通知 (江西, 市) ----
A('南昌“大力引育金融人才”奖励申报要准备哪些材料？都列一下。', 'nc',
  ['申请表;申请报告'], ['申请表;申请报告', '所在单位劳动合同'], ['劳动合同'])
A('我在南昌一家券商工作，申报金融人才奖励时社保或者公积金缴纳证明要连续交满多久？', 'nc',
  ['申请表;申请报告'], ['连续2年以上'], ['2年', '两年', '二年', '2年以上'])
A('南昌这次调整金融人才奖励申报，是根据市政府哪个文件的精神？文号多少？', 'nc',
  ['根据南昌市人民政府印发的'], ['洪府发〔2023〕7号'], ['洪府发〔2023〕7号', '洪府发(2023)7号', '洪府发[2023]7号'])
A('我们是南昌的一家小贷公司，员工能不能申报这个金融人才奖励？', 'nc',
  ['金融机构为银行、证券、期货和保险公司等'], ['小额贷款公司'])
A('南昌这个金融人才奖励申报的修订通知是哪天发布的？哪个部门发的？', 'nc',
  ['来源:市金融办'], ['来源:市金融办'], ['2024-08-02', '2024年8月2日', '2024.8.2', '8月2日'])
A('券商的保荐部门（保荐机构）也在“大力引育金融人才”政策的适用范围里吗？', 'nc',
  ['(一)本政策适用对象为'], ['上市保荐机构'], noplace=True)

# ---- 广西 支持金融人才发展的十条措施 (自治区) ----
A('广西支持金融人才发展的十条措施，印发通知的文号是多少？', 'gx',
  ['桂金监统〔2019〕16号'], ['桂金监统〔2019〕16号'],
  ['桂金监统〔2019〕16号', '桂金监统(2019)16号', '桂金监统[2019]16号', '桂金監統〔2019〕16號'])
A('廣西這份金融人才十條措施是哪幾個部門聯合發的？', 'gx',
  ['中共广西壮族自治区委员会组织部', '机构编制委员会办公室', '广西壮族自治区人力资源和社会保障厅'],
  ['委员会组织部', '广西壮族自治区教育厅'], ['教育厅'])
A('广西金融人才十条措施的落款日期是哪天？', 'gx',
  ['2019年12月31日'], ['2019年12月31日'], ['2019年12月31日', '2019-12-31', '2019.12.31'])
A('广西这十条措施是依据中央和自治区哪些人才体制机制改革文件制定的？', 'gx',
  ['为全面贯彻落实中央'], ['中发〔2016〕9号', '桂发〔2016〕26号'], ['中发〔2016〕9号', '中发(2016)9号', '中发[2016]9号'])
A('广西在金融人才队伍建设顶层设计上，要定期发布些什么？', 'gx',
  ['加强广西金融人才队伍建设'], ['急需紧缺人才目录', '金融人才发展白皮书'], ['白皮书'])

# ---- 罗湖区 现代金融专业人才提升激励专项申请指引(2023年) (深圳, 区, 繁體) ----
A('在深圳罗湖考下CFA能拿多少补贴？一个人最多能拿多少？', 'lh',
  ['鼓勵金融從業'], ['給予1萬元人才成長補貼', '每人最高5萬元'], ['1萬元', '1万元', '一万元', '一萬元', '1万'])
A('罗湖区的金融专业人才补贴，要在辖区金融系统全职干满几年？', 'lh',
  ['鼓勵金融從業'], ['全職工作滿2年'], ['2年', '两年', '二年'])
A('罗湖这个人才成长补贴对证书拿到的时间有什么要求？', 'lh',
  ['鼓勵金融從業'], ['近3年取得'], ['3年', '三年'])
A('罗湖区现代金融专业人才提升激励专项认哪些资格证书？列一下。', 'lh',
  ['鼓勵金融從業'], ['特許金融分析師', '黃金投資分析師'], ['FRM'])
A('申请罗湖的金融人才补贴，多少年内有重大行政违法记录就不行？', 'lh',
  ['(1)近5年內存'], ['重大行政違法案件'], ['5年', '五年'])
A('考了特许全球金融科技师（CGFT）证书，有人才成长补贴吗？补多少？', 'lh',
  ['鼓勵金融從業'], ['CGFT'], ['1萬元', '1万元', '一万元', '一萬元'], noplace=True)

# ---- 山东省人才发展促进条例 (省, 地方性法规, GitHub whole text) ----
A('山東人才發展促進條例從哪天起施行？', 'sd',
  ['第六十条'], ['第六十条'], ['2020年6月1日', '2020-06-01', '2020.6.1'])
A('山东省人才发展促进条例是人大常委会第几次会议通过的？哪天？', 'sd',
  ['2020年3月26日'], ['第十八次会议通过'], ['2020年3月26日', '2020-03-26', '2020.3.26'])
A('山东的人才条例规定政府可以通过哪些方式解决人才住房？', 'sd',
  ['第五十二条'], ['第五十二条', '人才公寓'], ['住房补贴'])
A('山东省对作出杰出贡献的人才颁发什么奖？', 'sd',
  ['第四十二条'], ['齐鲁杰出人才奖'], ['齐鲁杰出人才奖'])
A('山东人才条例里，人才评价按哪几类领域分别实施？', 'sd',
  ['第三十九条', '（一）基础研究领域', '（二）应用研究和技术开发领域', '（三）哲学社会科学领域',
   '（四）科技成果转化领域', '（五）企业经营管理人才评价', '（六）技能人才评价'],
  ['哲学社会科学领域', '科技成果转化领域'])
A('用人单位弄虚作假骗取人才扶持资金，人才发展促进条例规定怎么处理？', 'sd',
  ['第五十八条'], ['追回其所获得的资金'], noplace=True)

# ================= topic B: 股权投资 / 引导基金 =================
# ---- 德州经济技术开发区 新旧动能转换基金 (山东, 开发区, 繁體, news) ----
A('德州经开区的新旧动能转换基金规模有多大？', 'dz',
  ['經開區新舊動能轉換基金由區管委會發起設立'], ['不少于20億元'], ['20億元', '20亿元', '二十亿元', '二十億元', '20亿'])
A('德州经开区引导基金投一支子基金，出资最多能占子基金规模的多少？', 'dz',
  ['經開區新舊動能轉換基金由區管委會發起設立'], ['子基金規模的20%'], ['20%', '百分之二十', '20％', '两成'])
A('德州经开区的子基金投在区内的钱，至少要达到引导基金出资的几倍？', 'dz',
  ['經開區新舊動能轉換基金由區管委會發起設立'], ['出資比例的2倍'], ['2倍', '两倍', '二倍'])
A('德州经开区新旧动能转换基金重点设哪几类子基金？', 'dz',
  ['經開區新舊動能轉換基金由區管委會發起設立'], ['基礎設施類', '鄉村振興類'])
A('在德州经开区新设的基金及管理机构，能享受几类优惠政策？', 'dz',
  ['經開區新舊動能轉換基金由區管委會發起設立'], ['五大類優惠政策'], ['五大類', '五大类', '5大类', '五类'])
A('德州經開區的引導基金讓利有什麼限制？能動本金嗎？', 'dz',
  ['經開區新舊動能轉換基金由區管委會發起設立'], ['不得動用引導基金本金'])

# ---- 湖北省创业投资引导基金管理暂行办法 (省) ----
A('湖北省创业投资引导基金的资金来源包括哪些？', 'hb',
  ['第四条引导基金的资金来源'], ['财政性专项资金', '无偿捐赠的资金'])
A('湖北的创投引导基金自己会直接做创业投资、跟民间资本争市场吗？', 'hb',
  ['引导基金本身不直接从事创业投资业务'], ['不以营利为目的', '不直接从事创业投资业务'])
A('湖北这个引导基金暂行办法依据了省政府办公厅的哪个文件？文号？', 'hb',
  ['湖北省创业投资引导基金管理暂行办法第一章总则'], ['鄂政办函〔2011〕48号'],
  ['鄂政办函〔2011〕48号', '鄂政办函(2011)48号', '鄂政办函[2011]48号'])
A('湖北引导基金要重点弥补对哪些阶段企业投资的不足？', 'hb',
  ['第三条引导基金的主要作用'], ['种子期、初创期、早中期'], ['初创期'])
A('《创业投资企业管理暂行办法》是以哪个部委令发布的？', 'hb',
  ['湖北省创业投资引导基金管理暂行办法第一章总则'], ['十部委令第39号'], ['第39号', '39号'], noplace=True)

# ---- 绵阳市 产业发展投资引导基金管理办法(修订) 征求意见 (四川, 市) ----
A('绵阳市引导基金管理办法修订征求意见稿，意见要在什么时候之前反馈？', 'my',
  ['现向社会公开征求意见'], ['2022年6月30日前'], ['2022年6月30日', '2022-06-30', '2022.6.30'])
A('绵阳这次征求意见的联系人是谁？电话多少？', 'my',
  ['现向社会公开征求意见'], ['联系人:白云爽', '0816-6911837'], ['0816-6911837', '08166911837'])
A('对四川绵阳的产业引导基金办法有修改意见，发到哪个邮箱？', 'my',
  ['现向社会公开征求意见'], ['邮箱:491771990'], ['491771990@qq.com'])
A('绵阳这次要修订的是哪个旧办法？原来的文号是多少？', 'my',
  ['现向社会公开征求意见'], ['绵府办发〔2015〕85号'], ['绵府办发〔2015〕85号', '绵府办发(2015)85号', '绵府办发[2015]85号'])
A('财政部《关于加强政府投资基金管理提高财政出资效益的通知》的文号是多少？', 'my',
  ['现向社会公开征求意见'], ['财预〔2020〕7号'], ['财预〔2020〕7号', '财预(2020)7号', '财预[2020]7号'], noplace=True)

# ---- 瓯海区 政府产业引导基金管理办法 征求意见 (浙江 温州, 区) ----
A('瓯海区产业引导基金管理办法的征求意见期是哪几天？截止到哪天？', 'oh',
  ['征求意见期限:'], ['2025年7月17日'], ['2025年7月17日', '2025-07-17', '2025.7.17'])
A('温州瓯海这次征求意见的联系人和电话是什么？', 'oh',
  ['联系人:吴灿东', '联系电话:0577-86092616。'], ['吴灿东', '0577-86092616'], ['0577-86092616', '057786092616'])
A('对瓯海区引导基金办法有意见，应该以什么形式交给哪个单位？', 'oh',
  ['请于征求意见期间以书面形式'], ['瓯海区金融工作服务中心'], ['书面'])
A('瓯海区的政府产业引导基金是怎么出资设立的？', 'oh',
  ['(一)本办法所称政府产业引导基金'], ['区属国有企业直接出资设立'])
A('甌海區政府產業引導基金的資金來源有哪些？', 'oh',
  ['(二)瓯海区政府统筹安排一定资金用于引导基金'], ['盘活的财政存量资金', '区属国有企业资金'])

# ================= topic C: 农业保险 保费补贴 =================
# ---- 潜江市 农业保险保费补贴管理实施细则 (湖北, 县级市) ----
A('潜江市农业保险保费补贴管理实施细则是哪天发布的？', 'qj',
  ['2024年4月29日'], ['2024年4月29日'], ['2024年4月29日', '2024-04-29', '2024.4.29'])
A('潜江这个农险保费补贴实施细则是哪些单位联合印发的？', 'qj',
  ['潜江市财政局 潜江市农业农村局', '国家金融监督管理总局潜江监管支局', '潜江市小龙虾产业发展促进中心'],
  ['潜江监管支局', '潜江市林业局'])
A('湖北潜江的农险补贴细则依据的省级文件是哪个？文号？', 'qj',
  ['第一条 为切实加强我市'], ['鄂财金规〔2023〕1号'], ['鄂财金规〔2023〕1号', '鄂财金规(2023)1号', '鄂财金规[2023]1号'])
A('潜江的农险保费补贴细则执行中遇到问题该找哪个部门？', 'qj',
  ['执行过程中如有问题'], ['请及时告知市财政局'], ['市财政局'])
A('小龙虾产业发展促进中心参与联合印发过哪份农业保险文件？', 'qj',
  ['潜江市小龙虾产业发展促进中心', '附件:潜江市农业保险保费补贴管理实施细则'], ['潜江市小龙虾产业发展促进中心'],
  ['农业保险保费补贴管理实施细则'], noplace=True)

# ---- 云南省 农业保险保费补贴资金管理实施细则 解读 (省) ----
A('云南省农业保险保费补贴资金管理实施细则一共有几章几条？', 'yn',
  ['《实施细则》共九章五十九条'], ['共九章五十九条'], ['九章五十九条', '9章59条', '九章59条'])
A('云南的农险补贴细则在总则里新增了哪些保费补贴工作原则？一共几条？', 'yn',
  ['第一章“总则”共4条'], ['惠及农户6条保费补贴工作原则'], ['6条', '六条'])
A('云南细则对州（市）财政的保费补贴比例有什么要求？', 'yn',
  ['第二章“补贴条件、范围与标准”共5条'], ['不得小于县级'])
A('云南这个农险保费补贴实施细则是哪几个部门共同研究制定的？', 'yn',
  ['现将有关内容解读如下'], ['云南银保监局共同研究制定'])
A('雲南省農險補貼細則的總則一章有幾條？', 'yn',
  ['第一章“总则”共4条'], ['第一章“总则”共4条'], ['4条', '四条'])

# ---- 翼城县 政策性小麦保险 (山西 临汾, 县, 繁體, news) ----
A('翼城县2013年政策性小麦保险每亩保额多少？保费多少？', 'yc',
  ['2013年政策性小麥保險工作在投保方式上'], ['每畝保險金額為300元', '畝保費15元'], ['300元', '三百元', '15元'])
A('翼城县小麦保险的保费中央、省、市、县各承担多少？农户自缴多少？', 'yc',
  ['2013年政策性小麥保險工作在投保方式上'], ['農戶自繳15%', '中央40%'], ['15%', '百分之十五', '15％'])
A('翼城的小麦保险投保费率是多少？', 'yc',
  ['2013年政策性小麥保險工作在投保方式上'], ['投保費率5%'], ['5%', '百分之五', '5％'])
A('翼城县小麦受灾，损失率达到多少保险公司才赔？', 'yc',
  ['2013年政策性小麥保險工作在投保方式上'], ['損失率達30%(含)以上'], ['30%', '百分之三十', '30％', '三成'])
A('翼城縣種小麥的農戶，每畝保費自己要掏多少錢？', 'yc',
  ['2013年政策性小麥保險工作在投保方式上'], ['農戶自繳2.25元'], ['2.25元'])

# ---- 海南省2025年政策性农业保险工作实施方案 (省) ----
A('海南省2025年政策性农业保险工作实施方案是哪天印发的？', 'hn',
  ['2025年3月27日'], ['2025年3月27日'], ['2025年3月27日', '2025-03-27', '2025.3.27'])
A('海南2025年农险方案里中央财政补贴型险种一共几个？其中种植险几个？', 'hn',
  ['(一)中央财政补贴型险种(共10个)', '1. 种植险(共7个)'], ['补贴型险种(共10个)', '种植险(共7个)'],
  ['10个', '十个', '10個', '十個'])
A('海南的天然橡胶综合保险包括哪几个子险种？', 'hn',
  ['1. 种植险(共7个)'], ['橡胶树完全成本保险', '天然橡胶收入保险'], ['三项', '3项', '三個', '3个'])
A('海南2025年农险方案是在哪个文件的基础上制定的？', 'hn',
  ['根据《农业保险条例》'], ['琼委农办〔2024〕5号'], ['琼委农办〔2024〕5号', '琼委农办(2024)5号', '琼委农办[2024]5号'])
A('海南省农业保险保费补贴管理办法是哪个文号印发的？', 'hn',
  ['根据《农业保险条例》'], ['琼财金规〔2023〕5号'], ['琼财金规〔2023〕5号', '琼财金规(2023)5号', '琼财金规[2023]5号'])

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbour of a library place, same topic --
N('江西九江市“大力引育金融人才”奖励申报需要哪些材料？', {'ALL': ['九江']}, 'place')
N('贵州省支持金融人才发展的十条措施是哪个文号？', {'ALL': ['贵州', '貴州']}, 'place')
N('深圳福田区考CFA证书有没有人才成长补贴？补多少？', {'ALL': ['福田']}, 'place')
N('深圳市对新引进的金融高管给多少安家补贴？', {'ALL': ['深圳']}, 'place')
N('河北省人才发展促进条例什么时候开始施行？', {'ALL': ['河北']}, 'place')
N('聊城经济技术开发区新旧动能转换基金规模多大？', {'ALL': ['聊城']}, 'place')
N('湖南省创业投资引导基金的资金来源有哪些？', {'ALL': ['湖南']}, 'place')
N('德阳市产业发展投资引导基金办法征求意见什么时候截止？', {'ALL': ['德阳', '德陽']}, 'place')
N('温州鹿城区政府产业引导基金管理办法征求意见的联系电话是多少？', {'ALL': ['鹿城']}, 'place')
N('仙桃市农业保险保费补贴管理实施细则是哪天印发的？', {'ALL': ['仙桃']}, 'place')
N('四川省农业保险保费补贴实施细则一共多少条？', {'ALL': ['四川']}, 'place')
N('山西曲沃县2013年小麦保险每亩保费多少？', {'ALL': ['曲沃']}, 'place')
N('广东省2025年政策性农业保险实施方案里中央财政补贴险种有几个？', {'ALL': ['广东', '廣東']}, 'place')
# -- a year the texts do not state --
N('翼城县2014年小麦保险每亩保险金额是多少？', {'yc': ['2014']}, 'year')
N('海南省2026年政策性农业保险工作方案有哪些险种？', {'hn': ['2026']}, 'year')
N('罗湖区2024年现代金融专业人才提升激励专项每张证书补多少？', {'lh': ['2024']}, 'year')
N('瓯海区2024年产业引导基金办法征求意见截止到哪天？', {'oh': ['2024']}, 'year')
# -- a figure the texts do not state for that measure (or state only for another measure nearby) --
N('南昌“大力引育金融人才”奖励，引进的金融高管能拿多少万元？', {'nc': ['万元', '萬元']}, 'figure')
N('广西金融人才发展专项资金每年安排多少钱？', {'gx': ['专项资金', '万元', '亿元']}, 'figure')
N('罗湖区对新引进的金融人才给多少安家补贴？', {'lh': ['安家']}, 'figure')
N('山东人才条例里的人才住房补贴每月发多少？', [('NOFIG', 'sd', '发放住房补贴')], 'figure')
N('德州经开区对新落户的基金给多少万元落户奖励？', {'dz': ['萬元', '万元', '落戶', '落户']}, 'figure')
N('湖北省创业投资引导基金总规模是多少亿元？', {'hb': ['亿元', '万元', '億元']}, 'figure')
N('绵阳市产业发展投资引导基金对子基金的出资比例上限是多少？', {'my': ['%', '亿元', '万元', '比例']}, 'figure')
N('瓯海区政府每年安排多少钱用于产业引导基金？', [('NOFIG', 'oh', '瓯海区政府统筹安排一定资金用于引导基金')], 'figure')
N('潜江市农业保险保费补贴，市财政按保费的百分之几补？', {'qj': ['%', '百分之']}, 'figure')
N('云南省级财政对三大主粮保险的保费补贴比例提高到多少？', [('NOFIG', 'yn', '提高省级财政对三大主粮保险的补贴比例')],
  'figure')
N('海南2025年水稻完全成本保险的保费补贴比例是多少？', {'hn': ['%', '百分之']}, 'figure')
N('翼城县2013年玉米保险每亩保费多少？', {'yc': ['玉米', '玉米']}, 'figure')
# -- off-topic --
N('海南离岛免税额度每人每年多少？', {'ALL': ['免税', '免稅']}, 'offtopic')
N('南昌买新能源汽车有没有购置补贴？', {'ALL': ['新能源汽车', '新能源汽車']}, 'offtopic')
N('云南省公务员考试什么时候报名？', {'ALL': ['公务员', '公務員', '报名', '報名']}, 'offtopic')


def _idx(prefix):
    hits = [i for i, it in enumerate(ITEMS) if it['q'].startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['申请表;申请书'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['小额贷款公司'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['养老保险或医保缴纳证明或公积金缴纳证明'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['南昌']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'nc': ['九江']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['劳动合同书'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['劳动合同', '聘用合同'])),
    'duplicate_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['劳动合同', '劳动合同'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='南昌申报要交申请表;申请报告吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'lh', '每人最高5萬元')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(_idx('翼城县2013年政策性小麦保险每亩保额'),
                                                     dict(ITEMS[_idx('翼城县2013年政策性小麦保险每亩保额')], values=['0元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(_idx('券商的保荐部门'),
                                                     dict(ITEMS[_idx('券商的保荐部门')], q=ITEMS[_idx('券商的保荐部门')]['q'] + '（南昌）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='qj', anchors=['第一条 为切实加强我市'],
                                                             markers=['财金〔2021〕130号'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='申报金融人才奖励要交哪些材料？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('qj', '农业保险'),
    'anchor_not_unique': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], anchors=['南昌市'])),
    'too_few_near_misses': lambda: ITEMS.__setitem__(-1, dict(q='云南省公务员考试什么时候报名？', key='yn',
                                                             anchors=['现将有关内容解读如下'],
                                                             markers=['云南银保监局共同研究制定'], values=[],
                                                             noplace=False)),
}

# the message each mutation must produce (a substring of the refusal)
EXPECT = {
    'marker_not_in_file': "marker '申请表;申请书' not in file",
    'marker_outside_clause': "marker '小额贷款公司' not in clause",
    'marker_too_long': 'longer than 14 characters',
    'probe_present': "probe '南昌' found in",
    'place_without_all_probe': 'place near miss without an ALL probe',
    'value_not_verbatim': "value '劳动合同书' not in file",
    'undeclared_alt_value': "value '聘用合同' is neither in the clause nor a declared way",
    'duplicate_value': 'a value is listed twice',
    'question_copies_marker': "question copies marker '申请表;申请报告'",
    'nofig_with_figure': 'NOFIG sentence has a figure',
    'value_inside_number': "value '0元' only occurs inside a longer number",
    'noplace_names_place': 'noplace question names a place',
    'noplace_marker_in_two_files': "noplace marker '财金〔2021〕130号' occurs in ['qj', 'yn', 'hn']",
    'answerable_without_place': 'names no place of its document and is not marked noplace',
    'doc_word_in_two_titles': "doc '农业保险' matches titles",
    'anchor_not_unique': "anchor '南昌市' in 4 lines",
    'too_few_near_misses': 'only 31 near misses of 96, need at least 32',
}


def self_test():
    import subprocess
    assert set(EXPECT) == set(MUTATIONS), set(EXPECT) ^ set(MUTATIONS)
    path = os.path.join(HERE, 'questions.jsonl')
    before = open(path, 'rb').read() if os.path.exists(path) else None
    env = dict(os.environ)
    env.pop('NU_MUTATE', None)
    r = subprocess.run([sys.executable, __file__], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    clean = open(path, 'rb').read()
    assert before is None or before == clean, 'questions.jsonl differs from the last clean run'
    bad = []
    for name, want in EXPECT.items():
        r = subprocess.run([sys.executable, __file__], env=dict(env, NU_MUTATE=name), capture_output=True, text=True)
        msg = r.stdout + r.stderr
        if r.returncode == 0 or want not in msg:
            bad.append(f'{name}: rc={r.returncode}, expected {want!r}, got {msg[:200]!r}')
        if open(path, 'rb').read() != clean:
            bad.append(f'{name}: questions.jsonl was rewritten by a mutated run')
    if bad:
        sys.exit('\n'.join(bad))
    print(f'self-test: {len(EXPECT)} mutations, each refused with its expected message')


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NU_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nu{i:03d}'
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
        if len(set(vals)) != len(vals):
            errs.append(f'{qid}: a value is listed twice')
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
    if n_null < 32:
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 32')
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
    if sys.argv[1:] == ['--self-test']:
        self_test()
    else:
        main()
