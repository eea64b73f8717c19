/** A clause read within its article. 存款保险条例 第十九条 (2015, items shortened), verbatim otherwise. */
import { describe, expect, it } from 'vitest';
import { Articles } from '../../src/answer/articles.js';
import { parseDocument } from '../../src/ingest/index.js';

const TEXT = [
  '存款保险条例',
  '第十九条 有下列情形之一的，存款人有权要求存款保险基金管理机构在本条例规定的限额内，使用存款保险基金偿付存款人的被保险存款：',
  '（一）存款保险基金管理机构担任投保机构的接管组织；',
  '（二）人民法院裁定受理对投保机构的破产申请。',
  '存款保险基金管理机构应当依照本条例的规定，在前款规定情形发生之日起7个工作日内足额偿付存款。',
  '存款人应当按照规定提出偿付申请。',
].join('\n');

describe('a clause read within its article', () => {
  it('reads a paragraph that goes on from the one before after it, and no paragraph after itself', async () => {
    const { clauses } = await parseDocument('deposit.txt', new TextEncoder().encode(TEXT), undefined);
    const articles = new Articles(new Map(clauses.map((c) => [c.id, c])));
    const [second, third] = clauses.filter((c) => c.kind === 'article-paragraph');
    const read = articles.withPrevious(second!);
    expect(read).toContain('人民法院裁定受理对投保机构的破产申请');
    expect(read).toContain('7个工作日内');
    expect(read).not.toContain('提出偿付申请');
    // A paragraph that does not go on from the ones before is read alone.
    expect(articles.withPrevious(third!)).toBe(third!.text);
    expect(articles.enclosing(second!)?.marker).toBe('第十九条');
  });

  // 深圳经济特区绿色金融条例 第二十三条 and 第六十五条 (2020, verbatim but shortened).
  it('finds the articles a penalty article refers to', async () => {
    const text = [
      '深圳经济特区绿色金融条例',
      '第二十三条 从事涉及重金属、危险废物、有毒有害物质等环境高风险企业，应当投保环境污染强制责任保险。',
      '第六十五条 环境高风险企业违反本条例第二十三条规定，未投保环境污染强制责任保险的，由市生态环境部门责令限期改正；逾期不改正的，处保险费三倍罚款。',
    ].join('\n');
    const { clauses } = await parseDocument('shenzhen.txt', new TextEncoder().encode(text), undefined);
    const articles = new Articles(new Map(clauses.map((c) => [c.id, c])));
    const penalty = clauses.find((c) => c.marker === '第六十五条')!;
    expect(articles.referenced(penalty).map((a) => a.marker)).toEqual(['第二十三条']);
    expect(articles.article(penalty.docId, '第二十三条')?.text).toContain('环境污染强制责任保险');
    // What the penalty is for is in the article it cites: read as its text, for what a question asks.
    expect(articles.citedText(penalty)).toContain('重金属、危险废物');
    expect(articles.citedText(articles.article(penalty.docId, '第二十三条')!)).toBe('');
  });

  // 當舖業法 第11條 (2020, verbatim): Taiwan's laws call a paragraph 項.
  it('reads a paragraph that refers to 前項 with the paragraph before it', async () => {
    const text = ['當舖業法', '第 11 條', '當舖業應於營業場所之明顯處，將下列事項揭示：', '一、許可證。', '三、以年率為準之利率。', '前項第三款之年率，最高不得超過百分之三十。'].join('\n');
    const { clauses } = await parseDocument('pawn.txt', new TextEncoder().encode(text), undefined);
    const articles = new Articles(new Map(clauses.map((c) => [c.id, c])));
    const paragraph = clauses.find((c) => c.kind === 'article-paragraph')!;
    expect(articles.withPrevious(paragraph)).toContain('以年率為準之利率');
    // 当前项目, 目前, 提前 refer to nothing before.
    expect(articles.withPrevious({ ...paragraph, text: '当前项目融资应当符合国家规定。' })).toBe('当前项目融资应当符合国家规定。');
  });

  // 广西壮族自治区地方金融监督管理条例 第三十六条 (2020, items shortened, verbatim otherwise).
  it('reads a paragraph that names its article\'s paragraphs (本条第一款) with them', async () => {
    const text = [
      '广西壮族自治区地方金融监督管理条例',
      '　　第三十六条 地方金融组织的业务活动可能引发重大金融风险，影响金融秩序和金融稳定的，地方金融监督管理部门应当对其实行重点监控，向利益相关人进行风险提示；经自治区人民政府地方金融监督管理部门主要负责人批准，可以区别情形采取下列措施：',
      '　　（一）责令暂停部分业务；',
      '　　（二）责令停止增设分支机构；',
      '　　（三）法律、法规规定的其他措施。',
      '　　地方金融组织的业务活动已经形成重大金融风险的，地方金融监督管理部门还可以采取下列措施：',
      '　　（一）查封场所、设施或者财物；',
      '　　（四）法律、法规规定的其他措施。',
      '　　地方金融组织应当及时采取措施，消除重大风险隐患，妥善处理金融风险，并向地方金融监督管理部门报告有关情况。经地方金融监督管理部门验收，确认重大风险隐患或者重大金融风险已经消除的，自验收完毕之日起三日内解除本条第一款和第二款规定的措施。',
    ].join('\n');
    const { clauses } = await parseDocument('guangxi.txt', new TextEncoder().encode(text), undefined);
    const articles = new Articles(new Map(clauses.map((c) => [c.id, c])));
    const last = clauses.filter((c) => c.kind === 'article-paragraph').pop()!;
    expect(last.text).toContain('三日内解除');
    // What is lifted within three days is what the first paragraph's items name.
    expect(articles.withPrevious(last)).toContain('责令暂停部分业务');
  });
});
