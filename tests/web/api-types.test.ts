import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiTypesFile, generateApiTypes } from '../../scripts/api-types.ts';

describe('the web API types (src/web/api/openapi.d.ts)', () => {
  it('match the server’s OpenAPI document', { timeout: 120_000 }, async () => {
    const fresh = await generateApiTypes();
    const committed = fs.existsSync(apiTypesFile) ? fs.readFileSync(apiTypesFile, 'utf8') : '';
    expect(committed === fresh, 'src/web/api/openapi.d.ts is stale: run `npm run api:types` and commit it').toBe(true);
  });
});
