import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Config } from '../config.ts';
import type { MikroORM } from '../db/orm.ts';
import type { Logger } from '../logger.ts';
import { completeConnect } from '../modules/accounts/mail-account-connect.ts';
import { registerPushFor } from '../modules/accounts/mail-account-push.ts';

export interface OAuthCallbackDependencies {
  config: Config;
  orm: MikroORM;
  log: Logger;
  onAccountDue?: (accountId: string) => void;
}

const CALLBACK_PATHS: Record<string, 'GMAIL' | 'OUTLOOK'> = {
  '/auth/google/callback': 'GMAIL',
  '/auth/microsoft/callback': 'OUTLOOK',
};

/**
 * The OAuth redirect URIs. Each ends in a redirect to APP_URL with `mailConnect=ok|error`, the
 * `provider`, and `account` (its global id) or `error` (a code, never details).
 */
export function createOAuthCallbacks({ config, orm, log, onAccountDue }: OAuthCallbackDependencies) {
  return async function handleOAuthCallback(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const provider = CALLBACK_PATHS[path];
    if (!provider) return false;
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' });
      res.end();
      return true;
    }
    const query = new URL(req.url ?? '/', 'http://callback').searchParams;
    const back = new URL(config.appUrl);
    back.searchParams.set('provider', provider);
    try {
      const outcome = await completeConnect(orm.em.fork(), config, log, provider, {
        state: query.get('state'),
        code: query.get('code'),
        error: query.get('error'),
      });
      if (outcome.ok) {
        back.searchParams.set('mailConnect', 'ok');
        back.searchParams.set('account', encodeGlobalID('MailAccount', outcome.account.id));
        log.info({ accountId: outcome.account.id, provider }, 'mailbox connected');
        onAccountDue?.(outcome.account.id);
        // Push is best-effort and must not hold up the browser; polling covers a failure.
        void registerPushFor(orm, config, log, outcome.account.id);
      } else {
        back.searchParams.set('mailConnect', 'error');
        back.searchParams.set('error', outcome.error);
      }
    } catch (error) {
      log.error({ err: error, provider }, 'unexpected error in the OAuth callback');
      back.searchParams.set('mailConnect', 'error');
      back.searchParams.set('error', 'server_error');
    }
    res.writeHead(302, { location: back.toString(), 'cache-control': 'no-store' });
    res.end();
    return true;
  };
}
