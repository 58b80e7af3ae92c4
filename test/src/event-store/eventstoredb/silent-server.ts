import { createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP server on 127.0.0.1 that accepts connections and never answers a byte: the server that
 * made client 6.2.1's reads hang (they carry no deadline). Close it in the test that started it.
 */
export async function silentServer(): Promise<{ url: (deadlineMs: number) => string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (deadlineMs) => `esdb://127.0.0.1:${port}?tls=false&defaultDeadline=${deadlineMs}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
