#!/usr/bin/env python3
"""Write questions.jsonl for notices-r, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 企业上市(挂牌) 扶持 / 奖励: 萧山区, 东至县 (征求意见), 湘潭市, 双鸭山市 (繁體);
  B 应急转贷 / 续贷周转资金: 大同市, 无锡市 (解读, 繁體), 肇庆高新区, 黄梅县;
  C 贷款风险补偿资金: 甘孜州, 惠州市 (繁體), 江门市 (解读), 黄山市杭黄绿色产业园 (征求意见).

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
    simplified texts.
Set NR_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'xs': 'xiaoshan-district-phoenix-action-listing-opinions-2021.txt',
    'dz': 'dongzhi-county-direct-financing-measures-draft-consultation-2024.txt',
    'xt': 'xiangtan-listing-golden-hibiscus-plan-2022-2025.txt',
    'sy': 'shuangyashan-listing-support-reward-measures-2022-2024.txt',
    'dt': 'datong-enterprise-emergency-turnover-fund-measures-2026.txt',
    'wx': 'wuxi-sme-loan-turnover-emergency-fund-measures-interpretation.txt',
    'zq': 'zhaoqing-hitech-zone-emergency-loan-turnover-fund-measures-2025.txt',
    'hm': 'huangmei-county-loan-renewal-turnover-fund-revision-notice-2017.txt',
    'gz': 'ganzi-prefecture-sme-loan-risk-compensation-fund-measures-2026.txt',
    'hz': 'huizhou-sme-loan-risk-compensation-fund-measures-2022.txt',
    'jm': 'jiangmen-yikedai-risk-compensation-measures-interpretation.txt',
    'hs': 'huangshan-hanghuang-park-risk-compensation-pool-measures-draft-consultation-2025.txt',
}
TRAD_DOCS = {'sy', 'wx', 'hz'}
PLACES = {
    'xs': ['萧山', '蕭山'], 'dz': ['东至', '東至'], 'xt': ['湘潭'], 'sy': ['双鸭山', '雙鴨山'],
    'dt': ['大同'], 'wx': ['无锡', '無錫'], 'zq': ['肇庆', '肇慶'], 'hm': ['黄梅', '黃梅'],
    'gz': ['甘孜'], 'hz': ['惠州'], 'jm': ['江门', '江門'], 'hs': ['黄山', '黃山', '杭黄', '杭黃'],
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
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額')

EQUIV = {
    '100万元': ['一百万元', '100萬元'],
    '700万元': ['七百万元', '700萬元'],
    '25家': ['二十五家'],
    '萧政办发〔2021〕41号': ['萧政办发(2021)41号', '萧政办发[2021]41号', '蕭政辦發〔2021〕41號'],
    '5%': ['百分之五', '5％'],
    '80%': ['百分之八十', '八成', '80％'],
    '10月5日': ['2024年10月5日', '2024.10.5', '2024-10-05'],
    '0566-7017965': ['05667017965'],
    '皖政办〔2022〕8号': ['皖政办(2022)8号', '皖政办[2022]8号'],
    '7家': ['七家'],
    '10家': ['十家'],
    '2家': ['两家', '二家'],
    '12条': ['十二条'],
    '湘政办发〔2022〕2号': ['湘政办发(2022)2号', '湘政办发[2022]2号'],
    '10%': ['百分之十', '10％', '一成'],
    '雙政規〔2022〕3號': ['双政规〔2022〕3号', '双政规(2022)3号', '双政规[2022]3号'],
    '2022年3月25日': ['2022.3.25', '2022-03-25', '3月25日'],
    '2022—2024': ['2022-2024', '2022年至2024年', '2022到2024'],
    '3000万元': ['三千万元', '3000萬元'],
    '2026年1月22日': ['2026.1.22', '2026-01-22'],
    '晋政办发〔2023〕55号': ['晋政办发(2023)55号', '晋政办发[2023]55号'],
    '10章29條': ['10章29条', '十章二十九条', '十章二十九條'],
    '第8、13、14條': ['第8、13、14条', '8、13、14条', '第八、十三、十四条'],
    '2亿元': ['两亿元', '二亿元', '2億元'],
    '5年': ['五年'],
    '第3次': ['第三次'],
    '8000万元': ['八千万元', '8千万元', '8000萬元'],
    '甘办规〔2026〕1号': ['甘办规(2026)1号', '甘办规[2026]1号'],
    '惠市工信〔2022〕3號': ['惠市工信〔2022〕3号', '惠市工信(2022)3号', '惠市工信[2022]3号'],
    '2022年1月7日': ['2022.1.7', '2022-01-07'],
    'HBGS-2022-1': [],
    '7章共35条': ['7章35条', '七章三十五条', '7章35條'],
    '2年': ['两年', '二年'],
    '5亿元': ['五亿元', '5億元'],
    '三年': ['3年'],
    '2026-01-02': ['2026年1月2日', '2026.1.2'],
    'sczjrk@163.com': [],
    'dzxjrb@126.com': [],
}


# values that the text writes as a date directly followed by a clock time ('2026-01-02 00:00'): once whitespace
# is removed the date touches the time's digits, so the clause check of the digit rule is waived for them (an
# answer states the date alone); the value must still occur verbatim in the clause.
GLUED_OK = {'2026-01-02', '2022-01-12'}


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


DOC = {'xs': '萧山', 'dz': '东至', 'xt': '湘潭', 'sy': '雙鴨山', 'dt': '大同', 'wx': '無錫', 'zq': '肇庆',
       'hm': '黄梅', 'gz': '甘孜', 'hz': '惠州', 'jm': '江门', 'hs': '黄山'}

# ================= topic A: 企业上市(挂牌) 扶持 / 奖励 =================
# ---- 萧山区 凤凰行动 实施意见 (浙江 杭州, 区) ----
A('我们公司在杭州萧山，刚完成股改变成股份公司，区里能补多少钱？什么时候兑现？', 'xs',
  ['上市后备企业设立或变更为股份有限公司'], ['给予100万元补助', '在办理辅导备案登记后'], ['100万元', '一百万元', '100萬元'])
A('萧山区企业在A股上市，IPO材料被受理的时候补多少？上市成功以后最多再奖多少？', 'xs',
  ['在境内交易所或以直接方式在境外交易所上市的'], ['给予200万元补助', '给予700万元奖励'],
  ['700万元', '七百万元', '700萬元', '200万元'])
A('浙江萧山的凤凰行动实施意见，到2025年末要新增多少家上市企业？每年动态保有多少家后备企业？', 'xs',
  ['到2025年末,新增上市企业不少于25家'], ['不少于25家', '上市后备企业50家'], ['25家', '二十五家', '50家'])
A('萧山这份推进凤凰行动的实施意见，文号是什么？', 'xs',
  ['(萧政办发〔2021〕41号)'], ['萧政办发〔2021〕41号'],
  ['萧政办发〔2021〕41号', '萧政办发(2021)41号', '萧政办发[2021]41号', '蕭政辦發〔2021〕41號'])
A('股改的时候用资本公积、未分配利润转增股本，按自然人股东那部分的百分之几给补助？', 'xs',
  ['为明确资产权属而进行资产重组的'], ['属于自然人股东部分的5%'], ['5%', '百分之五', '5％'], noplace=True)
A('想拿上市成功后的700万元奖励，IPO募集资金投回比例最低要到多少？', 'xs',
  ['在境内交易所或以直接方式在境外交易所上市的'], ['投回比例不低于80%'], ['80%', '百分之八十', '八成', '80％'], noplace=True)

# ---- 东至县 直接融资实施办法 征求意见 (安徽 池州, 县) ----
A('东至县那个加快推进直接融资的实施办法征求意见，什么时候截止？', 'dz',
  ['一、网上征求意见截止时间', '2024年9月5日至10月5日。'], ['网上征求意见截止时间', '至10月5日'],
  ['10月5日', '2024年10月5日', '2024.10.5', '2024-10-05'])
A('安徽池州东至县这次征求意见，联系人是谁？电话多少？', 'dz',
  ['联系人及电话'], ['联系人及电话:陈洋', '0566-7017965'], ['0566-7017965', '05667017965'])
A('给东至县提意见能发邮件或者寄信吗？邮箱和邮编是多少？', 'dz',
  ['社会公众可通过电子邮件'], ['dzxjrb@126.com', '邮编247200'], ['dzxjrb@126.com', '247200'])
A('东至县的直接融资实施办法主要依据了哪些省、市文件？', 'dz',
  ['皖政办〔2022〕8号', '皖财金便函〔2020〕2号', '池政〔2022〕24号'], ['皖政办〔2022〕8号', '池政〔2022〕24号'])
A('安徽的“迎客松行动”计划是哪个文号印发的？', 'dz',
  ['皖政办〔2022〕8号'], ['皖政办〔2022〕8号'], ['皖政办〔2022〕8号', '皖政办(2022)8号', '皖政办[2022]8号'], noplace=True)

# ---- 湘潭市 金芙蓉 跃升计划 (湖南, 市) ----
A('湘潭市金芙蓉跃升计划里，到2022年末上市企业要达到几家？直接融资总额增长多少？', 'xt',
  ['到2022年末,全市境内外上市企业数量达到7家'], ['数量达到7家', '直接融资总额增长15%以上'], ['7家', '七家', '15%'])
A('湘潭到2025年末全市上市企业数量的目标是多少家？', 'xt',
  ['到2022年末,全市境内外上市企业数量达到7家'], ['达到10家以上', '力争达到15家'], ['10家', '十家', '15家'])
A('湘潭高新区和湘潭经开区各自要新增几家上市企业？', 'xt',
  ['到2022年末,全市境内外上市企业数量达到7家'], ['均新增上市企业不少于2家'], ['2家', '两家', '二家'])
A('湖南湘潭培育上市後備資源，要圍繞多少條產業鏈來篩選企業？', 'xt',
  ['围绕全市12条产业链'], ['围绕全市12条产业链'], ['12条', '十二条'])
A('湘潭这个跃升计划依据的省里文件是哪个文号？', 'xt',
  ['为积极抢抓国家全面推行注册制改革政策机遇'], ['湘政办发〔2022〕2号'],
  ['湘政办发〔2022〕2号', '湘政办发(2022)2号', '湘政办发[2022]2号'])
A('到2025年末资产证券化率要提高多少？', 'xt',
  ['到2022年末,全市境内外上市企业数量达到7家'], ['资产证券化率提高10%以上'], ['10%', '百分之十', '10％', '一成'],
  noplace=True)

# ---- 双鸭山市 企业上市(挂牌)扶持奖励办法 (黑龙江, 市, 繁體) ----
A('双鸭山企业上市扶持奖励办法的文号是多少？', 'sy',
  ['文號:雙政規〔2022〕3號'], ['雙政規〔2022〕3號'],
  ['雙政規〔2022〕3號', '双政规〔2022〕3号', '双政规(2022)3号', '双政规[2022]3号'])
A('黑龙江双鸭山这个上市挂牌扶持奖励办法，是哪天哪次会议审议通过的？', 'sy',
  ['已經2022年3月25日召開的市政府第一次常務會議審議通過'], ['2022年3月25日', '第一次常務會議'],
  ['2022年3月25日', '2022.3.25', '2022-03-25', '3月25日'])
A('在双鸭山，什么样的企业才可以申请上市挂牌扶持奖励？', 'sy',
  ['已納入市級上市后備企業資源庫內的企業'], ['市級上市后備企業資源庫'])
A('双鸭山的上市奖励办法说是为了落实黑龙江省的什么计划？', 'sy',
  ['紫丁香計劃'], ['紫丁香計劃'])
A('双鸭山企业上市扶持奖励办法管哪几年？现在还有效吗？', 'sy',
  ['名稱:雙政規', '時效:現行有效'], ['現行有效'], ['2022—2024', '2022-2024', '2022年至2024年', '2022到2024'])

# ================= topic B: 应急转贷 / 续贷周转资金 =================
# ---- 大同市 企业资金链应急周转保障资金管理办法 (山西, 市) ----
A('大同市企业资金链应急周转保障资金，省里和市里各出多少钱？', 'dt',
  ['第五条 应急周转资金由省财政出资3000万元'], ['省财政出资3000万元', '不少于2亿元'], ['3000万元', '三千万元', '3000萬元', '2亿元'])
A('山西大同的应急周转资金能不能用在项目贷款上？', 'dt',
  ['应急周转资金适用于依法设立企业', '应急周转资金不适用于项目贷款'], ['不适用于项目贷款', '转贷续贷的临时周转'])
A('在大同，谁负责筛选应急周转资金的承办主体、拟定操作方案？', 'dt',
  ['第六条 大同市人民政府办公室负责'], ['大同市人民政府办公室负责'])
A('大同市這個應急周轉保障資金管理辦法是哪天印發的？', 'dt',
  ['2026年1月22日'], ['2026年1月22日'], ['2026年1月22日', '2026.1.22', '2026-01-22'])
A('大同的应急周转资金办法是根据山西省哪个文件制定的？', 'dt',
  ['第一条 为进一步优化金融营商环境'], ['晋政办发〔2023〕55号'],
  ['晋政办发〔2023〕55号', '晋政办发(2023)55号', '晋政办发[2023]55号'])
A('企业资金链应急周转保障资金是给什么情况的企业用的？', 'dt',
  ['第二条 本办法所称的企业资金链应急周转保障资金'], ['足额还贷出现暂时困难'], noplace=True)

# ---- 无锡市 中小企业转贷应急资金管理暂行办法 内容解读 (江苏, 市, 繁體) ----
A('无锡市中小企业转贷应急资金管理暂行办法一共几章几条？', 'wx',
  ['共分10章29條'], ['共分10章29條'], ['10章29條', '10章29条', '十章二十九条', '十章二十九條'])
A('无锡的转贷应急资金，会议纪要修改补充了办法的哪几条？', 'wx',
  ['共分10章29條'], ['第8、13、14條'], ['第8、13、14條', '第8、13、14条', '8、13、14条', '第八、十三、十四条'])
A('江阴和宜兴的中小企业能用无锡市的转贷应急资金吗？', 'wx',
  ['1、適用對象'], ['江陰市和宜興市'])
A('无锡转贷应急资金的最高管理决策机构是哪个？', 'wx',
  ['3、管理決策機構'], ['最高管理決策機構'])
A('无锡这笔转贷应急资金能拿去做长期投资吗？', 'wx',
  ['2、轉貸應急資金的定義'], ['短期使用', '轉貸、續貸'])

# ---- 肇庆高新区 中小微企业应急转贷资金管理办法 (广东, 开发区) ----
A('肇慶高新區的中小微企業應急轉貸資金總規模是多少？', 'zq',
  ['第二条 区管委会已设立'], ['总规模为2亿元'], ['2亿元', '两亿元', '二亿元', '2億元'])
A('广东肇庆高新区应急转贷资金的使用管理坚持哪几条原则？', 'zq',
  ['(一)政府引导、积极扶持;', '(二)保证国有资金的保值、增值;', '(三)有偿使用、封闭运作;', '(四)加强各方合作、严控风险。'],
  ['有偿使用、封闭运作', '政府引导、积极扶持'])
A('肇庆高新区这个应急转贷资金办法是哪次会议通过的？', 'zq',
  ['已经2025年第1次区党政班子联席会议通过'], ['区党政班子联席会议'], ['2025年第1次'])
A('在肇庆高新区，什么样的企业能申请应急转贷资金？', 'zq',
  ['第四条 区应急转贷资金面向我区中小微企业'], ['符合续贷条件的企业'])
A('肇庆高新区的应急转贷办法依据了哪两个文件？', 'zq',
  ['第一条 为深入贯彻落实国家、省、市'], ['粤府[2015]66号', '肇府规〔2017〕10号'])

# ---- 黄梅县 企业续贷周转金管理办法 修订通知 (湖北 黄冈, 县) ----
A('黄梅县修订后的企业续贷周转金管理办法有效期几年？', 'hm',
  ['有效期5年'], ['有效期5年'], ['5年', '五年'])
A('湖北黄冈黄梅县这次修订续贷周转金办法，是县政府第几次常务会议研究同意的？', 'hm',
  ['有效期5年'], ['第3次常务会议'], ['第3次', '第三次'])
A('黄梅县这次一起修订了哪三个管理办法？', 'hm',
  ['1、修订后的《黄梅县企业续贷周转金管理办法》', '2、修订后的', '3、修订后的'],
  ['县域经济发展调度资金管理办法', '产业发展基金使用管理暂行办法'])
A('黄梅县为什么要修订企业续贷周转金管理办法？', 'hm',
  ['有效期5年'], ['提升财政资金使用效益'])

# ================= topic C: 贷款风险补偿资金 =================
# ---- 甘孜州 中小微企业贷款风险补偿资金管理办法 (四川, 自治州) ----
A('甘孜州中小微企业贷款风险补偿资金规模有多大？', 'gz',
  ['第四条 风险补偿资金规模8000万元'], ['风险补偿资金规模8000万元'], ['8000万元', '八千万元', '8千万元', '8000萬元'])
A('四川甘孜州的贷款风险补偿资金日常由哪个单位管理？', 'gz',
  ['第四条 风险补偿资金规模8000万元'], ['甘孜州节能监察中心'])
A('甘孜的风险补偿资金余额低于多少的时候，州财政要补充？', 'gz',
  ['(二)当资金余额低于贷款规模10%时'], ['低于贷款规模10%时'], ['10%', '百分之十', '一成', '10％'])
A('甘孜州印发贷款风险补偿和应急转贷两个办法的通知，文号是多少？', 'gz',
  ['(甘办规〔2026〕1号)'], ['甘办规〔2026〕1号'], ['甘办规〔2026〕1号', '甘办规(2026)1号', '甘办规[2026]1号'])
A('甘孜州風險補償資金遵循什麼管理原則？', 'gz',
  ['第四条 风险补偿资金规模8000万元'], ['专户管理、专账核算、专款专用'])
A('甘孜州合作机制终止以后，风险补偿资金剩下的钱怎么处理？', 'gz',
  ['(四)合作机制终止所有贷款本息结清后'], ['返还州财政专项资金账户'])

# ---- 惠州市工信局 中小微企业贷款风险补偿资金管理办法 (广东, 市, 繁體) ----
A('惠州市工信局中小微企业贷款风险补偿资金管理办法的文号是多少？', 'hz',
  ['惠市工信〔2022〕3號'], ['惠市工信〔2022〕3號'], ['惠市工信〔2022〕3號', '惠市工信〔2022〕3号', '惠市工信(2022)3号', '惠市工信[2022]3号'])
A('惠州的中小微企业贷款风险补偿资金，补偿的是谁的损失？', 'hz',
  ['第二條 本辦法所稱'], ['合作銀行及合作融資擔保機構'])
A('惠州这个风险补偿办法落款是哪天？网上是哪天发布的？', 'hz',
  ['2022年1月7日', '發布時間:2022-01-12'], ['2022年1月7日'], ['2022年1月7日', '2022.1.7', '2022-01-07', '2022-01-12'])
A('广东惠州的贷款风险补偿办法是根据哪些文件制定的？', 'hz',
  ['第一條 為進一步鼓勵銀行業金融機構'], ['廣東省促進中小企業發展條例', '粵府〔2015〕66號'])
A('惠州这个风险补偿办法的规范性文件统一编号是什么？', 'hz',
  ['HBGS-2022-1'], ['HBGS-2022-1'], ['HBGS-2022-1'])

# ---- 江门市 科技企业“邑科贷”风险补偿资金管理办法 解读 (广东, 市) ----
A('江门邑科贷风险补偿资金管理办法一共分几章几条？', 'jm',
  ['分7章共35条'], ['分7章共35条'], ['7章共35条', '7章35条', '七章三十五条', '7章35條', '35条'])
A('银行想当江门邑科贷的合作银行，要在江门开展业务满几年？', 'jm',
  ['经营基础:在本市设立分支机构或开展业务满2年'], ['开展业务满2年'], ['2年', '两年', '二年'])
A('江门邑科贷对申请企业的年营业收入有什么上限？', 'jm',
  ['主体资格:非上市企业'], ['年营业收入≤5亿元'], ['5亿元', '五亿元', '5億元'])
A('江门哪些科技企业可以申请邑科贷？把条件都列一下。', 'jm',
  ['主体资格:非上市企业', '1、高新技术企业', '2、专精特新/小巨人企业', '3、科技型中小企业(国家入库)',
   '4、科技孵化载体入驻企业', '5、创新创业大赛获奖企业', '6、核心知识产权持有企业', '7、高层次人才创办企业'],
  ['高层次人才创办企业', '科技孵化载体入驻企业'])
A('申请邑科贷，对企业诚信有什么要求？', 'jm',
  ['诚信要求'], ['近三年无重大违法失信行为'], ['三年', '3年'], noplace=True)
A('江门邑科贷的合作银行必须设立什么样的机构？', 'jm',
  ['专业能力:须设立科技金融专营机构'], ['科技金融专营机构'])

# ---- 黄山市 杭黄绿色产业园 风险补偿资金池管理办法 征求意见 (安徽, 产业园) ----
A('黄山市杭黄绿色产业园风险补偿资金池办法征求意见，征集到什么时候？', 'hs',
  ['征集时间:'], ['2026-01-02'], ['2026-01-02', '2026年1月2日', '2026.1.2'])
A('对黄山杭黄绿色产业园风险补偿资金池办法有意见，发哪个邮箱？', 'hs',
  ['电邮方式'], ['sczjrk@163.com'], ['sczjrk@163.com'])
A('黄山这个资金池办法征求意见，打电话找哪个科室？联系人是谁？', 'hs',
  ['电话方式'], ['市财政局金融科', '梁宁、姚娜'])
A('黄山杭黄绿色产业园设风险补偿资金池，主要想破解哪些贷款难题？', 'hs',
  ['随着全国统一大市场建设的深入推进'], ['轻资产企业贷款难', '首贷难'])
A('安徽黄山这个风险补偿资金池管理办法是哪个部门起草的？', 'hs',
  ['征集时间:', '请结合我市工作实际'], ['信息来源:市财政局', '我局研究起草了'])

# ================= near misses (doc null) =================
# -- another place's rule: a real sibling county/district/city of the same province, or a neighbouring province --
N('杭州余杭区的企业完成股改，区里补多少钱？', {'ALL': ['余杭', '餘杭']}, 'place')
N('安徽池州青阳县对企业上市挂牌有哪些奖励？', {'ALL': ['青阳', '青陽']}, 'place')
N('株洲市企业上市金芙蓉跃升计划，到2025年要新增多少家上市公司？', {'ALL': ['株洲']}, 'place')
N('鹤岗市企业上市挂牌扶持奖励办法的文号是多少？', {'ALL': ['鹤岗', '鶴崗']}, 'place')
N('朔州市企业资金链应急周转保障资金，市财政配套多少？', {'ALL': ['朔州']}, 'place')
N('常州市中小企业转贷应急资金管理办法一共几章几条？', {'ALL': ['常州']}, 'place')
N('云浮市中小微企业应急转贷资金总规模多少？', {'ALL': ['云浮', '雲浮']}, 'place')
N('湖北武穴市企业续贷周转金管理办法有效期几年？', {'ALL': ['武穴']}, 'place')
N('阿坝州中小微企业贷款风险补偿资金规模多大？', {'ALL': ['阿坝', '阿壩']}, 'place')
N('东莞市中小微企业贷款风险补偿资金管理办法的文号是什么？', {'ALL': ['东莞', '東莞']}, 'place')
N('中山市科技企业贷款风险补偿，合作银行要在本市开展业务满几年？', {'ALL': ['中山']}, 'place')
N('宣城市产业园风险补偿资金池征求意见稿，意见反馈到哪天截止？', {'ALL': ['宣城']}, 'place')
N('四川凉山州的应急转贷资金使用费率是多少？', {'ALL': ['凉山', '涼山']}, 'place')
# -- a year the texts do not state --
N('湘潭2023年末全市上市企业数量要达到几家？', {'xt': ['2023']}, 'year')
N('萧山区2023年要新增几家上市企业？', {'xs': ['2023']}, 'year')
N('东至县到2025年末要有几家上市企业？', {'dz': ['2025']}, 'year')
N('大同市2025年应急周转资金的规模是多少？', {'dt': ['2025']}, 'year')
# -- a figure the texts do not state for that measure --
N('甘孜州贷款风险补偿按不良贷款损失的多少比例补给银行？',
  [('NOFIG', 'gz', '发放贷款的损失给予适度补偿'), {'gz': ['补偿比例']}], 'figure')
N('甘孜州应急转贷资金的使用费率是多少？', {'gz': ['费率', '使用费', '占用费']}, 'figure')
N('惠州风险补偿资金对合作银行的补偿比例是多少？单户最高补多少？',
  [('NOFIG', 'hz', '給予一定補償的專項資金'), {'hz': ['補償比例', '补偿比例']}], 'figure')
N('江门邑科贷的风险补偿比例具体是多少？', [('NOFIG', 'jm', '补偿比例')], 'figure')
N('大同应急周转资金的占用费怎么收？费率多少？', {'dt': ['占用费', '费率']}, 'figure')
N('肇庆高新区应急转贷资金单笔最多能借多少？最长能用几天？', {'zq': ['单笔', '天']}, 'figure')
N('无锡转贷应急资金每天收多少费用？', {'wx': ['費率', '費用', '收費', '占用費']}, 'figure')
N('萧山企业进入新三板精选层能再拿多少奖励？', {'xs': ['精选层']}, 'figure')
N('黄山杭黄绿色产业园的风险补偿资金池规模多少钱？',
  [('NOFIG', 'hs', '通过财政资金设立风险补偿资金池')], 'figure')
N('东至县企业在沪深北交易所上市，县里奖励多少万元？', {'dz': ['万元']}, 'figure')
N('双鸭山企业在新三板挂牌能奖多少钱？', {'sy': ['萬元', '万元']}, 'figure')
N('黄梅县续贷周转金单笔额度和使用费率是多少？', {'hm': ['费率', '额度', '万元']}, 'figure')
# -- off-topic --
N('萧山区买房有没有契税补贴？', {'ALL': ['契税', '契稅', '购房', '購房']}, 'offtopic')
N('大同市职工医保报销比例是多少？', {'ALL': ['医保', '醫保']}, 'offtopic')
N('惠州个人住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['给予150万元补助'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['给予700万元奖励'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['该项补助在办理辅导备案登记后予以兑现'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['萧山']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'xs': ['余杭']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['100萬元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['100万元', '150万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='萧山给予100万元补助吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'gz', '风险补偿资金规模')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['00万元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(4, dict(ITEMS[4], q=ITEMS[4]['q'] + '（萧山）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='dt', anchors=['2026年1月22日'],
                                                             markers=['人民政府'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='刚完成股改变成股份公司，能补多少钱？')),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NR_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nr{i:03d}'
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
