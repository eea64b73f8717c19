/**
 * Places people name without their suffix (`深圳有没有…`, `成都的绿色贷款目标`): the provinces and the
 * prefecture-level cities of the country. A name with its suffix is read by its shape (jurisdiction.ts),
 * whatever the place; a bare name has no shape, so it is known from this national list — all of it, not
 * a list tailored to any document. Left out: names that are everyday words or names of other things
 * (`大同`, `朝阳`, `开封`, `日照`, `白银`, `中山`, `北海`, `大庆`, `安康`, `长治`, `来宾`, `普洱`): in a
 * question they are more often the word. The others count only standing alone (see STANDS_AFTER).
 */

const PROVINCES =
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门';

const CITIES = [
  '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水',
  '太原 阳泉 晋城 朔州 晋中 运城 忻州 临汾 吕梁',
  '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布',
  '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛',
  '长春 辽源 通化 松原 白城',
  '哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 伊春 佳木斯 七台河 牡丹江 绥化',
  '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁',
  '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水',
  '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城',
  '福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德',
  '南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 宜春 抚州 上饶',
  '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 临沂 德州 聊城 滨州 菏泽',
  '郑州 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店',
  '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州',
  '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底',
  '广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 潮州 揭阳 云浮',
  '南宁 柳州 桂林 梧州 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左',
  '海口 三亚 三沙 儋州',
  '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳',
  '贵阳 六盘水 遵义 毕节 铜仁',
  '昆明 曲靖 玉溪 保山 昭通 丽江 临沧',
  '拉萨 日喀则 昌都 林芝 那曲',
  '西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛',
  '兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南',
  '西宁',
  '银川 石嘴山 吴忠 固原',
  '乌鲁木齐 克拉玛依 吐鲁番 哈密',
].join(' ');

const AUTONOMOUS: Readonly<Record<string, string>> = {
  内蒙古: '内蒙古自治区',
  广西: '广西壮族自治区',
  西藏: '西藏自治区',
  宁夏: '宁夏回族自治区',
  新疆: '新疆维吾尔自治区',
  香港: '香港特别行政区',
  澳门: '澳门特别行政区',
};
const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);

/** Bare name → the name with its suffix, as documents write it (`深圳` → `深圳市`, `广东` → `广东省`). */
const FULL_NAME: ReadonlyMap<string, string> = new Map([
  ...PROVINCES.split(' ').map((p) => [p, AUTONOMOUS[p] ?? (MUNICIPALITIES.has(p) ? `${p}市` : `${p}省`)] as const),
  ...CITIES.split(' ').map((c) => [c, `${c}市`] as const),
]);

// Longest first, so `齐齐哈尔` is not read as a shorter name inside it. Tried at every position (sticky).
const BARE = new RegExp([...FULL_NAME.keys()].sort((a, b) => b.length - a.length).join('|'), 'uy');
// A name followed by an administrative suffix is read by its shape instead (but `上海市场`, `广东省级`
// are the bare name and a word).
const SUFFIX_AFTER = /^(?:省(?!级)|市(?![场值民])|区(?![域块间])|县|自治|特别行政区|新区)/u;
// A bare name stands alone: at the start, after punctuation or a word that leads to a place — not inside
// a word (`推广安全` holds 广安, `规定西部` 定西).
const STANDS_AFTER = /[^\p{Script=Han}]|[在到去来从向和与及或的是于对为给跟同比像省市区县内外]/u;
// … and not as part of an institution's or a market's name (`上海证券交易所`, `郑州商品交易所`, `北京大学`).
const NAMES_SOMETHING_ELSE = /^(?:证券|商品|期货|交易所|金融交易|银行|农商|农村商业|分行|支行|大学|学院|保险|市场)/u;

export interface BareMention {
  /** The name with its suffix (`深圳市`). */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Provinces and cities named without their suffix in `text`, in order. Linear in the text. */
export function findBarePlaces(text: string): BareMention[] {
  const out: BareMention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && !STANDS_AFTER.test(text[i - 1]!) && !out.some((m) => m.end === i)) continue;
    BARE.lastIndex = i;
    const m = BARE.exec(text);
    if (!m) continue;
    const end = i + m[0].length;
    const after = text.slice(end, end + 6);
    if (SUFFIX_AFTER.test(after) || NAMES_SOMETHING_ELSE.test(after)) continue;
    out.push({ name: FULL_NAME.get(m[0])!, start: i, end });
    i = end - 1;
  }
  return out;
}
