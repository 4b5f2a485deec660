// Regenerates the Inputs and Outputs tables of README.md from action.yml, so the docs cannot drift
// (test/action-contract.test.ts fails when they differ). Usage: node scripts/readme-tables.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const action = parse(readFileSync(`${root}action.yml`, 'utf8'));
const one = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
const code = (s) => (s === '' ? '' : `\`${s}\``);

const inputs = Object.entries(action.inputs).map(
  ([name, spec]) =>
    `| \`${name}\` | ${spec.required === true ? 'yes' : 'no'} | ${code(one(spec.default))} | ${one(spec.description)} |`,
);
const outputs = Object.entries(action.outputs).map(
  ([name, spec]) => `| \`${name}\` | ${one(spec.description)} |`,
);

/** Replaces the first markdown table under `## <heading>` with `header` + `rows`. */
function replaceTable(text, heading, header, rows) {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const lines = text.slice(start + 1).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  let last = first;
  while (lines[last + 1]?.startsWith('|')) last++;
  const table = [
    header,
    header.replace(/[^|]+/g, (c) => ' ' + '-'.repeat(Math.max(3, c.length - 2)) + ' '),
    ...rows,
  ];
  lines.splice(first, last - first + 1, ...table);
  return text.slice(0, start + 1) + lines.join('\n');
}

let readme = readFileSync(`${root}README.md`, 'utf8');
readme = replaceTable(readme, 'Inputs', '| Input | Required | Default | Description |', inputs);
readme = replaceTable(readme, 'Outputs', '| Output | Description |', outputs);
const path = `${root}README.md`;
const options = { ...(await prettier.resolveConfig(path)), filepath: path };
writeFileSync(path, await prettier.format(readme, options));
process.stdout.write(`README.md: ${inputs.length} inputs, ${outputs.length} outputs\n`);
