import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../platform/config/config.ts';
import { deriveAuditKey, generatedKeyPath, loadAuditKey } from './audit-key.ts';

const hex = 'ab'.repeat(32);

describe('the audit key', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });
  const config = (env: Record<string, string>) => {
    folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-key-'));
    return parseConfig({ DATA_DIR: folder, ...env }, folder);
  };

  it('comes from AUDIT_KEY or AUDIT_KEY_FILE before DATA_DIR, and the same key gives the same derived keys', () => {
    const fromEnv = loadAuditKey(config({ AUDIT_KEY: hex }), undefined, { generate: true });
    expect(fromEnv?.source).toBe('AUDIT_KEY');
    const file = path.join(folder!, 'elsewhere.key');
    fs.writeFileSync(file, `${Buffer.from(hex, 'hex').toString('base64')}\n`);
    const fromFile = loadAuditKey(config({ AUDIT_KEY_FILE: file }), undefined, { generate: true });
    expect(fromFile?.source).toBe('AUDIT_KEY_FILE');
    expect(fromFile?.key.id).toBe(fromEnv?.key.id);
    expect(fs.existsSync(generatedKeyPath(folder!))).toBe(false);
    // The row-tag key is HMAC(key, purpose), and tags are plain HMAC-SHA256 with it (however computed).
    const tagKey = createHmac('sha256', Buffer.from(hex, 'hex')).update('luoshi audit row tag v1').digest();
    for (const message of ['', '审计', 'x'.repeat(200)])
      expect(deriveAuditKey(Buffer.from(hex, 'hex')).tag(message, 'hex')).toBe(
        createHmac('sha256', tagKey).update(message).digest('hex'),
      );
    expect(fromFile?.key.tag('m', 'base64url')).toBe(fromEnv?.key.tag('m', 'base64url'));
  });

  it('refuses a key file that cannot be read or holds too short a key, naming AUDIT_KEY_FILE', () => {
    const file = path.join(config({}).dataDir, 'short.key');
    fs.writeFileSync(file, 'abcd\n');
    expect(() => loadAuditKey(config({ AUDIT_KEY_FILE: file }), undefined, { generate: true })).toThrow(
      /AUDIT_KEY_FILE/,
    );
    expect(() => loadAuditKey(config({ AUDIT_KEY_FILE: `${file}.missing` }), undefined, { generate: true })).toThrow(
      ConfigError,
    );
  });

  it('is made on PostgreSQL in development (with the warning) but refused in production, and never made for verification', () => {
    const url = 'postgres://luoshi@db:5432/luoshi';
    expect(loadAuditKey(config({ DATABASE_URL: url }), undefined, { generate: false })).toBeUndefined();
    expect(() =>
      loadAuditKey(config({ DATABASE_URL: url, NODE_ENV: 'production' }), undefined, { generate: true }),
    ).toThrow(/AUDIT_KEY or AUDIT_KEY_FILE must be set in production/);
    expect(fs.existsSync(generatedKeyPath(folder!))).toBe(false);
    const warnings: string[] = [];
    const logger = { warn: (_: unknown, message: string) => warnings.push(message) };
    const made = loadAuditKey(config({ DATABASE_URL: url }), logger as never, { generate: true });
    expect(made?.source).toBe('generated');
    expect(fs.statSync(generatedKeyPath(folder!)).mode & 0o777).toBe(0o600);
    expect(warnings).toEqual([expect.stringContaining('BACK IT UP')]);
    expect(loadAuditKey(config({ DATABASE_URL: url }), undefined, { generate: false })?.key.id).toBe(made?.key.id);
  });
});
