/**
 * Issue 20: scanned documents read by local OCR. Fixtures (tests/fixtures/scans/, made by
 * scripts/make-ocr-fixtures.mjs): a regulation page scanned at 150 dpi, turned 1.5°, speckled, as a
 * JPEG; and a notice whose first page has a text layer and whose second page is that regulation
 * scanned (a mixed PDF). Each page is read by OCR once here; later tests take it from the cache.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import type { Clause } from '../../src/domain.js';
import { readCorpus, type Corpus, type OcrProgress } from '../../src/ingest/index.js';
import { DEFAULT_OCR_LIMITS } from '../../src/ingest/ocr/off-thread.js';
import { ingestInChild, openKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base.js';
import type { BuildProgress } from '../../src/index/index.js';
import { MODEL_DIR, SHARED_CACHE, tempDir } from '../helpers.js';

const SCANS = join(import.meta.dirname, '../fixtures/scans');
const MANIFEST = {
  'scan-regulation.jpg': { id: 'guarantee-scan', title: '某市小微企业融资担保管理办法' },
  'mixed-notice.pdf': { id: 'guarantee-notice', title: '关于印发小微企业融资担保管理办法的通知' },
};

function scanCorpus(files = Object.keys(MANIFEST)): string {
  const dir = tempDir('policy-bot-scans-');
  for (const f of files) copyFileSync(join(SCANS, f), join(dir, f));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  return dir;
}

const labelOf = (c: Clause) => c.path.join(' › ');
const OCR_CACHE = join(tempDir('policy-bot-ocr-cache-'), 'ocr-cache.sqlite');

let corpus: Corpus;
const progress: OcrProgress[] = [];

beforeAll(async () => {
  corpus = await readCorpus(scanCorpus(), { ocrCachePath: OCR_CACHE, onOcrProgress: (p) => progress.push(p) });
}, 180_000);

describe('OCR of a scanned page image', () => {
  it('reads a slightly turned, speckled regulation page into its chapters, articles and items', () => {
    const doc = corpus.documents.find((d) => d.meta.id === 'guarantee-scan')!;
    const labels = doc.clauses.map(labelOf);
    expect(labels).toEqual(
      expect.arrayContaining([
        '第一章 总则 › 第一条',
        '第一章 总则 › 第三条',
        '第二章 担保业务 › 第四条',
        '第二章 担保业务 › 第五条（一）',
        '第二章 担保业务 › 第五条（三）',
        '第三章 附则 › 第八条',
      ]),
    );
    // Lines wrapped on the page are one sentence again; the figures are read right.
    const fourth = doc.clauses.find((c) => labelOf(c) === '第二章 担保业务 › 第四条')!;
    expect(fourth.text).toContain('年化担保费率不得超过1.5%，对首次贷款的小微企业不得超过1%');
    // The page number at the foot of the page is not text.
    expect(doc.clauses.some((c) => /[-—]\s*1\s*[-—]/.test(c.text))).toBe(false);
    expect(doc.meta.scan).toMatchObject({ pages: 1, ocrPages: [1], unreadPages: [] });
    expect(doc.meta.scan!.confidence).toBeGreaterThan(0.9);
    expect(doc.meta.scan!.clausePages[fourth.id]).toEqual([1, 1]);
  });

  it('tells progress page by page, and reads no page twice', async () => {
    expect(progress.map((p) => `${p.file} 第 ${p.done}/${p.total} 页`).sort()).toEqual(['mixed-notice.pdf 第 1/1 页', 'scan-regulation.jpg 第 1/1 页']);
    const again: OcrProgress[] = [];
    const started = Date.now();
    const second = await readCorpus(scanCorpus(['scan-regulation.jpg']), { ocrCachePath: OCR_CACHE, onOcrProgress: (p) => again.push(p) });
    expect(again.map((p) => p.cached)).toEqual([true]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(second.documents[0]!.clauses.map(labelOf)).toEqual(corpus.documents.find((d) => d.meta.id === 'guarantee-scan')!.clauses.map(labelOf));
  });
});

describe('OCR of a mixed PDF', () => {
  it('reads the notice from its text layer and the scanned attachment by OCR, page by page', () => {
    const doc = corpus.documents.find((d) => d.meta.id === 'guarantee-notice')!;
    expect(doc.meta.scan).toMatchObject({ pages: 2, ocrPages: [2], unreadPages: [] });
    const notice = doc.clauses.find((c) => c.text.includes('现印发给你们'))!;
    // Radicals the PDF's font mapped (⼈⺠) are read as the characters.
    expect(notice.text).toContain('各区县人民政府，市政府各部门');
    expect(doc.meta.scan!.clausePages[notice.id]).toBeUndefined();
    const eighth = doc.clauses.find((c) => c.path.at(-1) === '第八条')!;
    expect(eighth.text).toContain('本办法自2025年3月1日起施行');
    expect(doc.meta.scan!.clausePages[eighth.id]).toEqual([2, 2]);
  });

  it('reports a page whose OCR takes longer than the limit by its number, and indexes the rest', async () => {
    const read = await readCorpus(scanCorpus(['mixed-notice.pdf']), { ocr: { ...DEFAULT_OCR_LIMITS, pageTimeoutMs: 50 } });
    expect(read.problems).toEqual([
      { file: 'mixed-notice.pdf', message: 'mixed-notice.pdf: page 2 could not be read (OCR took longer than 50 ms and was stopped); the other pages are indexed' },
    ]);
    const doc = read.documents[0]!;
    expect(doc.meta.scan).toMatchObject({ ocrPages: [], unreadPages: [{ page: 2, reason: 'OCR took longer than 50 ms and was stopped' }] });
    expect(doc.clauses.some((c) => c.text.includes('现印发给你们'))).toBe(true);
    expect(doc.clauses.some((c) => c.path.at(-1) === '第八条')).toBe(false);
  }, 60_000);

  it('reads no more pages than the cap, naming the ones left', async () => {
    const read = await readCorpus(scanCorpus(['mixed-notice.pdf']), { ocr: { ...DEFAULT_OCR_LIMITS, maxPages: 0 } });
    expect(read.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^mixed-notice\.pdf: page 2 could not be read \(over the limit of 0 pages read by OCR per document \(OCR_MAX_PAGES\)\)/)]);
    expect(read.documents).toHaveLength(1);
  });
});

describe('citations from OCR', () => {
  let kb: KnowledgeBase;
  let indexDir: string;
  beforeAll(async () => {
    indexDir = tempDir('policy-bot-index-');
    kb = await openKnowledgeBase(loadConfig({ CORPUS_DIR: scanCorpus(), INDEX_DIR: indexDir, MODEL_DIR, EMBEDDING_CACHE: SHARED_CACHE, OCR_CACHE }));
  }, 180_000);

  it('say the quote was read from a scan and name its page', async () => {
    const answer = await kb.engine.ask('融资担保机构的年化担保费率不得超过多少？');
    expect(answer.kind).not.toBe('none');
    const cited = answer.citations.find((c) => c.quote.includes('1.5%'))!;
    expect(cited.label).toMatch(/第四条（扫描件识别，第[12]页）$/);
  });

  it('a rebuild in its own process (the running server\'s) tells its OCR progress page by page', async () => {
    const told: BuildProgress[] = [];
    const config = loadConfig({ CORPUS_DIR: scanCorpus(['scan-regulation.jpg']), INDEX_DIR: tempDir('policy-bot-index-'), MODEL_DIR, EMBEDDING_CACHE: SHARED_CACHE, OCR_CACHE });
    const report = await ingestInChild(config, undefined, (e) => told.push(e));
    expect(told).toEqual([{ stage: 'ocr', file: 'scan-regulation.jpg', page: 1, done: 1, total: 1, cached: true }]);
    expect(report.manifest.documents[0]!.scan).toMatchObject({ pages: 1, ocrPages: [1] });
  }, 120_000);

  it('`corpus list` shows which documents were read by OCR and how surely', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/channels/cli/corpus.ts', 'list'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, INDEX_DIR: indexDir, CORPUS_DIR: scanCorpus() },
    });
    expect(stdout).toMatch(/guarantee-scan {2}\[jpg\][\s\S]*扫描件识别：全部 1 页，平均识别置信度 9\d\.\d%/);
    expect(stdout).toMatch(/guarantee-notice {2}\[pdf\][\s\S]*扫描件识别：第 2 页（共 2 页），平均识别置信度 9\d\.\d%/);
    expect(stdout).not.toContain('识别置信度低于');

    // A poor scan, as the index would record it: the listing warns, and names the page not read.
    const { buildId } = JSON.parse(readFileSync(join(indexDir, 'current.json'), 'utf8'));
    const path = join(indexDir, 'builds', buildId, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const notice = manifest.documents.find((d: { id: string }) => d.id === 'guarantee-notice');
    notice.scan = { ...notice.scan, confidence: 0.72, unreadPages: [{ page: 3, reason: 'OCR took longer than 120 s and was stopped' }] };
    writeFileSync(path, JSON.stringify(manifest));
    const poor = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/channels/cli/corpus.ts', 'list'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, INDEX_DIR: indexDir, CORPUS_DIR: scanCorpus() },
    });
    expect(poor.stdout).toContain('平均识别置信度 72.0%\n      警告：识别置信度低于 90.0%，数字和名称可能识别有误；请核对原件');
    expect(poor.stdout).toContain('第 3 页未能识别：OCR took longer than 120 s and was stopped');
  });
});
