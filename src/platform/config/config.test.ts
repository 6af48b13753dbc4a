import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('fills every default from an empty environment', () => {
    const config = parseConfig({}, '/srv/luoshi');
    expect(config).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 3000,
      dataDir: '/srv/luoshi/data',
      databaseUrl: undefined,
      logLevel: 'info',
      bodyLimit: 1024 * 1024,
      trustProxy: false,
      demoData: true,
      publicUrl: 'http://127.0.0.1:3000',
    });
  });

  it('reads valid values', () => {
    const config = parseConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/luoshi',
        DATABASE_URL: 'postgres://u@db:5432/luoshi',
        LOG_LEVEL: 'warn',
        TRUST_PROXY: 'yes',
        DEMO_DATA: 'off',
      },
      '/x',
    );
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/var/lib/luoshi',
      databaseUrl: 'postgres://u@db:5432/luoshi',
      logLevel: 'warn',
      trustProxy: true,
      demoData: false,
      publicUrl: 'http://localhost:8080',
    });
  });

  it('lists every bad variable at once', () => {
    let caught: unknown;
    try {
      parseConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        TRUST_PROXY: 'maybe',
        BODY_LIMIT: '-1',
        NODE_ENV: 'staging',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'TRUST_PROXY', 'BODY_LIMIT', 'NODE_ENV'])
      expect(problems).toContain(name);
    expect((caught as ConfigError).problems).toHaveLength(6);
  });

  it('reads the case loop settings and refuses bad office hours and percentages', () => {
    const config = parseConfig(
      { OFFICE_HOURS: '08:30-12:00,14:00-18:00', DEADLINE_WARN_PERCENT: '75', MAX_REOPENS: '3', DEMO_CASES: 'false' },
      '/x',
    );
    expect(config.cases).toMatchObject({
      officeHours: '08:30-12:00,14:00-18:00',
      warnShare: 0.75,
      maxReopens: 3,
      escalateAfterWorkingDays: 2,
      ratesMinSample: 10,
    });
    expect(config.demoCases).toBe(false);
    expect(() => parseConfig({ OFFICE_HOURS: '12:00-09:00', DEADLINE_WARN_PERCENT: '150' })).toThrow(
      /OFFICE_HOURS="12:00-09:00"[\s\S]*DEADLINE_WARN_PERCENT="150"/,
    );
  });

  it('refuses an address that is not a URL and a port out of range', () => {
    expect(() => parseConfig({ DATABASE_URL: 'not a url', PORT: '70000' })).toThrow(
      /PORT="70000"[\s\S]*DATABASE_URL is not a valid URL/,
    );
  });

  it('reads the audit key as hex or base64, refuses a short one or both ways at once, and puts the checkpoint in DATA_DIR by default', () => {
    const hex = '0f'.repeat(32);
    expect(parseConfig({ AUDIT_KEY: hex }, '/x').audit.key?.equals(Buffer.from(hex, 'hex'))).toBe(true);
    const base64 = Buffer.from(hex, 'hex').toString('base64');
    expect(parseConfig({ AUDIT_KEY: base64 }, '/x').audit.key?.equals(Buffer.from(hex, 'hex'))).toBe(true);
    expect(parseConfig({ DATA_DIR: '/var/lib/luoshi' }, '/x').audit).toEqual({
      key: undefined,
      keyFile: undefined,
      checkpointDir: '/var/lib/luoshi',
    });
    expect(parseConfig({ AUDIT_KEY_FILE: 'keys/audit', AUDIT_CHECKPOINT_DIR: '/mnt/worm' }, '/x').audit).toEqual({
      key: undefined,
      keyFile: '/x/keys/audit',
      checkpointDir: '/mnt/worm',
    });
    expect(() => parseConfig({ AUDIT_KEY: 'abcd' })).toThrow(/AUDIT_KEY must be hex or base64 of at least 32 bytes/);
    expect(() => parseConfig({ AUDIT_KEY: hex, AUDIT_KEY_FILE: '/k' })).toThrow(/AUDIT_KEY and AUDIT_KEY_FILE/);
  });

  it('refuses to start in production served over https when the session cookie would not be Secure', () => {
    const https = { NODE_ENV: 'production', PUBLIC_URL: 'https://luoshi.example.gov.cn' };
    let caught: unknown;
    try {
      parseConfig(https);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems).toEqual([
      'PUBLIC_URL is https:// but the session cookie would not be Secure: behind a reverse proxy that ends HTTPS set TRUST_PROXY=true (the proxy must send X-Forwarded-Proto), or set COOKIE_SECURE=true',
    ]);
    expect(() => parseConfig({ ...https, COOKIE_SECURE: 'false', TRUST_PROXY: 'true' })).toThrow(
      /COOKIE_SECURE=false would send the session cookie without Secure/,
    );
    // Either setting makes the cookie Secure; outside production, or over plain http, nothing is refused.
    expect(parseConfig({ ...https, TRUST_PROXY: 'true' }).auth.cookieSecure).toBeNull();
    expect(parseConfig({ ...https, COOKIE_SECURE: 'true' }).auth.cookieSecure).toBe(true);
    expect(parseConfig({ ...https, NODE_ENV: 'development' }).trustProxy).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://10.0.0.5:3000' }).auth.cookieSecure).toBeNull();
    expect(() => parseConfig({ COOKIE_SECURE: 'sometimes' })).toThrow(
      /COOKIE_SECURE="sometimes" must be true or false/,
    );
  });

  it('reads the sign-in lock settings', () => {
    expect(parseConfig({}).auth).toMatchObject({ maxFailedLogins: 5, lockMinutes: 15, accountMaxFailures: 20 });
    expect(parseConfig({ LOGIN_ACCOUNT_MAX_FAILURES: '50' }).auth.accountMaxFailures).toBe(50);
  });
});
