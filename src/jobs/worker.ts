import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Actor } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { generateJobItem } from "./generate-item.ts";
import type { GenerateItem } from "./item-generator.ts";
import { providerOf } from "./job.ts";
import { onJobsChanged } from "./job-signal.ts";
import {
  type ClaimedItem,
  claimItems,
  completeItems,
  type ItemOutcome,
  reclaimItemsOf,
  releaseItems,
  releaseOrphans,
  renewLeases,
} from "./queue.ts";

export interface WorkerOptions {
  /** How an item becomes drafts (default: generateJobItem, the generation pipeline). */
  generate?: GenerateItem | undefined;
  /** The provider whose jobs this worker serves (default: the one the context is configured for). */
  provider?: string | undefined;
  /** Items in flight in this process. */
  concurrency?: number | undefined;
  /** Items of the provider in flight across all workers on the database (null: no shared limit). */
  providerLimit?: number | null | undefined;
  /** Only this job's items. */
  jobId?: string | undefined;
  /** A stable id (default LIANGYAN_WORKER_ID, else a random one): see reclaimItemsOf. */
  workerId?: string | undefined;
  /** Default LIANGYAN_WORKER_LEASE_SECONDS. */
  leaseMs?: number | undefined;
  pollMs?: number | undefined;
  /** Backoff before retry n: baseMs * 2^(n-1), capped at maxMs, with jitter. */
  backoff?: { baseMs: number; maxMs: number } | undefined;
  log?: ((line: string) => void) | undefined;
}

export interface WorkerStats {
  claimed: number;
  succeeded: number;
  failed: number;
}

// Outcomes are written in batches: when this many are waiting, or this long after the last write.
const FLUSH_AT = 32;
const FLUSH_EVERY_MS = 100;

// Workers alive in this process: on the embedded database (one process), items held by anyone else are orphans.
const liveWorkers = new Set<string>();

/**
 * Claims job items in batches, generates them with bounded concurrency, and writes their outcomes in batches.
 * Failed items go back to the queue with exponential backoff until the job's max_attempts.
 */
export class JobWorker {
  readonly id: string;
  readonly stats: WorkerStats = { claimed: 0, succeeded: 0, failed: 0 };
  private readonly provider: string;
  private readonly concurrency: number;
  private readonly providerLimit: number | null;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly backoff: { baseMs: number; maxMs: number };
  private readonly actors = new Map<string, Promise<Actor>>();
  private readonly inFlight = new Set<Promise<void>>();
  private outcomes: ItemOutcome[] = [];
  private lastFlush = 0;
  /** Claimed, not yet started: claiming ahead saves round trips when generation is fast (the composer). */
  private readonly backlog: ClaimedItem[] = [];
  private readonly prefetch: number;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private resolveSleep: (() => void) | undefined;
  private woken = false;
  private lastReap = 0;

  constructor(
    private readonly context: AppContext,
    private readonly options: WorkerOptions,
  ) {
    this.id =
      options.workerId ??
      context.config.LIANGYAN_WORKER_ID ??
      `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.provider = options.provider ?? providerOf(context);
    this.concurrency =
      options.concurrency ?? (this.provider === "composer" ? 8 : context.config.LLM_CONCURRENCY);
    this.providerLimit =
      options.providerLimit !== undefined
        ? options.providerLimit
        : this.provider === "composer"
          ? null
          : context.config.LLM_CONCURRENCY;
    // Claiming ahead would hold items another worker could take, and count them against a shared provider
    // limit; so only the unlimited composer claims ahead.
    this.prefetch = this.providerLimit === null ? this.concurrency * 4 : this.concurrency;
    this.leaseMs = options.leaseMs ?? context.config.LIANGYAN_WORKER_LEASE_SECONDS * 1000;
    this.pollMs = options.pollMs ?? 500;
    this.backoff = options.backoff ?? { baseMs: 2_000, maxMs: 120_000 };
  }

  /** Runs in the background until stop(). */
  start(): void {
    this.loop ??= this.run(async () => false);
  }

  /** Runs until `done` says so while nothing is in flight (checked whenever the queue gives nothing). */
  async runUntil(done: () => Promise<boolean>): Promise<void> {
    this.loop = this.run(done);
    await this.loop;
  }

  /** Stops claiming, lets the items in flight finish, and writes their outcomes. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp();
    await this.loop;
  }

  private async run(done: () => Promise<boolean>): Promise<void> {
    liveWorkers.add(this.id);
    await this.reclaimPreviousRun();
    const unsubscribe = onJobsChanged(() => this.wakeUp());
    const heartbeat = setInterval(() => {
      renewLeases(this.context.db, this.id, this.leaseMs).catch((error) => this.report(error));
    }, this.leaseMs / 3);
    heartbeat.unref();
    try {
      while (!this.stopping) {
        // The embedded database answers without touching the event loop, so a busy worker could run on
        // microtasks alone; yield each round so timers, the HTTP server and progress output get their turn.
        await new Promise((resolve) => setImmediate(resolve));
        await this.reapOrphans();
        if (this.outcomes.length >= FLUSH_AT || Date.now() - this.lastFlush >= FLUSH_EVERY_MS)
          await this.flush();
        const held = this.backlog.length + this.inFlight.size;
        let claimed = 0;
        if (held === 0 || this.prefetch - held >= Math.max(1, Math.floor(this.prefetch / 2))) {
          const items = await this.claim(this.prefetch - held);
          this.backlog.push(...items);
          claimed = items.length;
        }
        while (this.inFlight.size < this.concurrency && this.backlog.length > 0)
          this.launch(this.backlog.shift() as ClaimedItem);
        if (this.inFlight.size > 0) {
          // Wait for a slot (or, when the queue ran dry, for the poll).
          await this.sleep(claimed > 0 ? this.pollMs : Math.min(this.pollMs, FLUSH_EVERY_MS));
          continue;
        }
        await this.flush();
        if (await done()) break;
        await this.sleep(this.pollMs);
      }
      await Promise.all(this.inFlight);
      await this.flush();
      await this.releaseBacklog();
    } finally {
      clearInterval(heartbeat);
      unsubscribe();
      liveWorkers.delete(this.id);
    }
  }

  private async claim(limit: number): Promise<ClaimedItem[]> {
    try {
      const items = await claimItems(this.context.db, {
        workerId: this.id,
        provider: this.provider,
        limit,
        leaseMs: this.leaseMs,
        providerLimit: this.providerLimit,
        jobId: this.options.jobId,
      });
      this.stats.claimed += items.length;
      return items;
    } catch (error) {
      this.report(error);
      return [];
    }
  }

  private launch(item: ClaimedItem): void {
    const task = this.process(item).finally(() => {
      this.inFlight.delete(task);
      this.wakeUp();
    });
    this.inFlight.add(task);
  }

  private async process(item: ClaimedItem): Promise<void> {
    try {
      const actor = await this.actorOf(item.job_id);
      const generate = this.options.generate ?? generateJobItem;
      const { draftIds } = await generate({
        context: this.context,
        actor,
        request: item.request,
        jobId: item.job_id,
        itemKey: item.item_key,
        attempt: item.attempts,
      });
      this.stats.succeeded++;
      this.outcomes.push({ id: item.id, job_id: item.job_id, ok: true, draft_ids: draftIds });
    } catch (error) {
      this.stats.failed++;
      const base = Math.min(this.backoff.maxMs, this.backoff.baseMs * 2 ** Math.max(0, item.attempts - 1));
      this.outcomes.push({
        id: item.id,
        job_id: item.job_id,
        ok: false,
        error: describeError(error),
        retry_in_ms: isPermanent(error) ? null : base * (0.5 + Math.random() * 0.5),
      });
    }
  }

  /** Items claimed but never started (the worker is stopping) go back to the queue as they were. */
  private async releaseBacklog(): Promise<void> {
    const items = this.backlog.splice(0);
    if (items.length === 0) return;
    try {
      await releaseItems(
        this.context.db,
        this.id,
        items.map((item) => item.id),
      );
    } catch (error) {
      this.report(error);
    }
  }

  private async flush(): Promise<void> {
    this.lastFlush = Date.now();
    if (this.outcomes.length === 0) return;
    const batch = this.outcomes;
    this.outcomes = [];
    try {
      await completeItems(this.context.db, batch, this.id);
    } catch (error) {
      // The items stay running under this worker's lease; the outcomes are tried again on the next flush.
      this.outcomes.unshift(...batch);
      this.report(error);
    }
  }

  /** Under a configured id, what the id still holds was left by this worker's previous run: take it back now. */
  private async reclaimPreviousRun(): Promise<void> {
    const configured = this.options.workerId ?? this.context.config.LIANGYAN_WORKER_ID;
    if (!configured) return;
    try {
      const reclaimed = await reclaimItemsOf(this.context.db, this.id);
      if (reclaimed > 0)
        this.options.log?.(`worker ${this.id}: took back ${reclaimed} items of its previous run`);
    } catch (error) {
      this.report(error);
    }
  }

  private async reapOrphans(): Promise<void> {
    const now = Date.now();
    if (now - this.lastReap < Math.min(this.leaseMs / 2, 10_000)) return;
    this.lastReap = now;
    try {
      const embedded = this.context.db.kind === "pglite";
      const released = await releaseOrphans(this.context.db, {
        liveWorkers: embedded ? [...liveWorkers] : undefined,
        byLease: !embedded,
      });
      if (released > 0) this.options.log?.(`released ${released} items left by a stopped worker`);
    } catch (error) {
      this.report(error);
    }
  }

  private actorOf(jobId: string): Promise<Actor> {
    let actor = this.actors.get(jobId);
    if (!actor) {
      actor = this.context.db
        .query<Actor>(
          "SELECT a.id, a.name, a.role FROM jobs j JOIN actors a ON a.id = j.author_id WHERE j.id = $1",
          [jobId],
        )
        .then(({ rows }) => {
          if (!rows[0]) throw new Error(`job ${jobId} has no author`);
          return rows[0];
        });
      actor.catch(() => this.actors.delete(jobId));
      this.actors.set(jobId, actor);
    }
    return actor;
  }

  /** Sleeps for `ms` or until woken (a slot freed, a job created); a wake that came first is not lost. */
  private sleep(ms: number): Promise<void> {
    if (this.stopping || this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.resolveSleep = undefined;
        resolve();
      }, ms);
      this.resolveSleep = () => {
        clearTimeout(timer);
        this.resolveSleep = undefined;
        this.woken = false;
        resolve();
      };
    });
  }

  private wakeUp(): void {
    this.woken = true;
    this.resolveSleep?.();
  }

  private report(error: unknown): void {
    this.options.log?.(`worker ${this.id}: ${describeError(error)}`);
  }
}

/** A failure no retry can fix: the error says it is not retryable, or it is a refusal of the request (4xx). */
export function isPermanent(error: unknown): boolean {
  if (error instanceof DomainError) return error.isClientError;
  return (error as { retryable?: unknown } | null)?.retryable === false;
}

/** What a failed item keeps as its reason: the error's class or code and its message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code ?? (error as { status?: unknown }).status;
    const label = code !== undefined ? `${error.name} ${String(code)}` : error.name;
    return `${label}: ${error.message}`;
  }
  return String(error);
}
