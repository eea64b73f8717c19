/**
 * Composition root of `npm start`: configuration (all of it validated before anything heavy
 * starts), the knowledge base (rebuilt when stale), then the channels over its one engine:
 * the HTTP server (API, web chat, WeCom callback, Telegram webhook) always; the Telegram bot when
 * TELEGRAM_BOT_TOKEN is set; the interactive prompt when started in a terminal. corpus/ is watched
 * and a changed corpus swapped in while the channels keep answering.
 *
 * Channels start independently: the Telegram bot, which must reach its Bot API first, starts in
 * the background with a deadline and retries, so an unreachable API (the normal case in mainland
 * China) never holds up the HTTP server, WeCom, the watcher or the prompt. A channel's code is
 * loaded only when it is configured (grammY and its plugins are not loaded otherwise), which is
 * why its configuration is imported from its config module and the channel itself dynamically.
 */
import { startInBackground, loadBackgroundStartConfig, type BackgroundChannel } from './channels/background-start.js';
import { runRepl } from './channels/cli/repl.js';
import { runCli } from './channels/cli/run.js';
import { createHttpApp, loadHttpConfig, startHttpServer, type HttpMount } from './channels/http/index.js';
import type { TelegramChannel } from './channels/telegram/index.js';
import { loadTelegramConfig, telegramDataFile } from './channels/telegram/config.js';
import type { TelegramEngine } from './channels/telegram/conversation.js';
import { DEFAULT_RATE_LIMIT } from './channels/telegram/options.js';
import { loadWecomConfig } from './channels/wecom/config.js';
import { loadConfig, loadDotEnv, PROJECT_ROOT } from './config.js';
import { isPolicyBotError } from './errors.js';
import { openKnowledgeBase, watchCorpus } from './knowledge-base.js';
import type { BuildProgress } from './index/index.js';
import { sharedChatState } from './channels/state/shared.js';
import { postgresSeenIds, startPurging } from './channels/state/postgres.js';
import { onceAcrossInstances } from './channels/state/telegram-updates.js';
import { postgresChatContexts, telegramAdmissions } from './channels/state/postgres-telegram.js';
import { loggableUrl } from './urls.js';
import { printable } from './text/printable.js';
import type { IndexManifest } from './index/index.js';
import { loadStaffConfig, openStaff } from './staff/index.js';

const say = (line: string) => console.log(`政策通: ${line}`);
const warn = (line: string) => console.error(`政策通: ${line}`);
/**
 * The corpus files an index could not read, in the server's log as `npm run ingest` shows them: one
 * line each (file names escaped), whenever an index comes into use.
 */
const warnProblems = (manifest: Pick<IndexManifest, 'problems'>) => {
  for (const p of manifest.problems) warn(`corpus: ${printable(p.message)}; this document is not answered from until it is fixed`);
};
/** Scanned pages read by OCR during a build, one log line a page: `OCR "x.pdf" 第 3/7 页`. */
const logOcrProgress = (e: BuildProgress) => {
  if (e.stage === 'ocr') say(`OCR ${JSON.stringify(e.file)} 第 ${e.done}/${e.total} 页${e.cached ? '（已识别过，取自缓存）' : ''}`);
};

runCli(async () => {
  loadDotEnv();
  const config = loadConfig();
  const http = loadHttpConfig();
  const wecomConfig = loadWecomConfig(process.env, PROJECT_ROOT);
  const telegramConfig = loadTelegramConfig(process.env, PROJECT_ROOT);
  const backgroundStart = loadBackgroundStartConfig();
  const staffConfig = loadStaffConfig(process.env, PROJECT_ROOT);

  const kb = await openKnowledgeBase(config, {
    // A restart answers at once from the index it has; a corpus changed meanwhile is rebuilt by the watcher.
    deferRebuild: true,
    embeddingWorkers: config.embeddingWorkers,
    onEmbeddingWorkerLost: warn,
    onRebuild: (why) => say(`index needs a rebuild (${why}); building it now`),
    onRebuildDeferred: () => say('another instance is building the index; switching to it when published'),
    onVersionSwap: (manifest) => {
      say(`switched to index ${manifest.buildId} (${manifest.counts.documents} documents), published in the database`);
      warnProblems(manifest);
    },
    // The database away is the outage log's to say (once, then once a minute), not each poll's.
    onPollFailed: (err) => {
      if (!isPolicyBotError(err, 'DATABASE_UNAVAILABLE')) warn(`checking the index version failed, trying again: ${(err as Error).message}`);
    },
    onRebuildFailed: (err) => warn(`rebuild failed, still answering from the previous index: ${(err as Error).message}`),
    onProgress: logOcrProgress,
  });
  warnProblems(kb.index.manifest);
  // With DATABASE_URL, everything a second instance must see lives in the database.
  const shared =
    kb.database &&
    sharedChatState(kb.database, http, wecomConfig, (err) =>
      warn(`WeCom member limit: the database is not answering (${err instanceof Error ? err.message : String(err)}); counting on this instance meanwhile`),
    );
  const purging =
    kb.database &&
    startPurging(kb.database, 60_000, (err) => {
      if (!isPolicyBotError(err, 'DATABASE_UNAVAILABLE')) warn(`purging expired chat state failed: ${(err as Error).message}`);
    });
  const database = kb.database;
  // One question log and feedback store for every chat channel (the CLI is not logged); Telegram's
  // own old log is moved into it.
  const staff = await openStaff(kb, config, staffConfig, { legacyTelegramFile: telegramDataFile(process.env, PROJECT_ROOT), say, warn });
  const wecom = wecomConfig
    ? (await import('./channels/wecom/index.js')).createWecomChannel(kb.engine, wecomConfig, {
        ...(shared ? shared.wecom : { dataDir: wecomConfig.dataDir }),
        questionLog: staff.log,
      })
    : null;

  // The server listens first: a taken port stops the start before any bot takes updates. The
  // Telegram webhook's path is known from its URL; updates that arrive before the bot is up get 503
  // and Telegram delivers them again.
  let telegram: BackgroundChannel<TelegramChannel> | null = null;
  // With several instances, a webhook update Telegram delivers again may reach another one.
  const telegramHandler = (handle: (req: Request) => Response | Promise<Response>) =>
    kb.database && telegramConfig?.webhook
      ? onceAcrossInstances(handle, { secretToken: telegramConfig.webhook.secretToken, seen: postgresSeenIds(kb.database, { scope: 'telegram', ttlMs: 24 * 3_600_000 }) })
      : handle;
  const webhookPath = telegramConfig?.webhook && new URL(telegramConfig.webhook.url).pathname;
  const mounts: HttpMount[] = [
    ...(wecom ? [wecom] : []),
    ...(webhookPath
      ? [
          {
            path: webhookPath,
            name: 'telegram',
            handler: telegramHandler((req: Request) => telegram?.current?.webhook?.handle(req) ?? new Response(null, { status: 503 })),
          },
        ]
      : []),
  ];
  const examples = kb.engine.exampleQuestions();
  const server = await startHttpServer(
    createHttpApp(kb.engine, {
      ...http,
      mounts,
      maxQuestionChars: config.maxQuestionChars,
      ...(examples.length && { examples }),
      ...(shared && shared.http),
      ...(database && { dependencies: () => ({ database: database.reachable() ? 'ok' : 'unreachable' }) }),
      questionLog: staff.log,
      ...(staff.desk && { admin: staff.desk }),
    }),
    http,
  );
  say(`web chat and API on ${server.url}${wecom ? ` (WeCom callback at ${wecom.path})` : ''}`);
  if (staff.desk) say(`staff page on ${server.url}/admin (ADMIN_TOKEN)`);

  if (telegramConfig) {
    // Chat contexts, the answer log and feedback in the database, so any instance continues a chat
    // and `npm run report` sees every instance's answers.
    const telegramStores = {
      feedback: staff.telegram,
      ...(kb.database && {
        contexts: postgresChatContexts(kb.database, { ttlMs: telegramConfig.contextTtlMs ?? 30 * 60_000 }),
        admissions: telegramAdmissions(kb.database, telegramConfig.rateLimit ?? DEFAULT_RATE_LIMIT, (err) =>
          warn(`Telegram rate limit: the database is not answering (${err instanceof Error ? err.message : String(err)}); counting on this instance meanwhile`),
        ),
      }),
    };
    // The engine as Telegram sees it, timed: its answer log records how long each answer took.
    const telegramEngine: TelegramEngine = {
      ask: async (...args) => {
        const started = performance.now();
        const answer = await kb.engine.ask(...args);
        staff.log.latencies.set(answer, performance.now() - started);
        return answer;
      },
      clause: (id) => kb.engine.clause(id),
      indicators: (search) => kb.engine.indicators(search),
      get documents() {
        return kb.engine.documents;
      },
      exampleQuestions: (max) => kb.engine.exampleQuestions(max),
    };
    const apiRoot = loggableUrl(telegramConfig.apiRoot ?? 'https://api.telegram.org');
    telegram = startInBackground<TelegramChannel>({
      name: 'Telegram bot',
      start: async (signal) => {
        const { startTelegram } = await import('./channels/telegram/index.js');
        return startTelegram(telegramEngine, { ...telegramConfig, maxQuestionChars: config.maxQuestionChars, stores: telegramStores }, signal);
      },
      stop: (channel) => channel.stop(),
      ...backgroundStart,
      timeoutReason: `the Bot API at ${apiRoot} did not answer within ${backgroundStart.timeoutMs / 1000} s; check the network or TELEGRAM_API_ROOT`,
      isPermanent: (err) => (err as { permanent?: unknown }).permanent === true,
      describe: (err) => (err instanceof Error ? err.message : String(err)).replace(/^telegram: /, ''),
      log: warn,
      onStarted: (channel, attempts) =>
        say(`Telegram bot @${channel.username} running (${channel.mode === 'webhook' ? 'webhook' : 'long polling'})${attempts > 1 ? ` after ${attempts} attempts` : ''}`),
    });
  }

  // A document dropped into corpus/ is answered from within a minute, without a restart.
  const watcher = watchCorpus(config, kb, {
    checkAtStart: true,
    onRebuildStart: (why) => say(`corpus changed (${why}); rebuilding the index, answering from the current one meanwhile`),
    onProgress: logOcrProgress,
    onSwap: (report) => {
      say(`new index in use (${report.manifest.counts.documents} documents, ${report.manifest.counts.clauses} clauses)`);
      warnProblems(report.manifest);
    },
    onError: (err, retryInMs) => {
      const again = retryInMs === null ? '' : `; trying again in ${Math.round(retryInMs / 1000)} s`;
      if (isPolicyBotError(err, 'INGEST_BUSY')) say(`another instance is rebuilding the index; its version is taken up when published${again}`);
      else warn(`rebuild failed, still answering from the previous index: ${(err as Error).message}${again}`);
    },
  });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      watcher.stop();
      purging?.stop();
      await telegram?.stop();
      await server.stop();
      wecom?.stopRetrying();
      await wecom?.idle();
      wecom?.close();
      await staff.close().catch((err) => warn(`question log: ${(err as Error).message}`));
      kb.close();
    })());
  const onSignal = () => void stop().then(() => process.exit(0));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  if (process.stdin.isTTY) {
    await runRepl(kb.engine);
    await stop();
    process.exit(0);
  }
});
