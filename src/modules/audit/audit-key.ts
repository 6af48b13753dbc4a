import { type BinaryToTextEncoding, createHash, createHmac, type Hash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type AppConfig, ConfigError, decodeAuditKey } from '../../platform/config/config.ts';
import type { Logger } from '../../platform/logging/logger.ts';

/**
 * The audit trail's secret (审计密钥), held by the application and never by the database: rows are
 * tagged with it when written, the chain is linked with it when sealed, and the checkpoint outside
 * the database is signed with it. One key, three derived keys, so no value serves two purposes.
 */
export interface AuditKey {
  /** A public fingerprint of the key (it reveals nothing of it): checkpoints name the key they were signed with. */
  readonly id: string;
  readonly tag: Mac;
  readonly chain: Mac;
  readonly checkpoint: Mac;
}

/**
 * HMAC-SHA256 (RFC 2104) with the key's inner and outer pads hashed once and their states copied
 * for each message: the same values as crypto.createHmac, which sets the key up anew on every call
 * (about 30 µs, ten times the hashing of an audit row).
 */
export interface Mac {
  (data: string, encoding: BinaryToTextEncoding): string;
}

function macOf(key: Buffer): Mac {
  const block = Buffer.alloc(64);
  (key.length > 64 ? createHash('sha256').update(key).digest() : key).copy(block);
  const pad = (byte: number) => Buffer.from(block.map((b) => b ^ byte));
  const inner: Hash = createHash('sha256').update(pad(0x36));
  const outer: Hash = createHash('sha256').update(pad(0x5c));
  return (data, encoding) => outer.copy().update(inner.copy().update(data).digest()).digest(encoding);
}

export function deriveAuditKey(raw: Buffer): AuditKey {
  const derive = (purpose: string) => createHmac('sha256', raw).update(`luoshi audit ${purpose} v1`).digest();
  return {
    id: derive('key id').subarray(0, 8).toString('hex'),
    tag: macOf(derive('row tag')),
    chain: macOf(derive('chain link')),
    checkpoint: macOf(derive('checkpoint')),
  };
}

/** Where a key generated at first start is kept: DATA_DIR/audit.key (mode 0600). */
export function generatedKeyPath(dataDir: string): string {
  return path.join(dataDir, 'audit.key');
}

export type AuditKeySource = 'AUDIT_KEY' | 'AUDIT_KEY_FILE' | 'DATA_DIR' | 'generated';

function readKeyFile(file: string, variable: string): Buffer {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError([`${variable}: the audit key file ${file} cannot be read (${(error as Error).message})`]);
  }
  const key = decodeAuditKey(text);
  if (!key) throw new ConfigError([`${variable}: ${file} must hold hex or base64 of at least 32 bytes`]);
  return key;
}

/**
 * The audit key from AUDIT_KEY, AUDIT_KEY_FILE or DATA_DIR/audit.key. With none of them and
 * `generate`, a new key is written to DATA_DIR/audit.key (0600) with a warning to back it up, except
 * for a production installation on PostgreSQL: there several instances may share the database and
 * each would make its own key, and the database's backups would not hold it, so start-up is refused
 * until the key is given. Without `generate` (verification), answers undefined when there is none.
 */
export function loadAuditKey(
  config: Pick<AppConfig, 'env' | 'dataDir' | 'databaseUrl' | 'audit'>,
  logger: Logger | undefined,
  options: { generate: boolean },
): { key: AuditKey; source: AuditKeySource } | undefined {
  if (config.audit.key) return { key: deriveAuditKey(config.audit.key), source: 'AUDIT_KEY' };
  if (config.audit.keyFile)
    return { key: deriveAuditKey(readKeyFile(config.audit.keyFile, 'AUDIT_KEY_FILE')), source: 'AUDIT_KEY_FILE' };
  const file = generatedKeyPath(config.dataDir);
  if (fs.existsSync(file)) return { key: deriveAuditKey(readKeyFile(file, 'DATA_DIR')), source: 'DATA_DIR' };
  if (!options.generate) return undefined;
  if (config.databaseUrl && config.env === 'production') {
    throw new ConfigError([
      'AUDIT_KEY or AUDIT_KEY_FILE must be set in production with DATABASE_URL: every instance needs the same audit key, kept apart from the database (e.g. openssl rand -base64 32)',
    ]);
  }
  const raw = randomBytes(32);
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    // 'wx': a second process starting at the same moment finds the file and reads it instead.
    fs.writeFileSync(file, `${raw.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return { key: deriveAuditKey(readKeyFile(file, 'DATA_DIR')), source: 'DATA_DIR' };
    throw error;
  }
  logger?.warn(
    { file },
    `audit key generated at ${file}: BACK IT UP and keep it apart from the database backups; without it the audit trail cannot be verified (or set AUDIT_KEY / AUDIT_KEY_FILE)`,
  );
  return { key: deriveAuditKey(raw), source: 'generated' };
}

let installed: AuditKey | undefined;

/** Makes `key` the one `recordAudit` tags rows with in this process (at start-up, before any write). */
export function installAuditKey(key: AuditKey): void {
  installed = key;
}

export function installedAuditKey(): AuditKey | undefined {
  return installed;
}

export function requireAuditKey(): AuditKey {
  if (!installed) throw new Error('no audit key installed: start-up must call installAuditKey before writing');
  return installed;
}
