import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { canonicalJson } from './audit-chain.ts';
import type { AuditKey } from './audit-key.ts';

/**
 * The chain head kept outside the database (审计检查点): seq and link of the last sealed row, when,
 * by which instance, signed with the audit key. Whoever rewinds the database (deletes the last rows
 * and moves its stored head back) cannot rewind this file without the key, so verification finds
 * the chain shorter than it once was.
 */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  instance: string;
}

export const checkpointFileName = 'audit-checkpoint.json';

export function checkpointPath(dir: string): string {
  return path.join(dir, checkpointFileName);
}

function sign(key: AuditKey, checkpoint: AuditCheckpoint & { keyId: string }): string {
  return key.checkpoint(
    canonicalJson({
      v: 1,
      seq: checkpoint.seq,
      hash: checkpoint.hash,
      at: checkpoint.at,
      instance: checkpoint.instance,
      keyId: checkpoint.keyId,
    }),
    'hex',
  );
}

/** Writes the checkpoint atomically (a temporary file renamed over the old one). */
export function writeCheckpoint(dir: string, key: AuditKey, checkpoint: AuditCheckpoint): void {
  const content = { ...checkpoint, keyId: key.id };
  const text = `${JSON.stringify({ ...content, mac: sign(key, content) }, null, 2)}\n`;
  fs.mkdirSync(dir, { recursive: true });
  const file = checkpointPath(dir);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

export type CheckpointReading =
  | { status: 'absent' }
  | { status: 'bad-signature'; detail: string }
  | { status: 'wrong-key'; keyId: string }
  | { status: 'ok'; checkpoint: AuditCheckpoint };

/** Reads and checks the checkpoint in `dir`. */
export function readCheckpoint(dir: string, key: AuditKey): CheckpointReading {
  let text: string;
  try {
    text = fs.readFileSync(checkpointPath(dir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'absent' };
    throw error;
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { status: 'bad-signature', detail: 'the checkpoint file is not JSON' };
  }
  const { seq, hash, at, instance, keyId, mac } = parsed;
  if (
    typeof seq !== 'number' ||
    !Number.isSafeInteger(seq) ||
    typeof hash !== 'string' ||
    typeof at !== 'string' ||
    typeof instance !== 'string' ||
    typeof keyId !== 'string' ||
    typeof mac !== 'string'
  )
    return { status: 'bad-signature', detail: 'the checkpoint file lacks a field' };
  if (keyId !== key.id) return { status: 'wrong-key', keyId };
  const expected = Buffer.from(sign(key, { seq, hash, at, instance, keyId }));
  const actual = Buffer.from(mac);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
    return { status: 'bad-signature', detail: 'the signature does not match the content' };
  return { status: 'ok', checkpoint: { seq, hash, at, instance } };
}
