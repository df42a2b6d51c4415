// The first admin key is a secret: it goes to the operator's terminal, never to stdout or stderr, which a
// service manager or a container runtime turns into log files. Without a terminal it is written to a file
// only its owner can read, and the log says where (not what).
import { chmodSync, closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export type KeyDelivery = { to: "terminal" } | { to: "file"; path: string };

export interface DeliveryOptions {
  dataDir: string;
  /** overrides where the key file goes */
  file?: string | undefined;
  /** the controlling terminal to write to; injectable for tests */
  terminal?: string;
}

const message = (key: string) =>
  `\nfirst start: created an admin API key (shown once; create others with POST /v1/keys):\n  ${key}\n\n`;

function writeToTerminal(path: string, key: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, "w");
    writeSync(fd, message(key));
    return true;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function keyFilePath(options: DeliveryOptions): string {
  if (options.file) return resolve(options.file);
  const base = options.dataDir.includes("://") ? "." : options.dataDir;
  return resolve(join(base, "first-admin-key"));
}

export function deliverFirstAdminKey(key: string, options: DeliveryOptions): KeyDelivery {
  if (writeToTerminal(options.terminal ?? "/dev/tty", key)) return { to: "terminal" };
  const path = keyFilePath(options);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${key}\n`, { mode: 0o600, flag: "w" });
  // an existing file keeps its mode on write: make sure it is the owner's alone
  chmodSync(path, 0o600);
  return { to: "file", path };
}
