export {
  createHttpApp,
  DEFAULT_EXAMPLES,
  MAX_BODY_BYTES,
  type HttpAppOptions,
  type HttpEngine,
  type HttpMount,
} from './app.js';
export { loadHttpConfig, type HttpConfig } from './config.js';

export type { ApiErrorBody, ApiErrorCode } from './errors.js';
export type { AskResponse } from './ask.js';
export type { ClauseSource } from './library.js';
export { TokenBuckets, type Admission, type Rate, type RateLimiter } from './rate-limit.js';
export { startHttpServer, type Fetchable, type ListenOptions, type RunningServer } from './server.js';
