import { deriveAuditKey } from '../../src/modules/audit/audit-key.ts';

/** The audit key every test process tags rows with (installed by tests/setup/audit-key.ts), as AUDIT_KEY would give it. */
export const testAuditKeyHex = 'a0d17ce55e1ec7ab1e5ea1ed0f0e7e57a0d17ce55e1ec7ab1e5ea1ed0f0e7e57';

export const testAuditKey = deriveAuditKey(Buffer.from(testAuditKeyHex, 'hex'));
