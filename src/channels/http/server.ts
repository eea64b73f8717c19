/**
 * Puts an app on a socket with @hono/node-server. `port: 0` picks a free port; the returned `url`
 * says which. `stop()` closes idle keep-alive connections too, so a test or a shutdown never waits
 * for a browser to hang up.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer, type HttpBindings } from '@hono/node-server';
import { createError } from '../../errors.js';

export interface ListenOptions {
  /** Interface to listen on (`127.0.0.1`, `0.0.0.0`, `::`). */
  readonly host: string;
  /** TCP port; 0 for a free one. */
  readonly port: number;
}

export interface RunningServer {
  /** Where this machine reaches the server, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Anything with a fetch handler: a Hono app, or a bare `(request) => Response`. */
export interface Fetchable {
  /** `bindings` carry the Node request and its socket (the client address for the rate limit). */
  readonly fetch: (request: Request, bindings: HttpBindings) => Response | Promise<Response>;
}

/** How long `stop()` lets requests in progress finish before it cuts their connections. */
const STOP_GRACE_MS = 3_000;

function urlHost(host: string): string {
  // A wildcard address is not a place to connect to; this machine reaches it on loopback.
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startHttpServer(app: Fetchable, { host, port }: ListenOptions): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: app.fetch as (request: Request, bindings: unknown) => Response | Promise<Response> }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(createError('HTTP_LISTEN_FAILED', `${host}:${port}`, err.code ?? err.message, { cause: err }));
    });
    server.listen(port, host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${actual}`,
    stop() {
      stopping ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
      });
      return stopping;
    },
  };
}
