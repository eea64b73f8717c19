/**
 * Issue 19: the staff routes in process (`app.request`): absent without ADMIN_TOKEN, the token
 * compared whole, uploads checked and put into corpus/ as plain files; and WeCom's 有用/没用 replies
 * recorded on the user's last answer.
 */
import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/channels/http/index.js';
import { bearerMatches } from '../../src/channels/http/admin.js';
import { createWecomChannel } from '../../src/channels/wecom/index.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import { loadStaffConfig, openStaff, sanitiseFileName, type Staff } from '../../src/staff/index.js';
import { client, CORP_ID, startWecomFixture } from '../channels/wecom/fixture.js';
import type { FakeWecomApi } from '../channels/wecom/fake-api.js';
import { textMessage } from '../channels/wecom/wecom-client.js';
import { copyOfCorpus, tempDir, testConfig } from '../helpers.js';

const TOKEN = 'routes-token-0123456789abcdef';
let kb: KnowledgeBase;
let staff: Staff;
let corpus: string;
let fake: FakeWecomApi;
let wecomConfig: Awaited<ReturnType<typeof startWecomFixture>>['config'];

beforeAll(async () => {
  corpus = copyOfCorpus();
  const config = testConfig(corpus);
  kb = await openKnowledgeBase(config);
  const quiet = () => undefined;
  staff = await openStaff(kb, config, loadStaffConfig({ ADMIN_TOKEN: TOKEN, LOG_DATA_DIR: tempDir(), LOG_USER_SALT: 'routes-salt-0123456789abcdef' }, PROJECT_ROOT), {
    say: quiet,
    warn: quiet,
  });
  ({ fake, config: wecomConfig } = await startWecomFixture());
}, 300_000);

afterAll(async () => {
  await staff?.close();
  kb?.close();
  await fake?.close();
});

const auth = { Authorization: `Bearer ${TOKEN}` };
const staffApp = () => createHttpApp(kb.engine, { rateLimitPerMinute: 0, questionLog: staff.log, ...(staff.desk && { admin: staff.desk }) });

function upload(name: string, bytes: Uint8Array | string, headers: Record<string, string> = auth) {
  const form = new FormData();
  form.append('file', new File([bytes as BlobPart], name));
  return staffApp().request('/api/admin/documents', { method: 'POST', headers, body: form });
}

describe('staff routes', () => {
  it('do not exist without ADMIN_TOKEN', async () => {
    const app = createHttpApp(kb.engine, { rateLimitPerMinute: 0, questionLog: staff.log });
    for (const path of ['/admin', '/assets/admin.js', '/api/admin/questions', '/api/admin/documents']) {
      expect((await app.request(path, { headers: auth })).status).toBe(404);
    }
  });

  it('compare the whole token', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(bearerMatches(TOKEN, TOKEN)).toBe(false);
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
    expect(bearerMatches('Bearer ', TOKEN)).toBe(false);
  });

  it('serve the staff page under a strict policy, and refuse a bad kind filter', async () => {
    const page = await staffApp().request('/admin');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).not.toContain(TOKEN);
    expect((await staffApp().request('/api/admin/questions?kind=nonsense', { headers: auth })).status).toBe(400);
  });

  it('list the library with cards and warnings', async () => {
    const res = await staffApp().request('/api/admin/documents', { headers: auth });
    expect(res.status).toBe(200);
    const library = await res.json();
    expect(library.documents).toHaveLength(2);
    expect(library.documents[0].card).toBeDefined();
    expect(library.warnings).toEqual([]);
  });

  it('put an uploaded document into corpus/ under a plain name, and refuse what ingest would', async () => {
    const text = '关于测试上传的通知\n一、总则\n支持企业上传政策文件。\n';
    const ok = await upload('../../etc/上传 测试.TXT', text);
    expect(ok.status).toBe(202);
    expect(await ok.json()).toMatchObject({ file: '上传 测试.txt', status: 'indexing' });
    expect(readFileSync(join(corpus, '上传 测试.txt'), 'utf8')).toBe(text);
    expect(lstatSync(join(corpus, '上传 测试.txt')).isFile()).toBe(true);
    expect(existsSync(join(corpus, '..', '..', 'etc', '上传 测试.TXT'))).toBe(false);

    const refusals: [string, Uint8Array | string, number, string][] = [
      ['上传 测试.txt', text, 409, 'FILE_EXISTS'],
      ['notes.doc', 'x', 415, 'FILE_TYPE'],
      ['fake.pdf', 'not a pdf at all', 415, 'FILE_TYPE'],
      ['fake.docx', 'not a zip', 415, 'FILE_TYPE'],
      ['faq.yaml', 'x', 415, 'FILE_TYPE'],
      ['manifest.json', '{}', 415, 'FILE_TYPE'],
      ['empty.txt', '', 400, 'FILE_REFUSED'],
      ['...', 'x', 400, 'FILE_REFUSED'],
    ];
    for (const [name, bytes, status, code] of refusals) {
      const res = await upload(name, bytes);
      expect([name, res.status, (await res.json()).error.code]).toEqual([name, status, code]);
    }
    // Over CORPUS_MAX_FILE_MB (20 MB in tests' configuration).
    const big = await upload('big.txt', new Uint8Array(21 * 1024 * 1024).fill(0x41));
    expect(big.status).toBe(413);
    // A link already standing under the name is never written through.
    symlinkSync('/tmp/elsewhere.txt', join(corpus, 'link.txt'));
    expect((await upload('link.txt', text)).status).toBe(409);
    expect(existsSync('/tmp/elsewhere.txt')).toBe(false);
    // Not multipart, no file, two files.
    expect((await staffApp().request('/api/admin/documents', { method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: 'x' })).status).toBe(415);
    const two = new FormData();
    two.append('a', new File(['x'], 'a.txt'));
    two.append('b', new File(['y'], 'b.txt'));
    expect((await staffApp().request('/api/admin/documents', { method: 'POST', headers: auth, body: two })).status).toBe(400);
    expect((await upload('x.txt', text, {})).status).toBe(401);
  });

  it('make plain file names', () => {
    expect(sanitiseFileName('C:\\Users\\a\\政策.PDF')).toBe('政策.pdf');
    expect(sanitiseFileName('.hidden.txt')).toBe('hidden.txt');
    expect(Buffer.byteLength(sanitiseFileName(`${'政'.repeat(110)}.pdf`))).toBeLessThanOrEqual(240);
    expect(sanitiseFileName('a\u0000b<>|?*.md')).toBe('ab.md');
    expect(sanitiseFileName('..')).toBe('');
    expect(sanitiseFileName(`${'a'.repeat(300)}.txt`).length).toBe(120);
  });
});

describe('WeCom feedback replies', () => {
  it('records 有用 / 没用 on the last answer of the user who sends it, and takes a bare 1 for no rating', async () => {
    const channel = createWecomChannel(kb.engine, wecomConfig, { replyDeadlineMs: 30_000, questionLog: staff.log, log: () => undefined });
    const app = createHttpApp(kb.engine, { mounts: [channel], rateLimitPerMinute: 0 });
    const say = async (from: string, content: string) => {
      const req = client.message(textMessage(from, content, { corpId: CORP_ID }));
      const res = await app.request(req.path, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: req.body });
      return client.readReply(await res.text()).Content ?? '';
    };
    expect(await say('wangwu', '明天的美元兑人民币汇率是多少？')).toContain('未找到');
    expect(await say('wangwu', '没用')).toBe('感谢您的反馈！');
    const feedback = await staff.desk!.feedback();
    expect(feedback[0]).toMatchObject({ question: '明天的美元兑人民币汇率是多少？', helpful: false });
    expect(await say('wangwu', '有用')).toBe('感谢您的反馈！');
    expect((await staff.desk!.feedback())[0]).toMatchObject({ answerId: feedback[0]!.answerId, helpful: true });
    // `1` may answer anything (a numbered choice, `第1条`): asked as a question, not taken as a rating.
    expect(await say('wangwu', '1')).not.toBe('感谢您的反馈！');
    // A user with no answer to rate: "有用" is a question like any other.
    expect(await say('zhaoliu', '有用')).not.toBe('感谢您的反馈！');
    const asked = await staff.desk!.questions({});
    expect(asked.find((q) => q.question === '明天的美元兑人民币汇率是多少？')).toMatchObject({ channels: ['wecom'] });
    await channel.idle();
    channel.close();
  });
});
