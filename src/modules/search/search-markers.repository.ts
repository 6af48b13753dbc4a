import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { likePrefix, pathUnderColumn } from '../access/scope-sql.ts';
import { marker } from './search-text.ts';

/** '#t': what every township marker lexeme starts with (see `marker.township`). */
const townshipMarkerPrefix = marker.township(0).slice(0, -1);

/**
 * After a subtree moved to `pathPrefix`, gives the search vectors of the cases placed in it the
 * township marker of their new position: the shallowest township or subdistrict on the place's
 * path, as `townshipOf` picks it at indexing time. Only townships on or below the prefix can be
 * that township, so each case looks among a handful of units. Answers how many vectors changed.
 */
export async function refreshTownshipMarkersUnder(db: Kysely<DB>, pathPrefix: string): Promise<number> {
  const pattern = likePrefix(pathPrefix);
  const markerPattern = likePrefix(townshipMarkerPrefix);
  const result = await sql`
    with town as (
      select id, path, depth from unit
      where type in ('township', 'subdistrict') and (${pathUnderColumn(sql.val(pathPrefix), sql.ref('path'))} or path like ${pattern})
    )
    update case_search s set search =
      ts_delete(s.search, array(select m.lexeme from unnest(s.search) m where m.lexeme like ${markerPattern}))
      || coalesce((select array_to_tsvector(array[${townshipMarkerPrefix}::text || t.id::text]) from town t where ${pathUnderColumn(sql.ref('c.place_path'), sql.ref('t.path'))} order by t.depth limit 1), ''::tsvector)
    from case_record c
    where c.id = s.case_id and c.place_path like ${pattern}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
