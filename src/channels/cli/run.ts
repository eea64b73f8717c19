/**
 * Shared start-up of the command-line entry points: configuration, the knowledge base (rebuilt
 * when stale, with progress on stderr), and one error exit (see guard.ts for what a user reads).
 */
import { loadConfig, loadDotEnv } from '../../config.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../knowledge-base.js';
import { guardCliProcess, reportError } from './guard.js';

export async function openForCli(quiet = false): Promise<KnowledgeBase> {
  loadDotEnv();
  const config = loadConfig();
  return openKnowledgeBase(config, {
    onRebuild: (why) => {
      if (!quiet) process.stderr.write(`索引需要重建（${why}），正在构建…\n`);
    },
    onRebuildDeferred: () => {
      if (!quiet) process.stderr.write('另一个实例正在构建索引，完成后自动切换到新索引。\n');
    },
    onVersionSwap: (manifest) => {
      if (!quiet) process.stderr.write(`已切换到新索引（${manifest.buildId}，${manifest.counts.documents} 个文件）。\n`);
    },
    onPollFailed: (err) => {
      process.stderr.write(`警告: 检查索引版本失败，稍后重试：${(err as Error).message}\n`);
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
