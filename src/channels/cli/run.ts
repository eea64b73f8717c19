/**
 * Shared start-up of the command-line entry points: configuration, the knowledge base (rebuilt
 * when stale, with progress on stderr), and what a user reads when something goes wrong: one line
 * per error, never a stack (DEBUG=1 shows it), and silence when the reader of stdout has gone
 * (`npm run -s indicators | head`).
 */
import { loadConfig, loadDotEnv } from '../../config.js';
import { isPolicyBotError } from '../../errors.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../knowledge-base.js';

export async function openForCli(quiet = false): Promise<KnowledgeBase> {
  loadDotEnv();
  const config = loadConfig();
  return openKnowledgeBase(config, {
    onRebuild: (why) => {
      if (!quiet) process.stderr.write(`索引需要重建（${why}），正在构建…\n`);
    },
    onRebuildFailed: (err) => {
      process.stderr.write(`警告: 索引重建失败，继续使用上一次的索引：${(err as Error).message}\n`);
    },
  });
}

/**
 * Runs a CLI main function: an error it throws (or one thrown later and left uncaught) prints
 * `错误: …` in one line and exits 1. An unexpected error gets a second line saying how to see more.
 */
export function runCli(main: () => Promise<void>): void {
  guardCliProcess();
  main().catch((err: unknown) => {
    reportError(err);
    process.exitCode = 1;
  });
}

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
