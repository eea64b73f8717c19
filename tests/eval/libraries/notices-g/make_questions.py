#!/usr/bin/env python3
"""Write questions.jsonl for notices-g, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors:
  - 'SEC:<label>': the block from the line equal to <label> (an article label such as '第二条' at line start,
    '第 6 條', or the Taiwan '沿革：' line) to the next label line of that document;
  - any other string: the one line of the document that contains it (it must occur in exactly one line).
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker and every value is an exact substring of the named file and occurs in the answering clause;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - no question contains a marker of 6 or more characters;
  - near misses (doc null): every probe string is absent from the files listed for it.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'cc': 'changchun-tech-finance-loan-interest-subsidy-supplementary-notice-2016.txt',
    'xm': 'xinmi-zhongyuan-equity-exchange-listing-reward-opinions.txt',
    'xx': 'xinxiang-hitech-zone-listing-reward-measures-2017.txt',
    'sz': 'suizhou-tech-innovation-loan-interest-subsidy-interpretation-2025.txt',
    'dh': 'donghu-hitech-zone-listing-reward-publicity-2020.txt',
    'yc': 'yichang-tech-innovation-loan-subsidy-application-notice-2020.txt',
    'la': 'luan-government-financing-guarantee-measures-draft-consultation-2025.txt',
    'hb': 'hebei-sme-financing-measures-2018.txt',
    'hl': 'heilongjiang-entrepreneurship-employment-measures-2026.txt',
    'tw': 'taiwan-hualien-earthquake-lodging-financing-assistance-2018.txt',
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
LABEL = re.compile(r'^(第[一二三四五六七八九十]+条(?= )|第 \d+ 條$|沿革：$)')
ALL = list(FILES)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[\s"\'“”‘’「」『』]', '', s)


def clause(key, anchors, errs, qid):
    lines = TEXT[key].split('\n')
    out = []
    for a in anchors:
        if a.startswith('SEC:'):
            lab = a[4:]
            starts = [i for i, ln in enumerate(lines) if LABEL.match(ln) and LABEL.match(ln).group(1) == lab]
            if len(starts) != 1:
                errs.append(f'{qid}: label {lab!r} found {len(starts)} times')
                continue
            i = starts[0]
            j = i + 1
            while j < len(lines) and not LABEL.match(lines[j]):
                j += 1
            out.append('\n'.join(lines[i:j]))
        else:
            hits = [ln for ln in lines if a in ln]
            if len(hits) != 1:
                errs.append(f'{qid}: anchor {a!r} in {len(hits)} lines')
                continue
            out.append(hits[0])
    return '\n'.join(out)


ITEMS = []


def A(q, key, doc, anchors, markers, values=()):
    ITEMS.append(dict(q=q, key=key, doc=doc, anchors=anchors, markers=list(markers), values=list(values)))


def N(q, probes, files=None, kind=''):
    """probes: list of strings checked in `files` (default all), or a dict {file key or 'ALL': [strings]}."""
    if isinstance(probes, dict):
        checks = probes
    else:
        checks = {'ALL' if files is None else tuple(files): probes}
    ITEMS.append(dict(q=q, key=None, checks=checks, kind=kind))


# ---------------- 受花蓮震災影響之旅宿業融資協處辦法 (Taiwan, 繁體) ----------------
A('花蓮地震受災的民宿，要借災後週轉金，最多可以借多少？',
  'tw', '花蓮', ['前項第一款所定週轉金'], ['民宿最高為新臺幣三百萬元'], ['三百'])
A('我們是花蓮的觀光旅館，震後要整修、重建營業場所，資本性融資額度上限是多少？',
  'tw', '花蓮', ['第一項第二款所定資本性融資'], ['新臺幣三千萬元'], ['三千'])
A('台湾花莲地震那个旅宿业办法，灾后纾困贷款的利息是按什么利率补贴的？能补几年？',
  'tw', '花蓮', ['SEC:第 6 條'], ['二年期定期儲金機動利率'], ['二年期'])
A('花莲地震前就借的贷款，银行同意展延的话，展延期间的利息损失按什么标准补给银行？',
  'tw', '花蓮', ['SEC:第 4 條'], ['一年期定期儲金機動利率'], ['一年期'])
A('花蓮震災的災後紓困貸款要在什麼時候之前申請？',
  'tw', '花蓮', ['SEC:第 5 條'], ['貸款申請期限至中華民國一百零七年九月三十日止'], ['九月三十日'])
A('旅宿業辦災後紓困貸款如果送信保基金做信用保證，保證手續費要我們自己付嗎？',
  'tw', '花蓮', ['SEC:第 7 條'], ['免向受災旅宿業計收'])
A('那個花蓮震災旅宿業融資協處的辦法現在還有效嗎？什麼時候廢止的？',
  'tw', '花蓮', ['SEC:沿革：'], ['令發布廢止', '一百十三年七月十二日'], ['一百十三年七月十二日'])
A('台湾这个旅宿业融资协处办法里的利息补贴，具体由哪个机关执行？经费怎么来？',
  'tw', '花蓮', ['SEC:第 10 條'], ['委任交通部觀光局執行之'])

# ---------------- 新乡高新区关于进一步推进企业上市挂牌的奖励办法 ----------------
A('我们公司在新乡高新区，准备创业板首发上市，融资估计一个多亿，高新区这边能奖多少？',
  'xx', '新乡', ['SEC:第二条'], ['第二条', '融资 2 亿元以下的'], ['200 万元'])
A('新乡高新区的企业上市融资超过2个亿的，区里奖励标准是多少？',
  'xx', '新乡', ['SEC:第二条'], ['第二条', '融资达到 2 亿元以上的'], ['800 万元'])
A('还没上市，刚通过河南证监局辅导验收、证监会也受理了首发材料，高新区能先拿一部分奖励吗？多少？',
  'xx', '新乡', ['SEC:第二条'], ['第二条', '高新区先给予 100 万元奖励'], ['100 万元'])
A('新乡高新区的企业挂牌新三板，区里一次性奖多少钱？',
  'xx', '新乡', ['SEC:第三条'], ['第三条', '在新三板成功挂牌的企业'], ['100 万元'])
A('我们在新乡高新区，打算在中原股权交易中心交易板挂牌，区里奖多少？展示板又是多少？',
  'xx', '新乡', ['SEC:第四条'], ['第四条', '按照展示板和交易板分别给予'], ['50 万元'])
A('拿了高新区的上市挂牌奖励以后，公司几年内不能迁走？迁走了会怎样？',
  'xx', '新乡', ['SEC:第六条'], ['第六条', '不迁离高新区'], ['5 年'])
A('新乡高新区上市挂牌奖励，要先去哪个部门备案？奖励资金谁来审核拨付？',
  'xx', '新乡', ['SEC:第七条'], ['第七条', '到高新区金融管理局进行备案'])

# ---------------- 新密市 中原股权交易中心挂牌奖励意见 ----------------
A('我们是新密的企业，刚在中原股交中心展示板挂牌，市里能给多少奖励？',
  'xm', '新密', ['(一)企业在中原股交中心展示板挂牌的'], ['市政府奖励5万元'], ['5万元'])
A('新密这边的企业上中原股权交易中心交易板，奖励标准是多少？',
  'xm', '新密', ['(二)企业在中原股交中心交易板挂牌的'], ['市政府奖励20万元'], ['20万元'])
A('申请新密市的股交中心挂牌奖励要满足哪些条件？公司注册在郑州、工厂在新密的能申请吗？',
  'xm', '新密', ['申请奖励的企业须同时满足以下条件', '(一)工商注册、税务登记在新密市辖区内',
                 '(二)已进入中原股交中心挂牌的企业'], ['须同时满足以下条件', '税务登记在新密市辖区内'])
A('在新密挂牌以后去哪个部门申请奖励？谁批准，钱从哪里拨？',
  'xm', '新密', ['企业在中原股交中心完成挂牌后'], ['向市企业上市办提出书面申请'])
A('如果有企业弄虚作假骗了新密的挂牌奖励，会怎么处理？帮忙造假的中介机构呢？',
  'xm', '新密', ['(一)进入中原股交中心挂牌的企业应当据实报送', '(二)对中介机构协助企业'],
  ['依法追回被骗取的资金', '移交司法机关依法处理'])
A('新密这个挂牌奖励意见是市政府第几次常务会议研究通过的？',
  'xm', '新密', ['为加快利用资本市场步伐'], ['第3次常务会议研究通过'], ['第3次'])

# ---------------- 长春 科技金融平台建设专项 贷款贴息 补充通知 ----------------
A('长春2016年科技金融平台专项的贷款贴息，申报截止时间延到哪天了？',
  'cc', '长春', ['1、贷款贴息申报截止时间'], ['延期至2016年11月30日'], ['2016年11月30日'])
A('长春科技金融专项那个贷款贴息，原来定的截止日期是哪天？',
  'cc', '长春', ['1、贷款贴息申报截止时间'], ['由2016年9月15日延期'], ['2016年9月15日'])
A('调整以后，长春科技金融贷款贴息按什么补？每户最多能补多少钱？',
  'cc', '长春', ['2、贷款贴息方式由'], ['按企业实际发生贷款利息和科技担保费用给予补贴'], ['30万元'])
A('科技企业同一笔贷款可以申请几次贷款贴息？',
  'cc', '长春', ['2、贷款贴息方式由'], ['同笔贷款只能申请一次贷款贴息'], ['一次'])
A('申请长春的科技金融贷款贴息，专项审计报告需要我们企业自己找会计所出吗？',
  'cc', '长春', ['3、贷款贴息专项审计报告'], ['专项审计报告不需要企业提供'])

# ---------------- 随州 财政金融联动 市级财政贴息政策解读 ----------------
A('随州的科技创新贷，首贷户企业财政给贴息多少？',
  'sz', '财政金融联动', ['对符合“科技创新贷”的企业贷款'], ['首贷户', '贷款利息2%'], ['2%'])
A('我们在随州，不是首贷户，科技创新贷的贴息比例是多少？',
  'sz', '财政金融联动', ['对符合“科技创新贷”的企业贷款'], ['其他企业贷款利息1.5%'], ['1.5%'])
A('随州市级财政贷款贴息，一家企业最多能贴多少钱、最长贴几年？',
  'sz', '财政金融联动', ['对符合“科技创新贷”的企业贷款'], ['单户企业贴息总额共计不超过100万元'], ['100万元'])
A('随州这个科技创新贷贴息哪些企业能申请？我们是专精特新但还不是高新技术企业，行不行？',
  'sz', '财政金融联动', ['二、适用范围', '在随州市依法注册登记的高新技术企业'],
  ['二、适用范围', '依法注册登记的高新技术企业'])
A('随州财政金融联动的贴息政策管几年？',
  'sz', '财政金融联动', ['四、政策期限', '3年'], ['四、政策期限'], ['3年'])

# ---------------- 東湖高新區 上市、再融資、新三板掛牌企業獎勵公示 (繁體) ----------------
A('光谷東湖高新區這次上市、新三板掛牌獎勵公示，一共幾家企業、總金額多少？',
  'dh', '東湖', ['近期,東湖高新區'], ['金額總計1365.91萬元'], ['1365.91'])
A('东湖高新区那次上市奖励公示，公示期到哪天结束？',
  'dh', '東湖', ['現將獎勵情況予以公示'], ['公示期為2020年12月4日至2020年12月10日'], ['2020年12月10日'])
A('對東湖高新區的上市獎勵公示有異議，要怎麼提？向哪個部門提？',
  'dh', '東湖', ['現將獎勵情況予以公示'], ['提出書面意見'])
A('东湖高新区这批上市奖励是依据哪几个政策文件发的？',
  'dh', '東湖', ['近期,東湖高新區'], ['武新規〔2018〕3號'])

# ---------------- 宜昌 財政科技創新貸 貼息、擔保費和保險費補貼申報通知 (繁體) ----------------
A('宜昌城区企业申请2019年度科技创新贷贴息，单笔贷款最高按多少算？一家企业最多几笔？',
  'yc', '財政科技創新貸', ['1、貸款金額以相關部門確認金額為準'], ['單筆不超過200萬元'], ['200'])
A('宜昌財政科技創新貸的貼息額度是怎麼計算的？',
  'yc', '財政科技創新貸', ['2、貼息額度'], ['國家基準貸款利率的50%之積'], ['50%'])
A('宜昌科技创新贷的担保费、保险费补贴按多少比例补？单笔金额上限呢？',
  'yc', '財政科技創新貸', ['1、擔保或承保金額', '2、擔保或保險費補貼額度'],
  ['按企業實際支付擔保費或保險費的50%計算'], ['500'])
A('宜昌2019年度科技创新贷补贴，补贴期限覆盖的是哪段时间？',
  'yc', '財政科技創新貸', ['2019年1月1日至2019年12月31日'], ['2019年1月1日至2019年12月31日'], ['2019年12月31日'])
A('宜昌这次补贴范围包括哪些贷款？要在什么时间以前备案？',
  'yc', '財政科技創新貸', ['(二)補貼范圍'], ['通過財政科技創新貸備案的信用貸款或專利質押貸款'], ['2020年7月'])
A('宜昌第一次申报贴息贴费的企业要准备哪些材料？',
  'yc', '財政科技創新貸', ['(一)新申報貼息貼費企業需提供如下材料', '1、申報材料真實性承諾函',
                    '2、宜昌市“財政科技創新貸”貼息貼費申請表', '3、組織機構代碼證'], ['申報材料真實性承諾函'])

# ---------------- 六安 政府性融资担保若干措施（征求意见稿）征集意见公告 ----------------
A('六安那个政府性融资担保的若干措施征求意见稿，意见征集到什么时候截止？',
  'la', '政府性融资担保机构提升', ['浏览次数: 征集单位', '征求意见时间为'], ['2025-08-20', '征求意见时间为'], ['2025-08-20'])
A('对六安的融资担保措施征求意见稿有意见，可以通过哪些渠道反馈？',
  'la', '政府性融资担保机构提升', ['1.登录六安市人民政府网站', '2.通过信函方式', '3.通过电子邮件方式', '4.联系电话'],
  ['通过信函方式将意见邮寄至', '通过电子邮件方式将意见发送至'])
A('给六安财政局寄意见的话，地址写哪里？信封上要注明什么？',
  'la', '政府性融资担保机构提升', ['2.通过信函方式'], ['六安市财政局大楼512室'], ['512室'])
A('六安这个推动融资担保机构服务实体经济的若干措施是哪几家单位一起起草的？',
  'la', '政府性融资担保机构提升', ['为进一步推动政府性融资担保机构'], ['市财政局会同人行六安市分行、六安金融监管分局'])
A('六安融资担保措施征求意见，联系人是谁？电话多少？',
  'la', '政府性融资担保机构提升', ['4.联系电话'], ['0564-3378327'], ['0564-3378327'])

# ---------------- 河北省支持中小企业融资若干措施 ----------------
A('河北把小微企业贷款资产支持证券的基础资产放宽到单户授信多少了？',
  'hb', '河北', ['一、加大信贷资金投放力度'], ['一、加大信贷资金投放力度', '放宽至500万元及以下'], ['500万元'])
A('河北省对银行投放给中小企业的创新信贷产品，省财政怎么奖励？标准是多少？',
  'hb', '河北', ['二、鼓励创新融资产品'], ['季度平均贷款余额3‰'], ['3‰'])
A('石家庄这边小微企业贷款再贷款支持那一条，责任单位是谁？',
  'hb', '河北', ['一、加大信贷资金投放力度'], ['人行石家庄中心支行、河北银保监局'])
A('河北鼓励银行开展哪些抵质押贷款？应收账款、仓单这些可以吗？',
  'hb', '河北', ['二、鼓励创新融资产品'], ['鼓励积极开展知识产权质押'])
A('河北省支持中小企业融资若干措施是哪天印发的？哪个部门发的？',
  'hb', '河北', ['河北省人民政府办公厅', '2018年11月5日'], ['2018年11月5日'], ['2018年11月5日'])
A('河北对专精特新中小企业在贷款上有什么特别支持？',
  'hb', '河北', ['二、鼓励创新融资产品'], ['中小企业创新专属金融产品和服务'])

# ---------------- 黑龙江省进一步鼓励支持创业带动就业若干政策措施 ----------------
A('黑龙江的创业担保贷款，个人最高能贷多少？之前是多少？',
  'hl', '黑龙江', ['(二)提高创业担保贷款额度'], ['个人最高贷款额度由30万元提高至50万元'], ['50万元'])
A('哈尔滨的小微企业申请创业担保贷款，现在额度最高多少？',
  'hl', '黑龙江', ['(二)提高创业担保贷款额度'], ['小微企业最高贷款额度由400万元提高至600万元'], ['600万元'])
A('黑龙江小微企业创业担保贷款原来的上限是多少？',
  'hl', '黑龙江', ['(二)提高创业担保贷款额度'], ['小微企业最高贷款额度由400万元提高至600万元'], ['400万元'])
A('黑龙江鼓励创业带动就业那个政策措施是哪天印发的？哪些部门联合发的？',
  'hl', '黑龙江', ['2026年2月2日', '黑龙江省人力资源和社会保障厅'], ['2026年2月2日'], ['2026年2月2日'])
A('黑龙江省创业带动就业专项资金主要支持哪些方面？由哪个部门负责？',
  'hl', '黑龙江', ['(一)加大创业专项资金保障力度'], ['设立黑龙江省创业带动就业专项资金'])
A('黑龙江这个创业政策主要面向哪些人群？',
  'hl', '黑龙江', ['为深入学习贯彻'], ['面向高校毕业生、农民工、就业困难人员等重点群体'])

# ---------------- near misses (doc null) ----------------
N('焦作的企业要用应急转贷资金，一次最多能借多少？日费率多少？', ['焦作', '应急转贷', '转贷', '轉貸'], kind='another place')
N('洛阳的企业在中原股交中心交易板挂牌，洛阳市给多少奖励？', ['洛阳', '洛陽'], kind='another place')
N('新密的企业要是在新三板挂牌，新密市给多少奖励？', ['新三板挂牌', '新三板成功挂牌'], files=['xm'],
  kind='measure not in the named text (新乡高新区 has a 新三板 figure)')
N('长春2017年的科技金融平台专项贷款贴息，申报截止是什么时候？', ['2017'], files=['cc'], kind='year not stated')
N('随州科技创新贷的贷款利率，银行最高能按多少执行？比LPR上浮多少？', ['LPR', '上浮', '利率不高于', '基点'], files=['sz'],
  kind='named without a figure (优惠贷款利率)')
N('襄阳的高新技术企业申请科技创新贷，市里贴息比例是多少？', ['襄阳', '襄陽'], kind='another place')
N('宜昌2020年度的财政科技创新贷贴息申报，单笔贷款上限有没有变？', ['2020年度'], files=['yc'], kind='year not stated')
N('东湖高新区的企业A股首发上市，区里最高给多少奖励？', ['最高', '400萬', '400万', 'A股'], files=['dh'],
  kind='policy named without a figure')
N('東湖高新區這次公示的10家企業，每家具體獎勵多少錢？', ['序號', '企業名稱', '獎勵金額'], files=['dh'],
  kind='list not included (名單附后)')
N('六安市的创业担保贷款，个人最高能贷多少？', {'la': ['创业担保'], 'hl': ['六安']},
  kind='another place (黑龙江 has the figure)')
N('芜湖的小微企业续贷过桥资金，使用费率是多少？', ['芜湖', '蕪湖', '过桥', '過橋'], kind='another place')
N('河北获得再贷款支持的小微企业贷款，利率要降到多少？降几个百分点？', ['个百分点', '基点', '降至', '下降至'], files=['hb'],
  kind='named without a figure (利率要有明显下降)')
N('太原的中小企业想申请转贷基金，山西有什么规定？', ['山西', '太原'], kind='another province')
N('沈阳的大学生办创业担保贷款，个人最高能贷多少？', ['辽宁', '沈阳', '瀋陽'], kind='another province (黑龙江 has a figure)')
N('呼和浩特的小微企业创业担保贷款额度上限是多少？', ['内蒙古', '呼和浩特'], kind='another province')
N('南昌的企业在江西联合股权交易中心挂牌，市里奖励多少？', ['江西', '南昌'], kind='another province')
N('花蓮震災旅宿業的災後紓困貸款利息補貼，政府總共編了多少預算？', ['億元', '預算總額', '總額度', '經費總額'], files=['tw'],
  kind='named without a figure (依預算程序辦理)')
N('2024年花蓮4月3日地震受災的旅宿業，有沒有融資協處辦法？利息怎麼補？', ['四月三日', '0403', '一百十三年四月'], files=['tw'],
  kind='another event / year not stated')
N('长丰县科创贷的担保费补贴标准是多少？', ['长丰', '長豐'], kind='another place')
N('郑州高新区的企业在新三板挂牌，区里奖励多少？', ['郑州', '鄭州'], kind='another place')
N('长春的科技型企业贷款要是出了坏账，有没有风险补偿？补偿比例多少？', ['风险补偿', '补偿比例'], files=['cc'],
  kind='measure the text does not have')
N('随州科技创新贷走担保公司的，担保费能补贴多少？', ['担保费'], files=['sz'], kind='named without a figure (担保公司受理)')


def main():
    errs, out = [], []
    for i, it in enumerate(ITEMS, 1):
        qid = f'ng{i:03d}'
        if it['key'] is None:
            for where, probes in it['checks'].items():
                keys = ALL if where == 'ALL' else ([where] if isinstance(where, str) else list(where))
                for k in keys:
                    for p in probes:
                        if p in TEXT[k]:
                            errs.append(f'{qid}: probe {p!r} found in {FILES[k]}')
            out.append(dict(id=qid, q=it['q'], doc=None, markers=[], values=[]))
            continue
        k, text = it['key'], TEXT[it['key']]
        hits = [kk for kk, t in TITLE.items() if it['doc'] in t]
        if hits != [k]:
            errs.append(f'{qid}: doc {it["doc"]!r} matches titles {hits}')
        cl = clause(k, it['anchors'], errs, qid)
        for m in it['markers']:
            if m not in text:
                errs.append(f'{qid}: marker {m!r} not in file')
            if norm(m) not in norm(cl):
                errs.append(f'{qid}: marker {m!r} not in clause')
            if len(norm(m)) >= 6 and norm(m) in norm(it['q']):
                errs.append(f'{qid}: question copies marker {m!r}')
        for v in it['values']:
            if v not in text:
                errs.append(f'{qid}: value {v!r} not in file')
            if norm(v) not in norm(cl):
                errs.append(f'{qid}: value {v!r} not in clause')
        out.append(dict(id=qid, q=it['q'], doc=it['doc'], markers=it['markers'], values=it['values']))
    n_null = sum(r['doc'] is None for r in out)
    if len(out) != 80:
        errs.append(f'{len(out)} items, expected 80')
    if errs:
        sys.exit('\n'.join(errs))
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'items;', len(out) - n_null, 'answerable;', n_null, 'near misses')


if __name__ == '__main__':
    main()
