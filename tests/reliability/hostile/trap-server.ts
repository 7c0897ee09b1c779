/** A local HTTP server that counts requests: hostile files point at it, and it must never be called. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TrapServer {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startTrapServer(): Promise<TrapServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    response.end('<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
