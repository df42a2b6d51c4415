// Where database tests run. Without TEST_DATABASE_URL: PGlite in memory (one session). With it: a real
// PostgreSQL, a fresh database per test file copied from a template that already has the vector extension
// (pgvector is not a trusted extension, so the test role could not create it), dropped afterwards.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import pg from "pg";
import type { Database } from "../../src/db/database.ts";
import { SESSION_SETTINGS_SQL } from "../../src/db/session-settings.ts";
import { serveMultiplexed } from "../jobs/support/pglite-multiplexer.ts";

/** The server to run database tests on, or undefined for the embedded PGlite. */
export function realPostgresUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}

/** The URL of the real-server test database `db` is connected to (its name is only known to the server). */
export async function databaseUrlOf(db: Database): Promise<string> {
  const server = realPostgresUrl();
  if (!server) throw new Error("databaseUrlOf needs TEST_DATABASE_URL");
  const { rows } = await db.query<{ name: string }>("SELECT current_database() AS name");
  const url = new URL(server);
  url.pathname = `/${rows[0]?.name}`;
  return url.toString();
}

/** The template database each test database is copied from (made by .ci/run as the postgres superuser). */
export function templateName(env: NodeJS.ProcessEnv = process.env): string {
  const name = env.TEST_DATABASE_TEMPLATE || "liangyan_test_template";
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name))
    throw new Error(`TEST_DATABASE_TEMPLATE is not a plain name: ${name}`);
  return name;
}

export interface ScratchDatabase {
  url: string;
  /** "postgres": a database on the real server; "pglite": one in-memory PGlite served on 127.0.0.1. */
  kind: "postgres" | "pglite";
  drop(): Promise<void>;
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database on the real server named `<template>_<random>` (so a developer's databases share the
 * template's prefix). Copying a template fails while another session is connected to it; a concurrent copy
 * counts as one, so it is retried.
 */
export async function createPostgresDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const template = templateName();
  const name = `${template}_${randomBytes(6).toString("hex")}`;
  await withAdmin(serverUrl, async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        const busy = /being accessed by other users/.test((error as Error).message);
        if (!busy || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
      }
    }
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgres",
    // FORCE cannot end an autovacuum worker for a role without pg_signal_backend, and a freshly written test
    // database often has one: such a worker ends within moments, so the drop is retried.
    drop: () =>
      withAdmin(serverUrl, async (client) => {
        for (let attempt = 1; ; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            return;
          } catch (error) {
            const vacuuming = /pg_signal_backend|being accessed by other users/.test(
              (error as Error).message,
            );
            if (!vacuuming || attempt >= 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
          }
        }
      }),
  };
}

/**
 * A fresh database that several connections, and several processes, can share: on the real server when
 * TEST_DATABASE_URL is set, else one in-memory PGlite behind a wire-protocol multiplexer (statements then run
 * one at a time, so races cannot happen there: only the real server tests locking).
 */
export async function createSharedDatabase(): Promise<ScratchDatabase> {
  const server = realPostgresUrl();
  if (server) return createPostgresDatabase(server);
  const pglite = await PGlite.create("memory://", { extensions: { vector } });
  // What a real server does with each connection's startup options, done once for PGlite's one session.
  await pglite.exec(SESSION_SETTINGS_SQL);
  const multiplexer = await serveMultiplexed(pglite);
  return {
    url: multiplexer.url,
    kind: "pglite",
    async drop() {
      await multiplexer.close();
      await pglite.close();
    },
  };
}
