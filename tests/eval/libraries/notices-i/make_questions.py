#!/usr/bin/env python3
"""Write questions.jsonl for notices-i, refusing if a check fails.

Each answerable item names its document (file key) and its answering clause as a list of anchors:
  - 'SEC:<label>': the block from the line equal to <label> (a Taiwan article label '第 7 條', '第 5-1 條', or
    '沿革：') to the next label line of that document;
  - any other string: the one line of the document that contains it (it must occur in exactly one line; the
    mainland texts have one paragraph a line, so a line is a clause, an item or a numbered point).
Checks (scorer normalisation: NFKC, whitespace and quotation marks removed):
  - every marker is an exact substring of the named file and occurs in the answering clause;
  - the first value is an exact substring of the named file and occurs in the answering clause; any further
    value must be listed in EQUIV as another way of writing the first (Arabic vs Chinese numerals, 萬 vs 万,
    a thousands comma, a Western date), so that an answer that writes the figure another way still passes;
  - the doc word occurs in exactly one title (line 1) of the folder, the named file's;
  - no question contains a marker of 6 or more characters;
  - near misses (doc null): every probe string is absent from the files listed for it ('ALL': every file);
    a probe ('NOFIG', key, anchor) asserts that the line of that file containing anchor states no amount,
    rate, ratio or multiple (the measure is named there without a figure).
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'tw': 'taiwan-moea-covid-relief-revitalization-measures-2022.txt',
    'gd': 'guangdong-microcredit-company-development-opinions-2016.txt',
    'gz': 'guangzhou-ip-pledge-financing-risk-compensation-fund-measures-2020.txt',
    'hk': 'haikou-ip-pledge-financing-risk-compensation-measures-2023.txt',
    'ts': 'taishun-emergency-loan-turnover-fund-measures-2025.txt',
    'sh': 'shanghai-financial-leasing-supervision-measures-draft-consultation-2021.txt',
    'qs': 'quanzhou-supply-chain-finance-work-plan-2023.txt',
    'jr': 'jurong-manufacturing-loan-interest-subsidy-project-notice-2024.txt',
    'qf': 'quanzhou-guarantee-company-subsidy-faq-2018.txt',
    'qz': 'qinzhou-sme-emergency-turnover-fund-draft-consultation-2025.txt',
}
TEXT = {k: open(os.path.join(HERE, f), encoding='utf-8').read() for k, f in FILES.items()}
TITLE = {k: t.split('\n', 1)[0] for k, t in TEXT.items()}
assert sorted(glob.glob(os.path.join(HERE, '*.txt'))) == sorted(os.path.join(HERE, f) for f in FILES.values())
LABEL = re.compile(r'^(第 \d+(?:-\d+)? 條|沿革：)$')
ALL = list(FILES)
FIGURE = re.compile(r'\d[\d,.]*\s*(万|萬|亿|億|%|％|‰|倍|元)|[一二三四五六七八九十百千两]+(万|萬|亿|億|倍)|百分之')

# other ways of writing a first value (the answer may use any one of them)
EQUIV = {
    '百分之十五': ['15%'],
    '百分之五十': ['50%'],
    '二萬元': ['二万元', '2萬元', '2万元', '20000元', '20,000元'],
    '一萬元': ['一万元', '1萬元', '1万元', '10000元', '10,000元'],
    '四萬元': ['四万元', '4萬元', '4万元', '40000元', '40,000元'],
    '二十二萬元': ['二十二万元', '22萬元', '22万元', '220000元', '220,000元'],
    '六百萬元': ['六百万元', '600萬元', '600万元'],
    '五萬五千元': ['五万五千元', '5.5萬元', '5.5万元', '55000元', '55,000元'],
    '一億五千萬元': ['一亿五千万元', '1.5億元', '1.5亿元', '15000萬元', '15000万元'],
    '五十萬元': ['五十万元', '50萬元', '50万元'],
    '百分之一': ['1%'],
    '一百零九年一月十五日': ['2020年1月15日'],
    '4,000万元': ['4000万元'],
    '3,000万元': ['3000万元'],
    '2020年07月08日': ['2020年7月8日'],
    '2023年07月13日': ['2023年7月13日'],
    '8‰': ['千分之八'],
    '3‰': ['千分之三'],
    '50%': ['百分之五十'],
    '20%': ['百分之二十'],
    '2000万元': ['2,000万元', '两千万元', '二千万元'],
    '3000万元': ['3,000万元', '三千万元'],
    '10倍': ['十倍'],
    '5年': ['五年'],
    '3年': ['三年'],
    '20万元': ['二十万元'],
}


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[\s"\'“”‘’「」『』]', '', s)


def clause(key, anchors, errs, qid):
    lines = TEXT[key].split('\n')
    out = []
    for a in anchors:
        if a.startswith('SEC:'):
            lab = a[4:]
            starts = [i for i, ln in enumerate(lines) if ln == lab]
            if len(starts) != 1 or not LABEL.match(lab):
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


def N(q, probes, kind=''):
    """probes: {file key or 'ALL': [strings]}, and/or a list of ('NOFIG', key, anchor)."""
    ITEMS.append(dict(q=q, key=None, probes=probes, kind=kind))


# ---------------- 經濟部對受嚴重特殊傳染性肺炎影響發生營運困難產業事業紓困振興辦法 (Taiwan, 繁體) ----------------
A('疫情期間我們公司營業額掉了，要符合經濟部紓困振興辦法的「受影響事業」，營業額要比基準期減少多少才算？',
  'tw', '紓困振興', ['SEC:第 3 條'], ['營業額減少達百分之十五', '第 3 條'], ['百分之十五', '15%'])
A('台湾经济部那个纾困振兴办法里，“艰困事业”要营业额减少多少？是跟哪几年比？',
  'tw', '紓困振興', ['SEC:第 3 條'], ['本辦法所稱艱困事業', '減少達百分之五十'], ['百分之五十', '50%'])
A('艱困事業的薪資補貼怎麼算？每位員工每個月最多補多少？',
  'tw', '紓困振興', ['SEC:第 5 條'], ['每位員工每月薪資補貼額度', '經常性薪資之百分之四十'],
  ['二萬元', '二万元', '2萬元', '2万元', '20000元', '20,000元'])
A('我們是製造業的艱困事業，營運資金補貼是按什麼算的？可以重複領嗎？',
  'tw', '紓困振興', ['SEC:第 5 條'], ['營運資金補貼：依艱困事業員工人數乘以', '不予重複補貼'],
  ['一萬元', '一万元', '1萬元', '1万元', '10000元', '10,000元'])
A('商業服務業被認定為艱困事業的，那個營業衝擊的補貼是按每個員工多少錢算？',
  'tw', '紓困振興', ['SEC:第 5-1 條'], ['一次性營業衝擊補貼', '第 5-1 條'],
  ['四萬元', '四万元', '4萬元', '4万元', '40000元', '40,000元'])
A('疫情前就借的旧贷款，银行同意展延的话，原来信保基金的保证手续费还要交吗？利息补贴每家最多多少？',
  'tw', '紓困振興', ['SEC:第 6 條'], ['第一年之保證手續費免予計收', '一年期定期儲金機動利率'],
  ['二十二萬元', '二十二万元', '22萬元', '22万元', '220000元', '220,000元'])
A('受影響事業申請營運資金貸款，最高可以借多少？信保基金保幾成？',
  'tw', '紓困振興', ['SEC:第 7 條'], ['額度最高為新臺幣六百萬元', '提供十成信用保證'],
  ['六百萬元', '六百万元', '600萬元', '600万元'])
A('中小型事业办了营运资金贷款，利息补贴最长补几个月？每家补贴上限是多少？',
  'tw', '紓困振興', ['SEC:第 7 條'], ['補貼期限最長六個月', '每家事業補貼金額以新臺幣五萬五千元為上限'],
  ['五萬五千元', '五万五千元', '5.5萬元', '5.5万元', '55000元', '55,000元'])
A('營運資金貸款的利率上限是怎麼訂的？',
  'tw', '紓困振興', ['SEC:第 7 條'], ['二年期定期儲金機動利率加百分之一'], ['百分之一', '1%'])
A('我們是中小企業，想申請振興資金貸款，額度最高多少？大企業又是多少？',
  'tw', '紓困振興', ['SEC:第 8 條'], ['受影響中小型事業辦理前項貸款額度，最高為新臺幣一億五千萬元'],
  ['一億五千萬元', '一亿五千万元', '1.5億元', '1.5亿元', '15000萬元', '15000万元'])
A('振興資金貸款的信用保證成數是幾成？保證手續費誰出？',
  'tw', '紓困振興', ['SEC:第 8 條'], ['最低八成、最高九成之信用保證', '由主管機關全額負擔'], ['九成'])
A('只有稅籍登記、每個月銷售額沒到開統一發票標準的小店，振興貸款能借多少？有十成保證嗎？',
  'tw', '紓困振興', ['SEC:第 8 條'], ['貸款額度於新臺幣五十萬元以下'], ['五十萬元', '五十万元', '50萬元', '50万元'])
A('同一筆貸款可不可以同時拿兩種利息補貼？跟其他機關的補助能不能一起領？',
  'tw', '紓困振興', ['SEC:第 9 條'], ['其補貼期間不得重疊', '應擇一適用'])
A('这个纾困振兴办法是从哪天开始施行的？主管机关是谁？',
  'tw', '紓困振興', ['SEC:第 21 條', 'SEC:第 2 條'], ['本辦法自中華民國一百零九年一月十五日施行', '本辦法之主管機關為經濟部'],
  ['一百零九年一月十五日', '2020年1月15日'])

# ---------------- 广东省人民政府金融工作办公室关于进一步促进小额贷款公司规范发展的意见 ----------------
A('我们是佛山一家小贷公司，想试点投贷联动做股权投资，对外投资最多能占注册资本的多少？',
  'gd', '广东省', ['(四)支持优质小额贷款公司试点投贷联动'], ['(四)支持优质小额贷款公司试点投贷联动', '对外股权投资比例不超过注册资本的20%'],
  ['20%', '百分之二十'])
A('广东小额贷款公司的主发起人持股比例有没有上限？其他小股东持股有下限吗？',
  'gd', '广东省', ['(一)主发起人及其关联方持股比例不设上限'], ['主发起人及其关联方持股比例不设上限', '其他股东持股比例不设下限'])
A('省金融办那个促进小贷公司规范发展的意见，什么时候开始施行？有效期多久？',
  'gd', '广东省', ['本意见自2017年1月1日起施行'], ['本意见自2017年1月1日起施行', '有效期3年'], ['3年', '三年'])
A('香港的公司能不能在广东参与发起设立小额贷款公司？和省内企业的条件一样吗？',
  'gd', '广东省', ['一、落实政策', '落实《CEPA'], ['一、落实政策,实现粤港澳服务贸易自由化', '港、澳资企业参与设立小额贷款公司与省内企业要求一致'])
A('现在在广东申请设立小贷公司，哪些申报材料不用再交了？',
  'gd', '广东省', ['三、增加或取消部分申报设立材料', '三证合一'], ['三、增加或取消部分申报设立材料', '取消提交法人股东贷款卡复印件'])
A('小贷公司刚成立一年就想增资扩股，广东允许吗？',
  'gd', '广东省', ['(三)鼓励小额贷款公司壮大资本实力'], ['增资扩股不受成立时间限制'])

# ---------------- 广州市知识产权质押融资风险补偿基金管理办法 ----------------
A('广州的知识产权质押融资风险补偿基金一开始有多少钱？',
  'gz', '广州', ['第三条 风险补偿基金初始资金总额'], ['第三条', '风险补偿基金初始资金总额4,000万元'],
  ['4,000万元', '4000万元'])
A('我在海珠区，想了解一下广州市这个专利质押风险补偿基金里市财政配套了多少？中央出多少？',
  'gz', '广州', ['第三条 风险补偿基金初始资金总额'], ['市财政配套出资3,000万元', '由中央财政出资1,000万元'],
  ['3,000万元', '3000万元'])
A('知识产权质押融资风险补偿基金的存续期是几年？',
  'gz', '广州', ['第三条 风险补偿基金初始资金总额'], ['存续期为5年'], ['5年', '五年'])
A('广州这个风险补偿基金办法现在还有效吗？哪天失效的？',
  'gz', '广州', ['失效日期'], ['失效日期: 2023年07月13日'], ['2023年07月13日', '2023年7月13日'])
A('广州知识产权局这个补偿基金是补偿谁的什么损失？商标质押的也补吗？',
  'gz', '广州', ['第二条 本办法所称知识产权质押融资风险补偿基金'], ['第二条', '专利质押融资服务时产生的部分风险损失'])
A('穗知规字〔2020〕1号是哪天开始实施的？由哪个部门发布？',
  'gz', '广州', ['实施日期'], ['实施日期: 2020年07月08日'], ['2020年07月08日', '2020年7月8日'])

# ---------------- 海口市知识产权质押融资风险补偿资金管理办法 ----------------
A('海口的知识产权质押融资风险补偿资金总规模是多少？',
  'hk', '海口', ['第二条 本办法所称知识产权质押融资风险补偿资金'], ['第二条', '总规模3000万元'], ['3000万元', '3,000万元', '三千万元'])
A('我们公司在龙华区，听说海口这个风险补偿资金是中央和市里一起出的，中央财政出了多少？',
  'hk', '海口', ['第二条 本办法所称知识产权质押融资风险补偿资金'], ['其中中央财政资金2000万元'], ['2000万元', '2,000万元', '两千万元', '二千万元'])
A('海口的风险补偿资金要撬动合作银行放多少倍的知识产权质押贷款？补偿责任以什么为限？',
  'hk', '海口', ['第四条 风险补偿资金用以撬动合作银行'], ['第四条', '风险补偿规模10倍的知识产权质押融资', '以其余额为限承担风险补偿责任'],
  ['10倍', '十倍'])
A('我们是专利加房产组合质押贷的款，海口的风险补偿能补全部本金吗？',
  'hk', '海口', ['第三条 风险补偿资金按照政府引导'], ['第三条', '组合质押中明确属于知识产权部分贷款本金'])
A('海口这个知识产权质押风险补偿办法是哪次市政府常务会议通过的？什么时候印发的？',
  'hk', '海口', ['十七届市政府第52次常务会议'], ['十七届市政府第52次常务会议审议通过'], ['第52次'])
A('海口市里的财政能不能调整风险补偿资金规模？新增的钱怎么管？',
  'hk', '海口', ['第二条 本办法所称知识产权质押融资风险补偿资金'], ['市级财政可调整资金规模', '新增加的资金继续纳入风险补偿资金总规模'])

# ---------------- 泰顺县企业应急转贷专项资金管理办法 ----------------
A('泰顺县的企业应急转贷专项资金一共有多少钱？',
  'ts', '泰顺', ['转贷资金总规模为2000万元'], ['转贷资金总规模为2000万元'], ['2000万元', '2,000万元', '两千万元', '二千万元'])
A('我们厂在罗阳镇，贷款快到期了一时周转不过来，泰顺的转贷资金什么样的企业可以用？',
  'ts', '泰顺', ['一、转贷资金用途及规模', '转贷资金主要用于为生产经营正常'], ['一、转贷资金用途及规模', '符合流动资金贷款发放条件'])
A('泰顺县应急转贷办设在哪个单位？主任由谁兼任？',
  'ts', '泰顺', ['二、管理机构及职能', '建立泰顺县企业应急转贷专项资金管理办公室'], ['二、管理机构及职能', '办公室设在县金融中心'])
A('泰顺转贷资金的筹措和划转归哪个部门管？银行那边谁来监管？',
  'ts', '泰顺', ['建立泰顺县企业应急转贷专项资金管理办公室'], ['县财政局负责转贷资金筹措及资金划转', '泰顺金融监管支局负责联系和监管相关银行'])
A('泰顺县这个应急转贷资金管理办法的文号是多少？是根据温州哪个文件修订的？',
  'ts', '泰顺', ['泰政办〔2025〕6号', '根据《温州市企业应急转贷资金管理办法》'], ['泰政办〔2025〕6号', '温金融办〔2023〕53号'],
  ['泰政办〔2025〕6号'])

# ---------------- 上海市融资租赁公司监督管理暂行办法(征求意见稿) 征求意见公告 ----------------
A('上海融资租赁公司监管暂行办法征求意见稿，意见要在哪天之前反馈？用什么方式？',
  'sh', '上海', ['相关意见、建议请于2021年3月5日前'], ['相关意见、建议请于2021年3月5日前', 'jianguan2c@jrb.shanghai.gov.cn'],
  ['2021年3月5日'])
A('我们是浦东的金融租赁公司，上海这个融资租赁公司监管办法（征求意见稿）管不管我们？',
  'sh', '上海', ['第三条 本办法所称融资租赁公司'], ['第三条', '(不含金融租赁公司)'])
A('上海这个融资租赁监管办法征求意见稿适用于哪些情形？',
  'sh', '上海', ['第二条 在本市设立融资租赁公司'], ['第二条', '在本市设立融资租赁公司、开展融资租赁业务,适用本办法'])
A('上海市融资租赁公司监督管理暂行办法起草依据了哪些法规和监管文件？',
  'sh', '上海', ['第一条 为规范本市融资租赁公司经营行为'], ['第一条', '银保监发〔2020〕22号'])

# ---------------- 泉州市供应链金融发展工作方案 ----------------
A('泉州的核心企业要是系统对接接入中征应收账款融资服务平台，能拿多少系统开发补助？',
  'qs', '供应链金融', ['(一)用好中征应收账款融资服务平台'], ['(一)用好中征应收账款融资服务平台', '最高20万元系统开发补助'], ['20万元', '二十万元'])
A('泉州供应链金融方案里用好中征平台那一条，责任单位有哪些？',
  'qs', '供应链金融', ['(责任单位:人民银行泉州市中心支行'], ['责任单位:人民银行泉州市中心支行'])
A('泉州市供应链金融发展工作方案是哪几个部门联合印发的？文号多少？',
  'qs', '供应链金融', ['泉金规〔2023〕4号', '泉州市地方金融监督管理局                  泉州市财政局',
                    '中国人民银行泉州市中心支行              泉州银保监分局'], ['泉金规〔2023〕4号'])
A('晋江这边想搞细分行业的供应链金融服务平台，市里方案鼓励围绕哪些领域建平台？',
  'qs', '供应链金融', ['(二)支持各类供应链金融平台建设'], ['(二)支持各类供应链金融平台建设', '供应链金融服务标杆平台'])

# ---------------- 句容市工业和信息化局 省制造业贷款财政贴息项目入库通知 ----------------
A('句容的企业想进省制造业贷款财政贴息的项目库，怎么申报？要填什么表？',
  'jr', '句容', ['3.项目入库采取网上申报的方式进行'], ['项目入库采取网上申报的方式进行', '江苏省制造业领域项目贷款需求表'])
A('制造业贷款贴息的项目储备库多久更新一次？入库了就能享受贴息吗？',
  'jr', '句容', ['4.市工信局将对入库项目进行审核'], ['项目储备库原则上每季度滚动更新一次'])
A('句容申报制造业贷款贴息入库找哪个科室？电话多少？',
  'jr', '句容', ['5.项目申报工作由市工信局中小科扎口管理'], ['市工信局中小科扎口管理'], ['80272815'])
A('句容工信局转发的是省里哪个文件？文号是多少？入库项目谁审核、报给谁？',
  'jr', '句容', ['现将省工信厅、省财政厅', '4.市工信局将对入库项目进行审核'], ['苏工信综合〔2024〕98号', '审核通过后上报省工信厅'])

# ---------------- 泉州 融资担保公司申请市级补助标准是什么? ----------------
A('泉州的融资担保机构，市里按担保责任余额的多少给补助？',
  'qf', '市级补助', ['日均担保责任余额的8‰给予补助'], ['日均担保责任余额的8‰给予补助'], ['8‰', '千分之八'])
A('我们是安溪县的县级融资担保公司，补助是市财政和县财政各出多少？',
  'qf', '市级补助', ['日均担保责任余额的8‰给予补助'], ['县级融资性担保公司由市财政补助3‰,县级财政补助5‰'], ['3‰', '千分之三'])
A('担保公司年收费率压得比较低的，泉州还有没有额外补助？收费率要低于多少？差额补多少？',
  'qf', '市级补助', ['日均担保责任余额的8‰给予补助'], ['年收费率在2.5%以下的融资性担保公司', '差额部分由同级财政给予50%补助'], ['50%', '百分之五十'])
A('泉州市级的担保公司补助由哪一级财政出？',
  'qf', '市级补助', ['日均担保责任余额的8‰给予补助'], ['市级融资性担保公司由市本级财政补助'])
A('泉州融资担保补助是根据哪些文件定的？哪个部门联合发放？',
  'qf', '市级补助', ['日均担保责任余额的8‰给予补助'], ['关于规范和促进融资性担保行业发展的意见', '市金融工作局联合市财政局'])

# ---------------- 钦州市小微企业应急周转资金暂行管理办法(征求意见稿) ----------------
A('钦州那个小微企业应急周转资金管理办法征求意见，截止到哪天？',
  'qz', '钦州', ['如有意见,请于2025年7月25日前'], ['请于2025年7月25日前将意见和建议送达钦州市财政局'], ['2025年7月25日'])
A('对钦州应急周转资金征求意见稿有想法，打电话反馈打哪个号？寄信寄到哪？',
  'qz', '钦州', ['三、通过其他方式反馈意见建议', '二、通过信函方式反馈意见建议'],
  ['0777-3689993', '钦州市钦北区银河街125号钦州市财政局金融发展科'], ['0777-3689993'])
A('钦州的小微企业应急周转资金是哪些部门牵头起草的？',
  'qz', '钦州', ['为加快推动我市建立小微企业应急周转资金机制'], ['市财政局会同人民银行钦州市分行、国家金融监管总局钦州监管分局'])
A('钦州这个应急周转资金是给什么样的企业用的？用起来要遵循什么原则，是免费的吗？',
  'qz', '钦州', ['第二条 本办法所称钦州市小微企业应急周转资金', '第三条 应急周转资金的使用坚持'],
  ['第三条', '公平、公正、有偿、限时的原则', '贷款即将到期而足额还贷出现暂时困难的小微企业'])

# ---------------- near misses (doc null) ----------------
N('深圳的知识产权质押融资风险补偿资金池规模多少？补偿比例是多少？', {'ALL': ['深圳']}, kind='another city (广州, 海口 have texts)')
N('三亚的企业用专利质押贷款，三亚市有没有风险补偿资金？规模多大？', {'ALL': ['三亚']}, kind='another city of 海南')
N('温州市本级的企业应急转贷资金总规模有多大？单笔最多能转多少？',
  [('NOFIG', 'ts', '根据《温州市企业应急转贷资金管理办法》')] + [({'ALL': ['温州市企业应急转贷资金总规模', '温州市转贷']})],
  kind='named without a figure (泰顺 cites 温州市 管理办法)')
N('苍南县的企业应急转贷资金，使用费怎么收？', {'ALL': ['苍南', '文成', '平阳']}, kind='a neighbour county of 泰顺')
N('威海荣成的中小企业应急转贷资金规模多大？', {'ALL': ['荣成', '威海']}, kind='another province (山东)')
N('柳州的中小工业企业应急周转资金，单笔最多能用多少？', {'ALL': ['柳州']}, kind='a sibling city of 钦州 in 广西')
N('台灣經濟部紓困振興辦法裡，出口拓銷融資的利息補貼，利率補幾個百分點？', [('NOFIG', 'tw', '七、提供出口拓銷融資與保險之利息及保費補貼')],
  kind='named without a figure (第 14 條 第七款)')
N('江苏制造业贷款财政贴息，省里贴几个百分点？单个项目一年最多贴多少？',
  [('NOFIG', 'jr', '现将省工信厅、省财政厅'), ({'jr': ['百分点', '%', '1000万', '万元']})],
  kind='named without a figure (句容 forwards the 方案 without its figures)')
N('丹阳的企业申报省制造业贷款贴息入库，联系电话是多少？', {'ALL': ['丹阳', '扬中', '镇江']}, kind='a neighbour county-level city of 句容')
N('上海融资租赁公司监督管理暂行办法正式版是哪天开始施行的？有效期到什么时候？',
  {'sh': ['2025', '施行', '有效期']}, kind='a year / version the text does not state (only the 2021 draft)')
N('上海的商业保理公司监管办法对注册资本有什么要求？', {'ALL': ['商业保理', '保理']}, kind='a kind of company none of the texts covers')
N('广东的小额贷款公司从银行融入资金，最多能融资本净额的几倍？',
  {'gd': ['融入资金', '资本净额', '倍', '杠杆']}, kind='a figure the 意见 does not state')
N('漳州的供应链核心企业接入中征应收账款融资服务平台，有没有系统开发补助？', {'ALL': ['漳州']}, kind='a neighbour city of 泉州')
N('厦门对供应链金融平台有什么奖励？', {'ALL': ['厦门', '廈門']}, kind='another city of 福建')
N('福州的融资担保公司申请市级补助，标准是多少？', {'ALL': ['福州']}, kind='another city of 福建 (泉州 has a figure)')
N('泉州的融资担保公司替企业代偿了，市里对担保公司有代偿补偿吗？补多少比例？', {'ALL': ['代偿']}, kind='a kind of subsidy none of the texts has')
N('經濟部一百十二年的疫後振興專案貸款，利息補貼最多補多少？', {'ALL': ['疫後', '一百十二年']},
  kind='a later programme / year the text does not state')
N('香港的中小企業融資擔保計劃，政府提供幾成信貸保證？', {'ALL': ['擔保計劃', '担保计划', '信貸保證', '特別優惠措施', '香港特']}, kind='another place (Hong Kong)')
N('澳門的中小企業援助計劃，免息貸款最多可以借多少？', {'ALL': ['澳門', '援助計劃', '援助计划', '免息貸款', '免息贷款']}, kind='another place (Macau)')
N('安徽的小微企业续贷过桥资金，使用费率是多少？', {'ALL': ['过桥', '過橋', '安徽']}, kind='another province, another instrument')
N('江西的企业首发上市，省里奖励多少？', {'ALL': ['江西', '首发上市', '上市奖励']}, kind='another province, a kind of reward none of the texts has')
N('宁波的中小企业贷款走政府性融资担保，担保费能补贴多少？', {'ALL': ['宁波', '担保费补贴', '擔保費補貼']},
  kind='another city and a subsidy kind none of the texts has')


def main():
    errs, out = [], []
    for i, it in enumerate(ITEMS, 1):
        qid = f'ni{i:03d}'
        if it['key'] is None:
            probes = it['probes']
            plist = probes if isinstance(probes, list) else [probes]
            for p in plist:
                if isinstance(p, tuple):
                    _, k, anchor = p
                    hits = [ln for ln in TEXT[k].split('\n') if anchor in ln]
                    if len(hits) != 1:
                        errs.append(f'{qid}: NOFIG anchor {anchor!r} in {len(hits)} lines')
                    elif FIGURE.search(hits[0]):
                        errs.append(f'{qid}: NOFIG line has a figure: {FIGURE.search(hits[0]).group(0)!r}')
                    continue
                for where, strings in p.items():
                    keys = ALL if where == 'ALL' else [where]
                    for k in keys:
                        for s in strings:
                            if s in TEXT[k]:
                                errs.append(f'{qid}: probe {s!r} found in {FILES[k]}')
            out.append(dict(id=qid, q=it['q'], doc=None, markers=[], values=[]))
            continue
        k, text = it['key'], TEXT[it['key']]
        hits = [kk for kk, t in TITLE.items() if it['doc'] in t]
        if hits != [k]:
            errs.append(f'{qid}: doc {it["doc"]!r} matches titles {hits}')
        cl = clause(k, it['anchors'], errs, qid)
        if not it['markers']:
            errs.append(f'{qid}: no marker')
        for m in it['markers']:
            if m not in text:
                errs.append(f'{qid}: marker {m!r} not in file')
            if norm(m) not in norm(cl):
                errs.append(f'{qid}: marker {m!r} not in clause')
            if len(norm(m)) >= 6 and norm(m) in norm(it['q']):
                errs.append(f'{qid}: question copies marker {m!r}')
        vals = it['values']
        if vals:
            v0 = vals[0]
            if v0 not in text:
                errs.append(f'{qid}: value {v0!r} not in file')
            if norm(v0) not in norm(cl):
                errs.append(f'{qid}: value {v0!r} not in clause')
            for v in vals[1:]:
                if v not in EQUIV.get(v0, []):
                    errs.append(f'{qid}: value {v!r} is not a declared way of writing {v0!r}')
        out.append(dict(id=qid, q=it['q'], doc=it['doc'], markers=it['markers'], values=vals))
    n_null = sum(r['doc'] is None for r in out)
    if len(out) != 80:
        errs.append(f'{len(out)} items, expected 80')
    if len({r['q'] for r in out}) != len(out):
        errs.append('duplicate question text')
    if errs:
        sys.exit('\n'.join(errs))
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'items;', len(out) - n_null, 'answerable;', n_null, 'near misses')


if __name__ == '__main__':
    main()
