#!/usr/bin/env node
// Bundles the CLI into CommonJS files (dist/cli.cjs, started by dist/openclaw-auth.cjs) with esbuild. Measured on Node 20:
// an ES-module entry costs ~8 ms more to start than a CommonJS one, and ~25 small modules cost more
// than one file, for a command (`models status --check`) whose own work takes a few ms. The sources
// stay ESM TypeScript; our lazily imported modules are still evaluated only on first import, V8
// compiles functions only when called, and npm packages (commander, Ink, …) stay external, loaded
// with import() only by the commands that need them.
import { build } from 'esbuild';
import { chmod, copyFile, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Only the runtime dependencies stay external: the two native packages (keychain, PTY). Everything
// else is bundled (devDependencies at build time) and imported lazily, which esbuild keeps lazy: an
// install then holds ~40 files instead of ~5,500, which is what OpenClaw copies for every plugin
// command it runs (`openclaw credentials` took 10 s, 6 s with Ink and React out of the install).
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {});

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
// What every bundle shares; the ES-module ones (UI, plugin) also get require(), which bundled
// CommonJS (React, our core) calls.
const NODE_BUNDLE = { outdir: 'dist', bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
const ESM_BUNDLE = { ...NODE_BUNDLE, format: 'esm', outExtension: { '.js': '.mjs' } };
const ESM_REQUIRE = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
// Packages the CLI imports lazily and that are large each get a CommonJS file of their own in
// dist/vendor/, required on first use: left in dist/commands.cjs they doubled the file every
// command (the wizard's first frame included) reads and V8 scans at start-up (914 KB → 463 KB;
// first frame 112 → 104 ms on Node 24). Required, not import()ed: import() of a CommonJS file
// makes Node lex it all for named exports first.
const VENDORED = { '@xterm/headless': 'xterm-headless', commander: 'commander', json5: 'json5' };
const vendorFiles = {
  name: 'vendor-files',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(VENDORED).map((name) => name.replace(/[/@]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'vendor' }));
    build.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({
      contents: `module.exports = require(require('node:path').join(__dirname, 'vendor', ${JSON.stringify(`${VENDORED[args.path]}.cjs`)}));`,
      loader: 'js',
    }));
  },
};
await build({
  ...NODE_BUNDLE,
  entryPoints: Object.fromEntries(Object.entries(VENDORED).map(([name, file]) => [`vendor/${file}`, name])),
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  minify: true,
});
// Two CommonJS files: dist/cli.cjs (the `models status` fast path) and dist/commands.cjs (every
// other command), loaded only when needed. The command itself, dist/openclaw-auth.cjs, is
// src/launcher.cjs: it turns the compile cache on before the CLI is read.
await build({
  ...NODE_BUNDLE,
  entryPoints: { cli: 'src/cli.ts', commands: 'src/cli/program.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external,
  plugins: [vendorFiles],
  jsx: 'automatic',
  // Sources use import.meta.url to find files next to themselves; give the CJS bundle the same.
  banner: { js: '"use strict";\nconst __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__bundleUrl' },
});
await copyFile(new URL('../src/launcher.cjs', import.meta.url), new URL('../dist/openclaw-auth.cjs', import.meta.url));
await chmod(new URL('../dist/openclaw-auth.cjs', import.meta.url), 0o755);

// undici (the standard proxy variables for our one HTTPS request), its own CommonJS file: loaded only
// when HTTPS_PROXY/HTTP_PROXY is set, so no other run reads it.
await build({ ...NODE_BUNDLE, entryPoints: { proxy: 'src/net/undici-proxy.ts' }, outExtension: { '.js': '.cjs' }, format: 'cjs', minify: true });

// The wrap-ansi Ink itself resolves (npm may nest it under Ink), for the stub that wraps it.
const INK_WRAP_ANSI = createRequire(fileURLToPath(import.meta.resolve('ink'))).resolve('wrap-ansi');

// The Ink UI: an ES module (Ink needs top-level await), imported by the CLI only for interactive use.
// Ink and React are bundled into it: as packages they load as ~300 small modules (es-toolkit alone
// costs 100 ms) and kept the wizard's first frame near 900 ms. Native modules stay external; React's
// devtools, which Ink loads only when DEV is set, are replaced by no-op stubs, string-width by
// one that counts plain one-column text without string-width's costly set-up, and wrap-ansi by
// one that does not start a wrapped row with the space it broke at.
await build({
  ...ESM_BUNDLE,
  entryPoints: { ui: 'components/index.ts' },
  external,
  alias: {
    'react-devtools-core': './scripts/build-stubs/react-devtools-core.mjs',
    ws: './scripts/build-stubs/ws.mjs',
    'string-width': './scripts/build-stubs/string-width.mjs',
    'wrap-ansi': './scripts/build-stubs/wrap-ansi.mjs',
    'ink-wrap-ansi': INK_WRAP_ANSI,
  },
  // Bundled CommonJS (React) calls require(); give the ES module one. Yoga's wasm loader fetches its
  // embedded data: URL when a global fetch exists, which loads Node's whole fetch stack (undici,
  // ~20 ms on Node 20) for bytes it can decode itself: fetch is hidden while the bundle loads.
  banner: {
    js: `${ESM_REQUIRE} const __fetchDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch'); if (__fetchDescriptor?.configurable) Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });`,
  },
  footer: { js: "if (__fetchDescriptor?.configurable) Object.defineProperty(globalThis, 'fetch', __fetchDescriptor);" },
  define: { 'process.env.NODE_ENV': '\"production\"' },
  minify: true, // less to read and scan at start-up (first frame ~300 ms vs ~345 ms unminified)
  jsx: 'automatic',
});

// The OpenClaw plugin entry (package.json "openclaw.extensions"): an ES module OpenClaw imports, with
// our core bundled in and the runtime packages external, as in the CLI. Only OpenClaw loads it.
await build({
  ...ESM_BUNDLE,
  entryPoints: { plugin: 'src/plugin/openclaw-plugin.ts' },
  external,
  banner: { js: ESM_REQUIRE },
});
