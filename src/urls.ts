/**
 * URLs in configuration and in logs. A URL may carry a secret in two places: `user:password@`
 * and the query string (WeCom's `gettoken?corpsecret=…`, a token in a webhook's query). Configured
 * API roots must carry neither (a credential belongs in its own variable, which is never logged),
 * and any URL that reaches a log goes through `loggableUrl` first.
 */
import { createError } from './errors.js';

/**
 * A URL as it may be logged: scheme, host, port and path; no `user:password@`, no query, no
 * fragment. Text that does not parse as a URL has anything looking like credentials or a query cut
 * all the same, so a half-built URL in an error message cannot leak either.
 */
export function loggableUrl(url: string | URL): string {
  try {
    const parsed = new URL(String(url));
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return String(url).replace(/\/\/[^/@\s]*@/, '//').replace(/[?#]\S*/, '');
  }
}

/**
 * Every URL inside a free text (an error message from `fetch` names the request's URL, query and
 * all) made loggable, the rest of the text kept.
 */
export function withLoggableUrls(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => loggableUrl(url));
}

/**
 * Stops the start when a configured URL carries `user:password@`: it would be sent with every
 * request, repeated in errors and written to logs. The value is not echoed.
 */
export function refuseCredentials(variable: string, value: string | URL): void {
  let parsed: URL;
  try {
    parsed = typeof value === 'string' ? new URL(value) : value;
  } catch {
    return; // not a URL: the variable's own check says so
  }
  if (parsed.username || parsed.password) {
    throw createError(
      'CONFIG_INVALID',
      variable,
      `must not carry credentials (user:password@ in ${parsed.protocol}//…@${parsed.host}); remove them — secrets go in their own variables, which are never logged`,
    );
  }
}
