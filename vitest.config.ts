import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Limits against hangs, not speed targets (those are benches): two cores shared with other work can make a
    // process-spawning or database-building step ten times slower than on an idle machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    // Two cores: more workers than that only adds WASM start-up contention.
    maxWorkers: 2,
  },
});
