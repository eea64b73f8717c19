#!/usr/bin/env python3
"""Write questions.jsonl for notices-x, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 政府采购合同融资 (政采贷): 海州区 (连云港), 资兴市 (繁體), 竹溪县, 济源示范区;
  B 小额贷款公司 / 融资担保公司 / 典当行 监督管理: 云南省 (征求意见), 湖南省, 河南省, 临沂市 (繁體);
  C 绿色金融 / 碳减排 贴息、奖补: 花都区, 兰州新区 (繁體), 山东省, 江苏省 (繁體).

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
    simplified texts, every document asked about.
Set NX_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'hz': 'haizhou-district-zhengcaidai-procurement-contract-loan-news-2021.txt',
    'zx': 'zixing-procurement-contract-loan-first-loan-news.txt',
    'zs': 'zhuxi-county-zhengcaidai-online-financing-launch-news.txt',
    'jy': 'jiyuan-zone-procurement-contract-financing-report-2024.txt',
    'yn': 'yunnan-financing-guarantee-supervision-rules-draft-consultation-2020.txt',
    'hn': 'hunan-microcredit-classified-rating-measures-2022.txt',
    'he': 'henan-microcredit-daily-supervision-measures.txt',
    'ly': 'linyi-pawnshop-supervision-rules.txt',
    'hd': 'huadu-district-green-finance-industry-support-measures-2019.txt',
    'lz': 'lanzhou-new-area-green-finance-reward-policy-2020.txt',
    'sd': 'shandong-green-fiscal-finance-support-system-news.txt',
    'js': 'jiangsu-huanbaodai-green-loan-product-news-2018.txt',
}
TRAD_DOCS = {'zx', 'ly', 'lz', 'js'}
PLACES = {
    'hz': ['海州', '连云港', '連雲港'], 'zx': ['资兴', '資興'], 'zs': ['竹溪'], 'jy': ['济源', '濟源'],
    'yn': ['云南', '雲南'], 'hn': ['湖南'], 'he': ['河南'], 'ly': ['临沂', '臨沂'],
    'hd': ['花都'], 'lz': ['兰州', '蘭州'], 'sd': ['山东', '山東'], 'js': ['江苏', '江蘇'],
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
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額濟採購綠險匯納範')

EQUIV = {
    '85%': ['百分之八十五', '85％'],
    '1000万元': ['一千万元', '1000萬元', '1000万'],
    '3.85%': ['3.85％'],
    '1年': ['一年', '12个月'],
    '73万元': ['七十三万元', '73萬元', '73万'],
    '2021-11-09': ['2021年11月9日', '2021.11.9'],
    '200萬元': ['200万元', '二百万元', '200万'],
    '50%—70%': ['50%-70%', '50%到70%', '50%至70%', '50%~70%', '五成到七成'],
    '6家': ['六家'],
    '2000多万元': ['2000多万', '两千多万元'],
    '27万元': ['二十七万元', '27萬元', '27万'],
    '2天': ['两天', '二天'],
    '11453万元': ['1.1453亿元', '11453萬元', '11453万'],
    '58家': ['五十八家'],
    '2020年': ['2020'],
    '2020年2月6日': ['2020.2.6', '2020-02-06', '2月6日'],
    'ynsdfjrjdglj@163.com': [],
    '650051': [],
    '国务院令第683号': ['第683号', '683号令', '國務院令第683號'],
    '2022年2月9日': ['2022.2.9', '2022-02-09'],
    '湘金监发〔2018〕11号': ['湘金监发(2018)11号', '湘金监发[2018]11号'],
    '每年': ['一年一次'],
    '1亿元': ['一亿元', '1億元', '1亿'],
    '2亿元': ['两亿元', '二亿元', '2億元', '2亿'],
    '3亿元': ['三亿元', '3億元', '3亿'],
    '60%': ['百分之六十', '六成', '60％'],
    '4個': ['4个', '四个', '四個'],
    '30%': ['百分之三十', '三成', '30％'],
    '10亿元': ['十亿元', '10億元', '10亿'],
    '100万元': ['一百万元', '100萬元', '100万'],
    '10万元': ['十万元', '10萬元', '10万'],
    '2000万元': ['两千万元', '2000萬元', '2000万'],
    '5000万元': ['五千万元', '5000萬元', '5000万'],
    '银发〔2017〕154号': ['银发(2017)154号', '银发[2017]154号'],
    '10億元': ['10亿元', '十亿元', '10亿'],
    '1000萬元': ['1000万元', '一千万元', '1000万'],
    '50萬元': ['50万元', '五十万元', '50万'],
    '500萬元': ['500万元', '五百万元', '500万'],
    '〔2020〕52號': ['〔2020〕52号', '(2020)52号', '[2020]52号'],
    '2500万元': ['两千五百万元', '2500萬元', '2500万'],
    '1%': ['百分之一', '1％'],
    '4億元': ['4亿元', '四亿元', '4亿'],
}

# no value here is glued to another number in its clause
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



DOC = {'hz': '海州', 'zx': '資興', 'zs': '竹溪', 'jy': '济源', 'yn': '云南', 'hn': '湖南', 'he': '河南',
       'ly': '臨沂', 'hd': '花都', 'lz': '蘭州', 'sd': '山东', 'js': '江蘇'}

# ================= topic A: 政府采购合同融资 (政采贷) =================
# ---- 海州区 (江苏 连云港, 区) ----
A('连云港海州区的政采贷，最多能贷到合同金额的百分之几？', 'hz',
  ['融资银行的贷款额度最高为'], ['剔除质保金后的85%'], ['85%', '百分之八十五', '85％'])
A('我们公司在海州区中了政府采购的标，想办政采贷，单笔最高能贷多少？', 'hz',
  ['融资银行的贷款额度最高为'], ['最高上限1000万元'], ['1000万元', '一千万元', '1000萬元', '1000万'])
A('政采贷的贷款利率一般是多少？', 'hz',
  ['融资银行的贷款额度最高为'], ['利率3.85%'], ['3.85%', '3.85％'], noplace=True)
A('海州区政采贷的钱最长可以借多久才还？', 'hz',
  ['融资银行的贷款额度最高为'], ['还款期限最长不超过1年'], ['1年', '一年', '12个月'])
A('海州区第一笔政采贷是哪家企业拿到的？贷了多少？', 'hz',
  ['连云港启宇智能科技有限公司'], ['连云港启宇智能科技有限公司'], ['73万元', '七十三万元', '73萬元', '73万'])
A('海州区政采贷落地这条消息是哪天发的，哪个部门发的？', 'hz',
  ['发布时间:2021-11-09'], ['连云港市海州区财政局'], ['2021-11-09', '2021年11月9日', '2021.11.9'])

# ---- 资兴市 (湖南 郴州, 县级市, 繁體) ----
A('资兴市第一笔政府采购合同融资贷款放了多少钱？', 'zx',
  ['這也是我市第一筆政府采購合同融資貸款'], ['200萬元采購合同融資貸款'], ['200萬元', '200万元', '二百万元', '200万'])
A('在资兴凭政府采购合同去银行，能申请合同金额多少比例的贷款？', 'zx',
  ['已正式上線'], ['合同金額50%—70%'],
  ['50%—70%', '50%-70%', '50%到70%', '50%至70%', '50%~70%', '五成到七成'])
A('资兴那笔采购合同融资贷款是哪家银行放的？', 'zx',
  ['這也是我市第一筆政府采購合同融資貸款'], ['資興浦發(fā)'])
A('资兴第一笔采购合同融资贷款对应的是什么采购项目？', 'zx',
  ['這也是我市第一筆政府采購合同融資貸款'], ['教育信息化建設(shè)采購'])
A('资兴的政府采购合同融资，贷款利率上有没有照顾？', 'zx',
  ['已正式上線'], ['一定優(yōu)惠'])

# ---- 竹溪县 (湖北 十堰, 县) ----
A('竹溪县网上办政采贷是从哪天开始的？', 'zs',
  ['6月17日,县财政局'], ['线上融资业务启动'], ['6月17日'])
A('竹溪县的政采贷平台入驻了几家银行？', 'zs',
  ['6月17日,县财政局'], ['本县6家银行入驻'], ['6家', '六家'])
A('湖北十堰竹溪县政采贷上线以后，银行一共放了多少贷款？', 'zs',
  ['6月17日,县财政局'], ['发放金融贷款2000多万元'], ['2000多万元', '2000多万', '两千多万元'])
A('竹溪县搭建政采贷系统投了多少钱？', 'zs',
  ['投资27万元'], ['投资27万元'], ['27万元', '二十七万元', '27萬元', '27万'])
A('竹溪县以前办一笔采购贷款要跑多少天？现在用政采贷要几天？', 'zs',
  ['花费了足足15天时间'], ['整个手续只花了2天'], ['2天', '两天', '二天'])
A('政采贷系统上线后，那家200万元贷款很快办完的建设公司叫什么名字？', 'zs',
  ['6月21日'], ['湖北满仓建设工程有限公司'], noplace=True)

# ---- 济源示范区 (河南, 示范区) ----
A('济源示范区做政府采购合同融资以来，一共融了多少钱？', 'jy',
  ['自2020年实行该政策以来'], ['融资额11453万元'], ['11453万元', '1.1453亿元', '11453萬元', '11453万'])
A('济源累计有多少家中小微企业用上了政府采购合同融资？', 'jy',
  ['自2020年实行该政策以来'], ['累计为58家中小微企业'], ['58家', '五十八家'])
A('济源的政府采购合同融资政策是哪一年开始实行的？', 'jy',
  ['自2020年实行该政策以来'], ['自2020年实行该政策以来'], ['2020年', '2020'])
A('济源要求在采购文件里嵌入什么文件来告知供应商可以融资？', 'jy',
  ['拓宽渠道,将融资政策嵌入采购文件'], ['政府采购合同融资政策告知函'])
A('濟源辦政府採購合同融資，企業要不要提供抵押或者擔保？', 'jy',
  ['提高效率,助推合同融资机制再优化'], ['无需供应商提供抵押、担保'])

# ================= topic B: 小额贷款公司 / 融资担保公司 / 典当行 监督管理 =================
# ---- 云南省 融资担保公司监督管理实施细则 征求意见稿 (省) ----
A('云南融资担保公司监管实施细则征求意见，意见最晚什么时候交？', 'yn',
  ['意见反馈截止时间为2020年2月6日'], ['2020年2月6日'], ['2020年2月6日', '2020.2.6', '2020-02-06', '2月6日'])
A('雲南這個融資擔保細則徵求意見稿，意見用郵件發到哪個信箱？', 'yn',
  ['通过电子邮件将意见发送至'], ['ynsdfjrjdglj'], ['ynsdfjrjdglj@163.com'])
A('想把对云南融资担保细则的意见寄纸质信，地址和邮编是什么？', 'yn',
  ['通过信函方式将意见邮寄至'], ['盘龙区北京路465号'], ['650051'])
A('云南起草融资担保公司监管实施细则是根据国务院哪一号令？', 'yn',
  ['根据《融资担保公司监督管理条例》'], ['国务院令第683号'], ['国务院令第683号', '第683号', '683号令', '國務院令第683號'])
A('云南这次征求意见的公告后面附了哪几个附件？', 'yn',
  ['1.关于《云南省融资担保公司', '2.云南省融资担保公司'], ['起草情况说明'])
A('邮寄融资担保细则的反馈意见，信封上要写什么字样？', 'yn',
  ['通过信函方式将意见邮寄至'], ['实施细则反馈意见'], noplace=True)

# ---- 湖南省 小额贷款公司分类监管评级办法 (省) ----
A('湖南的小额贷款公司分类监管评级多久搞一次？', 'hn',
  ['第四条 小额贷款公司分类监管评级一般每年'], ['一般每年组织开展一次'], ['每年', '一年一次'])
A('湖南修订后的小贷公司分类监管评级办法是哪天印发的？', 'hn',
  ['2022年2月9日'], ['2022年2月9日'], ['2022年2月9日', '2022.2.9', '2022-02-09'])
A('湖南这次修订的小贷评级办法，原来那个旧文件的文号是多少？', 'hn',
  ['我局对《湖南省地方金融监督管理局关于印发'], ['湘金监发〔2018〕11号'],
  ['湘金监发〔2018〕11号', '湘金监发(2018)11号', '湘金监发[2018]11号'])
A('湖南给小额贷款公司评级，主要看哪些方面？', 'hn',
  ['第二条 小额贷款公司分类监管评级是根据'], ['公司法人治理', '接受监管'])
A('在湖南，小贷公司的分类评级具体由哪一级部门来做？', 'hn',
  ['第五条 省地方金融监督管理局'], ['市、县级监管部门'])
A('小额贷款公司分类监管评级的评价期间怎么算？', 'hn',
  ['第四条 小额贷款公司分类监管评级一般每年'], ['上一个完整年度'], noplace=True)

# ---- 河南省 小额贷款公司日常监督管理办法 (省) ----
A('在河南新设一家有限责任公司形式的小额贷款公司，注册资本最少要多少？', 'he',
  ['(二)新设立的小额贷款公司'], ['不得低于人民币1亿元'], ['1亿元', '一亿元', '1億元', '1亿'])
A('河南的小贷公司要是股份有限公司，注册资本起码多少？', 'he',
  ['(二)新设立的小额贷款公司'], ['不得低于人民币2亿元'], ['2亿元', '两亿元', '二亿元', '2億元', '2亿'])
A('河南鼓励组建注册资本多大的小额贷款公司？', 'he',
  ['(三)鼓励组建注册资本3亿元以上'], ['注册资本3亿元以上'], ['3亿元', '三亿元', '3億元', '3亿'])
A('河南小额贷款公司的日常监管按什么原则分工？谁是第一责任人？', 'he',
  ['本办法所称监管部门是指省政府金融办'], ['属地管理、分级负责', '属地政府'])
A('在河南，县级监管部门要给每家小贷公司指定什么人盯着？', 'he',
  ['本办法所称监管部门是指省政府金融办'], ['主监管员'])

# ---- 临沂市 典当监督管理实施细则 (山东, 市, 繁體) ----
A('在临沂开典当行，法人股东合计持股不能低于多少？', 'ly',
  ['(二)有符合本細則規定'], ['不低於註冊資本的60%'], ['60%', '百分之六十', '六成', '60％'])
A('临沂设立典当行，法人股东至少要几个？', 'ly',
  ['(二)有符合本細則規定'], ['法人股東不少於4個'], ['4個', '4个', '四个', '四個'])
A('临沂典当行里单个股东最多能占多少股份？', 'ly',
  ['(二)有符合本細則規定'], ['不高於註冊資本的30%'], ['30%', '百分之三十', '三成', '30％'])
A('临沂的典当行日常归哪个部门监管？治安又归谁管？', 'ly',
  ['第四條 臨沂市經濟貿易委員會'], ['市經貿委', '臨沂市公安局'])
A('在临沂，不是典当行的公司名字里能不能带“典当”两个字？', 'ly',
  ['第五條 典當行的名稱'], ['不得經營或者變相經營典當業務', '不得含有'])

# ================= topic C: 绿色金融 / 碳减排 贴息、奖补 =================
# ---- 花都区 (广东 广州, 区) ----
A('广州花都区每年拿多少钱支持绿色金融和绿色产业？', 'hd',
  ['第一条【设立绿色发展专项资金】'], ['不低于10亿元'], ['10亿元', '十亿元', '10億元', '10亿'])
A('花都区的企业做技术改造拿到绿色贷款，每年最多补多少？', 'hd',
  ['第三条【推动绿色金融支持绿色产业】'], ['获得绿色贷款的'], ['100万元', '一百万元', '100萬元', '100万'])
A('花都區企業買了綠色保險，每年最高能補多少錢？', 'hd',
  ['第三条【推动绿色金融支持绿色产业】'], ['购买绿色保险的'], ['10万元', '十万元', '10萬元', '10万'])
A('法人金融机构落户花都区，最高奖多少？', 'hd',
  ['第二条【培育绿色金融组织体系】'], ['落户最高给予2000万元奖励'], ['2000万元', '两千万元', '2000萬元', '2000万'])
A('花都区对认定的绿色企业和项目，最高给多少股权投资支持？', 'hd',
  ['第三条【推动绿色金融支持绿色产业】'], ['5000万元的股权投资支持'], ['5000万元', '五千万元', '5000萬元', '5000万'])
A('花都区绿色金融和绿色产业若干措施是依据哪个文件出台的？文号多少？', 'hd',
  ['为贯彻落实经国务院批准'], ['银发〔2017〕154号'], ['银发〔2017〕154号', '银发(2017)154号', '银发[2017]154号'])

# ---- 兰州新区 绿色金融发展奖励政策 (甘肃, 国家级新区, 繁體) ----
A('兰州新区绿色金融改革创新试验区一共统筹了多少资金？', 'lz',
  ['第一條 設(shè)立綠色金融發(fā)展專項資金'], ['安排10億元資金'], ['10億元', '10亿元', '十亿元', '10亿'])
A('银行总部迁到兰州新区，一次性能拿多少奖励？', 'lz',
  ['第二條 推進綠色金融組織體系建設(shè)'], ['獎勵資金1000萬元'], ['1000萬元', '1000万元', '一千万元', '1000万'])
A('在新区设一家绿色金融专营机构，一次性奖励多少？', 'lz',
  ['第二條 推進綠色金融組織體系建設(shè)'], ['獎勵資金50萬元'], ['50萬元', '50万元', '五十万元', '50万'], noplace=True)
A('兰州新区绿色金融发展奖励政策的文号是多少？', 'lz',
  ['〔2020〕52號'], ['〔2020〕52號'], ['〔2020〕52號', '〔2020〕52号', '(2020)52号', '[2020]52号'])
A('全国性金融机构在兰州新区设省级分支机构，奖励多少？', 'lz',
  ['第二條 推進綠色金融組織體系建設(shè)'], ['獎勵資金500萬元'], ['500萬元', '500万元', '五百万元', '500万'])

# ---- 山东省 绿色财政金融支持体系 (省) ----
A('山东省财政拿了多少贴息资金支持碳减排领域的贷款？', 'sd',
  ['发挥再贷款和财政贴息的叠加效应'], ['2500万元贴息资金'], ['2500万元', '两千五百万元', '2500萬元', '2500万'])
A('山东绿色产业贷，单户担保100万元以下的，再担保费怎么收？', 'sd',
  ['创新推出绿色产业贷产品'], ['免收再担保费'])
A('山东的政府性融资担保机构给绿色项目担保，担保费率最高多少？', 'sd',
  ['创新推出绿色产业贷产品'], ['不高于年化1%'], ['1%', '百分之一', '1％'])
A('山東省財政把哪些碳匯保險納入了以獎代補範圍？', 'sd',
  ['鼓励保险机构创新开展碳汇保险'], ['森林碳汇、海洋碳汇保险'])
A('山东的碳减排贴息资金是跟哪家机构一起投放的？', 'sd',
  ['发挥再贷款和财政贴息的叠加效应'], ['人民银行济南分行'])

# ---- 江苏省 环保贷 (省, 繁體) ----
A('江苏的环保贷，省财政首期投了多少钱？能撬动多少银行资金？', 'js',
  ['省財政首期投入4億元'], ['首期投入4億元'], ['4億元', '4亿元', '四亿元', '4亿'])
A('江苏环保贷首期合作的是哪几家银行？', 'js',
  ['據介紹,“環保貸”首期合作銀行為'], ['興業銀行南京分行', '民生銀行南京分行'])
A('江苏环保贷出了坏账，损失怎么分担？', 'js',
  ['當發生償貸風險時'], ['差別化風險分擔比例'])
A('环保贷靠什么给企业增信？', 'js',
  ['當發生償貸風險時'], ['財政風險補償資金池'], noplace=True)

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbouring place of a library place --
N('连云港赣榆区的政采贷最多能贷合同金额的多少？', {'ALL': ['赣榆', '贛榆']}, 'place')
N('郴州市宜章县第一笔政府采购合同融资贷款放了多少钱？', {'ALL': ['宜章']}, 'place')
N('十堰市房县的政采贷线上系统是哪天上线的？', {'ALL': ['房县', '房縣']}, 'place')
N('焦作市政府采购合同融资累计放款多少？', {'ALL': ['焦作']}, 'place')
N('贵州省融资担保公司监督管理实施细则征求意见截止到哪天？', {'ALL': ['贵州', '貴州']}, 'place')
N('江西省小额贷款公司分类监管评级多久开展一次？', {'ALL': ['江西']}, 'place')
N('河北省新设小额贷款公司注册资本最低要多少？', {'ALL': ['河北']}, 'place')
N('日照市开典当行，法人股东持股合计不能低于多少？', {'ALL': ['日照']}, 'place')
N('潍坊市典当监督管理实施细则对股东出资比例怎么规定的？', {'ALL': ['潍坊', '濰坊']}, 'place')
N('广州增城区企业拿到绿色贷款每年最高补贴多少？', {'ALL': ['增城']}, 'place')
N('贵安新区在新区设立绿色金融专营机构奖励多少？', {'ALL': ['贵安', '貴安']}, 'place')
N('浙江省的环保贷省财政首期投入多少？', {'ALL': ['浙江']}, 'place')
N('山西省财政安排了多少贴息资金支持碳减排贷款？', {'ALL': ['山西']}, 'place')
# -- a year the texts do not state --
N('海州区2023年政采贷一共放了多少？', {'hz': ['2023']}, 'year')
N('济源2023年全年做了多少笔政府采购合同融资？', {'jy': ['2023']}, 'year')
N('花都区2023年绿色发展专项资金安排了多少？', {'hd': ['2023']}, 'year')
N('兰州新区2025年绿色金融专项资金有多少？', {'lz': ['2025']}, 'year')
# -- a figure the texts do not state for that measure --
N('资兴的政府采购合同融资贷款利率具体优惠多少？',
  [('NOFIG', 'zx', '且在貸款利率給予一定優(yōu)惠')], 'figure')
N('济源政府采购合同融资对信用好的企业，利率能优惠几个点？额度最高多少？',
  [('NOFIG', 'jy', '利率优惠等方面将给予更多支持')], 'figure')
N('竹溪县政采贷的贷款利率是多少？额度上限多少？', {'zs': ['利率', '上限', '%']}, 'figure')
N('江苏环保贷的风险分担，资金池和银行各担几成？',
  [('NOFIG', 'js', '差別化風險分擔比例')], 'figure')
N('山东省财政给政府性融资担保机构的降费奖补按多少比例给？',
  [('NOFIG', 'sd', '给予降费奖补政策支持')], 'figure')
N('山东评上优秀绿色金融创新产品的，省财政奖励多少钱？',
  [('NOFIG', 'sd', '省财政对创新性强、效果明显的产品给予奖励')], 'figure')
N('花都区企业发行绿色债券，发行费用按多少比例补贴？', {'hd': ['补贴比例', '按发行']}, 'figure')
N('兰州新区对金融机构新增绿色贷款按多少比例奖励？', {'lz': ['綠色貸款', '绿色贷款', '第三條']}, 'figure')
N('云南融资担保公司的融资担保放大倍数上限是多少？', {'yn': ['倍', '放大']}, 'figure')
N('湖南小额贷款公司分类评级分几个等级？', {'hn': ['A类', '等级', '级别', '五级']}, 'figure')
N('河南小额贷款公司对同一借款人的贷款余额不能超过多少？', {'he': ['同一借款人', '资本净额', '余额']}, 'figure')
N('临沂设立典当行，注册资本最低要多少万元？', {'ly': ['萬元', '万元', '億元', '亿元']}, 'figure')
# -- off-topic --
N('海州区买二手房契税有没有补贴？', {'ALL': ['契税', '契稅']}, 'offtopic')
N('济源住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('临沂市城乡居民养老保险缴费档次有哪些？', {'ALL': ['养老保险', '養老保險']}, 'offtopic')

# the four traditional-script questions about simplified texts, written in simplified script (mutation test)
SIMPLIFIED = {
    '濟源辦政府採購合同融資，企業要不要提供抵押或者擔保？': '济源办政府采购合同融资，企业要不要提供抵押或者担保？',
    '雲南這個融資擔保細則徵求意見稿，意見用郵件發到哪個信箱？': '云南这个融资担保细则征求意见稿，意见用邮件发到哪个信箱？',
    '花都區企業買了綠色保險，每年最高能補多少錢？': '花都区企业买了绿色保险，每年最高能补多少钱？',
    '山東省財政把哪些碳匯保險納入了以獎代補範圍？': '山东省财政把哪些碳汇保险纳入了以奖代补范围？',
}

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['剔除质保金后的90%'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['连云港市海州区财政局'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['融资银行的贷款额度最高为合同金额剔除质保金后的85%'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['海州']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'hz': ['赣榆']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['85％'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['85%', '80%'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='海州区政采贷剔除质保金后的85%对吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'hd', '获得绿色贷款的')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['5%'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(2, dict(ITEMS[2], q=ITEMS[2]['q'] + '（海州）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='hz', anchors=['融资银行的贷款额度最高为'],
                                                             markers=['政采贷'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='政采贷最多能贷合同金额的百分之几？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('hz', '政府'),
    'trad_question_count': lambda: [ITEMS.__setitem__(i, dict(it, q=SIMPLIFIED.get(it['q'], it['q'])))
                                    for i, it in enumerate(list(ITEMS))],
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NX_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nx{i:03d}'
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
