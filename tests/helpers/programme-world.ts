import type { Database } from '../../src/platform/db/database.ts';
import { type CaseWorld, createCaseWorld } from './case-world.ts';

/**
 * The test district (through the case world: units, people, categories, the real app) and helpers
 * to call the task-list API as one of its people.
 */
export interface ProgrammeWorld extends CaseWorld {
  call(
    login: string | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<{ status: number; body: any }>;
  /** Creates a programme as the office and answers its id (a draft unless `activate`). */
  programme(overrides?: Record<string, unknown>, activate?: boolean): Promise<number>;
  task(programmeId: number, body: Record<string, unknown>): Promise<any>;
}

export async function createProgrammeWorld(
  database: Database,
  env: Record<string, string> = {},
): Promise<ProgrammeWorld> {
  const world = await createCaseWorld(database, env);
  const call: ProgrammeWorld['call'] = async (login, method, url, payload) => {
    const session = login ? await world.as(login) : null;
    const res = await world.app.inject({
      method,
      url: `/api/v1${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: session?.headers() ?? {},
    });
    return { status: res.statusCode, body: res.body ? res.json() : null };
  };
  return {
    ...world,
    call,
    async programme(overrides = {}, activate = true) {
      const created = await call('office', 'POST', '/programmes', {
        title: '测试清单',
        kind: 'campaign',
        ownerUnitId: await world.unitId('D01'),
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        ...overrides,
      });
      if (created.status !== 201)
        throw new Error(`programme not created: ${created.status} ${JSON.stringify(created.body)}`);
      if (activate) {
        const activated = await call('office', 'POST', `/programmes/${created.body.id}/activate`, {});
        if (activated.status !== 200)
          throw new Error(`programme not activated: ${activated.status} ${JSON.stringify(activated.body)}`);
      }
      return created.body.id as number;
    },
    async task(programmeId, body) {
      const res = await call('office', 'POST', `/programmes/${programmeId}/tasks`, body);
      if (res.status !== 201) throw new Error(`task not created: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
  };
}
