import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';

/** Says at start-up which providers are on, and why one is off, so a missing variable is not a mystery. */
export function logProviderAvailability(config: Config, log: Logger): void {
  if (config.google) log.info({ push: config.gmailPush.topic ? 'pubsub' : 'off (polling only)' }, 'Gmail is on');
  else log.warn('Gmail is off: GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET are unset');
  if (config.microsoft) log.info({ notifications: config.microsoftNotifications ? 'on' : 'off (polling only)' }, 'Outlook is on');
  else log.warn('Outlook is off: MICROSOFT_CLIENT_ID / MICROSOFT_CLIENT_SECRET are unset');
}
