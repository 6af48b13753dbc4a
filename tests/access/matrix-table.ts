import type { HttpSession } from '../helpers/http-session.ts';
import { type ActorName, actorNames, type Answer, type Side, type World } from './matrix-world.ts';

/**
 * One protected route of the matrix: how to call it as someone on a record in or out of their
 * scope, and what each person must get. `expect` is a literal row per side, one letter per person
 * in the order of `actorNames`: o answered (2xx), f 403, h 404, u 401, c 409, v 422, b 400. When
 * `out` is left out the route has no record of its own (a list, a create) and both sides expect
 * the same. A function instead gives the exact status (the unit and people rows).
 */
export interface RouteCheck {
  /** The method and the OpenAPI path, as the app lists it. */
  route: string;
  /** Tells apart two checks of one route. */
  label?: string;
  run(world: World, session: HttpSession, side: Side, name: ActorName): Promise<Answer>;
  expect: { in: string; out?: string } | ((world: World, name: ActorName, side: Side) => number);
}

export type Outcome = 'o' | 'f' | 'h' | 'u' | 'c' | 'v' | 'b';
const statuses: Record<Exclude<Outcome, 'o'>, number> = { f: 403, h: 404, u: 401, c: 409, v: 422, b: 400 };

export function expectedOf(check: RouteCheck, world: World, name: ActorName, side: Side): Outcome | number {
  if (typeof check.expect === 'function') return check.expect(world, name, side);
  const row = side === 'out' ? (check.expect.out ?? check.expect.in) : check.expect.in;
  if (row.length !== actorNames.length)
    throw new Error(`${check.route}: row "${row}" is not ${actorNames.length} long`);
  return row[actorNames.indexOf(name)] as Outcome;
}

export function matches(expected: Outcome | number, status: number): boolean {
  if (typeof expected === 'number') return status === expected;
  return expected === 'o' ? status >= 200 && status < 300 : status === statuses[expected];
}

/** The letter a status stands for, to print what a run saw. */
export function letterOf(status: number): string {
  if (status >= 200 && status < 300) return 'o';
  const found = Object.entries(statuses).find(([, s]) => s === status);
  return found ? found[0] : `[${status}]`;
}
