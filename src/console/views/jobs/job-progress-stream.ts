// A job's progress as the server streams it (GET /v1/jobs/{id}/events). EventSource cannot send the key header,
// so the stream is read with fetch and parsed by eventsource-parser; `end` (or leaving the page) stops it.
import { createParser } from "eventsource-parser";
import { stream } from "../../core/api.ts";
import type { JobProgress } from "../../core/types.ts";

export interface ProgressHandlers {
  progress(progress: JobProgress): void;
  end(status: string): void;
  error(error: unknown): void;
}

export function followProgress(jobId: string, handlers: ProgressHandlers): () => void {
  const controller = new AbortController();
  (async () => {
    const response = await stream(
      `/v1/jobs/${encodeURIComponent(jobId)}/events?interval_ms=500`,
      controller.signal,
    );
    const parser = createParser({
      onEvent(event) {
        if (event.event === "progress") handlers.progress(JSON.parse(event.data) as JobProgress);
        if (event.event === "end")
          handlers.end(String((JSON.parse(event.data) as { status?: string }).status ?? ""));
      },
    });
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    if (!reader) return;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(value);
    }
  })().catch((error: unknown) => {
    if (!controller.signal.aborted) handlers.error(error);
  });
  return () => controller.abort();
}
