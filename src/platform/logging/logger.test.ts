import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLogger, loggedUrl } from './logger.ts';

describe('request logs', () => {
  it('keep the path and ordinary filters, but not what was searched for', () => {
    expect(loggedUrl('/api/v1/cases?q=13987654321&status=open')).toBe('/api/v1/cases?q=[redacted]&status=open');
    expect(loggedUrl('/api/v1/people?q=%E6%AC%A7%E9%98%B3&limit=5')).toBe('/api/v1/people?q=[redacted]&limit=5');
    expect(loggedUrl('/open311/v2/requests.json?reporterMobile=1&service_code=A')).toBe(
      '/open311/v2/requests.json?reporterMobile=[redacted]&service_code=A',
    );
    expect(loggedUrl('/api/v1/cases')).toBe('/api/v1/cases');
  });

  it('are written by the server without the searched value', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = Fastify({ loggerInstance: createLogger('info', sink) });
    app.get('/search', async () => ({ ok: true }));
    await app.inject({ url: '/search?q=13987654321&status=open' });
    await app.close();
    const text = lines.join('');
    expect(text).toContain('/search?q=[redacted]&status=open');
    expect(text).not.toContain('13987654321');
  });
});
