import { type ErrorCode, type Locale, messageOf, statusOf } from './error-codes.ts';

export interface LocalisedText {
  zh: string;
  en: string;
}

export interface AppErrorOptions {
  /** A specific message for a person, in both locales; the code's standard message is used when absent. */
  message?: LocalisedText;
  /** Machine-readable detail, e.g. the fields that failed validation. */
  details?: unknown;
  cause?: unknown;
}

/** The one error type services throw. Its code decides the HTTP status (see error-codes.ts). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  private readonly customMessage: LocalisedText | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message?.en ?? messageOf(code, 'en'), { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.customMessage = options.message;
  }

  get status(): number {
    return statusOf(this.code);
  }

  messageFor(locale: Locale): string {
    return this.customMessage?.[locale] ?? messageOf(this.code, locale);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
