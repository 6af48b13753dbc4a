import path from 'node:path';
import { parseOfficeHours } from '../calendar/working-time.ts';

/** Log levels pino understands. */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Folder for the embedded database, uploads and the lock file. */
  dataDir: string;
  /** When set, PostgreSQL is used instead of the embedded PGlite database. */
  databaseUrl: string | undefined;
  logLevel: LogLevel;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  trustProxy: boolean;
  /** Load the demo district into an empty database at start. */
  demoData: boolean;
  /** With the demo district, replay a few hundred demo cases in every state into an installation that has none. */
  demoCases: boolean;
  /** Public address printed at start and used in links; derived from host and port when unset. */
  publicUrl: string;
  auth: AuthConfig;
  cases: CaseConfig;
  audit: AuditConfig;
}

/** The audit trail's key and where its checkpoint lives outside the database. */
export interface AuditConfig {
  /** AUDIT_KEY decoded (hex or base64, at least 32 bytes); the database never holds it. */
  key: Buffer | undefined;
  /** AUDIT_KEY_FILE: a file holding the key (hex or base64 text). */
  keyFile: string | undefined;
  /** AUDIT_CHECKPOINT_DIR, DATA_DIR by default: the signed checkpoint of the chain head. */
  checkpointDir: string;
}

/** The smallest audit key accepted, in bytes. */
export const auditKeyMinBytes = 32;

/**
 * An audit key written as text: hex (an even number of hex digits) or base64 (standard or URL-safe).
 * Answers undefined when it is neither or shorter than 32 bytes.
 */
export function decodeAuditKey(text: string): Buffer | undefined {
  const value = text.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]+$/.test(value) && value.length % 2 === 0 && value.length >= auditKeyMinBytes * 2) {
    key = Buffer.from(value, 'hex');
  } else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  }
  return key && key.length >= auditKeyMinBytes ? key : undefined;
}

/** The case loop's settings (时限、预警、督办、回访、三率). */
export interface CaseConfig {
  /** Office hours on working days, e.g. '09:00-12:00,13:30-17:30'. */
  officeHours: string;
  /** Share of a limit after which a case turns yellow (预警). */
  warnShare: number;
  /** Working days overdue after which a case is escalated to the tier above and the supervision office (挂牌督办). */
  escalateAfterWorkingDays: number;
  /** How often a case may be reopened (重办). */
  maxReopens: number;
  /** A new case of the same category at the same place within this many days of a closure is a recurrence (反弹回潮). */
  recurrenceDays: number;
  /** Units with fewer cases in a month are listed but not ranked (三率 minimum sample). */
  ratesMinSample: number;
  /** Largest attachment, in bytes. */
  attachmentMaxBytes: number;
  /** Seconds between escalation sweeps. */
  sweepIntervalSeconds: number;
  /** Public submissions per minute from one address. */
  publicIntakePerMinute: number;
}

export interface AuthConfig {
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  sessionAbsoluteHours: number;
  /** Failed sign-ins in a row of one account from one address (or known device) before that address is locked out of it. */
  maxFailedLogins: number;
  lockMinutes: number;
  /**
   * Failed sign-ins of one account from anywhere (since its last success) after which password attempts
   * from unknown devices are slowed by a growing delay; known devices and the SMS code still sign in.
   */
  accountMaxFailures: number;
  /**
   * The session and device cookies' `Secure` flag: true or false as set by COOKIE_SECURE, or null to
   * follow the request (https directly, or X-Forwarded-Proto from a proxy trusted by TRUST_PROXY).
   */
  cookieSecure: boolean | null;
  /** Sign-in attempts per minute from one address. */
  loginRatePerMinute: number;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

/** A reader collects every problem instead of stopping at the first. */
class EnvReader {
  readonly problems: string[] = [];
  private readonly env: Env;
  constructor(env: Env) {
    this.env = env;
  }

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalBoolean(name: string): boolean | null {
    return this.raw(name) === undefined ? null : this.boolean(name, false);
  }

  optionalString(name: string): string | undefined {
    return this.raw(name);
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name}="${value}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    this.problems.push(`${name}="${value}" must be true or false`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name}="${value}" must be one of: ${allowed.join(', ')}`);
    return fallback;
  }

  officeHours(name: string, fallback: string): string {
    const value = this.raw(name) ?? fallback;
    try {
      parseOfficeHours(value);
      return value;
    } catch (error) {
      this.problems.push(`${name}="${value}": ${(error as Error).message}`);
      return fallback;
    }
  }

  url(name: string, protocols: string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
        return undefined;
      }
      return value;
    } catch {
      this.problems.push(`${name} is not a valid URL`);
      return undefined;
    }
  }
}

/**
 * Parses the environment once at start-up. Throws a ConfigError listing every bad variable.
 */
export function parseConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const read = new EnvReader(env);
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const host = read.string('HOST', '127.0.0.1');
  const port = read.integer('PORT', 3000, 0, 65535);
  const dataDir = path.resolve(cwd, read.string('DATA_DIR', './data'));
  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const logLevel = read.oneOf('LOG_LEVEL', logLevels, nodeEnv === 'test' ? 'silent' : 'info');
  const bodyLimit = read.integer('BODY_LIMIT', 1024 * 1024, 1024, 1024 * 1024 * 1024);
  const trustProxy = read.boolean('TRUST_PROXY', false);
  const demoData = read.boolean('DEMO_DATA', true);
  const demoCases = read.boolean('DEMO_CASES', true);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const publicUrl = read.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://${shownHost}:${port}`;

  const auth: AuthConfig = {
    sessionIdleMinutes: read.integer('SESSION_IDLE_MINUTES', 30, 1, 7 * 24 * 60),
    sessionAbsoluteHours: read.integer('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    maxFailedLogins: read.integer('LOGIN_MAX_FAILURES', 5, 1, 100),
    lockMinutes: read.integer('LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    loginRatePerMinute: read.integer('LOGIN_RATE_PER_MINUTE', 20, 1, 10_000),
    accountMaxFailures: read.integer('LOGIN_ACCOUNT_MAX_FAILURES', 20, 1, 100_000),
    cookieSecure: read.optionalBoolean('COOKIE_SECURE'),
  };
  const servedOverHttps = publicUrl.startsWith('https:');
  if (
    nodeEnv === 'production' &&
    servedOverHttps &&
    (auth.cookieSecure === false || (auth.cookieSecure === null && !trustProxy))
  )
    read.problems.push(
      auth.cookieSecure === false
        ? 'PUBLIC_URL is https:// but COOKIE_SECURE=false would send the session cookie without Secure: remove COOKIE_SECURE or set COOKIE_SECURE=true'
        : 'PUBLIC_URL is https:// but the session cookie would not be Secure: behind a reverse proxy that ends HTTPS set TRUST_PROXY=true (the proxy must send X-Forwarded-Proto), or set COOKIE_SECURE=true',
    );

  const cases: CaseConfig = {
    officeHours: read.officeHours('OFFICE_HOURS', '09:00-12:00,13:30-17:30'),
    warnShare: read.integer('DEADLINE_WARN_PERCENT', 80, 1, 99) / 100,
    escalateAfterWorkingDays: read.integer('ESCALATE_AFTER_WORKING_DAYS', 2, 1, 60),
    maxReopens: read.integer('MAX_REOPENS', 2, 0, 10),
    recurrenceDays: read.integer('RECURRENCE_DAYS', 90, 1, 3650),
    ratesMinSample: read.integer('RATES_MIN_SAMPLE', 10, 1, 100_000),
    attachmentMaxBytes: read.integer('ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    sweepIntervalSeconds: read.integer('SWEEP_INTERVAL_SECONDS', 60, 1, 86_400),
    publicIntakePerMinute: read.integer('PUBLIC_INTAKE_PER_MINUTE', 30, 1, 1_000_000),
  };

  const auditKeyText = read.optionalString('AUDIT_KEY');
  const auditKey = auditKeyText === undefined ? undefined : decodeAuditKey(auditKeyText);
  if (auditKeyText !== undefined && !auditKey)
    read.problems.push(`AUDIT_KEY must be hex or base64 of at least ${auditKeyMinBytes} bytes`);
  const auditKeyFile = read.optionalString('AUDIT_KEY_FILE');
  if (auditKeyText !== undefined && auditKeyFile !== undefined)
    read.problems.push('AUDIT_KEY and AUDIT_KEY_FILE are both set: give the audit key one way only');
  const audit: AuditConfig = {
    key: auditKey,
    keyFile: auditKeyFile === undefined ? undefined : path.resolve(cwd, auditKeyFile),
    checkpointDir: path.resolve(cwd, read.optionalString('AUDIT_CHECKPOINT_DIR') ?? dataDir),
  };

  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return {
    env: nodeEnv,
    host,
    port,
    dataDir,
    databaseUrl,
    logLevel,
    bodyLimit,
    trustProxy,
    demoData,
    demoCases,
    publicUrl,
    auth,
    cases,
    audit,
  };
}
