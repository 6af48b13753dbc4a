import type { Logger } from '../../platform/logging/logger.ts';
import { maskPhone } from '../access/masking.ts';

/** Who a notification goes to, with the addresses the external channels use. */
export interface Recipient {
  personId: number;
  displayName: string;
  mobile: string | null;
  email: string | null;
}

export interface OutgoingMessage {
  kind: string;
  title: string;
  body: string;
  caseId: number | null;
}

/**
 * An external way to reach a person (text message, e-mail). Installations plug in their gateway;
 * `deliver()` calls `send` only for recipients with the channel's address (a mobile for sms, an
 * e-mail address for email) and logs, never throws, a failed send.
 */
export interface NotificationChannel {
  readonly name: 'sms' | 'email';
  send(to: Recipient, message: OutgoingMessage): Promise<void>;
}

/** zhang.san@example.com → z***@example.com */
export function maskEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${trimmed.slice(0, 1)}***${trimmed.slice(at)}`;
}

/** What the log channels write: enough to see that a message would go out, no personal text. */
function logFields(channel: 'sms' | 'email', to: string, recipient: Recipient, message: OutgoingMessage) {
  return {
    notification: {
      channel,
      to,
      personId: recipient.personId,
      kind: message.kind,
      caseId: message.caseId,
      title: message.title,
      bodyChars: message.body.length,
    },
  };
}

/** Default text-message provider: writes one structured log line (the mobile masked) and sends nothing. */
export function createLogSmsChannel(logger: Logger): NotificationChannel {
  return {
    name: 'sms',
    async send(to, message) {
      if (!to.mobile) return;
      logger.info(logFields('sms', maskPhone(to.mobile), to, message), 'SMS notification (log channel: not sent)');
    },
  };
}

/** Default e-mail provider: writes one structured log line (the address masked) and sends nothing. */
export function createLogEmailChannel(logger: Logger): NotificationChannel {
  return {
    name: 'email',
    async send(to, message) {
      if (!to.email) return;
      logger.info(logFields('email', maskEmail(to.email), to, message), 'E-mail notification (log channel: not sent)');
    },
  };
}
