import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * What the proxy does with the next connection: pass it through; forward the request whole but hold the server's
 * answer and hand control to the test (the server has stored the batch, the client has not heard); or forward only
 * the first `bytes` of the request and then hand control to the test (the server never got the whole body).
 */
export type CutPlan =
  | { kind: 'pass' }
  | { kind: 'hold-answer'; onHeld: () => Promise<void> }
  | { kind: 'cut-request'; bytes: number; onCut: () => Promise<void> };

/**
 * A loopback TCP proxy between the sync client and the team server, so tests can stop the server at an exact point
 * of a batch in flight. The client only ever talks to the proxy's port; `target` can change between servers.
 */
export class CutProxy {
  private server: Server | undefined;
  private plans: CutPlan[] = [];
  private readonly sockets = new Set<Socket>();
  /** Requests that reached the proxy, in order. */
  requests = 0;

  constructor(public targetPort: number) {}

  async start(): Promise<string> {
    this.server = createServer((client) => this.handle(client));
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Queues plans for the next connections (one per connection; then pass). */
  next(...plans: CutPlan[]): void {
    this.plans.push(...plans);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }

  private handle(client: Socket): void {
    this.requests++;
    const plan = this.plans.shift() ?? { kind: 'pass' };
    const upstream = connect(this.targetPort, '127.0.0.1');
    // One request per connection, so each plan applies to exactly one request: ask the server to close after it
    // answers (the client's fetch would otherwise reuse the connection).
    let first = true;
    const toUpstream = (chunk: Buffer): Buffer => {
      if (!first) return chunk;
      first = false;
      const text = chunk.toString('latin1');
      const end = text.indexOf('\r\n');
      if (end < 0) return chunk;
      return Buffer.from(`${text.slice(0, end)}\r\nconnection: close${text.slice(end).replace(/\r\nconnection:[^\r]*/i, '')}`, 'latin1');
    };
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    const cutBoth = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());

    if (plan.kind === 'cut-request') {
      let sent = 0;
      let cut = false;
      client.on('data', (chunk: Buffer) => {
        if (cut) return;
        const room = plan.bytes - sent;
        upstream.write(toUpstream(chunk.subarray(0, Math.max(0, room))));
        sent += chunk.length;
        if (sent >= plan.bytes) {
          cut = true;
          // The server got part of the body; the connection dies before the rest arrives.
          setTimeout(() => {
            upstream.destroy();
            void plan.onCut().finally(() => client.destroy());
          }, 50);
        }
      });
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      return;
    }

    client.on('data', (chunk: Buffer) => upstream.write(toUpstream(chunk)));
    if (plan.kind === 'pass') {
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      return;
    }
    let held = false;
    upstream.on('data', () => {
      if (held) return;
      held = true;
      // The answer exists, so the batch is committed; the client never sees it.
      void plan.onHeld().finally(cutBoth);
    });
  }
}
