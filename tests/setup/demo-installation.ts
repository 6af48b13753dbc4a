import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: where this run keeps its one prepared demo installation (the demo district
 * with its cases and task lists, indexed for search), which every browser test file copies instead
 * of loading the demo again. Only the folder is made here: the first browser test file to need the
 * installation prepares it (tests/helpers/demo-installation.ts), so a run without browser tests
 * pays nothing.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** An empty folder of this run, for the prepared demo installation. */
    demoInstallationFolder: string;
  }
}

export default function setup(project: TestProject): () => void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-test-demo-'));
  project.provide('demoInstallationFolder', folder);
  return () => fs.rmSync(folder, { recursive: true, force: true });
}
