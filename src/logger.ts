import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON logger for the process. Command-line tools log to stderr so stdout stays their answer. */
export function createLogger(level: string, { name = 'applytrack', stderr = false } = {}): Logger {
  return stderr ? pino({ name, level }, pino.destination(2)) : pino({ name, level });
}
