import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  ics?: string | null;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise each message is
 * written to the log (development), so nothing silently disappears.
 */
export function createMailer(options: { smtpUrl: string | null; from: string; log: Logger }): Mailer {
  if (!options.smtpUrl) {
    return {
      async send(mail) {
        options.log.info(
          { to: mail.to, subject: mail.subject, withCalendar: Boolean(mail.ics) },
          'email (no SMTP_URL; logged only)',
        );
      },
      close() {},
    };
  }
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.ics
          ? {
              icalEvent: { method: 'PUBLISH', content: mail.ics, filename: 'seminar.ics' },
              attachments: [
                { filename: 'seminar.ics', content: mail.ics, contentType: 'text/calendar; charset=utf-8' },
              ],
            }
          : {}),
      });
    },
    close: () => transport.close(),
  };
}
