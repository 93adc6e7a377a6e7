/**
 * The engine in src/classifier is pure: it may not import the service's schema, database or
 * domain modules, nor GraphQL, an ORM or a network client. And data flows one way through its
 * stage folders: a stage imports only earlier stages (and the phrase data and shared types).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ApplicationStatus as EngineStatus } from '../../src/classifier/index.ts';
import type { ApplicationStatus as ModuleStatus } from '../../src/modules/applications/application-status.ts';
import { APPLICATION_STATUSES as ENGINE_STATUSES } from '../../src/classifier/index.ts';
import { APPLICATION_STATUSES as MODULE_STATUSES } from '../../src/modules/applications/application-status.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const engineRoot = resolve(projectRoot, 'src/classifier');
const FORBIDDEN_DIRS = ['src/schema', 'src/db', 'src/modules', 'src/providers', 'src/jobs'].map((d) => resolve(projectRoot, d));
const FORBIDDEN_PACKAGES = /^(?:graphql|graphql-yoga|graphql-ws|@pothos\/|@mikro-orm\/|pg$|ioredis|ws$|googleapis|@googleapis\/|@microsoft\/|node:(?:http|https|net|dns|fs|child_process))/;
/** Stage folders in the order a message passes them; a file may import from its own or an earlier stage. */
const STAGE_ORDER = ['phrases', 'prepare', 'read', 'model', 'decide', 'extract'];

function engineFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return engineFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s*'([^']+)'/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function stageOf(path: string): string | null {
  const first = relative(engineRoot, path).split(sep)[0]!;
  return STAGE_ORDER.includes(first) ? first : null;
}

const files = engineFiles(engineRoot);

describe('the classification engine is pure', () => {
  it('finds the engine files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports nothing from the schema, database, modules, providers, GraphQL, an ORM or the network', () => {
    const offences: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(engineRoot + sep)) offences.push(`${relative(projectRoot, file)} → ${spec} (outside src/classifier)`);
          if (FORBIDDEN_DIRS.some((d) => target.startsWith(d + sep))) offences.push(`${relative(projectRoot, file)} → ${spec}`);
        } else if (FORBIDDEN_PACKAGES.test(spec)) {
          offences.push(`${relative(projectRoot, file)} → ${spec}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('lets data flow one way through the stage folders', () => {
    const backwards: string[] = [];
    for (const file of files) {
      const from = stageOf(file);
      if (from === null) continue;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        const to = stageOf(target);
        if (to === null) {
          // Outside the stages only the shared types may be imported (classify.ts and index.ts sit on top).
          if (relative(engineRoot, target) !== 'classification.types.ts') backwards.push(`${relative(engineRoot, file)} → ${spec}`);
        } else if (STAGE_ORDER.indexOf(to) > STAGE_ORDER.indexOf(from)) {
          backwards.push(`${relative(engineRoot, file)} → ${spec}`);
        }
      }
    }
    expect(backwards).toEqual([]);
  });

  it('defines the application statuses it reads exactly as the applications module does', () => {
    expect([...ENGINE_STATUSES]).toEqual([...MODULE_STATUSES]);
    const sameUnion: [EngineStatus] extends [ModuleStatus] ? ([ModuleStatus] extends [EngineStatus] ? true : false) : false = true;
    expect(sameUnion).toBe(true);
  });
});
