import { type Kysely, sql } from 'kysely';

/**
 * 个人信息标记与遮蔽副本: the columns that hold personal data are marked (a column comment starting
 * `personal data:`), and a case gains the masked copies lists, search, exports and public feeds
 * read instead of the originals: `description_masked` (numbers, ID numbers, plates, the reporter's
 * name and house numbers hidden) and `address_masked` (the address to its road or community).
 * Rows written before this migration are masked here by a frozen, simpler rule (the application
 * masks new rows more finely); their titles, notification texts and the citizen names in case
 * timelines are masked in place, and every case is queued to be indexed again from the masked text.
 */

const marks: readonly [string, string, string][] = [
  ['person', 'display_name', 'the name of a citizen or a member of staff'],
  ['person', 'mobile', 'a mobile number'],
  ['person', 'email', 'an e-mail address'],
  ['case_record', 'description', 'free text of the citizen; description_masked for readers without pii.read'],
  ['case_record', 'address', 'an exact address; address_masked for readers without pii.read'],
  ['case_record', 'reporter_name', 'the reporter name'],
  ['case_record', 'reporter_mobile', 'the reporter mobile'],
  ['case_record', 'extra', 'intake fields the citizen filled in (may hold plates, numbers, names)'],
  ['case_event', 'note', 'free text that may quote the citizen'],
  ['topic', 'description', 'free text of the proposer'],
];

/** The frozen rule: the same regular expressions on both databases (PostgreSQL ARE). */
function masked(column: ReturnType<typeof sql.ref>, name: ReturnType<typeof sql.ref> | null) {
  const named = name
    ? sql`case when char_length(coalesce(${name}, '')) >= 2 then replace(${column}, ${name}, left(${name}, 1) || repeat('*', char_length(${name}) - 1)) else ${column} end`
    : column;
  return sql`regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(${named},
    '(?<![0-9A-Za-z])[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])', '******************', 'g'),
    '(?<![0-9A-Za-z])([0-9]{4}[ -]?){3}[0-9]{4,7}(?![0-9A-Za-z])', '****************', 'g'),
    '(?<![0-9])((\\+|00)?86[ -]?)?1[3-9][0-9]([ -]?[0-9]{4}){2}(?![0-9])', '1**********', 'g'),
    '(?<![0-9])0[0-9]{2,3}[ -]?[0-9]{7,8}(?![0-9])', '0**********', 'g'),
    '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}', '*******', 'g'),
    '(?<![0-9０-９月第])[0-9０-９]+(?=号|栋|幢|座|单元|室|户|层|楼|弄)', '*', 'g')`;
}

const citizenMask = (label: ReturnType<typeof sql.ref>) =>
  sql`case when char_length(${label}) >= 4 then left(${label}, 2) || repeat('*', char_length(${label}) - 2)
    when char_length(${label}) >= 2 then left(${label}, 1) || repeat('*', char_length(${label}) - 1) else '*' end`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column, what] of marks) {
    await sql`comment on column ${sql.table(table)}.${sql.ref(column)} is ${sql.lit(`personal data: ${what}`)}`.execute(
      db,
    );
  }
  await sql`alter table case_record add column description_masked text, add column address_masked text`.execute(db);
  await sql`comment on column case_record.description_masked is 'masked copy of description (no personal data)'`.execute(
    db,
  );
  await sql`comment on column case_record.address_masked is 'address to its road or community (no house number)'`.execute(
    db,
  );
  await sql`update case_record set
      description_masked = ${masked(sql.ref('description'), sql.ref('reporter_name'))},
      title = ${masked(sql.ref('title'), sql.ref('reporter_name'))},
      address_masked = nullif(regexp_replace(regexp_replace(coalesce(address, ''), '[甲乙丙丁]?[0-9０-９].*$', ''), '[ ,，、#-]+$', ''), '')`.execute(
    db,
  );
  await sql`update case_event e set actor_label = ${citizenMask(sql.ref('e.actor_label'))}
    from person p where p.id = e.actor_id and p.kind = 'citizen' and e.actor_label is not null`.execute(db);
  await sql`update notification n set title = ${masked(sql.ref('n.title'), sql.ref('c.reporter_name'))}
    from case_record c where c.id = n.case_id`.execute(db);
  await sql`insert into case_search_queue (case_id) select id from case_record on conflict do nothing`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_record drop column if exists description_masked, drop column if exists address_masked`.execute(
    db,
  );
}
