/**
 * A TCP proxy on 127.0.0.1 in front of the test database that can stop forwarding, as a database
 * process that is paused (SIGSTOP) looks to its clients: connections open and stay open, bytes go in
 * and nothing comes back. Resumed, it forwards what it held and carries on.
 */
import { connect, createServer, type Socket } from 'node:net';

export interface PausableProxy {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` */
  readonly url: string;
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startPausableProxy(target: { port: number }): Promise<PausableProxy> {
  let paused = false;
  const pairs = new Set<{ client: Socket; upstream: Socket | null; held: Buffer[] }>();
  const open = (pair: { client: Socket; upstream: Socket | null; held: Buffer[] }) => {
    const upstream = connect(target.port, '127.0.0.1');
    pair.upstream = upstream;
    for (const chunk of pair.held.splice(0)) upstream.write(chunk);
    pair.client.pipe(upstream);
    upstream.pipe(pair.client);
    const close = () => {
      pair.client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    upstream.on('error', close);
    upstream.on('close', close);
  };
  const server = createServer((client) => {
    const pair = { client, upstream: null as Socket | null, held: [] as Buffer[] };
    pairs.add(pair);
    client.on('error', () => pair.upstream?.destroy());
    client.on('close', () => pair.upstream?.destroy());
    if (paused) {
      // Accepted by the kernel, as a stopped process's listening socket does, but not served.
      client.on('data', (chunk) => pair.held.push(chunk));
      client.pause();
    } else open(pair);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pause() {
      paused = true;
      for (const { client, upstream } of pairs) {
        client.pause();
        upstream?.pause();
      }
    },
    resume() {
      paused = false;
      for (const pair of pairs) {
        if (!pair.upstream) {
          pair.client.removeAllListeners('data');
          open(pair);
        }
        pair.client.resume();
        pair.upstream?.resume();
      }
    },
    async close() {
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream?.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
