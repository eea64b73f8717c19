/**
 * Composition root of `npm start`: configuration (all of it validated before anything heavy
 * starts), the knowledge base (rebuilt when stale), then the channels over its one engine:
 * the HTTP server (API, web chat, WeCom callback, Telegram webhook) always; the Telegram bot when
 * TELEGRAM_BOT_TOKEN is set; the interactive prompt when started in a terminal.
 */
import { runRepl } from './channels/cli/repl.js';
import { openForCli, runCli } from './channels/cli/run.js';
import { createHttpApp, loadHttpConfig, startHttpServer, type HttpMount } from './channels/http/index.js';
import { loadTelegramConfig, startTelegram, type TelegramChannel } from './channels/telegram/index.js';
import { createWecomChannel, loadWecomConfig } from './channels/wecom/index.js';
import { loadConfig, loadDotEnv, PROJECT_ROOT } from './config.js';

runCli(async () => {
  loadDotEnv();
  const config = loadConfig();
  const http = loadHttpConfig();
  const wecomConfig = loadWecomConfig();
  const telegramConfig = loadTelegramConfig(process.env, PROJECT_ROOT);

  const kb = await openForCli();
  const wecom = wecomConfig ? createWecomChannel(kb.engine, wecomConfig) : null;
  let telegram: TelegramChannel | null = null;
  if (telegramConfig) {
    telegram = await startTelegram(kb.engine, { ...telegramConfig, maxQuestionChars: config.maxQuestionChars });
    console.log(`政策通: Telegram bot @${telegram.username} running (${telegram.mode === 'webhook' ? 'webhook' : 'long polling'})`);
  }
  const webhook = telegram?.webhook;
  const mounts: HttpMount[] = [
    ...(wecom ? [wecom] : []),
    ...(webhook ? [{ path: webhook.path, name: 'telegram', handler: webhook.handle }] : []),
  ];
  const server = await startHttpServer(createHttpApp(kb.engine, { ...http, mounts, examples: kb.engine.exampleQuestions() }), http);
  console.log(`政策通: web chat and API on ${server.url}${wecom ? ` (WeCom callback at ${wecom.path})` : ''}`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
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
