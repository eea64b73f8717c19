/**
 * What a user of a command reads when something goes wrong: one line per error, never a stack
 * (DEBUG=1 shows it), a hint when the error was not foreseen, and silence when the reader of
 * stdout has gone (`npm run -s indicators | head`). No heavy imports: every command loads it.
 */
import { isPolicyBotError } from '../../errors.js';

/** True when the user asked for details (DEBUG set to anything but 0 or empty). */
function debugging(): boolean {
  const value = process.env.DEBUG?.trim();
  return Boolean(value) && value !== '0';
}

/** Prints an error for a user: its message in one line; the stack only when debugging. */
export function reportError(err: unknown): void {
  const known = isPolicyBotError(err);
  const message = err instanceof Error ? err.message : String(err);
  const firstLine = message.split('\n', 1)[0]!.trim() || (err instanceof Error ? err.name : 'unknown error');
  let text = `错误: ${known || !(err instanceof Error) ? '' : `${err.name}: `}${firstLine}\n`;
  if (debugging()) {
    text += `${describeChain(err)}\n`;
  } else if (!known) {
    text += '（这是意外错误：设置 DEBUG=1 再运行可显示详细信息，报告问题时请附上）\n';
  }
  writeQuietly(process.stderr, text);
}

function describeChain(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e !== undefined && depth < 5; depth++) {
    parts.push(e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));
    e = e instanceof Error ? e.cause : undefined;
    if (e !== undefined) parts.push('caused by:');
  }
  return parts.join('\n');
}

let guarded = false;

/**
 * Installs the process-wide handlers once: a closed stdout or stderr (EPIPE: the reader of a pipe
 * exited, as `head` does) ends the command quietly, and an error nothing caught is reported like
 * any other instead of as Node's stack dump.
 */
export function guardCliProcess(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      // The reader has what it wanted; there is no one left to tell anything to.
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      reportError(err);
      process.exit(1);
    });
  }
  process.on('uncaughtException', (err) => {
    reportError(err);
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    reportError(reason);
    process.exit(1);
  });
}

function writeQuietly(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // stderr itself is gone: nothing more can be said.
  }
}
