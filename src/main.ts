/**
 * Composition root of `npm start`: configuration (all of it validated before anything heavy
 * starts), the knowledge base (rebuilt when stale), then the channels over its one engine:
 * the HTTP server (API, web chat, WeCom callback, Telegram webhook) always; the Telegram bot when
 * TELEGRAM_BOT_TOKEN is set; the interactive prompt when started in a terminal. corpus/ is watched
 * and a changed corpus swapped in while the channels keep answering.
 */
import { runRepl } from './channels/cli/repl.js';
import { openForCli, runCli } from './channels/cli/run.js';
import { createHttpApp, loadHttpConfig, startHttpServer, type HttpMount } from './channels/http/index.js';
import { loadTelegramConfig, startTelegram, type TelegramChannel } from './channels/telegram/index.js';
import { createWecomChannel, loadWecomConfig } from './channels/wecom/index.js';
import { loadConfig, loadDotEnv, PROJECT_ROOT } from './config.js';
import { watchCorpus } from './knowledge-base.js';
import { sharedChatState } from './channels/state/shared.js';
import { postgresSeenIds, startPurging } from './channels/state/postgres.js';
import { onceAcrossInstances } from './channels/state/telegram-updates.js';

runCli(async () => {
  loadDotEnv();
  const config = loadConfig();
  const http = loadHttpConfig();
  const wecomConfig = loadWecomConfig();
  const telegramConfig = loadTelegramConfig(process.env, PROJECT_ROOT);

  const kb = await openForCli();
  // With DATABASE_URL, everything a second instance must see lives in the database.
  const shared = kb.database && sharedChatState(kb.database, http);
  const purging = kb.database && startPurging(kb.database, 60_000, (err) => console.error(`政策通: purging expired chat state failed: ${(err as Error).message}`));
  const wecom = wecomConfig ? createWecomChannel(kb.engine, wecomConfig, shared ? { shared: shared.wecom } : {}) : null;

  // The server listens first: a taken port stops the start before any bot takes updates. The
  // Telegram webhook's path is known from its URL; updates that arrive before the bot is up get 503
  // and Telegram delivers them again.
  let telegram: TelegramChannel | null = null;
  // With several instances, a webhook update Telegram delivers again may reach another one.
  const telegramHandler = (handle: (req: Request) => Response | Promise<Response>) =>
    kb.database && telegramConfig?.webhook
      ? onceAcrossInstances(handle, { secretToken: telegramConfig.webhook.secretToken, seen: postgresSeenIds(kb.database, { scope: 'telegram', ttlMs: 24 * 3_600_000 }) })
      : handle;
  const webhookPath = telegramConfig?.webhook && new URL(telegramConfig.webhook.url).pathname;
  const mounts: HttpMount[] = [
    ...(wecom ? [wecom] : []),
    ...(webhookPath
      ? [{ path: webhookPath, name: 'telegram', handler: telegramHandler((req: Request) => telegram?.webhook?.handle(req) ?? new Response(null, { status: 503 })) }]
      : []),
  ];
  const examples = kb.engine.exampleQuestions();
  const server = await startHttpServer(
    createHttpApp(kb.engine, { ...http, mounts, ...(examples.length && { examples }), ...(shared && { shared: shared.http }) }),
    http,
  );
  console.log(`政策通: web chat and API on ${server.url}${wecom ? ` (WeCom callback at ${wecom.path})` : ''}`);
  if (telegramConfig) {
    try {
      telegram = await startTelegram(kb.engine, { ...telegramConfig, maxQuestionChars: config.maxQuestionChars });
    } catch (err) {
      await server.stop();
      throw err;
    }
    console.log(`政策通: Telegram bot @${telegram.username} running (${telegram.mode === 'webhook' ? 'webhook' : 'long polling'})`);
  }

  // A document dropped into corpus/ is answered from within a minute, without a restart.
  const watcher = watchCorpus(config, kb, {
    onRebuildStart: (why) => console.log(`政策通: corpus changed (${why}); rebuilding the index, answering from the current one meanwhile`),
    onSwap: (report) => console.log(`政策通: new index in use (${report.manifest.counts.documents} documents, ${report.manifest.counts.clauses} clauses)`),
    onError: (err) => console.error(`政策通: rebuild failed, still answering from the previous index: ${(err as Error).message}`),
  });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      watcher.stop();
      purging?.stop();
      await telegram?.stop();
      await server.stop();
      await wecom?.idle();
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
