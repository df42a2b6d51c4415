#!/usr/bin/env node
// The CLI runs from TypeScript sources through tsx's loader, so a fresh clone needs no build step.
import { register } from "tsx/esm/api";

register();
// Called directly rather than guessed from process.argv[1]: under npx or a global install the path is a symlink.
const { main } = await import("../src/cli/main.ts");
await main();
