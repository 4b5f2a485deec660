// Cold start of the committed bundle, measured the way the runner starts it: a fresh `node` process
// running dist/index.js. The case timed is an input error (it must fail before any AWS call and
// without loading the AWS SDK), compared with bare `node -e 0` on the same machine.
//
//   node bench/run.mjs            (RUNS=20 node bench/run.mjs for more samples)

import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'index.js');
const runs = Number(process.env.RUNS ?? 10);

if (!existsSync(bundle)) {
  console.error(`${bundle} does not exist: run "npm run build" first.`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const outputFile = join(work, 'github_output');
const summaryFile = join(work, 'step_summary');
writeFileSync(outputFile, '');
writeFileSync(summaryFile, '');

const badInputs = {
  PATH: process.env.PATH ?? '',
  HOME: work,
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  INPUT_NAME: 'Bad--Name',
  INPUT_NODE_TYPE: 'cache.t4g.micro',
  INPUT_SUBNET_IDS: 'subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002',
  INPUT_NUM_CACHE_CLUSTERS: '9',
  INPUT_AWS_REGION: 'eu-west-1',
};

/** Wall-clock milliseconds of one child process, checking its exit code. */
function timeOnce(args, env, expectedCode) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, cwd: work, encoding: 'utf8', timeout: 60_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== expectedCode) {
    throw new Error(
      `node ${args.join(' ')} exited ${r.status} (signal ${r.signal}), expected ${expectedCode}\n${r.stdout}${r.stderr}`,
    );
  }
  return { ms, stdout: r.stdout };
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

function measure(label, args, env, expectedCode) {
  timeOnce(args, env, expectedCode); // warm the file-system cache; not counted
  const samples = [];
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const r = timeOnce(args, env, expectedCode);
    samples.push(r.ms);
    stdout = r.stdout;
  }
  return { label, ...stats(samples), stdout };
}

try {
  const bare = measure('node -e 0', ['-e', '0'], { PATH: badInputs.PATH, HOME: work }, 0);
  const cold = measure('node dist/index.js (input error)', [bundle], badInputs, 1);
  if (!/^::error::/m.test(cold.stdout)) throw new Error(`no ::error:: line from the bundle:\n${cold.stdout}`);

  const distBytes = readdirSync(join(root, 'dist'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => [f, statSync(join(root, 'dist', f)).size]);

  console.log(`Cold start, ${runs} runs each (after one warm-up), node ${process.version}:`);
  const fmt = (n) => n.toFixed(1).padStart(8);
  console.log(`${'case'.padEnd(36)}${'median'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}  (ms)`);
  for (const r of [bare, cold])
    console.log(`${r.label.padEnd(36)}${fmt(r.median)}${fmt(r.min)}${fmt(r.max)}`);
  console.log(
    `bundle overhead over bare node: ${(cold.median - bare.median).toFixed(1)} ms (median), ×${(cold.median / bare.median).toFixed(2)}`,
  );
  console.log(
    `dist/*.js: ${distBytes.map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KiB`).join(', ')} ` +
      `(index.js is what an input error loads; the AWS chunks load only after inputs validate)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
