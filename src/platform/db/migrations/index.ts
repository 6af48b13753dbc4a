import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-app-meta.ts';
import * as m0002 from './0002-organisation-access-audit.ts';
import * as m0003 from './0003-case-loop.ts';
import * as m0004 from './0004-task-lists.ts';
import * as m0005 from './0005-case-search.ts';
import * as m0007 from './0007-supervision-indexes.ts';
import * as m0008 from './0008-case-search-queue.ts';
import * as m0009 from './0009-task-search.ts';
import * as m0010 from './0010-notification-links.ts';
import * as m0011 from './0011-case-search-by-month.ts';
import * as m0012 from './0012-audit-tags.ts';
import * as m0013 from './0013-personal-data.ts';
import * as m0014 from './0014-sign-in-locks.ts';
import * as m0015 from './0015-recurrence-reasons.ts';
import * as m0016 from './0016-lookup-indexes.ts';
import * as m0017 from './0017-visit-channel.ts';
import * as m0018 from './0018-related-categories.ts';
import * as m0019 from './0019-patrols.ts';

/**
 * Every migration, in order. The same files run on PGlite and PostgreSQL, so write SQL that
 * PostgreSQL 15 accepts. Add a file `NNNN-what-it-does.ts` exporting up (and down) and list it here.
 */
export const migrations: Record<string, Migration> = {
  '0001-app-meta': m0001,
  '0002-organisation-access-audit': m0002,
  '0003-case-loop': m0003,
  '0004-task-lists': m0004,
  '0005-case-search': m0005,
  '0007-supervision-indexes': m0007,
  '0008-case-search-queue': m0008,
  '0009-task-search': m0009,
  '0010-notification-links': m0010,
  '0011-case-search-by-month': m0011,
  '0012-audit-tags': m0012,
  '0013-personal-data': m0013,
  '0014-sign-in-locks': m0014,
  '0015-recurrence-reasons': m0015,
  '0016-lookup-indexes': m0016,
  '0017-visit-channel': m0017,
  '0018-related-categories': m0018,
  '0019-patrols': m0019,
};
