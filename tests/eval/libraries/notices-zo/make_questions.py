#!/usr/bin/env python3
"""Write questions.jsonl for notices-zo, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by four texts of different places:
  A 跨境电商 / 海外仓 / 外贸 融资支持: 杭州市 (whole regulation), 四川省 (海外仓 action plan), 陕西省 (news),
    福建省 (case report);
  B 残疾人 / 妇女 / 农民工 创业贷款及贴息: 蒙山县 (农民工), 湖南省 (残疾人), 妇女贷款贴息 政策问答 (湖北: 鄂财金发),
    河北省 (妇女, 征求意见稿, 繁體);
  C 企业发行债券 / 直接融资 奖励: 福田区, 黄埔区 (繁體), 黑龙江省 老字号 (繁體), 安徽省 (繁體).

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
    simplified texts and at least 3 in simplified script about traditional-script texts.
Set NZO_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'hz': 'hangzhou-cross-border-ecommerce-promotion-regulation-2017.txt',
    'sc': 'sichuan-overseas-warehouse-three-year-action-plan-2024.txt',
    'sx': 'shaanxi-sme-foreign-trade-loan-risk-compensation-news.txt',
    'fj': 'fujian-commerce-foreign-trade-loan-risk-sharing-case.txt',
    'ms': 'mengshan-county-migrant-worker-startup-loan-guarantee-fund-news-2016.txt',
    'hn': 'hunan-disabled-startup-microloan-interest-subsidy-news.txt',
    'hb': 'hubei-women-startup-guaranteed-loan-interest-subsidy-qa-2011.txt',
    'he': 'hebei-women-microloan-guarantee-rules-draft-consultation-news.txt',
    'ft': 'futian-district-enterprise-bond-through-train-measures.txt',
    'hp': 'huangpu-district-bond-financing-subsidy-application-notice-2022.txt',
    'hl': 'heilongjiang-time-honored-brand-debt-financing-subsidy-rules-news-2018.txt',
    'ah': 'anhui-direct-financing-reward-news-2019.txt',
}
TRAD_DOCS = {'he', 'hp', 'hl', 'ah'}
# how a question names the document: its place (short or traditional form). The 政策问答 names no place (its
# place, 湖北, is only implied by 鄂财金发), so naming the document itself counts for it.
PLACES = {
    'hz': ['杭州'], 'sc': ['四川'], 'sx': ['陕西', '陝西'], 'fj': ['福建'], 'ms': ['蒙山'], 'hn': ['湖南'],
    'hb': ['政策问答', '政策問答'], 'he': ['河北'], 'ft': ['福田'], 'hp': ['黄埔', '黃埔'],
    'hl': ['黑龙江', '黑龍江', '老字号', '老字號'], 'ah': ['安徽'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米|bp)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵寄號碼遞畢節雲貢獻連續滿歲齡籌記登證'
                 '謄齊語論壇織處罰聽遷畫輔導據歡財撥週則風範圍銀倉動裡務電網銷擬掛運億鄉農縣並級規貧戶')

EQUIV = {
    '2017年3月1日': ['2017.3.1', '2017-03-01', '2017年3月1号'],
    '2016年10月26日': ['2016.10.26', '2016-10-26'],
    '10个': ['十个', '10個'],
    '5个': ['五个', '5個'],
    '2024年1月8日': ['2024.1.8', '2024-01-08'],
    '20个': ['二十个', '20個'],
    '1—3家': ['1-3家', '1至3家', '1到3家', '一至三家'],
    '1000万元': ['1000万', '一千万元', '1000萬元', '1000萬'],
    '13亿元': ['十三亿元', '13億元'],
    '400家': ['四百家'],
    '50%': ['百分之五十', '50％', '一半'],
    '80%': ['百分之八十', '80％', '八成'],
    'LPR+100bp': ['LPR+100BP', 'LPR加100个基点', 'LPR+100个基点', 'LPR加100BP'],
    '210万元': ['210万', '二百一十万元', '210萬元'],
    '10万元': ['十万元', '10萬元', '10万'],
    '两年': ['2年', '兩年', '二年'],
    '2518万元': ['2518萬元'],
    '200万元': ['二百万元', '200萬元', '200万'],
    '8万元': ['八万元', '8萬元', '8万'],
    '8萬元': ['8万元', '八万元', '8万'],
    '10萬元': ['10万元', '十万元', '10万'],
    '85%': ['百分之八十五', '85％'],
    '136個': ['136个'],
    '20%': ['百分之二十', '20％', '两成'],
    '500万元': ['500万', '五百万元', '500萬元'],
    '30%': ['百分之三十', '30％', '三成'],
    '10%': ['百分之十', '10％', '一成'],
    '200萬': ['200万元', '200万', '200萬元', '二百万元'],
    '1%': ['百分之一', '1％'],
    '穗埔府規〔2019〕13號': ['穗埔府规〔2019〕13号', '穗埔府规(2019)13号', '穗埔府规[2019]13号', '穗埔府規(2019)13號'],
    '2022.11.10': ['2022年11月10日', '2022-11-10'],
    '2019年7月21日': ['2019.7.21', '2019-07-21'],
    '2.5%': ['百分之二点五', '2.5％'],
    '2%': ['百分之二', '2％'],
    '0.5%': ['百分之零点五', '0.5％', '千分之五'],
    '5%': ['百分之五', '5％'],
    '70萬元': ['70万元', '七十万元', '70万'],
    '200萬元': ['200万元', '二百万元', '200万'],
    '2.6億元': ['2.6亿元', '2.6亿'],
    '1.02億元': ['1.02亿元', '1.02亿'],
    '10萬元': ['10万元', '十万元', '10万'],
    '7%': ['百分之七', '7％'],
    '5万元': ['五万元', '5萬元'],
    '105名': ['105人', '105个'],
    '2月': ['二月'],
}

# values that the text writes directly followed by a clock time or other digits once whitespace is removed
GLUED_OK = {'2022.11.10'}


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


DOC = {'hz': '杭州', 'sc': '四川', 'sx': '陕西', 'fj': '福建', 'ms': '蒙山', 'hn': '湖南', 'hb': '问答',
       'he': '河北', 'ft': '福田', 'hp': '黃埔', 'hl': '老字號', 'ah': '安徽'}

# ================= topic A: 跨境电商 / 海外仓 / 外贸 融资支持 =================
# ---- 杭州市跨境电子商务促进条例 (浙江, 市; whole regulation) ----
A('杭州跨境电商综试区里，银行、支付机构和平台之间要给跨境电商交易提供哪些一站式金融服务？', 'hz',
  ['第十八条 金融机构'], ['在线支付结算', '在线融资'])
A('杭州市跨境电子商务促进条例从哪天起施行？', 'hz',
  ['第四十五条'], ['2017年3月1日起施行'], ['2017年3月1日', '2017.3.1', '2017-03-01', '2017年3月1号'])
A('杭州市和区县两级给跨境电商安排的专项资金，重点扶持哪些产业链环节？', 'hz',
  ['第四十一条'], ['金融支付', '逐年有所增长'])
A('杭州跨境电商综试区的建设和统筹管理归哪个机构管？', 'hz',
  ['第七条 市人民政府设立的'], ['市跨境电商综试办'])
A('杭州这部跨境电商条例是哪天、哪次人大常委会会议通过的？', 'hz',
  ['2016年10月26日'], ['第四十次会议通过'], ['2016年10月26日', '2016.10.26', '2016-10-26'])
A('杭州市跨境電子商務促進條例裡，跨境電商糾紛的專業仲裁機構由誰來探索建立？', 'hz',
  ['市人民政府应当探索建立'], ['专业仲裁机构'])
A('条例里说的跨境电子商务，具体是指什么样的电子商务活动？', 'hz',
  ['第三条 本条例所称跨境电子商务'], ['分属不同关境的交易主体'], noplace=True)

# ---- 四川省海外仓高质量发展三年行动方案 (省) ----
A('四川海外仓三年行动方案提出，到2026年在国际节点城市要建成多少个海外仓、总面积多大？', 'sc',
  ['到2026年,在国际节点城市建成海外仓10个以上'], ['建成海外仓10个以上', '总面积达到5万平方米'],
  ['10个', '十个', '10個', '5万平方米'])
A('四川打算认定几个省级公共海外仓？', 'sc',
  ['到2026年,在国际节点城市建成海外仓10个以上'], ['认定省级公共海外仓5个以上'], ['5个', '五个', '5個'])
A('四川省海外仓行动方案是哪个单位印发的，落款日期是哪天？', 'sc',
  ['四川省商务厅', '2024年1月8日'], ['四川省商务厅'], ['2024年1月8日', '2024.1.8', '2024-01-08'])
A('四川这个海外仓方案是会同多少个部门（单位）研究制定的？', 'sc',
  ['我厅会同省发展改革委'], ['等20个部门(单位)'], ['20个', '二十个', '20個'])
A('四川省海外倉行動方案裡講的「六化」發展路徑具體是哪六個？', 'sc',
  ['探索海外仓数字化赋能'], ['数字化赋能', '合规化经营'])

# ---- 陕西省中小外贸企业银行贷款风险补偿机制 (省; news) ----
A('陕西中小外贸企业贷款的风险补偿资金池，每年安排多少钱，钱从哪里来？', 'sx',
  ['每年从中央财政外经贸发展专项资金中安排1000万元'], ['设立风险补偿资金池', '外经贸发展专项资金'],
  ['1000万元', '1000万', '一千万元', '1000萬元'])
A('陕西这个外贸企业贷款风险补偿机制是哪几个部门牵头建立的？合作银行是谁？', 'sx',
  ['该机制由省商务厅、财政厅联合建立'], ['省商务厅、财政厅联合建立', '作为合作银行'])
A('陕西的风险补偿机制落地后，中行陕西省分行一共撬动了多少优惠贷款？', 'sx',
  ['统计数据显示,自风险补偿机制落地以来'], ['累计撬动超13亿元'], ['13亿元', '十三亿元', '13億元'])
A('陕西已经给多少家中小外贸企业发放了优惠贷款？', 'sx',
  ['今年以来,陕西省聚焦打好外贸拓展硬仗'], ['为超400家中小外贸企业'], ['400家', '四百家'])
A('陝西鎮坪那家做板岩出口的企業，從中國銀行拿到了多少貸款？', 'sx',
  ['“从提交资料到拿到1000万元贷款'], ['拿到1000万元贷款'], ['1000万元', '1000萬元', '一千万元', '1000万'])

# ---- 福建省商务厅商贸贷、外贸贷政策 (省; case report, one paragraph) ----
A('福建的商贸贷、外贸贷，政府给银行分担多少风险？在多大融资额度内？', 'fj',
  ['新增“在1000万元融资额度范围内'], ['1000万元融资额度范围内'], ['50%', '百分之五十', '50％', '一半', '1000万元'])
A('福建外贸贷如果是政府性融资担保的，贷款损失最高能赔到本金的多少？', 'fj',
  ['新增“在1000万元融资额度范围内'], ['本金损失的80%'], ['80%', '百分之八十', '80％', '八成'])
A('福建对政策性银行和大型商业银行的外贸贷利率设了什么上限？', 'fj',
  ['新增“在1000万元融资额度范围内'], ['LPR+100bp'], ['LPR+100bp', 'LPR+100BP', 'LPR加100个基点', 'LPR+100个基点'])
A('福建的商贸贷、外贸贷是依托哪个平台推出的？', 'fj',
  ['新增“在1000万元融资额度范围内'], ['省金服云平台'])
A('非政府性的融资担保出了代偿，本金损失最多能赔多少？', 'fj',
  ['新增“在1000万元融资额度范围内'], ['非政府性融资担保赔偿'], ['50%', '百分之五十', '50％', '一半'], noplace=True)

# ================= topic B: 残疾人 / 妇女 / 农民工 创业贷款及贴息 =================
# ---- 蒙山县 农民工创业贷款担保基金 (广西 梧州, 县; news) ----
A('蒙山县拿出多少钱设立农民工创业贷款担保基金？', 'ms',
  ['近日,蒙山县安排210万元'], ['安排210万元'], ['210万元', '210万', '二百一十万元', '210萬元'])
A('广西蒙山县返乡创业的农民工最多能贷多少？利息谁来出？', 'ms',
  ['该县返乡创业农民工最高可贷10万元'], ['最高可贷10万元', '县财政全额贴息'], ['10万元', '十万元', '10萬元', '10万'])
A('蒙山县这笔担保基金能帮多少名农民工贷款，一共能放多少贷款？', 'ms',
  ['设定的210万元贷款担保基金'], ['可为105名农民工'], ['105名', '105人', '105个', '1050万元'])
A('蒙山县跟哪家银行签了农民工创业担保贷款的合作协议？', 'ms',
  ['农业银行梧州分行'], ['农业银行梧州分行'])
A('蒙山縣農民工創業貸款由縣財政全額貼息，貼息期限是多久？', 'ms',
  ['该县返乡创业农民工最高可贷10万元'], ['贷款期限两年内'], ['两年', '2年', '兩年', '二年'])

# ---- 湖南省残疾人创业小额贷款贴息项目 (省; news) ----
A('湖南残疾人创业小额贷款贴息，残疾人家庭最高多少贷款能贴息？贴息率是多少？', 'hn',
  ['其中残疾人家庭享受贴息的小额贷款限额为10万元'], ['小额贷款限额为10万元', '贴息率为7%'],
  ['10万元', '十万元', '10萬元', '10万', '7%'])
A('湖南残疾人就业扶贫基地、合作社能贴息的贷款限额是多少？贴息额度怎么算？', 'hn',
  ['其中残疾人家庭享受贴息的小额贷款限额为10万元'], ['限额为200万元', '人均5万元'], ['200万元', '二百万元', '200萬元', '5万元'])
A('湖南这次残疾人创业小额贴息项目申报的贷款总额是多少？申报贴息资金多少？', 'hn',
  ['为创新残疾人金融服务机制'], ['贷款总额为2518万元'], ['2518万元', '2518萬元', '176.26万元'])
A('湖南残疾人创业贷款贴息的通知是哪两个部门印发的，哪天印发？', 'hn',
  ['为创新残疾人金融服务机制'], ['省残联和省财政厅'], ['5月29日'])
A('同一个残疾人家庭能不能连着两年都拿创业贷款贴息？', 'hn',
  ['其中残疾人家庭享受贴息的小额贷款限额为10万元'], ['不得连续两年享受贴息'], noplace=True)

# ---- 妇女创业小额担保贷款财政贴息政策问答 (湖北 by 鄂财金发; 问答) ----
A('妇女创业小额担保贷款财政贴息政策问答里，小额担保贷款最高额度从多少提到了多少？', 'hb',
  ['小额担保贷款最高额度由5万元提高至8万元'], ['由5万元提高至8万元'], ['8万元', '八万元', '8萬元', '8万'])
A('按那份政策问答，妇女合伙经营的人均最高能贷多少？总额不超过多少？', 'hb',
  ['小额担保贷款最高额度由5万元提高至8万元'], ['提高至10万元', '总额不超过50万元'], ['10万元', '十万元', '10萬元', '10万', '50万元'])
A('政策问答里说，妇女小额担保贷款贴息政策是哪几个部门联合出台的？', 'hb',
  ['财政部、人力资源和社会保障部、中国人民银行、全国妇联。'], ['全国妇联'])
A('政策问答中，妇联组织在妇女小额担保贷款工作里起什么作用？', 'hb',
  ['为做好妇女特别是农村妇女小额担保贷款工作'], ['发挥总协调作用'])
A('政策問答裡，人民銀行的分支機構在婦女小額擔保貸款中負責什麼？', 'hb',
  ['为做好妇女特别是农村妇女小额担保贷款工作'], ['协调指导经办金融机构'])

# ---- 《河北省婦女小額擔保貸款實施細則》(征求意見稿) (省; 繁體 news, pinyin-garbled as stored) ----
A('河北妇女小额担保贷款实施细则征求意见稿里，个人最高能贷多少？几年期限内全额贴息？', 'he',
  ['提供最高額度為8萬元'], ['最高額度為8萬元'], ['8萬元', '8万元', '八万元', '8万', '3年'])
A('河北这个征求意见稿规定，妇女合伙经营、组织起来就业的，人均最高可以贷多少？', 'he',
  ['提供最高額度為8萬元'], ['可提高至10萬元'], ['10萬元', '10万元', '十万元', '10万'])
A('河北的妇联组织推荐的贷款回收率要达到多少才能拿补贴奖励？按发放贷款的多少比例给？', 'he',
  ['提供最高額度為8萬元'], ['85%以上的婦聯', '2%比例'], ['85%', '百分之八十五', '85％', '2%'])
A('河北省婦聯那次小額擔保貸款座談會是幾月幾號開的？哪位全國婦聯領導參加了？', 'he',
  ['提供最高額度為8萬元'], ['孟曉駟'], ['11月27日'])
A('河北已经建了多少个女性创业指导（服务）中心？', 'he',
  ['已培訓(xùn)婦女近60萬人(次)。'], ['中心136個'], ['136個', '136个'])

# ================= topic C: 企业发行债券 / 直接融资 奖励 =================
# ---- 深圳市福田区 企业债券“直通车”支持措施 (区; headline garbled as stored) ----
A('深圳福田区对通过直通车发企业债的，发债项目在深圳市内的按多少比例贴息？在市外的呢？', 'ft',
  ['第三条 贴息支持'], ['实际支付利息的20%'], ['20%', '百分之二十', '20％', '两成', '10%'])
A('福田区发企业债的贴息，单笔债券每年最多补多少？最长补几年？同一企业每年上限多少？', 'ft',
  ['第三条 贴息支持'], ['每年补贴金额不超过500万元'], ['500万元', '500万', '五百万元', '500萬元', '3年', '1000万元'])
A('福田区对成功发行企业债券的企业，主承销费用补多少？每笔上限呢？', 'ft',
  ['第四条 发行支持'], ['按主承销费用的30%'], ['30%', '百分之三十', '30％', '三成', '100万元', '200万元'])
A('想拿福田区的企业债券支持，发债企业要满足哪些条件？', 'ft',
  ['第二条 支持对象', '(一)发债企业的商事注册登记地', '(二)通过“企业债券直通车”', '(三)发债项目属于', '(四)发债企业承诺'],
  ['不迁出福田', '重点发展产业'])
A('发债项目放在深汕特别合作区的，企业债券贴息按实际付息的多少给？', 'ft',
  ['第三条 贴息支持'], ['实际支付利息的20%'], ['20%', '百分之二十', '20％', '两成'], noplace=True)

# ---- 广州市黄埔区 广州开发区 2022年11月债券融资业务等申报通知 (区; 繁體, pinyin-garbled as stored) ----
A('黄埔区企业发债，存续期融资额1亿元以下的，按实际付息额的百分之几贴息？', 'hp',
  ['1.債券融資業(yè)務(wù)補貼'], ['10%、8%、5%、1%'], ['10%', '百分之十', '10％', '一成'])
A('黄埔区债券融资业务补贴，每家企业每年最多补多少？同一笔债券最长补几年？', 'hp',
  ['1.債券融資業(yè)務(wù)補貼'], ['累計最高補貼200萬'], ['200萬', '200万元', '200万', '200萬元', '二百万元', '3年'])
A('在广东股权交易中心发债、融资2000万元以内的那部分，黄埔区怎么奖励？', 'hp',
  ['1.債券融資業(yè)務(wù)補貼'], ['融資金額的1%給予獎勵'], ['1%', '百分之一', '1％'])
A('黃埔區這次申報依據的“金融10條”政策，文號是什麼？適用哪天之後發生的項目？', 'hp',
  ['《廣州市黃埔區'], ['穗埔府規〔2019〕13號'],
  ['穗埔府規〔2019〕13號', '穗埔府规〔2019〕13号', '穗埔府规(2019)13号', '穗埔府规[2019]13号', '穗埔府規(2019)13號', '2019年7月21日'])
A('黄埔区这次债券融资补贴申报的通知是哪天发布的？由哪个局组织申报？', 'hp',
  ['發(fā)布時(shí)間:2022.11.10', '為貫徹落實(shí)我區“金融10條”'], ['金融工作局現組織申報'],
  ['2022.11.10', '2022年11月10日', '2022-11-10'])

# ---- 黑龙江省 老字号/原字号/新字号 发行直接债务融资工具奖补细则 (省; 繁體 news) ----
A('黑龙江老字号、原字号、新字号企业发企业债、公司债，省财政按到账额多少补贴？最高多少？', 'hl',
  ['對成功發行企業債、公司債'], ['實際到賬額的2.5%'], ['2.5%', '百分之二点五', '2.5％', '500萬元'])
A('给黑龙江老字号企业当主承销商的金融机构，奖励比例和单笔上限是多少？', 'hl',
  ['對成功發行企業債、公司債'], ['企業實際到賬額的2%'], ['2%', '百分之二', '2％', '200萬元'])
A('为老字号企业发债提供增信服务的担保机构能拿多少奖励？', 'hl',
  ['對成功發行企業債、公司債'], ['實際到賬額的0.5%'], ['0.5%', '百分之零点五', '0.5％', '千分之五', '100萬元'])
A('黑龙江国家级贫困县的中小企业发债融资，省财政补贴比例和单户上限是多少？', 'hl',
  ['對國家級貧困縣(市)中小企業發行債券融資的'], ['實際到賬額的5%給予補貼'], ['5%', '百分之五', '5％', '500萬元'])
A('国家级贫困县中小企业发债时，牵头运作发行的承销金融机构能拿多少奖励？', 'hl',
  ['對國家級貧困縣(市)中小企業發行債券融資的'], ['牽頭運作發行債券'], ['5%', '百分之五', '5％', '500萬元'],
  noplace=True)

# ---- 安徽 2.6亿元支持企业直接融资 (省; 繁體 news, gov.cn big5) ----
A('安徽民营企业首次完成债券融资，省财政怎么奖？最高多少？', 'ah',
  ['記者了解到,安徽省制定了明確獎補標準'], ['最高70萬元獎勵'], ['70萬元', '70万元', '七十万元', '70万', '1%'])
A('安徽企业在境内外交易所首发上市，省财政奖励多少？', 'ah',
  ['記者了解到,安徽省制定了明確獎補標準'], ['分階段給予獎勵200萬元'], ['200萬元', '200万元', '二百万元', '200万'])
A('安徽省财政统筹安排了多少资金支持企业对接多层次资本市场？', 'ah',
  ['新華社合肥7月12日電'], ['統籌安排2.6億元資金'], ['2.6億元', '2.6亿元', '2.6亿'])
A('安徽上半年已经兑现了多少直接融资奖励？', 'ah',
  ['據安徽省財政廳統計'], ['獎勵1.02億元'], ['1.02億元', '1.02亿元', '1.02亿'])
A('安徽在省股权交易中心科创板挂牌的企业能拿多少奖补？完成改制并挂牌的呢？', 'ah',
  ['記者了解到,安徽省制定了明確獎補標準'], ['一次性獎補10萬元'], ['10萬元', '10万元', '十万元', '10万'])
A('挂牌企业首次做股权融资的，按融资额的多少给奖励？', 'ah',
  ['記者了解到,安徽省制定了明確獎補標準'], ['掛牌企業首次股權融資'], ['1%', '百分之一', '1％'], noplace=True)

# ================= near misses (doc null) =================
# -- another place's rule: a sibling or neighbouring place of a library place, not mentioned in any text --
N('宁波市跨境电子商务促进条例是哪天开始施行的？', {'ALL': ['宁波', '寧波']}, 'place')
N('重庆市海外仓高质量发展行动方案要求到2026年建成多少个海外仓？', {'ALL': ['重庆', '重慶']}, 'place')
N('甘肃省中小外贸企业贷款风险补偿资金池每年安排多少钱？', {'ALL': ['甘肃', '甘肅']}, 'place')
N('江西省的外贸贷在多大融资额度内给银行分担风险？', {'ALL': ['江西']}, 'place')
N('广西藤县返乡创业农民工最高能贷多少？县里全额贴息吗？', {'ALL': ['藤县', '藤縣']}, 'place')
N('贵州省残疾人创业小额贷款的贴息率是多少？', {'ALL': ['贵州', '貴州']}, 'place')
N('山西省妇女小额担保贷款实施细则征求意见稿里，个人最高能贷多少？', {'ALL': ['山西']}, 'place')
N('深圳罗湖区企业发债的贴息比例是多少？', {'ALL': ['罗湖', '羅湖']}, 'place')
N('广州南沙区企业发行债券的融资补贴每年最高多少？', {'ALL': ['南沙']}, 'place')
N('吉林省老字号企业发行企业债，省财政补贴比例是多少？', {'ALL': ['吉林']}, 'place')
N('江苏省民营企业首次发债，省财政奖励最高多少？', {'ALL': ['江苏', '江蘇']}, 'place')
N('义乌市跨境电商企业租用海外仓有多少补助？', {'ALL': ['义乌', '義烏']}, 'place')
N('桂林市返乡创业农民工的创业担保贷款最高能贷多少？', {'ALL': ['桂林']}, 'place')
# -- a year the texts do not state --
N('四川海外仓行动方案里，到2025年要建成多少个海外仓？', {'sc': ['2025']}, 'year')
N('湖南2016年残疾人创业小额贴息项目申报的贷款总额是多少？', {'hn': ['2016']}, 'year')
N('安徽2021年上半年兑现了多少企业直接融资奖励？', {'ah': ['2021']}, 'year')
N('杭州跨境电商综试区2025年的跨境电商交易额目标是多少？', {'hz': ['2025', '交易额']}, 'year')
# -- a figure the texts do not state for that measure (or a figure stated for another measure nearby) --
N('杭州市每年给跨境电商安排的专项资金具体是多少钱？',
  [('NOFIG', 'hz', '应当安排专项资金'), {'hz': ['万元', '亿元']}], 'figure')
N('杭州对跨境电商企业的贷款贴息比例是多少？', {'hz': ['贴息', '%']}, 'figure')
N('四川对企业建设或租用海外仓给多少补助？有没有贷款贴息？', {'sc': ['补助', '补贴', '贴息', '万元']}, 'figure')
N('陕西的风险补偿资金池按不良本金的多少比例补偿给银行？', {'sx': ['%', '比例', '百分之']}, 'figure')
N('福建商贸贷、外贸贷的财政贴息比例是多少？', {'fj': ['贴息']}, 'figure')
N('蒙山县农民工创业贷款的担保费率是多少？', {'ms': ['担保费', '费率', '%']}, 'figure')
N('湖南残疾人创业贷款贴息的期限最长几年？', {'hn': ['期限']}, 'figure')
N('政策问答里，妇女小额担保贷款的期限最长是几年？',
  [('NOFIG', 'hb', '在贷款期限内给予全额贴息'), {'hb': ['3年', '三年', '2年', '两年']}], 'figure')
N('河北妇女小额担保贷款征求意见稿里，担保费率定的是多少？', {'he': ['擔保費', '担保费', '費率', '费率']}, 'figure')
N('福田区企业债券支持资金的申报截止时间是哪天？', {'ft': ['截止', '申报时间']}, 'figure')
N('黄埔区在境外间接上市的企业，分阶段奖励一共奖多少钱？',
  [('NOFIG', 'hp', '本輪申報針對在境外指定證券交易所間接上市的企業')], 'figure')
N('黑龙江老字号发债补贴的申报截止日期是哪天？', {'hl': ['截止', '申報時間']}, 'figure')
N('安徽企业在新三板挂牌，省财政奖励多少？', {'ah': ['新三板']}, 'figure')
# -- off-topic --
N('杭州市区买房有契税补贴吗？补多少？', {'ALL': ['契税', '契稅']}, 'offtopic')
N('福田区的人才住房补贴标准是多少？', {'ALL': ['住房补贴', '住房補貼']}, 'offtopic')
N('安徽省灵活就业人员养老保险缴费基数是多少？', {'ALL': ['养老保险', '養老保險']}, 'offtopic')

def _idx(key, n):
    """index in ITEMS of the n-th (0-based) answerable item of document key"""
    return [i for i, it in enumerate(ITEMS) if it['key'] == key][n]


MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['在线贷款结算'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['市跨境电商综试办'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['在线支付结算、在线融资、在线保险等一站式'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['蒙山']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'ms': ['藤县']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['2017.3.1'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['2017年3月1日', '2017年5月1日'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='杭州要求提供在线支付结算吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'ms', '近日,蒙山县安排')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], values=['017年3月1日'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(6, dict(ITEMS[6], q=ITEMS[6]['q'] + '（杭州）')),
    # an existing 蒙山 item made noplace, its marker '全额贴息' also in the 政策问答: two texts would answer it
    'noplace_marker_in_two_files': lambda: ITEMS.__setitem__(
        _idx('ms', 1), dict(ITEMS[_idx('ms', 1)], q='返乡创业的农民工最多能贷多少？利息谁来出？', markers=['全额贴息'],
                            noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(1, dict(ITEMS[1], q='这部条例从哪天起施行？')),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('sx', '省'),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZO_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_simpl_trad = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzo{i:03d}'
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
          'simplified-script questions on traditional-script texts; per document', dict(per_doc))


if __name__ == '__main__':
    main()
