/**
 * Entry point of a build process (`ingestInChild`): builds the index once from the configuration
 * the parent sends, posts the report or the error, and exits. Parsing, chunking, embedding and
 * writing a large corpus take seconds of CPU each; here they never hold up the process answering.
 */
import { isPolicyBotError } from './errors.js';
import { createEmbeddings, ingest } from './knowledge-base.js';
import type { BuildNews, BuildReply, BuildRequest } from './knowledge-base.js';

const send = (message: BuildReply) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

process.once('message', async ({ config }: BuildRequest) => {
  let reply: BuildReply;
  try {
    // Scanned pages take seconds each: their progress goes to the parent's log as it comes.
    const tell = (e: BuildNews['progress']) => {
      if (e.stage === 'ocr') process.send!({ progress: e } satisfies BuildNews);
    };
    reply = { report: await ingest(config, createEmbeddings(config), tell) };
  } catch (err) {
    reply = {
      error: isPolicyBotError(err) ? { code: err.code, message: err.message } : { message: err instanceof Error ? err.message : String(err) },
    };
  }
  await send(reply);
  process.exit(0);
});
// The parent gone: nobody will take this build (a half-written one is dropped by the next).
process.on('disconnect', () => process.exit(1));
