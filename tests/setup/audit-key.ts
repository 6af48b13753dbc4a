import { installAuditKey } from '../../src/modules/audit/audit-key.ts';
import { testAuditKey } from '../helpers/audit-key.ts';

// Every test process writes audit rows tagged with one fixed key, as a server does with its own
// (tests of key loading and of a wrong key make theirs).
installAuditKey(testAuditKey);
