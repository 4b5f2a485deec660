// npm run build: bundle src/ into dist/ with @vercel/ncc, then drop the code nothing reaches.
//
// 1. ncc, as `ncc build src/index.ts -o dist --license licenses.txt` would, but resolving packages
//    through their "module" field first: the AWS SDK clients then come in as ES modules (dist-es,
//    "sideEffects": false), so webpack leaves out every command, paginator and waiter we never
//    import, instead of the one prebuilt CommonJS file per client that holds all of them.
// 2. terser, for dead code only: webpack marks the schemas and helpers nothing uses (the EC2 client
//    alone declares ~3,300 schemas; we call 10 operations) but does not delete them. terser removes
//    unused declarations and unreachable code; it renames nothing and keeps comments and line
//    breaks (beautified), so dist/ stays readable and diffs stay meaningful.
// Both steps are deterministic: building twice gives the same dist/ (CI compares it with a fresh build).

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import ncc from '@vercel/ncc';
import { minify } from 'terser';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const started = Date.now();

rmSync(dist, { recursive: true, force: true });
const { code, assets } = await ncc(join(root, 'src', 'index.ts'), {
  license: 'licenses.txt',
  mainFields: ['module', 'main'],
  quiet: true,
});
const files = {
  'index.js': code,
  ...Object.fromEntries(Object.entries(assets).map(([n, a]) => [n, a.source])),
};
for (const [name, source] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, name)), { recursive: true });
  writeFileSync(join(dist, name), source);
}

const sizes = [];
for (const name of readdirSync(dist)
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const path = join(dist, name);
  const before = readFileSync(path, 'utf8');
  const out = await minify(before, {
    module: true,
    compress: { defaults: false, dead_code: true, unused: true, side_effects: true, passes: 2 },
    mangle: false,
    format: { beautify: true, indent_level: 2, comments: 'all' },
  });
  writeFileSync(path, out.code);
  sizes.push(`${name} ${(before.length / 1024).toFixed(0)} → ${(out.code.length / 1024).toFixed(0)} KiB`);
}
const total = readdirSync(dist).reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
process.stdout.write(
  `dist/: ${sizes.join(', ')}; ${(total / 1e6).toFixed(2)} MB in all, in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
