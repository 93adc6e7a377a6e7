import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON logger for the whole process; child loggers add the component. */
export function createLogger(level: string, name = 'applytrack'): Logger {
  return pino({ name, level });
}
