import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No loops between feature folders: the folder-level graph of `src/modules/*`, from the static
 * imports (type-only ones too) of their source files, has no cycle. A loop means two modules can
 * only be understood, tested and changed together; break it by moving the shared piece to the
 * lower module or to src/shared, or by passing what is needed as a parameter. Test files are left
 * out: a test may drive several modules at once.
 */

const modulesDir = path.resolve(import.meta.dirname, '../../src/modules');
const importPattern = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Source files under a folder, tests excluded. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The module folder a path lies in, or null for anything outside a module folder. */
function moduleOf(file: string): string | null {
  const parts = path.relative(modulesDir, file).split(path.sep);
  return parts.length >= 2 && parts[0] !== '..' ? (parts[0] ?? null) : null;
}

/** from → to → the imports (file → file) that make the edge. */
function moduleGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(modulesDir)) {
    const from = moduleOf(file);
    if (from === null) continue;
    const edges = graph.get(from) ?? new Map<string, string[]>();
    graph.set(from, edges);
    for (const match of fs.readFileSync(file, 'utf8').matchAll(importPattern)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      const to = moduleOf(target);
      if (to === null || to === from) continue;
      const why = `${path.relative(modulesDir, file)} → ${path.relative(modulesDir, target)}`;
      edges.set(to, [...(edges.get(to) ?? []), why]);
    }
  }
  return graph;
}

/** The strongly connected components of more than one module (Tarjan): each holds at least one loop. */
function loops(graph: Map<string, Map<string, string[]>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      for (let top = stack.pop(); top !== undefined; top = top === node ? undefined : stack.pop()) component.push(top);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

function describeLoop(graph: Map<string, Map<string, string[]>>, component: readonly string[]): string {
  const lines = [`loop between ${component.join(', ')}:`];
  for (const from of component)
    for (const [to, why] of graph.get(from) ?? [])
      if (component.includes(to)) lines.push(`  ${from} → ${to}`, ...why.map((w) => `      ${w}`));
  return lines.join('\n');
}

describe('imports between module folders', () => {
  it('finds the imports it is meant to check', () => {
    const graph = moduleGraph();
    expect(graph.get('cases')?.has('access')).toBe(true);
    expect(graph.size).toBeGreaterThan(10);
  });

  it('form no loop', () => {
    const graph = moduleGraph();
    const report = loops(graph).map((component) => describeLoop(graph, component));
    expect(report.join('\n\n'), report.join('\n\n')).toBe('');
  });
});
