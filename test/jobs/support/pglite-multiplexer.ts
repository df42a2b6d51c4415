// One PGlite served to many connections over the Postgres wire protocol, for tests where several processes
// share a database. PGlite is a single session, so statements run one at a time; what matters is which
// messages may run together. pglite-socket's own multiplexer (0.2.x) queues each protocol message on its own,
// so two node-postgres connections interleave inside an extended query (Parse from one, Bind from another:
// "bind message supplies 7 parameters, but prepared statement requires 2"). Here a connection's messages are
// queued as whole batches, up to a Sync or a simple Query, and while a transaction is open only its
// connection's batches run.
import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

interface Batch {
  connection: number;
  messages: Uint8Array[];
  socket: Socket;
}

export interface PgliteMultiplexer {
  url: string;
  close(): Promise<void>;
}

export async function serveMultiplexed(pglite: PGlite): Promise<PgliteMultiplexer> {
  const queue: Batch[] = [];
  let owner: number | undefined;
  let running = false;
  let nextConnection = 1;
  const sockets = new Set<Socket>();

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (queue.length > 0) {
        const index = owner === undefined ? 0 : queue.findIndex((batch) => batch.connection === owner);
        if (index < 0) break;
        const [batch] = queue.splice(index, 1) as [Batch];
        await pglite.runExclusive(async () => {
          for (const message of batch.messages) {
            await pglite.execProtocolRawStream(message, {
              onRawData: (data) => {
                if (batch.socket.writable) batch.socket.write(Buffer.from(data));
              },
            });
          }
        });
        owner = pglite.isInTransaction() ? batch.connection : undefined;
      }
    } finally {
      running = false;
    }
  }

  const server: Server = createServer((socket) => {
    const connection = nextConnection++;
    sockets.add(socket);
    socket.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let pending: Uint8Array[] = [];
    let started = false;
    const flush = () => {
      if (pending.length === 0) return;
      queue.push({ connection, messages: pending, socket });
      pending = [];
      void pump();
    };
    socket.on("data", (data) => {
      buffer = Buffer.concat([buffer, data]);
      while (true) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (buffer.length < length) return;
          if (code === SSL_REQUEST) {
            socket.write("N");
          } else if (code === CANCEL_REQUEST) {
            // nothing to cancel in a single session
          } else if (code === PROTOCOL_3) {
            started = true;
            pending.push(new Uint8Array(buffer.subarray(0, length)));
            flush();
          }
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const length = 1 + buffer.readInt32BE(1);
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0] as number);
        const message = new Uint8Array(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        if (type === "X") {
          socket.end();
          return;
        }
        pending.push(message);
        // A Sync ends an extended query; a simple Query stands alone; Flush asks for output now.
        if (type === "S" || type === "Q" || type === "H") flush();
      }
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      sockets.delete(socket);
      for (let index = queue.length - 1; index >= 0; index--)
        if (queue[index]?.connection === connection) queue.splice(index, 1);
      if (owner === connection) {
        // A connection that left inside a transaction: roll it back so the others can go on.
        void pglite
          .exec("ROLLBACK")
          .catch(() => {})
          .finally(() => {
            owner = undefined;
            void pump();
          });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
