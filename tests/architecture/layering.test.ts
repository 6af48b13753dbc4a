import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const src = path.join(repoRoot, 'src');

/** Every .ts file under a folder of src, tests included. */
function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(src, folder, file));
}

/** The files a source file imports by a relative path, resolved to absolute paths (libraries left out). */
function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.resolve(path.dirname(file), specifier));
}

/** "a imports b" for each import from one of `files` into one of the `forbidden` folders of src. */
function importsInto(files: string[], forbidden: string[]): string[] {
  const found: string[] = [];
  for (const file of files)
    for (const target of relativeImports(file))
      if (forbidden.some((folder) => target.startsWith(path.join(src, folder) + path.sep)))
        found.push(`${path.relative(repoRoot, file)} imports ${path.relative(repoRoot, target)}`);
  return found;
}

describe('layering', () => {
  it('src/platform imports nothing from src/modules or src/app', () => {
    const files = sourceFiles('platform');
    expect(files.length).toBeGreaterThan(20);
    expect(importsInto(files, ['modules', 'app'])).toEqual([]);
  });

  it('the check sees a wrong-way import when there is one', () => {
    // src/app wires the modules together, so its files import them: the same check lists them.
    expect(importsInto(sourceFiles('app'), ['modules']).length).toBeGreaterThan(0);
  });
});
