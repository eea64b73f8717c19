/**
 * The staff loop: every chat channel's questions and feedback in one log, and what staff do with
 * them (the protected staff page's desk: grouped questions, feedback, FAQ entries, the library).
 * `openStaff` wires it over a knowledge base: SQLite `staff.sqlite` in the embedded set-up, the
 * shared database with `DATABASE_URL`; Telegram's old log is moved in on the way.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerKind } from '../domain.js';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { StaffConfig } from './config.js';
import { library, acceptUpload, type Library, type UploadOutcome } from './documents.js';
import { FaqDesk, type FaqOutcome } from './faq-desk.js';
import { StaffLog, type TelegramAnswerLog } from './log.js';
import { FAQ_FILE } from '../faq/index.js';
import { SqliteStaffStore, staffDataFile } from './sqlite-store.js';
import type { StaffStore } from './store.js';
import { feedbackItems, questionGroups, type FeedbackItem, type QuestionGroup } from './views.js';

export { loadStaffConfig, type StaffConfig } from './config.js';
export { StaffLog, type TelegramAnswerLog } from './log.js';
export { SqliteStaffStore, staffDataFile, STAFF_DATA_FILE } from './sqlite-store.js';
export { questionKey, userHash, type StaffStore } from './store.js';
export { FaqDesk, staffEntryId, type FaqOutcome } from './faq-desk.js';
export { acceptUpload, library, sanitiseFileName, UPLOAD_EXTENSIONS, type Library, type UploadOutcome } from './documents.js';
export { feedbackItems, groupQuestions, questionGroups, reportMarkdown, staffReport, type FeedbackItem, type QuestionGroup, type StaffReport } from './views.js';

/** What the staff page's endpoints call. */
export interface StaffDesk {
  readonly adminToken: string;
  readonly maxUploadBytes: number;
  questions(filter: { readonly kind?: AnswerKind }): Promise<QuestionGroup[]>;
  feedback(): Promise<FeedbackItem[]>;
  addFaq(body: unknown): Promise<FaqOutcome>;
  documents(): Library;
  addDocument(name: string, bytes: Uint8Array): UploadOutcome;
}

export interface Staff {
  readonly log: StaffLog;
  /** Null when `ADMIN_TOKEN` is unset: no staff page, no admin endpoints. */
  readonly desk: StaffDesk | null;
  /** Telegram's answer log, votes and comments, over the shared log. */
  readonly telegram: TelegramAnswerLog;
  close(): Promise<void>;
}

export interface OpenStaffOptions {
  /** Telegram's own SQLite file, whose old answer log is moved into the staff log (embedded set-up). */
  readonly legacyTelegramFile?: string;
  /** How often an instance takes up FAQ entries added on another (shared database). Default 1000 ms. */
  readonly faqSyncMs?: number;
  readonly say?: (line: string) => void;
  readonly warn?: (line: string) => void;
}

/** The salt kept in `dir/staff-salt` (created once, readable by its owner only). */
function localSalt(dir: string): string {
  const file = join(dir, 'staff-salt');
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 16) return kept;
  } catch {
    // None yet: made below.
  }
  const salt = randomBytes(24).toString('hex');
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${salt}\n`, { mode: 0o600 });
  return salt;
}

export async function openStaff(kb: KnowledgeBase, config: Config, staffConfig: StaffConfig, options: OpenStaffOptions = {}): Promise<Staff> {
  const warn = options.warn ?? ((line: string) => console.error(line));
  const say = options.say ?? ((line: string) => console.log(line));
  // Without LOG_USER_SALT, the embedded set-up keeps a random salt of its own beside its log, so a user's
  // feedback links across restarts; instances sharing a database need the same one from the environment.
  const salt = staffConfig.userSalt ?? (kb.database ? randomBytes(24).toString('hex') : localSalt(staffConfig.dataDir));
  let store: StaffStore;
  const saltForMoves = salt;
  if (kb.database) {
    // Loaded only with a database, as everywhere: the embedded set-up never loads pg.
    const { PostgresStaffStore } = await import('./postgres-store.js');
    const pg = new PostgresStaffStore(kb.database);
    const moved = await pg.moveTelegramTables(saltForMoves);
    if (moved) say(`moved ${moved} Telegram answers into the shared question log`);
    store = pg;
  } else {
    const sqlite = SqliteStaffStore.open(staffDataFile(staffConfig.dataDir));
    if (options.legacyTelegramFile) {
      const moved = sqlite.migrateTelegramFile(options.legacyTelegramFile, saltForMoves);
      if (moved.answers || moved.comments) say(`moved ${moved.answers} Telegram answers, ${moved.votes} votes and ${moved.comments} comments into ${staffDataFile(staffConfig.dataDir)}`);
    }
    store = sqlite;
  }
  if (!staffConfig.userSalt && kb.database) warn('LOG_USER_SALT is not set: users are hashed with a salt of this instance only (set the same one on every instance to link a user\'s feedback across them)');
  const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));
  const log = new StaffLog({
    store,
    salt,
    retentionDays: staffConfig.retentionDays,
    shared: kb.database !== null,
    onError: (err) => warn(`question log: ${describe(err)}`),
  });
  log.startPurging();

  const faq = new FaqDesk({
    corpusDir: config.corpusDir,
    clause: (id) => kb.engine.clause(id),
    embedQuery: (text) => kb.embeddings.embedQuery(text),
    overlay: kb.faqOverlay,
    maxQuestionChars: config.maxQuestionChars,
    ...(kb.database && { pool: kb.database }),
  });
  kb.onSwap((index) => void faq.indexed(index.store.faq.entries).catch((err) => warn(`staff FAQ: ${describe(err)}`)));
  // Entries added just before a restart are answered while the index that takes them in is built.
  const resumed = await faq.resume(kb.index.store.faq.entries);
  if (resumed) say(`answering ${resumed} FAQ entr${resumed === 1 ? 'y' : 'ies'} of ${FAQ_FILE} the index does not hold yet`);
  faq.startSync(options.faqSyncMs ?? 1000, (err) => warn(`staff FAQ from other instances: ${describe(err)}`));

  const token = staffConfig.adminToken;
  const since = () => Date.now() - staffConfig.retentionDays * 86_400_000;
  const desk: StaffDesk | null = token
    ? {
        adminToken: token,
        maxUploadBytes: config.maxFileBytes,
        // What this instance answered a moment ago is written before staff read the log.
        questions: async (filter) => (await log.flush(), questionGroups(store, { since: since(), ...(filter.kind && { kind: filter.kind }) })),
        feedback: async () => (await log.flush(), feedbackItems(store, { since: since() })),
        addFaq: (body) => faq.add(body),
        documents: () => library(config.corpusDir, kb.index.manifest),
        addDocument: (name, bytes) => acceptUpload(config.corpusDir, config.maxFileBytes, name, bytes),
      }
    : null;

  return {
    log,
    desk,
    telegram: log.telegramAnswerLog(),
    async close() {
      faq.stop();
      await log.close();
    },
  };
}
