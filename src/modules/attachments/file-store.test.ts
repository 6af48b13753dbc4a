import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStore } from './file-store.ts';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Every file below `dir`, as paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe('createFileStore', () => {
  const dirs: string[] = [];
  const tempRoot = async (): Promise<string> => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'luoshi-att-'));
    dirs.push(dir);
    return path.join(dir, 'attachments');
  };
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  it('round-trips bytes: put, exists, read, remove', async () => {
    const store = createFileStore(await tempRoot());
    const content = Buffer.from('落实 — 案件附件');

    const stored = await store.put(content);
    expect(stored).toEqual({ sha256: sha256(content), size: content.byteLength, created: true });
    expect(await store.exists(stored.sha256)).toBe(true);
    expect(await store.read(stored.sha256)).toEqual(content);

    await store.remove(stored.sha256);
    expect(await store.exists(stored.sha256)).toBe(false);
    await expect(store.read(stored.sha256)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lays files out as <root>/<first 2 hex>/<hash>, under an absolute root', async () => {
    const root = await tempRoot();
    const store = createFileStore(root);
    const { sha256: hash } = await store.put(Uint8Array.from([1, 2, 3]));

    expect(path.isAbsolute(store.root)).toBe(true);
    expect(store.pathOf(hash)).toBe(path.join(root, hash.slice(0, 2), hash));
    expect(await listFiles(root)).toEqual([path.join(hash.slice(0, 2), hash)]);
  });

  it('stores identical content once: same hash, created false', async () => {
    const root = await tempRoot();
    const store = createFileStore(root);
    const first = await store.put(Buffer.from('same bytes'));
    const second = await store.put(new TextEncoder().encode('same bytes'));

    expect(first.created).toBe(true);
    expect(second).toEqual({ sha256: first.sha256, size: first.size, created: false });
    expect(await listFiles(root)).toHaveLength(1);
  });

  it('names files by the SHA-256 of their content', async () => {
    const store = createFileStore(await tempRoot());
    const empty = await store.put(new Uint8Array(0));
    expect(empty.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(empty.size).toBe(0);

    const content = randomBytes(4096);
    expect((await store.put(content)).sha256).toBe(sha256(content));
  });

  it('hashes only the viewed bytes of a Uint8Array that is a slice of a larger buffer', async () => {
    const store = createFileStore(await tempRoot());
    const whole = Buffer.from('xxHELLOxx');
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 2, 5);

    const stored = await store.put(view);
    expect(stored.sha256).toBe(sha256(Buffer.from('HELLO')));
    expect((await store.read(stored.sha256)).toString()).toBe('HELLO');
  });

  it('refuses anything that is not 64 lowercase hex characters', async () => {
    const store = createFileStore(await tempRoot());
    const valid = sha256(Buffer.from('x'));
    const invalid = [
      '../../etc/passwd',
      '',
      valid.toUpperCase(),
      valid.slice(1),
      `${valid}0`,
      `../${valid.slice(3)}`,
      `${valid.slice(0, 63)}/`,
      `${valid}\n`,
    ];

    expect(store.pathOf(valid)).toContain(valid);
    for (const hash of invalid) {
      expect(() => store.pathOf(hash)).toThrow(/64 lowercase hex/);
      await expect(store.exists(hash)).rejects.toThrow(/64 lowercase hex/);
      await expect(store.read(hash)).rejects.toThrow(/64 lowercase hex/);
      await expect(store.remove(hash)).rejects.toThrow(/64 lowercase hex/);
    }
  });

  it('removes an absent file without error', async () => {
    const store = createFileStore(await tempRoot());
    await expect(store.remove(sha256(Buffer.from('never stored')))).resolves.toBeUndefined();
  });

  it('lets 20 concurrent puts of the same content all succeed, leaving one file and no temp files', async () => {
    const root = await tempRoot();
    const store = createFileStore(root);
    const content = randomBytes(256 * 1024);

    const results = await Promise.all(Array.from({ length: 20 }, () => store.put(content)));

    const hash = sha256(content);
    expect(results.every((result) => result.sha256 === hash && result.size === content.byteLength)).toBe(true);
    expect(results.some((result) => result.created)).toBe(true);
    expect(await listFiles(root)).toEqual([path.join(hash.slice(0, 2), hash)]);
    expect(await store.read(hash)).toEqual(content);
  });

  it('stores different content side by side under concurrency', async () => {
    const root = await tempRoot();
    const store = createFileStore(root);
    const contents = Array.from({ length: 20 }, (_, index) => Buffer.from(`file ${index}`));

    const results = await Promise.all(contents.map((content) => store.put(content)));

    expect(new Set(results.map((result) => result.sha256)).size).toBe(20);
    expect(await listFiles(root)).toHaveLength(20);
    for (const [index, result] of results.entries()) expect(await store.read(result.sha256)).toEqual(contents[index]);
  });

  it('stores a large (5 MB) buffer intact', async () => {
    const store = createFileStore(await tempRoot());
    const content = randomBytes(5 * 1024 * 1024);

    const stored = await store.put(content);
    expect(stored).toEqual({ sha256: sha256(content), size: 5 * 1024 * 1024, created: true });
    const read = await store.read(stored.sha256);
    expect(read.equals(content)).toBe(true);
  });

  it('replaces a stored file whose size shows it is incomplete', async () => {
    const store = createFileStore(await tempRoot());
    const content = Buffer.from('complete content');
    const { sha256: hash } = await store.put(content);
    await fs.writeFile(store.pathOf(hash), 'compl');

    expect((await store.put(content)).created).toBe(true);
    expect(await store.read(hash)).toEqual(content);
  });
});
