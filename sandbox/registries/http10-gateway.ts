import * as http from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/** A department's old web server in front of a registry, as SPEC's "Common to all feeds" has it. */
export interface Http10Gateway {
  url: string;
  close(): Promise<void>;
}

/** The headers a request line may carry at most (a longer one is refused). */
const MAX_HEAD_BYTES = 16 * 1024;

/**
 * Serves `upstream` the way a plain HTTP/1.0 server does: one request per connection, answered
 * `HTTP/1.0` with no Content-Length and no chunking, the body ended by closing the connection. A
 * failure upstream (a reset mid-body) resets the client's connection too, so it is seen as one.
 */
export async function startHttp10Gateway(upstream: string, port = 0): Promise<Http10Gateway> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > MAX_HEAD_BYTES) socket.destroy();
        return;
      }
      socket.off('data', onData);
      forward(head.subarray(0, end).toString('latin1'), socket, upstream);
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function forward(head: string, socket: Socket, upstream: string): void {
  const [requestLine, ...lines] = head.split('\r\n');
  const [method, path] = requestLine.split(' ');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  delete headers.host;
  delete headers.connection;
  const request = http.request(
    `${upstream}${path}`,
    { method, headers, agent: false },
    (response) => {
      const kept = Object.entries(response.headers).filter(
        ([name]) =>
          !['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name),
      );
      const lines = kept.map(
        ([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : value}`,
      );
      socket.write(
        `HTTP/1.0 ${response.statusCode} ${response.statusMessage ?? ''}\r\n` +
          `${[...lines, 'Connection: close'].join('\r\n')}\r\n\r\n`,
      );
      response.on('data', (chunk: Buffer) => socket.write(chunk));
      response.on('end', () => socket.end());
      response.on('error', () => socket.resetAndDestroy());
      response.on('aborted', () => socket.resetAndDestroy());
    },
  );
  request.on('error', () => socket.resetAndDestroy());
  socket.on('close', () => request.destroy());
  request.end();
}
