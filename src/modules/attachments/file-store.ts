/**
 * Content-addressed storage of attachment bytes on the local disk.
 *
 * Each file lives at `<root>/<first 2 hex>/<sha256 hex>`, without extension.
 * Writes are atomic and durable: bytes go to a temporary file in the same
 * directory, are fsynced, renamed into place, and the directory is fsynced.
 * Identical content is stored once.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface StoredFile {
  sha256: string;
  size: number;
  /** False if identical content already existed. Under a race of identical puts, more than one may report true. */
  created: boolean;
}

export interface FileStore {
  readonly root: string;
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** Absolute path of a stored file; throws if the hash is not 64 lowercase hex chars. */
  pathOf(sha256: string): string;
  exists(sha256: string): Promise<boolean>;
  read(sha256: string): Promise<Buffer>;
  /** Deletes a stored file; no error if it is absent. */
  remove(sha256: string): Promise<void>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const FILE_MODE = 0o640;
/** Directory fsync is unsupported on some platforms (Windows, some filesystems). */
const UNSUPPORTED_DIR_SYNC = new Set(['EINVAL', 'EISDIR', 'EPERM']);

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error('Invalid attachment hash: expected 64 lowercase hex characters');
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!UNSUPPORTED_DIR_SYNC.has(errorCode(error) ?? '')) throw error;
  }
}

/** Creates the directory (mkdir -p) and fsyncs the parent of each directory it created. */
async function ensureDirectory(dir: string): Promise<void> {
  const firstCreated = await fs.mkdir(dir, { recursive: true });
  if (firstCreated === undefined) return;
  for (let created = dir; ; created = path.dirname(created)) {
    const parent = path.dirname(created);
    await syncDirectory(parent);
    if (created === path.resolve(firstCreated) || parent === created) return;
  }
}

/** True when a complete copy of `size` bytes is already stored at `file`. */
async function isStored(file: string, size: number): Promise<boolean> {
  try {
    const stats = await fs.stat(file);
    return stats.isFile() && stats.size === size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx', FILE_MODE);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function removeIfPresent(file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
}

/** Writes `bytes` to `file` atomically: temp file, fsync, rename, fsync the directory. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await ensureDirectory(dir);
  const temp = tempPathFor(file);
  try {
    await writeDurably(temp, bytes);
    await fs.rename(temp, file);
  } catch (error) {
    await removeIfPresent(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

export function createFileStore(root: string): FileStore {
  const absoluteRoot = path.resolve(root);

  const pathOf = (sha256: string): string => {
    assertSha256(sha256);
    return path.join(absoluteRoot, sha256.slice(0, 2), sha256);
  };

  const put = async (bytes: Uint8Array): Promise<StoredFile> => {
    const sha256 = sha256Of(bytes);
    const file = pathOf(sha256);
    const size = bytes.byteLength;
    if (await isStored(file, size)) return { sha256, size, created: false };
    // Racing puts of the same content each rename identical bytes into place: harmless.
    await writeAtomically(file, bytes);
    return { sha256, size, created: true };
  };

  const exists = async (sha256: string): Promise<boolean> => {
    try {
      return (await fs.stat(pathOf(sha256))).isFile();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    }
  };

  return {
    root: absoluteRoot,
    put,
    pathOf,
    exists,
    read: async (sha256) => fs.readFile(pathOf(sha256)),
    remove: async (sha256) => removeIfPresent(pathOf(sha256)),
  };
}
