#!/usr/bin/env python3
"""Write questions.jsonl for notices-zp, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 林业(绿色)贷款贴息: 静宁县 (甘肃 平凉), 龙陵县 (云南 保山, 繁體), 黎川县 (江西 抚州, 繁體);
  B 金融机构尽职免责 / “敢贷愿贷”激励约束: 三明市 (福建), 延安 (陕西, 监管分局调查), 天柱县 (贵州 黔东南),
    湘阴县 (湖南 岳阳, 审议稿);
  C 设施农业 / 农机 贷款贴息: 揭阳市 (广东), 崇州市 (四川 成都, 繁體), 宜川县 (陕西 延安), 柯城区 (浙江 衢州),
    山东省 (农业机械化促进条例, whole regulation from GitHub).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document (the texts have one paragraph, article, item or
list entry a line; three stored pages are a single line, so their clause is the whole text); the clause is the
union of those lines.
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
    simplified texts and at least 3 in simplified script about traditional texts; every document asked about.
Set NZP_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'jn': 'jingning-county-forestry-loan-interest-subsidy-notice-2023.txt',
    'll': 'longling-county-forestry-loan-interest-subsidy-guide-2019.txt',
    'lc': 'lichuan-county-forestry-loan-interest-subsidy-news-2023.txt',
    'sm': 'sanming-private-small-micro-financing-measures-2025.txt',
    'ya': 'yanan-inclusive-credit-due-diligence-exemption-survey-2025.txt',
    'tz': 'tianzhu-county-bank-lending-incentive-news-2012.txt',
    'xy': 'xiangyin-county-finance-real-economy-opinions-draft-deliberation.txt',
    'jy': 'jieyang-facility-agriculture-loan-interest-subsidy-notice-2024.txt',
    'cz': 'chongzhou-facility-agriculture-loan-interest-subsidy-2023.txt',
    'yc': 'yichuan-county-facility-agriculture-loan-interest-subsidy-notice.txt',
    'kc': 'kecheng-district-facility-agriculture-loan-interest-subsidy-notice-2026.txt',
    'sd': 'shandong-agricultural-mechanization-promotion-regulation-2020.txt',
}
TRAD_DOCS = {'ll', 'lc', 'cz'}
PLACES = {
    'jn': ['静宁', '靜寧'], 'll': ['龙陵', '龍陵'], 'lc': ['黎川'], 'sm': ['三明'], 'ya': ['延安'],
    'tz': ['天柱'], 'xy': ['湘阴', '湘陰'], 'jy': ['揭阳', '揭陽'], 'cz': ['崇州'], 'yc': ['宜川'],
    'kc': ['柯城'], 'sd': ['山东', '山東'],
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
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額靜寧陽單濟農機盡麼牌')
# characters that occur only in simplified script (used to count simplified-script questions)
SIMP_CHARS = set('们与为会这来对时于说国个后点经发现开关长门问间头见车东应办过还进产业资贷额请负责厂场务几区县'
                 '规划补偿专项转审计条台湾万亿费楼书权质担税营当实吗么钱标准认动备宁谁设别决议里邮编兰体诸岛'
                 '创险奖励构种类数员雇兼职样该属币贴让从给举征见寄号码递区毕节云门贡献连续满岁龄筹记登证'
                 '农机尽龙陵')

EQUIV = {
    '3%': ['百分之三', '3％'],
    '2023年9月24日': ['9月24日', '2023-09-24', '2023.9.24'],
    '三份': ['3份'],
    '0933-2521157': ['09332521157'],
    '甘林规函〔2023〕521号': ['甘林规函(2023)521号', '甘林规函[2023]521号'],
    '5%': ['百分之五', '5％'],
    '5年': ['五年'],
    '2019-04-15': ['2019年4月15日', '2019.4.15'],
    '8月30日': [],
    '9萬元': ['9万元', '九万元'],
    '20萬元': ['20万元', '二十万元'],
    '2022年': [],
    '2025年4月29日': ['2025-04-29', '2025.4.29'],
    '七类': ['7类'],
    '2013年': [],
    '2024年8月': ['2024-08', '2024.8'],
    '2012年1月1日': ['2012-01-01', '2012.1.1'],
    '30万元': ['三十万元', '30萬元'],
    '45%': ['百分之四十五', '45％'],
    '1亿元': ['一亿元', '1億元'],
    '2024-01-22': ['2024年1月22日', '2024.1.22'],
    '粤农农计〔2023〕113号': ['粤农农计(2023)113号', '粤农农计[2023]113号'],
    '〔2023〕606號': ['〔2023〕606号', '(2023)606号', '[2023]606号', '川农函〔2023〕606号'],
    '1月15日': ['2026年1月15日'],
    '浙农计发〔2024〕23号': ['浙农计发(2024)23号', '浙农计发[2024]23号'],
    '2026年1月6日': ['2026-01-06', '2026.1.6'],
    '2007年11月1日': ['2007-11-01', '2007.11.1'],
    '一倍以上二倍以下': ['1倍以上2倍以下', '一到二倍', '1至2倍'],
    '2020年11月27日': ['2020-11-27', '2020.11.27'],
    '五倍': ['5倍'],
}

# values that the text writes as a date directly followed by a clock time ('2024-01-22 17:22:22'): once
# whitespace is removed the date touches the time's digits, so the clause check of the digit rule is waived for
# them (an answer states the date alone); the value must still occur verbatim in the clause.
GLUED_OK = {'2024-01-22'}


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


DOC = {'jn': '静宁', 'll': '龍陵', 'lc': '黎川', 'sm': '三明', 'ya': '延安', 'tz': '天柱', 'xy': '湘阴',
       'jy': '揭阳', 'cz': '崇州', 'yc': '宜川', 'kc': '柯城', 'sd': '山东'}

# ================= topic A: 林业(绿色)贷款贴息 =================
# ---- 静宁县 林业贷款中央财政贴息 申报公告 (甘肃 平凉, 县; one line) ----
JN = ['特此公告静宁县林业和草原局']
A('甘肃静宁县的林业贷款中央财政贴息，年贴息率按多少算？', 'jn', JN, ['年贴息率3%'], ['3%', '百分之三', '3％'])
A('静宁县这次林业贷款贴息，申报材料最晚哪天前要交到县林草局？', 'jn', JN, ['于2023年9月24日前'],
  ['2023年9月24日', '9月24日', '2023-09-24', '2023.9.24'])
A('我们在静宁做造林项目，申请林业贷款贴息要报哪些材料？纸质的要交几份？', 'jn', JN, ['纸质版三份', '项目承诺书'],
  ['三份', '3份'])
A('靜寧縣林業貸款貼息申報有疑問，打哪個電話諮詢？', 'jn', JN, ['0933-2521157'], ['0933-2521157', '09332521157'])
A('静宁县这次贴息申报是根据甘肃省哪个文件组织的？文号多少？', 'jn', JN, ['甘林规函〔2023〕521号'],
  ['甘林规函〔2023〕521号', '甘林规函(2023)521号', '甘林规函[2023]521号'])
A('申报林业贷款中央财政贴息时，哪一类项目是明确不允许报的？', 'jn', JN, ['严禁申报冷库加工类项目'], noplace=True)

# ---- 龙陵县 林业贴息贷款工作指南 (云南 保山, 县; 繁體 with pinyin glosses) ----
A('云南龙陵县的林业贴息贷款，中央和省里各贴多少？合计年贴息率多少？', 'll', ['中央財(cái)政年貼息率為3%'],
  ['年貼息率為3%', '年貼息率為5%'], ['5%', '百分之五', '5％', '3%', '2%'])
A('龙陵县农户营造林的小额贷款最长能贴几年？贷款额度在什么范围？', 'll', ['貸款額為3-30萬(wàn)元'],
  ['最長(zhǎng)為5年', '為3-30萬(wàn)元'], ['5年', '五年'])
A('龙陵林业贴息是先贴后付还是先付后贴？贴息钱什么时候兑付给借款人？', 'll', ['林業(yè)貸款貼息資金采取先付后貼的方式'],
  ['先付后貼的方式', '驗(yàn)收合格后'])
A('龙陵县这份林业贴息贷款工作指南是哪天发布的？发布机构是哪个？', 'll', ['| 公開(kāi)目錄', '| 索引號(hào)'],
  ['2019-04-15', '龍陵縣林業(yè)和草原局'], ['2019-04-15', '2019年4月15日', '2019.4.15'])
A('在龙陵申报林业贴息，项目时间怎么算？最晚要在几月几号前报？', 'll', ['項(xiàng)目時(shí)間:上年10月1日'],
  ['需提前至8月30日以前', '上年10月1日'], ['8月30日'])
A('龙陵县林农种哪些林下项目可以申请中央财政贴息？', 'll', ['林下種植項(xiàng)目'], ['沙區(qū)植物種植', '林菌、林藥'])

# ---- 黎川县 林业贷款贴息需求申报 (江西 抚州, 县; 繁體) ----
A('江西黎川县申报林业贷款贴息，按多少的年贴息率算？', 'lc', ['以年貼息率3%的標準'], ['以年貼息率3%的標準'],
  ['3%', '百分之三', '3％'])
A('有家苗木种植公司连续多年申请林业贷款贴息，已经享受了将近多少补贴？', 'lc', ['已享受補貼近20萬元'],
  ['已享受補貼近20萬元'], ['20萬元', '20万元', '二十万元'], noplace=True)
A('黎川县2023年向省林业局预申报的林业贷款贴息是多少？涉及几家企业？', 'lc', ['向省林業局預申報2023年林業貸款貼息9萬元'],
  ['林業貸款貼息9萬元', '涉及1家苗木種植公司'], ['9萬元', '9万元', '九万元'])
A('黎川县这次林业贷款贴息，针对的是哪一年存续并正常付息的贷款？', 'lc', ['對2022年存續并正常付息'],
  ['對2022年存續并正常付息'], ['2022年'])

# ================= topic B: 尽职免责 / 敢贷愿贷 激励约束 =================
# ---- 三明市 提增民营小微企业融资服务质效若干措施 (福建, 市) ----
A('福建三明提增民营小微企业融资服务质效的措施是哪天印发的？由谁印发？', 'sm', ['2025年4月29日', '三明市人民政府办公室'],
  ['2025年4月29日', '三明市人民政府办公室'], ['2025年4月29日', '2025-04-29', '2025.4.29'])
A('三明要求银行怎样落实基层信贷人员的尽职免责？尽职了可以免掉哪些责任？', 'sm', ['1.落实尽职免责制度'],
  ['建立多维免责清单', '内部考核扣减分'])
A('三明市落實盡職免責制度這一條，責任單位是誰？', 'sm', ['1.落实尽职免责制度'], ['三明金融监管分局'])
A('在三明，企业有失信记录想重新拿到贷款，信用修复有什么办法？', 'sm', ['2.建立信用修复机制'],
  ['打通重获信贷支持通道', '以环境信用评价结果修复'])
A('三明这份融资服务若干措施出台前经过什么会议研究？', 'sm', ['已经市政府常务会议研究同意'], ['市政府常务会议研究同意'])

# ---- 延安 金融监管分局 普惠金融尽职免责调查 (陕西, 市) ----
A('延安金融监管分局的调查里说，2024年的新规把免责情形分成了哪几类？各有几类？', 'ya', ['2024年8月'],
  ['七类应免责情形', '四类可减责免责情形'], ['七类', '7类'])
A('据延安那篇调研，哪一年的文件首次提出让银行制定小微企业金融服务人员尽职免责办法？', 'ya', ['2024年8月'],
  ['首次提出指导银行业金融机构'], ['2013年'])
A('延安的调研文章提到，2016年那个通知确立了什么基本原则？', 'ya', ['2024年8月'], ['鼓励担当、尽职免责、失职追责'])
A('国家金融监督管理总局《关于普惠信贷尽职免责工作的通知》是什么时候发布的？', 'ya', ['2024年8月'], ['2024年8月'],
  ['2024年8月', '2024-08', '2024.8'], noplace=True)
A('延安这篇普惠金融尽职免责调研的作者是谁？', 'ya', ['□马建平'], ['马建平刘江鲍兰兰'])

# ---- 天柱县 鼓励银行信贷 考核激励办法 新闻 (贵州 黔东南, 县) ----
A('贵州天柱县出台的银行业金融机构考核激励办法从哪天开始执行？', 'tz', ['自2012年1月1日起执行'],
  ['自2012年1月1日起执行'], ['2012年1月1日', '2012-01-01', '2012.1.1'])
A('天柱县对支持地方经济发展排名靠前的银行，奖励前几名？每年拿多少奖励资金？', 'tz', ['年底考核时'],
  ['年度排名前三', '专项奖励资金30万元以上'], ['30万元', '三十万元', '30萬元'])
A('天柱县是怎么把县里的财政性存款和银行放贷挂钩的？', 'tz', ['年底考核时'], ['贷款增量挂钩', '每季度的贷款增量比重'])
A('天柱县一共出台了哪两个鼓励银行放贷的办法？', 'tz', ['据金黔在线消息'], ['考核激励暂行办法', '放贷支持地方经济发展奖励'])
A('天柱縣對年度考核排名前三的銀行，縣政府授予什麼獎牌？', 'tz', ['年底考核时'], ['支持地方经济发展先进单位'])

# ---- 湘阴县 金融支持实体经济发展的实施意见(审议稿) (湖南 岳阳, 县) ----
A('有个县要求到2020年新增工业企业、民营企业贷款占各项贷款新增数的比重不低于多少？', 'xy', ['二、扩大银行信贷投放规模'],
  ['不低于45%'], ['45%', '百分之四十五', '45％'], noplace=True)
A('湖南湘阴县的人民银行支行每年要争取多少民营和小微企业再贷款、再贴现额度？', 'xy', ['二、扩大银行信贷投放规模'],
  ['每年争取不低于1亿元'], ['1亿元', '一亿元', '1億元'])
A('湘阴县对存贷比低于全县平均水平的银行会采取什么措施？', 'xy', ['一、优化调整激励约束机制'],
  ['降低政府性存款', '限制参与政府相关项目合作'])
A('湘阴这份实施意见里，优化激励约束机制由哪些单位牵头？', 'xy', ['一、优化调整激励约束机制'], ['地方金融服务中心'])
A('湘阴县出台这份金融支持实体经济的意见，是为了落实什么发展战略？', 'xy', ['为深入贯彻落实'], ['强园兴工发展战略'])

# ================= topic C: 设施农业 / 农机 贷款贴息 =================
# ---- 揭阳市 现代设施农业建设贷款贴息申报通知 (广东, 市) ----
A('广东揭阳市做好现代设施农业建设贷款贴息申报的通知是哪天发布的？', 'jy', ['来源:本网'], ['2024-01-22'],
  ['2024-01-22', '2024年1月22日', '2024.1.22'])
A('揭阳这次设施农业贷款贴息，哪些经营主体可以申请？', 'jy', ['现代设施农业建设贷款贴息对象为'],
  ['家庭农场、农民合作社', '农村集体经济组织'])
A('揭阳市的设施农业贷款贴息是依据哪两个省级文件开展的？', 'jy', ['根据《关于下达'],
  ['粤农农计〔2023〕113号', '粤财农〔2023〕221号'], ['粤农农计〔2023〕113号', '粤农农计(2023)113号', '粤农农计[2023]113号'])
A('揭阳设施种植业贷款贴息支持哪些建设内容？', 'jy', ['新建或改造设施大棚'], ['水肥一体化设施', '集约化育苗(育秧)设施'])
A('揭陽設施畜牧業的貸款貼息主要用在哪些環節？', 'jy', ['用于畜禽规模养殖场'], ['粪污处理', '环境控制'])

# ---- 崇州市 2023年度现代设施农业建设贷款贴息 (四川 成都, 县级市; 繁體 with pinyin glosses; one line) ----
CZ = ['崇州市農(nóng)業(yè)']
A('成都崇州市的现代设施农业建设贷款贴息，申请要通过哪个平台提交？', 'cz', CZ, ['信貸直通車平臺(tái)'])
A('崇州设施农业贷款贴息依据的四川省试点方案文号是多少？', 'cz', CZ, ['〔2023〕606號'],
  ['〔2023〕606號', '〔2023〕606号', '(2023)606号', '[2023]606号', '川农函〔2023〕606号'])
A('崇州市谁来审核贴息对象提交的申请材料？', 'cz', CZ, ['提交的材料進(jìn)行審核'])
A('在崇州，集团下属企业申请设施农业贷款贴息，还要额外提供什么证明？', 'cz', CZ, ['集團(tuán)公司貸款證明'])

# ---- 宜川县 设施农业贷款贴息公示公告 (陕西 延安, 县) ----
A('陕西宜川县设施农业贷款贴息，家庭农场要满足什么条件？', 'yc', ['二、补助对象', '贴息对象为县域内'], ['一码通'])
A('宜川县设施农业贷款贴息按什么模式实施？', 'yc', ['项目按照'], ['自愿申请、汇总审核'])
A('宜川县设施农业贷款里哪些用途不给贴息？', 'yc', ['资金需用于符合'], ['消耗性物资', '不予贴息'])
A('宜川县贴息对象中的农民专业合作社需要纳入什么名录？', 'yc', ['贴息对象为县域内'], ['重点监测农民合作库'])

# ---- 衢州市柯城区 2025年度现代设施农业项目贷款贴息申报清算 (浙江, 区; one line) ----
KC = ['衢州市柯城区农业农村局2026年1月6日']
A('浙江衢州柯城区2025年度设施农业项目贷款贴息要在什么时候前申报？', 'kc', KC, ['在1月15日前完成'],
  ['1月15日', '2026年1月15日'])
A('柯城区这次贷款贴息申报清算按什么程序开展？', 'kc', KC, ['乡镇初审', '县级部门核查'])
A('柯城区设施农业贷款贴息依据的浙江省实施意见文号是多少？', 'kc', KC, ['浙农计发〔2024〕23号'],
  ['浙农计发〔2024〕23号', '浙农计发(2024)23号', '浙农计发[2024]23号'])
A('柯城区农业农村局这份贷款贴息申报通知的落款日期是哪天？', 'kc', KC, ['2026年1月6日'],
  ['2026年1月6日', '2026-01-06', '2026.1.6'])

# ---- 山东省农业机械化促进条例 (2007 通过, 2020 修正; whole regulation) ----
A('山东省农业机械化促进条例从哪天起施行？', 'sd', ['第四十一条'], ['第四十一条'],
  ['2007年11月1日', '2007-11-01', '2007.11.1'])
A('在山东，农民贷款买农机，政府会不会给贷款贴息？', 'sd', ['第三十条'], ['第三十条', '可以采用贴息等方式'])
A('山东省的农机购置补贴机具目录和申请程序由谁来定？', 'sd', ['农业机械购置补贴的实施范围'], ['会同同级财政部门制定'])
A('山东跨区作业的联合收割机和运输车辆过路要交车辆通行费吗？', 'sd', ['进行跨区作业的农业机械'], ['免交车辆通行费'])
A('山东一家农机维修店拼装农机整机被查，会怎么罚款？', 'sd', ['第三十八条'], ['第三十八条', '一倍以上二倍以下罚款'],
  ['一倍以上二倍以下', '1倍以上2倍以下', '一到二倍', '1至2倍'])
A('山东省农业机械化促进条例最近一次是什么时候修正的？', 'sd', ['2020年11月27日'], ['2020年11月27日'],
  ['2020年11月27日', '2020-11-27', '2020.11.27'])
A('山東省農機燃油補貼資金要按什麼原則發放？', 'sd', ['第二十八条'], ['公开、公正、及时、便民'])
A('农业机械作业时出了事故造成人员死亡，除了农机安全监理机构还要报告哪个部门？', 'sd', ['第三十六条'],
  ['同时报告当地公安机关'], noplace=True)
A('农机维修店承揽维修已到报废条件的农机，拒不改正的话最高按违法经营额的几倍罚款？', 'sd', ['第三十八条'],
  ['二倍以上五倍以下罚款'], ['五倍', '5倍'], noplace=True)

# ================= near misses (doc null) =================
# -- another place's rule: a real sibling county/city of a library place, or a neighbouring province --
N('甘肃庄浪县林业贷款中央财政贴息的申报截止时间是哪天？', {'ALL': ['庄浪', '莊浪']}, 'place')
N('腾冲市林业贴息贷款中央和省里合计年贴息率是多少？', {'ALL': ['腾冲', '騰衝', '騰沖']}, 'place')
N('云南施甸县林业贴息贷款最长能贴几年？', {'ALL': ['施甸']}, 'place')
N('江西南城县2023年预申报的林业贷款贴息有多少万元？', {'ALL': ['南城']}, 'place')
N('南平市提增民营小微企业融资服务质效的若干措施是哪天印发的？', {'ALL': ['南平']}, 'place')
N('榆林金融监管分局对普惠信贷尽职免责落实情况提了哪些建议？', {'ALL': ['榆林']}, 'place')
N('锦屏县对支持地方经济发展的银行每年奖励多少钱？', {'ALL': ['锦屏', '錦屏']}, 'place')
N('汨罗市金融支持实体经济发展的实施意见要求存贷比达到多少？', {'ALL': ['汨罗', '汨羅']}, 'place')
N('潮州市现代设施农业建设贷款贴息的申报通知是什么时候发的？', {'ALL': ['潮州']}, 'place')
N('成都大邑县的设施农业贷款贴息通过什么平台申请？', {'ALL': ['大邑']}, 'place')
N('黄龙县设施农业贷款贴息对家庭农场有什么要求？', {'ALL': ['黄龙', '黃龍']}, 'place')
N('衢江区2025年度设施农业项目贷款贴息申报截止到哪天？', {'ALL': ['衢江']}, 'place')
N('河北省农业机械化促进条例对农机购置贷款贴息是怎么规定的？', {'ALL': ['河北']}, 'place')
N('江苏省的农机跨区作业车辆是否免交车辆通行费？', {'ALL': ['江苏', '江蘇']}, 'place')
# -- a year the texts do not state --
N('静宁县2025年林业贷款中央财政贴息申报截止时间是什么时候？', {'jn': ['2025']}, 'year')
N('揭阳市2025年现代设施农业贷款贴息申报有哪些新要求？', {'jy': ['2025']}, 'year')
N('天柱县2015年对银行的考核奖励资金是多少？', {'tz': ['2015']}, 'year')
N('三明市2024年出台的融资服务措施里是怎么规定尽职免责的？', {'sm': ['2024']}, 'year')
# -- a figure the texts do not state for that measure --
N('山东省对农民贷款购买农机的贴息比例是多少？',
  [('NOFIG', 'sd', '可以采用贴息等方式'), {'sd': ['贴息比例']}], 'figure')
N('山东省对大中型农业机械的购置补贴，每台具体补多少钱？', [('NOFIG', 'sd', '对大中型农业机械给予重点补贴')], 'figure')
N('揭阳现代设施农业建设贷款按多少比例贴息？单个主体最多贴多少万元？', {'jy': ['贴息比例', '万元', '%']}, 'figure')
N('崇州市设施农业贷款的贴息标准具体是多少？', {'cz': ['%', '萬元', '万元', '萬(wàn)元']}, 'figure')
N('宜川县设施农业贷款按多少比例给贴息？', {'yc': ['%', '万元', '比例']}, 'figure')
N('柯城区设施农业项目贷款的贴息率是多少？', {'kc': ['%', '万元', '贴息率']}, 'figure')
N('三明市对普惠型小微企业贷款的不良容忍度放宽到多少？', {'sm': ['容忍度', '%']}, 'figure')
N('延安市2024年12月末普惠型小微企业贷款余额是多少？', {'ya': ['亿元', '12月末']}, 'figure')
N('湘阴县要求各银行的存贷比达到多少？', [('NOFIG', 'xy', '督促各银行业金融机构逐年提高存贷比')], 'figure')
N('天柱县拿出多少财政性存款和银行贷款增量挂钩？', [('NOFIG', 'tz', '将一定额度的财政性存款')], 'figure')
N('龙陵县林业贴息贷款的贷款利率是多少？', {'ll': ['貸款利率', '利率為', '利率为']}, 'figure')
N('黎川县2023年林业贷款贴息最后拨付到账多少？', {'lc': ['到賬', '到账', '下達', '下达', '撥付', '拨付']}, 'figure')
N('静宁县林业贷款贴息单个项目最多能贴多少万元？', {'jn': ['万元', '上限', '最高']}, 'figure')
# -- off-topic --
N('静宁县城乡居民医保个人缴费标准是多少？', {'ALL': ['医保', '醫保']}, 'offtopic')
N('三明市住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('揭阳市买新能源汽车有购车补贴吗？', {'ALL': ['购车', '購車', '新能源汽车']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['年贴息率2%'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(6, dict(ITEMS[6], markers=['先付后貼的方式'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['按实际贷款期限及年贴息率3%计算贴息额'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['静宁']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'jn': ['庄浪']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['3％'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['3%', '2%'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], q='静宁县于2023年9月24日前交材料吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'tz', '专项奖励资金')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['33'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], q=ITEMS[5]['q'] + '（静宁）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='jy', anchors=['现代设施农业建设贷款贴息对象为'],
                                                             markers=['农村集体经济组织'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='林业贷款中央财政贴息年贴息率按多少算？')),
    'anchor_in_two_lines': lambda: ITEMS.__setitem__(16, dict(ITEMS[16], anchors=['三明市提增民营小微企业融资'])),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('jy', '现代设施农业'),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def is_simp(q):
    return sum(c in SIMP_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZP_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simpl_trad = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzp{i:03d}'
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
        if k in TRAD_DOCS and is_simp(it['q']) and not is_trad(it['q']):
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
    if n_null < 32:
        errs.append(f'only {n_null} near misses of {len(out)}, need at least 32')
    if n_named < 0.80 * n_answerable:
        errs.append(f'only {n_named} of {n_answerable} answerable questions name the place')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if n_trad_simpl < 3:
        errs.append(f'traditional-script questions on simplified texts: {n_trad_simpl}')
    if n_simpl_trad < 3:
        errs.append(f'simplified-script questions on traditional texts: {n_simpl_trad}')
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
          'simplified-script questions on traditional texts; per document', dict(per_doc))


if __name__ == '__main__':
    main()
