/**
 * Names for the shapes of the server's JSON, taken from the generated src/web/api/openapi.d.ts
 * (`npm run api:types`), so the web app cannot drift from the route schemas.
 * Paths are written as the web calls them, without the /api/v1 prefix: `ApiResponse<'/units/{id}'>`.
 */
import type { paths } from './openapi.d.ts';

type V1 = { [K in keyof paths as K extends `/api/v1${infer Rest}` ? Rest : never]: paths[K] };

export type ApiPath = keyof V1;
export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Json<R, Status extends number> = R extends { [S in Status]: { content: { 'application/json': infer Body } } }
  ? Body
  : never;

type Success<R> = [Json<R, 200>] extends [never] ? Json<R, 201> : Json<R, 200>;

/** The JSON body a route answers with on success (200, else 201). */
export type ApiResponse<P extends ApiPath, M extends ApiMethod = 'get'> = V1[P][M] extends { responses: infer R }
  ? Success<R>
  : never;

/** The JSON body a route takes. */
export type ApiBody<P extends ApiPath, M extends ApiMethod = 'post'> = V1[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** The query string a route takes. */
export type ApiQuery<P extends ApiPath, M extends ApiMethod = 'get'> = V1[P][M] extends {
  parameters: { query?: infer Query };
}
  ? NonNullable<Query>
  : never;

/** One item of a list answer (`{ items: [...] }`). */
export type ApiItem<P extends ApiPath, M extends ApiMethod = 'get'> =
  ApiResponse<P, M> extends { items: (infer Item)[] } ? Item : never;
