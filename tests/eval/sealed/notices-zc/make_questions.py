#!/usr/bin/env python3
"""Write questions.jsonl for notices-zc, refusing if a check fails.

Theme: the same topic in several places. Three topics, each held by texts of different places:
  A 无还本续贷 / 首贷: 平阳县 (news), 靖安县 (news, 繁體), 湖北省 (notice + action plan, 繁體 mirror),
    中山市石岐街道 (commentary on its 首贷服务中心);
  B 数据资产 / 碳排放权 / 排污权 质(抵)押融资: 泗洪县 (数据资产, news), 嘉兴市秀洲区 (碳排放配额, news, 繁體),
    河北省 (排污权抵押贷款管理办法: 出台及主要内容 = interpretation), 上海市 (排污权有偿使用和交易管理办法
    征求意见稿, 繁體);
  C 金融辅导员 / 金融特派员: 昭通市 (金融特派员, news), 五莲县/山东 (金融辅导队, news), 将乐县/三明 (金融科技特派员,
    news, 繁體), 黔西南州 (驻村金融特派员 + 金融服务站, news).

Each answerable item names its document (file key) and its answering clause as a list of anchors: each anchor is
a string that must occur in exactly one line of the document (the texts have one paragraph, article, item or
list entry a line); an anchor starting with '^' must equal a whole line (for a line whose text also occurs
inside the title). The clause is the union of those lines.
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
Set NZC_MUTATE=<name> to run one of the mutation tests (see MUTATIONS at the end); each must be refused.
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'pp': 'pingyang-county-no-principal-loan-renewal-news-2019.txt',
    'ja': 'jingan-county-no-principal-loan-renewal-news-2020.txt',
    'hb': 'hubei-first-loan-expansion-action-plan-notice-2021.txt',
    'sq': 'shiqi-subdistrict-first-loan-service-centre-commentary-2022.txt',
    'sh': 'sihong-county-data-asset-pledge-loan-news-2025.txt',
    'xz': 'xiuzhou-district-carbon-quota-pledge-loan-news-2021.txt',
    'he': 'hebei-emission-rights-mortgage-loan-measures-interpretation-2014.txt',
    'sg': 'shanghai-emission-rights-trading-measures-draft-consultation-2023.txt',
    'zt': 'zhaotong-financial-commissioner-rural-pilot-news-2025.txt',
    'wl': 'wulian-county-shandong-financial-tutor-teams-news-2020.txt',
    'jl': 'jiangle-county-sci-tech-financial-commissioner-news-2022.txt',
    'qx': 'qianxinan-prefecture-financial-commissioner-service-station-news.txt',
}
TRAD_DOCS = {'ja', 'hb', 'xz', 'sg', 'jl'}
PLACES = {
    'pp': ['平阳', '平陽'], 'ja': ['靖安'], 'hb': ['湖北'], 'sq': ['石岐', '中山'], 'sh': ['泗洪'],
    'xz': ['秀洲', '嘉兴', '嘉興'], 'he': ['河北'], 'sg': ['上海'], 'zt': ['昭通'],
    'wl': ['五莲', '五蓮', '山东', '山東'], 'jl': ['将乐', '將樂', '三明'], 'qx': ['黔西南'],
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元|家|户|戶|笔|筆|名|条|條|年|天|日|个|個|成|人|次|平方米|吨|噸)|'
                    r'(?<![第一二三四五六七八九十百千两兩])[一二三四五六七八九十百千两兩]+(万|萬|亿|億|倍|成|个|個|条|條|家|年|人|次)|百分之|千分之|分之|百分点|百分點')
# characters that occur only in traditional script (used to count traditional-script questions)
TRAD_CHARS = set('們與為會這來對時於說國個後點經發現開關長門問間頭見車東應辦過還進產業資貸額請負責廠場務幾區縣'
                 '規劃補償專項轉審計條臺灣萬億費樓書權質擔稅營當實嗎麼錢標準認動備寧誰設別決議裡郵編蘭體諸島'
                 '創險獎勵構種類數員僱兼職樣該屬幣貼讓從給舉徵見寄號碼遞區畢節雲門貢獻連續萬滿歲齡籌記證'
                 '謄準齊語論壇織處罰聽證幾遷億畫輔導備務據歡條縣財撥週則風規範圍蕭銀額鄉鎮園團隊選'
                 '貴飛樂莊農輔導隊結對協環熱衛雙個')

EQUIV = {
    '250万元': ['250萬元', '二百五十万元'],
    '200萬元': ['200万元', '二百万元', '二百萬元'],
    '2020年2月至5月底': ['2020年2月到5月底', '2月至5月底', '2020年2月—5月'],
    '6個月': ['6个月', '六个月', '六個月', '半年'],
    '9040萬元': ['9040万元', '9040萬', '9040万'],
    '武銀〔2021〕72號': ['武银〔2021〕72号', '武银(2021)72号', '武银[2021]72号', '武銀(2021)72號'],
    '2021年6月28日': ['2021-06-28', '2021.6.28', '6月28日'],
    '6月17日': ['2022年6月17日', '2022-06-17'],
    '第一个': ['第1个', '首个', '第一家'],
    '2020年': ['2020'],
    '2022-06-20': ['2022年6月20日', '2022.6.20', '6月20日'],
    '500万元': ['500萬元', '五百万元'],
    '896.8万元': ['896.8萬元', '约897万元'],
    '12月份': ['12月', '十二月'],
    '400萬': ['400万', '400萬元', '400万元'],
    '2000萬元': ['2000万元', '两千万元', '2000萬'],
    '50余萬噸': ['50余万吨', '50多万吨', '五十余万吨'],
    '2014年4月14日': ['2014-04-14', '2014.4.14', '4月14日'],
    '十二章四十一条': ['12章41条', '十二章41条', '共十二章四十一条'],
    '1.29亿元': ['1.29億元', '1.29亿'],
    '2023年11月24日': ['2023-11-24', '2023.11.24', '11月24日'],
    '屠 駿': ['屠骏', '屠駿'],
    '103名': ['103人', '一百零三名'],
    '2.68亿元': ['2.68億元', '2.68亿'],
    '11名': ['十一名', '11人', '11位'],
    '7项': ['七项', '7項'],
    '3个': ['三个', '3個'],
    '30万元': ['30萬元', '三十万元'],
    '4.35%': ['4.35％'],
    '1945支': ['一千九百四十五支'],
    '25人': ['25名', '二十五人'],
    '明科〔2021〕22號': ['明科〔2021〕22号', '明科(2021)22号', '明科[2021]22号'],
    '1510人次': ['1510人'],
    '4月2日': ['4月2号'],
    '590个': ['590個', '五百九十个'],
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
        if a.startswith('^'):
            hits = [ln for ln in lines if ln == a[1:]]
        else:
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


DOC = {'pp': '平阳', 'ja': '靖安', 'hb': '湖北', 'sq': '首贷服务中心', 'sh': '泗洪', 'xz': '秀洲', 'he': '河北',
       'sg': '上海', 'zt': '昭通', 'wl': '五莲', 'jl': '將樂', 'qx': '黔西南'}

# ================= topic A: 无还本续贷 / 首贷 =================
# ---- 平阳县 (浙江 温州, 县): 浙江在线 news ----
A('温州平阳那家皮具厂这回不用过桥就续上了贷款，续了多少钱？', 'pp',
  ['公司250万元的“周转贷”审核已经办完'], ['250万元的“周转贷”'], ['250万元', '250萬元', '二百五十万元'])
A('我们公司在平阳，经营还算正常，贷款快到期了，能不能不先还本金就直接续贷？', 'pp',
  ['针对经营资质良好的企业,贷款到期后'], ['无需支付本金', '偿还原有贷款利息后'])
A('平阳县是哪个单位在牵头推动银行开展无还本续贷？', 'pp',
  ['积极推动在县域银行业金融机构内大力开展'], ['平阳县金融工作服务中心'])
A('平阳县那边说小微企业为啥普遍续贷难，原因是什么？', 'pp',
  ['“在实际经营中,企业经营收入回款期'], ['回款期与贷款偿还期'])
A('平阳縣鼓勵銀行用哪些方式幫企業實現無還本續貸？', 'pp',
  ['据了解,平阳县不仅通过开展'], ['直接转贷或提供周转贷款', '政银企对接'])
A('传统信贷讲的“先还后贷”是什么意思？企业得先做什么？', 'pp',
  ['按照传统信贷业务'], ['先还后贷'], noplace=True)

# ---- 靖安县 (江西 宜春, 县): 繁體 mirror of a news item ----
A('江西靖安那家明禹实业办了多少钱的无还本续贷？', 'ja',
  ['成功辦理了200萬元的'], ['200萬元的“財園信貸通”'], ['200萬元', '200万元', '二百万元', '二百萬元'])
A('靖安县“财园信贷通”对经营正常的企业执行无还本续贷，是从什么时候到什么时候？', 'ja',
  ['從2020年2月至5月底'], ['從2020年2月至5月底'], ['2020年2月至5月底', '2020年2月到5月底', '2月至5月底', '2020年2月—5月'])
A('我们在靖安，受疫情影响贷款到期还不上，能延期多久？', 'ja',
  ['從2020年2月至5月底'], ['可予以展期6個月'], ['6個月', '6个月', '六个月', '六個月', '半年'])
A('靖安县财园信贷通到目前一共支持了几家企业、放了多少贷款？', 'ja',
  ['已支持企業26家'], ['發貸金額9040萬元'], ['9040萬元', '9040万元', '9040萬', '9040万', '26家'])
A('靖安那家企业办续贷是靠哪个部门帮忙的？', 'ja',
  ['成功辦理了200萬元的'], ['縣工業園區管理委員會'])

# ---- 湖北省 (省): 人民银行武汉分行 + 省市场监管局 notice and 方案 (繁體 mirror with pinyin insertions) ----
A('湖北小微企业和个体工商户首次贷款拓展专项行动方案的发文字号是什么？', 'hb',
  ['^武銀〔2021〕72號(hào)'], ['武銀〔2021〕72號'],
  ['武銀〔2021〕72號', '武银〔2021〕72号', '武银(2021)72号', '武银[2021]72号', '武銀(2021)72號'])
A('湖北那个首贷拓展专项行动方案是由哪两家单位联合发的？', 'hb',
  ['^中國(guó)人民銀行武漢分行 湖北省市場(chǎng)監(jiān)督管理局'], ['人民銀行武漢分行'])
A('湖北首次贷款拓展方案落款日期是哪天？', 'hb',
  ['^2021年6月28日'], ['2021年6月28日'], ['2021年6月28日', '2021-06-28', '2021.6.28', '6月28日'])
A('湖北这个首次贷款拓展行动主要服务哪类主体？', 'hb',
  ['為進(jìn)一步貫徹落實(shí)'], ['個(gè)體工商戶', '首次貸款'])
A('那份首次贷款拓展专项行动方案的主送单位里有哪些银行？', 'hb',
  ['人民銀行武漢分行營(yíng)業(yè)管理部'], ['漢口銀行', '武漢眾邦銀行'], noplace=True)

# ---- 中山市 石岐街道 首贷服务中心 (评论, 街道) ----
A('中山石岐街道的首贷服务中心是哪天挂牌的？设在什么地方？', 'sq',
  ['新闻回顾 6月17日'], ['石岐街道党群服务中心'], ['6月17日', '2022年6月17日', '2022-06-17'])
A('石岐街道这个首贷服务中心在中山算第几个？', 'sq',
  ['新闻回顾 6月17日'], ['中山第一个首贷服务中心'], ['第一个', '第1个', '首个', '第一家'])
A('首贷到底指什么？什么样的企业贷款才算首贷？', 'sq',
  ['所谓首贷'], ['无贷款记录的企业'], noplace=True)
A('評論裡說中山石岐的首貸服務中心跟別處比，先行在哪裡？', 'sq',
  ['比如北京市早在2020年'], ['下沉到一线', '乡镇街道办'])
A('中山石岐首贷服务中心那篇评论是什么时候发布的？', 'sq',
  ['栏目:要闻'], ['发布:2022-06-20'], ['2022-06-20', '2022年6月20日', '2022.6.20', '6月20日'])

# ================= topic B: 数据资产 / 碳排放权 / 排污权 质(抵)押融资 =================
# ---- 泗洪县 (江苏 宿迁, 县): 数据资产质押 news ----
A('泗洪县那笔数据资产质押，中国银行给了多少授信？', 'sh',
  ['今年6月,该数据资产经确权登记成功质押'], ['500万元授信'], ['500万元', '500萬元', '五百万元'])
A('泗洪城投拿去质押的数据评估值多少钱？有多少条数据？', 'sh',
  ['根据评估报告'], ['896.8万元', '4400余万条'], ['896.8万元', '896.8萬元', '约897万元', '4400余万条'])
A('泗洪縣的數據資產是請哪家機構做的評估？', 'sh',
  ['转机出现在今年年初'], ['华东江苏大数据交易中心'])
A('泗洪县这笔数据资产贷款的钱拿去干什么了？项目什么时候能建完？', 'sh',
  ['“我们利用数据资产贷款500万元'], ['充电棚二期建设'], ['12月份', '12月', '十二月'])
A('泗洪县拿来质押的到底是哪一块数据？', 'sh',
  ['根据评估报告'], ['智慧出行停车与单车充电数据集'])

# ---- 嘉兴市 秀洲区 (浙江, 区): 碳排放配额质押 news, 繁體 mirror ----
A('嘉兴秀洲区首笔碳排放配额质押贷款金额是多少？哪天放的？', 'xz',
  ['10月9日上午'], ['質押貸款400萬'], ['400萬', '400万', '400萬元', '400万元'])
A('秀洲这笔碳配额质押贷款，银行是按照哪个内部办法做的价值评估？', 'xz',
  ['在協助金華銀行嘉興分行根據'], ['碳權貸業務管理試行辦法'])
A('秀洲那两家集团关联公司一共拿到多少授信？', 'xz',
  ['在協助金華銀行嘉興分行根據'], ['授信2000萬元'], ['2000萬元', '2000万元', '两千万元', '2000萬'])
A('秀洲的碳排放配额质押是在哪个系统办的质押登记？', 'xz',
  ['據了解,嘉興協鑫環保熱電有限公司'], ['動產融資統一登記公示系統'])
A('碳排放配額質押貸款是怎麼定義的？拿什麼做質押？', 'xz',
  ['是金融機構以生態環境部門核定'], ['生態環境部門核定'], noplace=True)

# ---- 河北省 (省): 《河北省排污权抵押贷款管理办法》出台及主要内容 (interpretation) ----
A('河北省排污权抵押贷款管理办法是什么时候出台的？', 'he',
  ['于2014年4月14日联合出台'], ['2014年4月14日'], ['2014年4月14日', '2014-04-14', '2014.4.14', '4月14日'])
A('河北那个排污权抵押贷款办法分了几章、多少条？', 'he',
  ['共分十二章四十一条'], ['十二章四十一条'], ['十二章四十一条', '12章41条', '十二章41条', '共十二章四十一条'])
A('河北排污权抵押贷款办法是哪两个部门一起出台的？', 'he',
  ['于2014年4月14日联合出台'], ['人民银行石家庄中心支行'])
A('河北全省的排污权出让金收入到了多少？', 'he',
  ['全省排污权出让金收入已达'], ['1.29亿元'], ['1.29亿元', '1.29億元', '1.29亿', '3000万元'])
A('河北排污權抵押管理實行的是什麼樣的管理機制？', 'he',
  ['相结合的管理机制'], ['政府引导、市场调控'])
A('排污权抵押贷款的概念在管理办法里是怎么界定的？', 'he',
  ['给出了明确的概念'], ['以有偿取得的排污权作为抵押物'], noplace=True)

# ---- 上海市 (市): 排污权有偿使用和交易管理办法 征求意见稿 (繁體 wiki mirror) ----
A('上海排污权有偿使用和交易管理办法征求意见稿，意见收到哪天为止？', 'sg',
  ['各機關團體、企事業單位和個人均可提出意見和建議'], ['2023年11月24日'],
  ['2023年11月24日', '2023-11-24', '2023.11.24', '11月24日'])
A('对上海排污权交易办法草稿有意见，找谁？邮编是多少？', 'sg',
  ['聯繫人:屠 駿', '郵編:200003'], ['屠 駿'], ['200003'])
A('上海排污权有偿使用和交易办法征求意见稿是哪个部门牵头编的？', 'sg',
  ['由於上海市生態環境局於2023年10月25日'], ['上海市生態環境局'])
A('我们是上海一家按简化管理发排污许可证的企业，这个排污权交易办法草案管得着我们吗？', 'sg',
  ['本辦法適用於本市轄區範圍內'], ['重點管理、簡化管理排污單位'])
A('上海排污权办法征求意见稿里，实施总量控制的主要污染物有哪些？', 'sg',
  ['第三條(實施指標)'], ['化學需氧量', '氨氮'])

# ================= topic C: 金融辅导员 / 金融特派员 =================
# ---- 昭通市 (云南, 市): 金融特派员进农村 news ----
A('昭通一共选派了多少名金融特派员？覆盖了多少个乡镇？', 'zt',
  ['本报讯'], ['共选派103名金融特派员'], ['103名', '103人', '一百零三名', '150个乡镇'])
A('昭通金融特派员从2024年10月开始服务到现在，落地了多少贷款？', 'zt',
  ['本报讯'], ['落地贷款2.68亿元'], ['2.68亿元', '2.68億元', '2.68亿'])
A('昭通市金融特派员和乡镇是怎么对接分配的？有几种方式？', 'zt',
  ['出台一个方案牵头抓总'], ['“一对多”', '“多对一”'])
A('昭通市金融特派員隊伍裡選了幾名團長？', 'zt',
  ['出台一个方案牵头抓总'], ['精选11名团长'], ['11名', '十一名', '11人', '11位'])
A('昭通给金融特派员定了哪些重点工作？一共几项？', 'zt',
  ['细化三张清单压实责任'], ['接受金融咨询', '改善信用环境'], ['7项', '七项', '7項'])
A('云南金融特派员“进农村”试点一共选了几个州市？', 'zt',
  ['本报讯'], ['3个试点州(市)'], ['3个', '三个', '3個'], noplace=True)

# ---- 五莲县 / 山东省: 金融辅导队 news ----
A('山东五莲那个烟草种植合作社拿到了多少“强村贷”？', 'wl',
  ['日前 , 五莲县石场乡'], ['“强村贷”30万元'], ['30万元', '30萬元', '三十万元'])
A('五莲这笔强村贷利率多少？财政贴了多少息？', 'wl',
  ['日前 , 五莲县石场乡'], ['贴息百分之五十'], ['4.35%', '4.35％', '百分之五十'])
A('山東目前組建了多少支金融輔導隊？結對輔導了多少家企業？', 'wl',
  ['截至目前 , 山东共组建1945支金融辅导队'], ['结对辅导28803家企业'], ['1945支', '一千九百四十五支', '28803家'])
A('山东的金融辅导体系是怎么构建的？以什么为核心？', 'wl',
  ['据了解 , 山东构建以银行组建金融辅导队为核心'], ['省市县三级联动'])
A('五莲县那笔强村贷是哪家银行的金融辅导员对接的？', 'wl',
  ['日前 , 五莲县石场乡'], ['中国农业银行五莲支行'])

# ---- 将乐县 (福建 三明, 县): 科技特派员 / 金融科技特派员 news, 繁體 mirror with pinyin insertions ----
A('将乐县现在有多少名省级科技特派员？市级和县级乡土的各多少？', 'jl',
  ['2021年將樂(lè)縣健福建省'], ['省科技特派員25人'], ['25人', '25名', '二十五人', '3人', '46名'])
A('将乐县选聘的两位三明市金融科技特派员是谁？', 'jl',
  ['2021年將樂(lè)縣健福建省'], ['林端祥', '劉嘉慶'])
A('三明市金融科技特派员试点工作方案的文号是多少？将乐是按这个文件选聘的吗？', 'jl',
  ['2021年將樂(lè)縣健福建省'], ['明科〔2021〕22號'],
  ['明科〔2021〕22號', '明科〔2021〕22号', '明科(2021)22号', '明科[2021]22号'])
A('将乐县科技特派员现场接受农户科技咨询多少人次？', 'jl',
  ['2021年將樂(lè)縣健福建省'], ['1510人次'], ['1510人次', '1510人'])
A('将乐县是哪两个部门联合到金融机构宣传、选聘金融科技特派员的？', 'jl',
  ['2021年將樂(lè)縣健福建省'], ['縣金融辦'])

# ---- 黔西南州 (贵州, 自治州): 金融服务站 + 驻村金融特派员 news ----
A('黔西南州“金融服务站”是哪天、在哪个村挂牌的？', 'qx',
  ['新华网贵州频道4月3日电'], ['顶效镇楼纳村'], ['4月2日', '4月2号'])
A('黔西南农信社的驻村金融特派员要和哪些特派员一起干？', 'qx',
  ['记者从挂牌仪式上了解到'], ['流通特派员', '扶贫特派员'])
A('黔西南农信社今年打算在多少个行政村建站？多久实现全覆盖？', 'qx',
  ['“‘金融服务站’实现了金融服务由乡到村的延伸'], ['590个行政村'], ['590个', '590個', '五百九十个', '三年内'])
A('黔西南这个金融服务站在贵州有什么特殊的地方？', 'qx',
  ['新华网贵州频道4月3日电'], ['贵州省首个'])
A('黔西南的金融特派员给农户服务时，对村民实行什么管理办法？', 'qx',
  ['记者从挂牌仪式上了解到'], ['“名单制”管理'])
A('楼纳村那个金融服务站把金融助推三农和哪些工作结合在一起？', 'qx',
  ['据贵州省农村信用社黔西南审计中心主任唐劼介绍'], ['金融夜校', '村村通'], noplace=True)

# ================= near misses (doc null) =================
# -- another place's rule: a real sibling county/district/city of a library place, or a neighbouring province --
N('温州苍南县无还本续贷是怎么办理的？', {'ALL': ['苍南', '蒼南']}, 'place')
N('宜春奉新县“财园信贷通”无还本续贷执行到什么时候？', {'ALL': ['奉新']}, 'place')
N('湖南省小微企业首次贷款拓展专项行动方案的文号是多少？', {'ALL': ['湖南']}, 'place')
N('河南省小微企业首次贷款拓展专项行动方案是哪天印发的？', {'ALL': ['河南']}, 'place')
N('中山小榄镇首贷服务中心什么时候成立的？', {'ALL': ['小榄', '小欖']}, 'place')
N('宿迁泗阳县数据资产质押贷款拿到多少授信？', {'ALL': ['泗阳', '泗陽']}, 'place')
N('嘉兴南湖区首笔碳排放配额质押贷款是多少钱？', {'ALL': ['南湖']}, 'place')
N('山西省排污权抵押贷款管理办法一共几章几条？', {'ALL': ['山西']}, 'place')
N('天津市排污权有偿使用和交易管理办法征求意见到哪天截止？', {'ALL': ['天津']}, 'place')
N('曲靖市选派了多少名金融特派员？', {'ALL': ['曲靖']}, 'place')
N('日照莒县组建了多少支金融辅导队？', {'ALL': ['莒县', '莒縣']}, 'place')
N('三明泰宁县选聘了哪几位金融科技特派员？', {'ALL': ['泰宁', '泰寧']}, 'place')
N('黔东南州金融服务站计划覆盖多少个行政村？', {'ALL': ['黔东南', '黔東南']}, 'place')
# -- a year the texts do not state --
N('靖安县2021年还执行“财园信贷通”无还本续贷吗？期限到哪个月？', {'ja': ['2021']}, 'year')
N('昭通市金融特派员2023年落地了多少贷款？', {'zt': ['2023']}, 'year')
N('山东2022年底金融辅导队有多少支？', {'wl': ['2022']}, 'year')
N('河北2015年排污权出让金收入多少？', {'he': ['2015']}, 'year')
# -- a figure the texts do not state for that measure (or state only for another measure nearby) --
N('平阳县无还本续贷的续贷期限最长几年？', [('NOFIG', 'pp', '即可直接续贷'), {'pp': ['期限']}], 'figure')
N('靖安“财园信贷通”单户最高能贷多少？利率多少？', {'ja': ['最高', '利率', '利息']}, 'figure')
N('湖北首次贷款拓展专项行动要新增多少首贷户？', {'hb': ['萬戶', '万户', '目標']}, 'figure')
N('中山石岐街道首贷服务中心有几家银行入驻？', {'sq': ['入驻', '家银行']}, 'figure')
N('泗洪县那笔数据资产质押贷款的质押率是多少？', {'sh': ['质押率', '質押率']}, 'figure')
N('泗洪数据资产贷款的年利率多少？期限几年？', {'sh': ['利率', '期限']}, 'figure')
N('秀洲碳排放配额质押贷款的质押率和利率分别是多少？', {'xz': ['質押率', '质押率', '利率']}, 'figure')
N('河北排污权抵押贷款额度最高能到评估价值的多少？', {'he': ['抵押率', '%', '％', '最高']}, 'figure')
N('上海排污权有偿使用费的收费标准是每吨多少钱？', {'sg': ['費', '费', '每噸', '每吨', '收費']}, 'figure')
N('昭通的金融特派员每人每月有多少工作补贴？考核怎么搞？', {'zt': ['补贴', '考核']}, 'figure')
N('山东金融辅导员考核优秀的能拿多少奖励？', {'wl': ['考核', '奖励', '獎勵']}, 'figure')
N('黔西南农信社一共选派了多少名驻村金融特派员？',
  [('NOFIG', 'qx', '担任驻村金融特派员')], 'figure')
# -- off-topic --
N('平阳县个人住房公积金贷款最高能贷多少？', {'ALL': ['公积金', '公積金']}, 'offtopic')
N('昭通市城乡居民医保个人缴费标准是多少？', {'ALL': ['医保', '醫保']}, 'offtopic')
N('泗洪县买新能源汽车有没有购车补贴？', {'ALL': ['购车', '購車']}, 'offtopic')

MUTATIONS = {
    'marker_not_in_file': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['350万元的“周转贷”'])),
    'marker_outside_clause': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['平阳县金融工作服务中心'])),
    'marker_too_long': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], markers=['公司250万元的“周转贷”审核已经办完'])),
    'probe_present': lambda: ITEMS.append(dict(q='x', key=None, probes={'ALL': ['平阳']}, kind='place')),
    'place_without_all_probe': lambda: ITEMS.append(dict(q='x2', key=None, probes={'pp': ['苍南']}, kind='place')),
    'value_not_verbatim': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['250萬元'])),
    'undeclared_alt_value': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['250万元', '350万元'])),
    'question_copies_marker': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='平阳250万元的“周转贷”办完了吗？')),
    'nofig_with_figure': lambda: ITEMS.append(dict(q='y', key=None, probes=[('NOFIG', 'sh', '市场价值达')],
                                                   kind='figure')),
    'value_inside_number': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], values=['50万元'])),
    'noplace_names_place': lambda: ITEMS.__setitem__(5, dict(ITEMS[5], q=ITEMS[5]['q'] + '（平阳）')),
    'noplace_marker_in_two_files': lambda: ITEMS.append(dict(q='z', key='sq', anchors=['所谓首贷'],
                                                             markers=['首次'], values=[], noplace=True)),
    'answerable_without_place': lambda: ITEMS.__setitem__(0, dict(ITEMS[0], q='那家皮具厂续了多少钱的贷款？')),
    'anchor_in_two_lines': lambda: ITEMS.__setitem__(11, dict(ITEMS[11], anchors=['武銀〔2021〕72號'])),
    'doc_word_in_two_titles': lambda: DOC.__setitem__('sq', '首'),
}


def is_trad(q):
    return sum(c in TRAD_CHARS for c in q) >= 2


def main():
    m = os.environ.get('NZC_MUTATE')
    if m:
        MUTATIONS[m]()
    errs, out = [], []
    n_trad_simpl = n_named = n_answerable = 0
    kinds = collections.Counter()
    per_doc = collections.Counter()
    all_aliases = [a for al in PLACES.values() for a in al]
    for i, it in enumerate(ITEMS, 1):
        qid = f'nzc{i:03d}'
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
