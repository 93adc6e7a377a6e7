/**
 * Where a `node --cpu-prof` profile spends its time: self time by package (or project folder) and by
 * function, and total (inclusive) time of the project's own functions. Reads the .cpuprofile JSON.
 *
 *   node scripts/profile-summary.ts prof/CPU.….cpuprofile [rows, default 25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/profile-summary.ts <file.cpuprofile> [rows]');
  process.exit(64);
}
const rows = Number(rowsArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

/** `node_modules/@scope/name` or `node_modules/name`, the project folder under src/, or node's own. */
function placeOf(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const own = /\/(src|bench)\/(.*)\/[^/]+$/.exec(url) ?? /\/(src|bench)\/([^/]+)$/.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  if (url.startsWith('node:')) return url;
  return url === '' ? '(native/idle)' : url;
}

const label = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\/(node_modules|src|bench)\//, '$1/')}:${node.callFrame.lineNumber + 1}`;

const selfByPlace = new Map<string, number>();
const selfByFunction = new Map<string, number>();
const totalByOwnFunction = new Map<string, number>();
let total = 0;
let idle = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  const node = byId.get(profile.samples[i]!)!;
  // Percentages are of the busy time: a benchmark's profile also spans start-up waits and other rows.
  if (node.callFrame.functionName === '(idle)') {
    idle += dt;
    continue;
  }
  total += dt;
  selfByPlace.set(placeOf(node.callFrame.url), (selfByPlace.get(placeOf(node.callFrame.url)) ?? 0) + dt);
  selfByFunction.set(label(node), (selfByFunction.get(label(node)) ?? 0) + dt);
  // Inclusive time of the project's functions: each counted once per sample, however deep the recursion.
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parentOf.get(id)) {
    const frame = byId.get(id)!;
    if (!/\/src\//.test(frame.callFrame.url)) continue;
    const name = label(frame);
    if (seen.has(name)) continue;
    seen.add(name);
    totalByOwnFunction.set(name, (totalByOwnFunction.get(name) ?? 0) + dt);
  }
}

function print(title: string, table: Map<string, number>) {
  console.log(`\n${title}`);
  for (const [name, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * us) / total).toFixed(1).padStart(6)} %  ${name}`);
  }
}

console.log(`${file}: ${(total / 1e6).toFixed(1)} s busy (percentages below are of this), ${(idle / 1e6).toFixed(1)} s idle`);
print('self time by place', selfByPlace);
print('self time by function', selfByFunction);
print("total time of the project's functions", totalByOwnFunction);
