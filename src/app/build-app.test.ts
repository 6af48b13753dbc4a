import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/helpers/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/helpers/test-databases.ts';
import { AppError } from '../platform/errors/app-error.ts';
import type { App } from '../platform/http/types.ts';

const uuidLike = /^[0-9a-f-]{36}$/;

describe('HTTP application', () => {
  let testDb: TestDatabase;
  let app: App;
  let webRoot: string;

  beforeAll(async () => {
    testDb = await openTestDatabase('pglite');
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-web-'));
    fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>落实</title><div id="root"></div>');
    fs.mkdirSync(path.join(webRoot, 'assets'));
    fs.writeFileSync(path.join(webRoot, 'assets', 'app-abc123.js'), 'console.info(1)');
    fs.writeFileSync(path.join(webRoot, 'assets', 'app-abc123.js.br'), zlib.brotliCompressSync('console.info(1)'));
    app = await createTestApp(testDb.database, { webRoot, env: { BODY_LIMIT: '2048' } });
    // Routes that exist only to exercise the error paths.
    app.post(
      '/api/test/echo',
      { schema: { body: Type.Object({ name: Type.String({ minLength: 1 }), count: Type.Integer({ minimum: 0 }) }) } },
      async (request) => request.body,
    );
    app.get('/api/test/boom', async () => {
      throw new Error('secret connection string postgres://admin:hunter2@db');
    });
    app.get('/api/test/conflict', async () => {
      throw new AppError('VERSION_CONFLICT', { details: { expected: 3, actual: 4 } });
    });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    await testDb.dispose();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers /healthz and /readyz with the database kind', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: 'pglite' });
  });

  it('answers malformed JSON with 400 MALFORMED_JSON and a request id', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "x",',
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('MALFORMED_JSON');
    expect(error.message).toMatch(/JSON/);
    expect(error.requestId).toMatch(uuidLike);
    expect(res.headers['x-request-id']).toBe(error.requestId);
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(5000), count: 1 }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/x-thing' },
      payload: 'a=1',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers invalid fields with 400 VALIDATION_FAILED listing each field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: '', count: -1 } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/count', '/name']);
    const missing = await app.inject({ method: 'POST', url: '/api/test/echo', payload: {} });
    expect(
      missing
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['/count', '/name']);
  });

  it('answers an unknown API route with 404 ROUTE_NOT_FOUND, in English when asked', async () => {
    const zh = await app.inject('/api/v1/nothing-here');
    expect(zh.statusCode).toBe(404);
    expect(zh.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: '请求的地址不存在。' });
    const en = await app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.json().error.message).toBe('No such address.');
  });

  it('answers an unknown failure with 500, the request id, and nothing internal', async () => {
    const res = await app.inject({ url: '/api/test/boom', headers: { 'x-request-id': 'trace-42' } });
    expect(res.statusCode).toBe(500);
    const { error } = res.json();
    expect(error).toEqual({ code: 'INTERNAL', message: expect.any(String), requestId: 'trace-42' });
    expect(res.body).not.toMatch(/hunter2|postgres:|Error|stack/);
  });

  it('maps an AppError code to its status with details', async () => {
    const res = await app.inject('/api/test/conflict');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { expected: 3, actual: 4 } });
  });

  it('ignores a request id that is not safe to log', async () => {
    const res = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id\nwith newline' } });
    expect(res.headers['x-request-id']).toMatch(uuidLike);
  });

  it('sends security headers', async () => {
    const res = await app.inject('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('publishes OpenAPI generated from the route schemas, and a docs page', async () => {
    const spec = (await app.inject('/api/openapi.json')).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/api/v1/system/info']));
    expect(
      spec.paths['/api/v1/system/info'].get.responses['200'].content['application/json'].schema.properties.database,
    ).toBeDefined();
    const docs = await app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('serves the web app, its hashed assets cached for long, and deep links from index.html', async () => {
    const root = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('落实');
    const asset = await app.inject('/assets/app-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const deep = await app.inject({ url: '/cases/123', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<div id="root">');
    const compressed = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(compressed.rawPayload).toString()).toBe('console.info(1)');
    const missingAsset = await app.inject({ url: '/assets/nope.js', headers: { accept: '*/*' } });
    expect(missingAsset.statusCode).toBe(404);
  });

  it('answers system info', async () => {
    const res = await app.inject('/api/v1/system/info');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'luoshi', database: 'pglite' });
  });
});

describe('readiness when the database is gone', () => {
  it('answers /readyz with 503 DATABASE_UNAVAILABLE while /healthz stays 200', async () => {
    const testDb = await openTestDatabase('pglite');
    const app = await createTestApp(testDb.database);
    await app.ready();
    await testDb.dispose();
    const res = await app.inject('/readyz');
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('DATABASE_UNAVAILABLE');
    expect((await app.inject('/healthz')).statusCode).toBe(200);
    await app.close();
  });
});
