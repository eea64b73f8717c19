/**
 * Composition root of `npm start`: configuration, knowledge base (rebuilt when stale), then the
 * channels. Until the chat channels exist, that is the interactive prompt in the terminal.
 */
import { runRepl } from './channels/cli/repl.js';
import { openForCli, runCli } from './channels/cli/run.js';

runCli(async () => {
  const kb = await openForCli();
  try {
    await runRepl(kb.engine);
  } finally {
    kb.close();
  }
});
