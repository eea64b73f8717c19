import { describe, expect, it } from 'vitest';
import { normaliseText, repairSpacing } from '../../src/ingest/index.js';
import { corpusText, FYP13, YUZHONG } from '../helpers.js';

describe('repairSpacing', () => {
  it('removes PDF spaces inside quotes and before numbers', () => {
    expect(repairSpacing('“十三五 ”期间，达到 6000亿元')).toBe('“十三五”期间，达到6000亿元');
    expect(repairSpacing('渝府发〔 2016〕60号')).toBe('渝府发〔2016〕60号');
  });
  it('keeps spaces between Latin words', () => {
    expect(repairSpacing('AICFinancial Asset Investment Company.即金融资产投资公司。')).toBe(
      'AICFinancial Asset Investment Company.即金融资产投资公司。',
    );
  });
});

describe('normaliseText on the 2016 plan (PDF extraction)', () => {
  const text = normaliseText(corpusText(FYP13), { titles: ['重庆市建设国内重要功能性金融中心“十三五”规划'] });

  it('drops the table of contents but remembers its headings', () => {
    expect(text.lines.some((l) => l.includes('……'))).toBe(false);
    expect(text.lines).not.toContain('目录');
    expect(text.tocHeadings).toContain('第一节\u3000发展基础');
  });

  it('drops web-page chrome and the footer', () => {
    expect(text.lines.some((l) => /发布日期|文件下载|<BR>/i.test(l))).toBe(false);
  });

  it('puts headings glued to text on their own line', () => {
    expect(text.lines).toContain('第一节\u3000发展基础');
    expect(text.lines).toContain('第三章\u3000构建金融核心功能体系');
    expect(text.lines).toContain('第一节\u3000发展现代金融机构体系，夯实金融基础功能');
    expect(text.lines.some((l) => l.startsWith('金融业综合实力稳步提升，支柱产业地位持续巩固。'))).toBe(true);
  });

  it('splits target bullets that follow a full stop mid-line', () => {
    expect(text.lines.some((l) => l.startsWith('——打造特色金融市场体系。'))).toBe(true);
  });

  it('joins paragraphs broken across lines', () => {
    const line = text.lines.find((l) => l.startsWith('——形成完善的金融机构体系'));
    expect(line).toContain('相互补充的金融机构体系基本成型。');
  });

  it('keeps table rows with their cells apart', () => {
    expect(text.lines).toContain('3 金融机构数量（家） 1500 2000');
    expect(text.lines).toContain('4 新增地方社会融资规模（万亿元） 【2.2】 【2.8】');
  });
});

describe('normaliseText on the Yuzhong plan (web page)', () => {
  const text = normaliseText(corpusText(YUZHONG));

  it('takes the first line as the title and drops the chrome', () => {
    expect(text.firstLine).toBe('渝中区深入落实“智融惠畅”工程高质量打造西部金融中心主承载区实施方案(2024-2027年)');
    expect(text.lines.some((l) => /^(来源|打印|纠错|分享到|扫一扫)/.test(l))).toBe(false);
  });

  it('splits a numbered clause that starts after a full stop', () => {
    expect(text.lines.some((l) => l.startsWith('3.完善专业配套服务。'))).toBe(true);
    expect(text.lines.some((l) => l.startsWith('12.加快建设金融科技创新示范区。'))).toBe(true);
  });
});

describe('normaliseText: header lines', () => {
  it('keeps metadata lines of the page chrome aside, out of the text', () => {
    const text = normaliseText('某区金融方案\n来源:某区金融办 发布时间:2024-11-28 18:00\n打印 打印\n一、总体要求\n坚持稳中求进。\n');
    expect(text.header).toEqual(['来源:某区金融办 发布时间:2024-11-28 18:00']);
    expect(text.lines).toEqual(['一、总体要求', '坚持稳中求进。']);
    // … however the site spaced it (`来源 :泉州市金融工作局`, 泉州's FAQ page in tests/eval/libraries/notices-i).
    expect(normaliseText('标准是什么?\n来源 :泉州市金融工作局 时间:2018-11-09 11:07 浏览量:\n根据文件精神给予补助。\n').header).toEqual(['来源 :泉州市金融工作局 时间:2018-11-09 11:07 浏览量:']);
  });

  it('drops HTML comment lines and keeps each publication line on its own', () => {
    const raw = [
      '# 某某条例',
      '2010年11月22日 最高人民法院审判委员会第1502次会议通过',
      '2021年12月30日 最高人民法院审判委员会第1860次会议通过',
      '2022年3月1日 施行',
      '<!-- INFO END -->',
      '第一条 为了规范某某行为，制定本条例。',
    ].join('\n');
    const text = normaliseText(raw);
    expect(text.lines).toEqual([
      '2010年11月22日最高人民法院审判委员会第1502次会议通过',
      '2021年12月30日最高人民法院审判委员会第1860次会议通过',
      '2022年3月1日施行',
      '第一条为了规范某某行为，制定本条例。',
    ]);
  });
});

describe('a document number on a line of its own', () => {
  // 聊城's 2023 notice on guarantee-fee subsidies (tests/eval/sealed/notices-k), paragraphs apart as the page has them.
  const raw = [
    '聊城市财政局 聊城市工业和信息化局关于印发《聊城市市级政府性融资担保费补贴资金管理办法》的通知',
    '',
    '关于印发《聊城市市级政府性融资担保费补贴资金管理办法》的通知',
    '',
    '聊财金〔2023〕14 号',
    '',
    '各县(市、区)财政局、工业和信息化局,市属开发区财政、工信主管部门,市级融资担保机构:',
  ].join('\n');
  it('is joined neither to the title above it nor to the addressees below', () => {
    const { lines } = normaliseText(raw);
    expect(lines.some((l) => /^聊财金〔2023〕14\s*号$/u.test(l))).toBe(true);
  });
});

describe('a date and a document number in brackets, each on a line of its own under the title', () => {
  // 萧山区's 2021 实施意见 on the 凤凰行动 (tests/eval/sealed/notices-r, read at the end of its round).
  const raw = [
    '萧山区关于高质量推进“凤凰行动”计划(2021-2025)的实施意见',
    '',
    '关于高质量推进“凤凰行动”计划(2021-2025)的实施意见',
    '',
    '2021-12-07',
    '',
    '(萧政办发〔2021〕41号)',
    '',
    '各镇人民政府、街道办事处,区政府各部门、各直属单位:',
  ].join('\n');
  it('are header records, joined neither to the title above them nor to each other', () => {
    const { lines } = normaliseText(raw);
    expect(lines).toContain('2021-12-07');
    expect(lines).toContain('(萧政办发〔2021〕41号)');
  });
});

