// npm run build: bundle src/ into dist/ with @vercel/ncc.
//
// ncc resolves packages through their "main" field (the AWS SDK's prebuilt CommonJS files). Resolving
// their "module" field first let webpack leave out unused commands, and a terser pass removed unused
// schemas (dist/ 3.6 MB instead of 6.0), but together they took 55-90 s on two cores against ~28 s for
// this: the build must stay under 50 s, so dist/ carries the unused code. It is never executed (each
// client loads only when its service is called); it costs bytes, not start-up time.
// ncc is deterministic: building twice gives the same dist/ (CI compares it with a fresh build).

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import ncc from '@vercel/ncc';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const started = Date.now();

rmSync(dist, { recursive: true, force: true });
const { code, assets } = await ncc(join(root, 'src', 'index.ts'), {
  license: 'licenses.txt',
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

const sizes = readdirSync(dist)
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((name) => `${name} ${(readFileSync(join(dist, name)).length / 1024).toFixed(0)} KiB`);
const total = readdirSync(dist).reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
process.stdout.write(
  `dist/: ${sizes.join(', ')}; ${(total / 1e6).toFixed(2)} MB in all, in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
