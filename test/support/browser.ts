// One way for every browser test to get a headless Chromium: the machine's own when it has one, otherwise the
// build that ships inside the @sparticuz/chromium npm package (with the few shared libraries it needs), so
// `npm ci && npm test` passes on a clean machine with no browser, no system libraries and no root.
// Either way a CJK font from the noto-sans-sc npm package is on fontconfig's path, so Chinese never renders
// as blank boxes because the machine happens to lack a Chinese font.

import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { type Browser, chromium, type LaunchOptions } from "playwright-core";

const require = createRequire(import.meta.url);
// tar-fs ships no types; this is the one function used.
const { extract } = require("tar-fs") as { extract(dir: string): NodeJS.WritableStream };
const ROOT = new URL("../../", import.meta.url).pathname;
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

export type BrowserSource =
  | { kind: "system"; executablePath: string }
  | { kind: "bundled"; packageVersion: string };

/**
 * Which Chromium to use. LIANGYAN_TEST_BROWSER=bundled forces the npm one (to prove it works on a machine that
 * has a system one), =system refuses to fall back; CHROMIUM_PATH names a binary; otherwise the first of the
 * usual names found on PATH, else the bundled build.
 */
export function chooseBrowser(env: NodeJS.ProcessEnv = process.env): BrowserSource {
  const wanted = env.LIANGYAN_TEST_BROWSER ?? "auto";
  if (!["auto", "system", "bundled"].includes(wanted))
    throw new Error(`LIANGYAN_TEST_BROWSER must be auto, system or bundled (got "${wanted}")`);
  if (wanted !== "bundled") {
    const found = env.CHROMIUM_PATH ? executable(env.CHROMIUM_PATH) : findOnPath(env.PATH ?? "");
    if (found) return { kind: "system", executablePath: found };
    if (wanted === "system" || env.CHROMIUM_PATH)
      throw new Error(
        `no system Chromium: ${env.CHROMIUM_PATH ?? `none of ${SYSTEM_NAMES.join(", ")} on PATH`}`,
      );
  }
  return { kind: "bundled", packageVersion: bundledPackage().version };
}

export interface LaunchedBrowser {
  browser: Browser;
  source: BrowserSource;
}

/** Launches headless Chromium for a test file; close it with `browser.close()` in afterAll. */
export async function launchBrowser(
  options: { env?: NodeJS.ProcessEnv; args?: string[] } = {},
): Promise<LaunchedBrowser> {
  const env = options.env ?? process.env;
  const source = chooseBrowser(env);
  const fonts = await prepareCjkFonts();
  const launch: LaunchOptions = {
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      ...(options.args ?? []),
    ],
  };
  if (source.kind === "system") {
    // The machine's fonts stay in use; ours are only added to them.
    launch.executablePath = source.executablePath;
    launch.env = { ...env, FONTCONFIG_FILE: fonts.withSystemConfig };
  } else {
    const unpacked = await unpackBundledChromium(source.packageVersion);
    launch.executablePath = unpacked.executablePath;
    launch.env = {
      ...env,
      // libnss3, libnspr4 and libexpat come with the package: a minimal Debian has none of them.
      LD_LIBRARY_PATH: [unpacked.libraryDir, env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter),
      FONTCONFIG_FILE: fonts.bundledOnly(unpacked.fontDir),
    };
  }
  return { browser: await chromium.launch(launch), source };
}

function executable(path: string): string | undefined {
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

function findOnPath(path: string): string | undefined {
  for (const name of SYSTEM_NAMES) {
    for (const dir of path.split(delimiter).filter(Boolean)) {
      const found = executable(join(dir, name));
      if (found) return found;
    }
  }
  return undefined;
}

/** An installed package's folder and version (its package.json may not be exported, so walk up from its entry). */
function installedPackage(name: string): { dir: string; version: string } {
  let dir: string;
  try {
    dir = dirname(require.resolve(`${name}/package.json`, { paths: [ROOT] }));
  } catch {
    dir = dirname(require.resolve(name, { paths: [ROOT] }));
  }
  while (dir !== dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version: string };
      if (parsed.name === name) return { dir, version: parsed.version };
    }
    dir = dirname(dir);
  }
  throw new Error(`${name} is not installed (run npm ci)`);
}

function bundledPackage(): { dir: string; version: string } {
  return installedPackage("@sparticuz/chromium");
}

/** A folder of our own, kept between runs: node_modules/.cache when writable, else the temp folder. */
function cacheRoot(): string {
  const preferred = join(ROOT, "node_modules", ".cache", "liangyan-test-browser");
  try {
    mkdirSync(preferred, { recursive: true });
    accessSync(preferred, constants.W_OK);
    return preferred;
  } catch {
    const fallback = join(tmpdir(), `liangyan-test-browser-${process.getuid?.() ?? "user"}`);
    mkdirSync(fallback, { recursive: true });
    return fallback;
  }
}

/**
 * Builds `name` in a private folder and renames it into place, so test files unpacking at the same moment
 * never see a half-written result: the first rename wins, the others throw theirs away.
 */
async function oncePerCache(name: string, build: (dir: string) => Promise<void>): Promise<string> {
  const root = cacheRoot();
  const done = join(root, name);
  if (existsSync(done)) return done;
  const work = join(root, `.${name}.${process.pid}.${Date.now()}`);
  mkdirSync(work, { recursive: true });
  try {
    await build(work);
    renameSync(work, done);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(done)) throw error;
  }
  return done;
}

async function unbrotli(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to, { mode: 0o755 }));
}

async function untarBrotli(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), extract(to));
}

interface UnpackedChromium {
  executablePath: string;
  libraryDir: string;
  fontDir: string;
}

async function unpackBundledChromium(version: string): Promise<UnpackedChromium> {
  const { dir } = bundledPackage();
  const bin = join(dir, "bin");
  const target = await oncePerCache(`chromium-${version}`, async (work) => {
    await unbrotli(join(bin, "chromium.br"), join(work, "chromium"));
    // SwiftShader's GL libraries are looked up beside the binary.
    await untarBrotli(join(bin, "swiftshader.tar.br"), work);
    await untarBrotli(join(bin, "al2023.tar.br"), work);
    await untarBrotli(join(bin, "fonts.tar.br"), work);
  });
  return {
    executablePath: join(target, "chromium"),
    libraryDir: join(target, "lib"),
    fontDir: join(target, "fonts"),
  };
}

interface CjkFonts {
  /** fontconfig file: the machine's configuration plus our CJK font. */
  withSystemConfig: string;
  /** fontconfig file for the bundled browser: only fonts we ship (a clean machine may have no /etc/fonts). */
  bundledOnly(latinFontDir: string): string;
}

/**
 * The npm package ships Noto Sans SC as WOFF2 pieces split by Unicode range; Chromium reads WOFF2 only as a
 * web font, and fontconfig reads TrueType, so the regular weight is converted once into the cache.
 */
async function prepareCjkFonts(): Promise<CjkFonts> {
  const { dir, version } = installedPackage("noto-sans-sc");
  const source = join(dir, "noto_sans_sc_regular");
  const decompress = require("wawoff2/decompress.js") as (woff2: Buffer) => Promise<Uint8Array>;
  const fontDir = await oncePerCache(`noto-sans-sc-${version}`, async (work) => {
    for (const file of readdirSync(source).filter((name) => name.endsWith(".woff2"))) {
      const ttf = await decompress(readFileSync(join(source, file)));
      await writeFile(join(work, file.replace(/\.woff2$/, ".ttf")), ttf);
    }
  });
  const root = cacheRoot();
  const write = (name: string, body: string): string => {
    const path = join(root, name);
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${body}\n  <cachedir>${join(root, "fontconfig-cache")}</cachedir>\n</fontconfig>\n`;
    if (!existsSync(path) || readFileSync(path, "utf8") !== xml) {
      const temporary = `${path}.${process.pid}`;
      writeFileSync(temporary, xml);
      renameSync(temporary, path);
    }
    return path;
  };
  return {
    withSystemConfig: write(
      "fonts-system.conf",
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fontDir}</dir>`,
    ),
    bundledOnly: (latinFontDir) =>
      write("fonts-bundled.conf", `  <dir>${latinFontDir}</dir>\n  <dir>${fontDir}</dir>`),
  };
}
