// The numbers behind "fast to start", measured the way the runner runs the action: a fresh `node`
// process running the committed dist/index.js. Every figure is printed next to its target and
// written to bench/results.json (not committed: it depends on the machine and its load).
//
//   node bench/run.mjs            (RUNS=30 node bench/run.mjs for more samples; NODE24=0 skips Node 24)
//
// 1. Cold start to an input error, on Node 20 (this node) and Node 24, against bare `node -e 0`:
//    paired runs (bare and bundle alternate), so the machine's load hits both alike.
// 2. A converged re-run against a loopback AWS endpoint (bench/fake-aws.mjs): whole process time,
//    and the reads and sequential levels the endpoint saw at 2, 3 and 6 nodes.
// 3. The create path against the same endpoint (empty world, wait: false): read levels, then write
//    levels, before CreateReplicationGroup.
// 4. The poller (src/execute/poll.ts, the real code) in many simulated 12-minute creates.
// 5. The size of dist/.

import { execFile, spawnSync } from 'node:child_process';
import console from 'node:console';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { INPUTS, startFakeAws } from './fake-aws.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'index.js');
const runs = Number(process.env.RUNS ?? 15);

if (!existsSync(bundle)) {
  console.error(`${bundle} does not exist: run "npm run build" first.`);
  process.exit(1);
}

const TARGETS = {
  coldStartOverheadMs: 50,
  convergedSeconds: 0.6,
  convergedReads: 10,
  convergedLevels: 2,
  createReadLevels: 2,
  createWriteLevels: 2,
  pollMinIntervalS: 10,
  pollAvgIntervalS: 15,
  pollMaxDetectionS: 20,
  distMB: 3.9,
};

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const outputFile = join(work, 'github_output');
const summaryFile = join(work, 'step_summary');

const baseEnv = {
  PATH: process.env.PATH ?? '',
  HOME: work,
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
};
const inputEnv = (inputs) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
const badInputs = {
  ...baseEnv,
  ...inputEnv({ ...INPUTS, name: 'Bad--Name', num_cache_clusters: '9' }),
};
const awsEnv = (url) => ({
  ...baseEnv,
  AWS_ENDPOINT_URL: url,
  AWS_ACCESS_KEY_ID: 'AKIDBENCHMARK',
  AWS_SECRET_ACCESS_KEY: 'bench-secret',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: join(work, 'no-aws-config'),
  AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-aws-credentials'),
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

function resetFiles() {
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
}

/** $GITHUB_OUTPUT as the runner reads it: `name=value`, or a `name<<DELIMITER` block. */
function outputs() {
  const out = {};
  const lines = readFileSync(outputFile, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq > 0 && (heredoc < 0 || eq < heredoc)) out[line.slice(0, eq)] = line.slice(eq + 1);
    else if (heredoc > 0) {
      const end = lines.indexOf(line.slice(heredoc + 2), i + 1);
      out[line.slice(0, heredoc)] = lines.slice(i + 1, end).join('\n');
      i = end;
    }
  }
  return out;
}

/** Wall-clock milliseconds of one synchronous child process, checking its exit code. */
function timeSync(nodeBin, args, env, expectedCode) {
  resetFiles();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(nodeBin, args, { env, cwd: work, encoding: 'utf8', timeout: 60_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== expectedCode) {
    throw new Error(
      `${nodeBin} ${args.join(' ')} exited ${r.status}, expected ${expectedCode}\n${r.stdout}${r.stderr}`,
    );
  }
  return { ms, stdout: r.stdout };
}

/** The same, asynchronously: the loopback endpoint lives in this process and must keep answering. */
function timeAsync(nodeBin, args, env) {
  resetFiles();
  const t0 = process.hrtime.bigint();
  return new Promise((resolve) => {
    execFile(
      nodeBin,
      args,
      { env, cwd: work, timeout: 60_000, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        resolve({ ms, code: error ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** Paired runs: bare node and the bundle alternate (order flipped every round), one warm-up each. */
function coldStart(nodeBin) {
  const bare = [];
  const cold = [];
  const diff = [];
  let stdout = '';
  let out = {};
  timeSync(nodeBin, ['-e', '0'], baseEnv, 0);
  timeSync(nodeBin, [bundle], badInputs, 1);
  const runBare = () => timeSync(nodeBin, ['-e', '0'], baseEnv, 0).ms;
  const runBundle = () => {
    const r = timeSync(nodeBin, [bundle], badInputs, 1);
    stdout = r.stdout;
    out = outputs();
    return r.ms;
  };
  for (let i = 0; i < runs; i++) {
    let b, c;
    if (i % 2) {
      b = runBare();
      c = runBundle();
    } else {
      c = runBundle();
      b = runBare();
    }
    bare.push(b);
    cold.push(c);
    diff.push(c - b);
  }
  if (!/^::error::/m.test(stdout)) throw new Error(`no ::error:: line from the bundle:\n${stdout}`);
  if (JSON.stringify(out) !== JSON.stringify({ status: 'failed' }))
    throw new Error(`invalid inputs must set exactly status=failed, got ${JSON.stringify(out)}`);
  const version = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return { version, bareMs: median(bare), bundleMs: median(cold), overheadMs: median(diff) };
}

/** The Node 24 binary from the npm registry (`npm exec --package=node@24`), or undefined. */
function node24() {
  if (process.env.NODE24 === '0') return undefined;
  const r = spawnSync('npm', ['exec', '--yes', '--package=node@24', '--', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  const bin = r.stdout.trim().split('\n').pop();
  return r.status === 0 && bin && existsSync(bin) ? bin : undefined;
}

async function withEndpoint(options, f) {
  const server = await startFakeAws(options);
  try {
    return await f(server);
  } finally {
    await server.close();
  }
}

function assertRun(r, status, label) {
  const out = outputs();
  if (r.code !== 0 || out.status !== status) {
    throw new Error(
      `${label}: exit ${r.code}, status ${out.status} (expected ${status})\n${r.stdout}\n${r.stderr}`,
    );
  }
}

/** Converged re-run: whole-process wall time (no added latency), paired with bare node. */
async function convergedTime() {
  return withEndpoint({ nodes: 2 }, async (server) => {
    const env = { ...awsEnv(server.url), ...inputEnv(INPUTS) };
    const warm = await timeAsync(process.execPath, [bundle], env);
    assertRun(warm, 'unchanged', 'converged re-run');
    const times = [];
    for (let i = 0; i < runs; i++) {
      server.calls.length = 0;
      const r = await timeAsync(process.execPath, [bundle], env);
      assertRun(r, 'unchanged', 'converged re-run');
      const writes = server.calls.filter((c) => !/:(Describe|List|Get)/.test(c.call));
      if (writes.length) throw new Error(`converged re-run wrote: ${writes.map((c) => c.call).join(', ')}`);
      times.push(r.ms);
    }
    return { seconds: median(times) / 1000, minSeconds: Math.min(...times) / 1000 };
  });
}

/** Reads and sequential levels of a converged re-run, with 150 ms of latency per answer. */
async function convergedShape(nodes) {
  return withEndpoint({ nodes, latencyMs: 150 }, async (server) => {
    const r = await timeAsync(process.execPath, [bundle], {
      ...awsEnv(server.url),
      ...inputEnv({ ...INPUTS, num_cache_clusters: String(nodes) }),
    });
    assertRun(r, 'unchanged', `converged re-run at ${nodes} nodes`);
    const depths = server.depths();
    return { nodes, reads: server.calls.length, levels: Math.max(...depths.values()) };
  });
}

/** Create path (wait: false): read levels, then write levels, before CreateReplicationGroup. */
async function createShape() {
  return withEndpoint({ empty: true, latencyMs: 150 }, async (server) => {
    const r = await timeAsync(process.execPath, [bundle], {
      ...awsEnv(server.url),
      ...inputEnv({ ...INPUTS, wait: 'false' }),
    });
    assertRun(r, 'create-requested', 'create path');
    const depths = server.depths();
    const create = server.calls.find((c) => c.call === 'elasticache:CreateReplicationGroup');
    const before = server.calls.filter((c) => c.endSeq < create.startSeq);
    const isRead = (c) => /:(Describe|List|Get)/.test(c.call);
    const readLevels = Math.max(...before.filter(isRead).map((c) => depths.get(c)));
    const writeLevels = depths.get(create) - 1 - readLevels;
    return { readLevels, writeLevels, calls: before.map((c) => `${depths.get(c)} ${c.call}`) };
  });
}

/** src/execute/poll.ts as it is, transpiled (with what it imports) into a scratch directory. */
async function loadPoller() {
  const dir = join(work, 'poller');
  for (const file of ['src/execute/poll.ts', 'src/domain/duration.ts']) {
    const js = ts.transpileModule(readFileSync(join(root, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const out = join(dir, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, js);
  }
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return import(pathToFileURL(join(dir, 'src/execute/poll.js')).href);
}

/** mulberry32: a seeded PRNG, so the simulation is the same on every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Many creates that finish at a random time between 10 and 14 minutes, polled by pollUntil. */
async function pollerSimulation(creates = 5_000) {
  const { pollUntil } = await loadPoller();
  const random = seeded(42);
  const intervals = [];
  const detection = [];
  for (let i = 0; i < creates; i++) {
    let now = 0;
    const doneAt = (10 + 4 * random()) * 60_000;
    const clock = {
      now: () => now,
      random,
      sleep: async (ms) => {
        intervals.push(ms);
        now += ms;
      },
    };
    await pollUntil({
      clock,
      what: 'simulated group',
      timeoutMs: 60 * 60_000,
      read: async () => now,
      classify: (t) =>
        t >= doneAt ? { state: 'success', label: 'available' } : { state: 'pending', label: 'creating' },
      log: () => {},
    });
    detection.push(now - doneAt);
  }
  const s = (ms) => ms / 1000;
  const min = (xs) => xs.reduce((a, b) => Math.min(a, b), Infinity);
  const max = (xs) => xs.reduce((a, b) => Math.max(a, b), -Infinity);
  return {
    creates,
    minIntervalS: s(min(intervals)),
    avgIntervalS: s(intervals.reduce((a, b) => a + b, 0) / intervals.length),
    maxIntervalS: s(max(intervals)),
    readsPerCreate: intervals.length / creates + 1,
    detectionMedianS: s(median(detection)),
    detectionP90S: s(quantile(detection, 0.9)),
    detectionMaxS: s(max(detection)),
  };
}

function distSize() {
  const dir = join(root, 'dist');
  const files = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).size]);
  const total = files.reduce((a, [, b]) => a + b, 0);
  return { totalMB: total / 1e6, files: Object.fromEntries(files) };
}

const rows = [];
const row = (figure, measured, target, ok, detail = '') =>
  rows.push({ figure, measured, target, ok, detail });
const fmtMs = (n) => `${n >= 0 ? '+' : ''}${n.toFixed(0)} ms`;

try {
  console.log(
    `node ${process.version}, ${cpus().length} CPUs, ${runs} paired runs per timing; this takes a few minutes…`,
  );
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    runs,
    targets: TARGETS,
  };

  results.coldStart = { node20: coldStart(process.execPath) };
  const bin24 = node24();
  if (bin24) results.coldStart.node24 = coldStart(bin24);
  for (const c of Object.values(results.coldStart)) {
    row(
      `cold start to an input error, node ${c.version}`,
      fmtMs(c.overheadMs),
      `≤ +${TARGETS.coldStartOverheadMs} ms over bare node`,
      c.overheadMs <= TARGETS.coldStartOverheadMs,
      `bare node ${c.bareMs.toFixed(0)} ms, bundle ${c.bundleMs.toFixed(0)} ms (medians of ${runs} pairs)`,
    );
  }
  if (!bin24) {
    const why = process.env.NODE24 === '0' ? 'skipped (NODE24=0)' : 'npm exec --package=node@24 failed';
    row('cold start to an input error, Node 24', 'n/a', '', false, why);
  }

  const cv = (results.converged = await convergedTime());
  row(
    'converged re-run, whole process',
    `${cv.seconds.toFixed(2)} s`,
    `≤ ${TARGETS.convergedSeconds} s`,
    cv.seconds <= TARGETS.convergedSeconds,
    `median of ${runs}, min ${cv.minSeconds.toFixed(2)} s; 2 nodes, loopback endpoint`,
  );
  results.convergedShape = [];
  for (const nodes of [2, 3, 6]) results.convergedShape.push(await convergedShape(nodes));
  const shape = results.convergedShape;
  row(
    'converged re-run reads at 2 / 3 / 6 nodes',
    shape.map((x) => x.reads).join(' / '),
    `≤ ${TARGETS.convergedReads} each`,
    shape.every((x) => x.reads <= TARGETS.convergedReads),
  );
  row(
    'converged re-run sequential levels at 2 / 3 / 6 nodes',
    shape.map((x) => x.levels).join(' / '),
    `≤ ${TARGETS.convergedLevels} each`,
    shape.every((x) => x.levels <= TARGETS.convergedLevels),
  );

  const cr = (results.create = await createShape());
  row(
    'create path: read + write levels before CreateReplicationGroup',
    `${cr.readLevels} + ${cr.writeLevels}`,
    `≤ ${TARGETS.createReadLevels} + ${TARGETS.createWriteLevels}`,
    cr.readLevels <= TARGETS.createReadLevels && cr.writeLevels <= TARGETS.createWriteLevels,
  );

  const p = (results.poller = await pollerSimulation());
  const simulated = `${p.creates} simulated 10–14 min creates`;
  row(
    'poller: shortest interval',
    `${p.minIntervalS.toFixed(1)} s`,
    `≥ ${TARGETS.pollMinIntervalS} s`,
    p.minIntervalS >= TARGETS.pollMinIntervalS,
    simulated,
  );
  row(
    'poller: average interval',
    `${p.avgIntervalS.toFixed(1)} s`,
    `≥ ${TARGETS.pollAvgIntervalS} s`,
    p.avgIntervalS >= TARGETS.pollAvgIntervalS,
    `${p.readsPerCreate.toFixed(0)} reads per create`,
  );
  row(
    'poller: detection delay median / p90 / max',
    `${p.detectionMedianS.toFixed(1)} / ${p.detectionP90S.toFixed(1)} / ${p.detectionMaxS.toFixed(1)} s`,
    `max ≤ ${TARGETS.pollMaxDetectionS} s`,
    p.detectionMaxS <= TARGETS.pollMaxDetectionS,
  );

  const d = (results.dist = distSize());
  row(
    'dist/ size, every file',
    `${d.totalMB.toFixed(2)} MB`,
    `≤ ${TARGETS.distMB} MB`,
    d.totalMB <= TARGETS.distMB,
    `index.js ${(d.files['index.js'] / 1024).toFixed(0)} KiB (what an input error loads)`,
  );

  const width = (k) => Math.max(...rows.map((r) => r[k].length));
  const [wf, wm, wt] = [width('figure'), width('measured'), width('target')];
  console.log('');
  for (const r of rows) {
    console.log(
      `${r.ok ? '✓' : '✗'} ${r.figure.padEnd(wf)}  ${r.measured.padStart(wm)}  ${r.target.padEnd(wt)}  ${r.detail}`.trimEnd(),
    );
  }
  console.log(
    `\ncreate path, calls before CreateReplicationGroup (level, call):\n  ${cr.calls.join('\n  ')}`,
  );
  console.log(
    `dist/: ${Object.entries(d.files)
      .map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KiB`)
      .join(', ')}`,
  );
  results.rows = rows;
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten: bench/results.json');
} finally {
  rmSync(work, { recursive: true, force: true });
}
