// The dependency picture of renderer/src/features (ARCHITECTURE.md): a feature uses another
// only through that feature's index.ts, and the features form no cycle — which is what lets
// each area's pages load alone (route-level code splitting).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FEATURES = fileURLToPath(new URL('../../../renderer/src/features/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const SPECIFIER = /(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g;

type Edge = { from: string; to: string; file: string; target: string };

function featureOf(path: string): string | undefined {
  const rel = relative(FEATURES, path);
  return rel.startsWith('..') ? undefined : rel.split(sep)[0];
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles(FEATURES)) {
    const from = featureOf(file)!;
    for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = resolve(dirname(file), m[1]!);
      const to = featureOf(target);
      if (to && to !== from) out.push({ from, to, file: relative(FEATURES, file), target: relative(FEATURES, target) });
    }
  }
  return out;
}

function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the features depend on each other only downward', () => {
  const all = edges();

  it('uses another feature only through its index.ts', () => {
    const bad = all.filter((e) => e.target !== `${e.to}` && e.target !== `${e.to}${sep}index`).map((e) => `${e.file} → ${e.target}`);
    expect(bad).toEqual([]);
  });

  it('has no cycle', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of all) graph.set(e.from, (graph.get(e.from) ?? new Set()).add(e.to));
    expect(findCycle(graph)).toBeNull();
  });
});
