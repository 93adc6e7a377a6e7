import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Config } from '../config.ts';
import type { MikroORM } from '../db/orm.ts';
import type { Logger } from '../logger.ts';
import { registerPushFor } from '../modules/accounts/mail-account-push.ts';
import { MailAccountSchema } from '../modules/accounts/mail-account.entity.ts';
import { markAccountsDue } from '../modules/accounts/mark-account-due.ts';
import { clientStateMatches } from '../modules/accounts/push-client-state.ts';

export interface WebhookDependencies {
  config: Config;
  orm: MikroORM;
  log: Logger;
  onAccountDue?: (accountId: string) => void;
  /**
   * Gmail may push before the new message can be read. A push therefore makes the account due now
   * and once more after this delay, so the message is picked up even if the first sync saw nothing.
   */
  gmailRecheckMs?: number;
}

const MAX_BODY_BYTES = 1024 * 1024;
const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class BodyTooLargeError extends Error {}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function answer(res: ServerResponse, status: number, text = ''): void {
  res.writeHead(status, text ? { 'content-type': 'text/plain; charset=utf-8' } : {});
  res.end(text);
}

/** `/webhooks/gmail` (Pub/Sub push with an OIDC token) and `/webhooks/outlook` (Graph change and lifecycle notifications). */
export function createWebhooks({ config, orm, log, onAccountDue, gmailRecheckMs = 15_000 }: WebhookDependencies) {
  const jwks = createRemoteJWKSet(new URL(config.gmailPush.certsUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  const timers = new Set<NodeJS.Timeout>();

  const due = (ids: string[]) => {
    for (const id of ids) onAccountDue?.(id);
  };

  async function gmail(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const token = /^Bearer\s+(\S{1,8192})$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return answer(res, 401, 'missing bearer token');
    try {
      const { payload } = await jwtVerify(token, jwks, { issuer: GOOGLE_ISSUERS, audience: config.gmailPush.audience, algorithms: ['RS256'] });
      if (config.gmailPush.serviceAccount && (payload.email !== config.gmailPush.serviceAccount || payload.email_verified !== true)) {
        return answer(res, 403, 'push from an unexpected service account');
      }
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'Gmail push with an invalid token');
      return answer(res, 401, 'invalid token');
    }
    let emailAddress: string;
    try {
      const body = (await readJson(req)) as { message?: { data?: string } };
      const data = JSON.parse(Buffer.from(body.message?.data ?? '', 'base64').toString('utf8')) as { emailAddress?: unknown };
      if (typeof data.emailAddress !== 'string' || data.emailAddress.length > 320) throw new Error('no emailAddress');
      emailAddress = data.emailAddress;
    } catch (error) {
      return answer(res, error instanceof BodyTooLargeError ? 413 : 400, 'not a Gmail push');
    }
    const ids = await markAccountsDue(orm.em.fork(), { provider: 'GMAIL', emailAddress, recheckMs: gmailRecheckMs });
    answer(res, 204);
    due(ids);
    // The recheck itself is in the database (recheckAt); this only wakes this instance's scheduler on time.
    if (ids.length && gmailRecheckMs > 0) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        due(ids);
      }, gmailRecheckMs);
      timer.unref();
      timers.add(timer);
    }
  }

  async function outlook(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    // The validation handshake: echo the token as text/plain, at once.
    const validationToken = url.searchParams.get('validationToken');
    if (validationToken !== null) {
      if (validationToken.length > 4096) return answer(res, 400);
      return answer(res, 200, validationToken);
    }
    let items: { subscriptionId?: unknown; clientState?: unknown; lifecycleEvent?: unknown }[];
    try {
      const body = (await readJson(req)) as { value?: unknown };
      if (!Array.isArray(body.value) || body.value.length > 1000) throw new Error('no value array');
      items = body.value as typeof items;
    } catch (error) {
      return answer(res, error instanceof BodyTooLargeError ? 413 : 400);
    }
    const subscriptionIds = [...new Set(items.map((i) => i.subscriptionId).filter((id): id is string => typeof id === 'string' && id.length <= 200))];
    const accounts = subscriptionIds.length
      ? await orm.em.fork().find(MailAccountSchema, { provider: 'OUTLOOK', watchId: { $in: subscriptionIds } })
      : [];
    const bySubscription = new Map(accounts.map((a) => [a.watchId!, a]));
    const changed = new Set<string>();
    const lifecycle: { accountId: string; event: string }[] = [];
    let rejected = 0;
    for (const item of items) {
      const account = typeof item.subscriptionId === 'string' ? bySubscription.get(item.subscriptionId) : undefined;
      if (!account || !UUID.test(account.id) || !clientStateMatches(config.tokenEncryptionKey, account.id, item.clientState)) {
        rejected += 1;
        continue;
      }
      if (typeof item.lifecycleEvent === 'string') lifecycle.push({ accountId: account.id, event: item.lifecycleEvent });
      else changed.add(account.id);
    }
    if (rejected) log.warn({ rejected }, 'Graph notifications with an unknown subscription or a wrong clientState were dropped');
    if (rejected === items.length) return answer(res, 401);
    // Answer within Graph's 3 s, then work.
    answer(res, 202);
    try {
      due(await markAccountsDue(orm.em.fork(), { provider: 'OUTLOOK', ids: [...changed] }));
      for (const { accountId, event } of lifecycle) {
        if (event === 'reauthorizationRequired') await registerPushFor(orm, config, log, accountId);
        if (event === 'subscriptionRemoved') await registerPushFor(orm, config, log, accountId, { recreate: true });
        // missed, and a removed subscription, may have lost changes: a delta catch-up reads them.
        if (event === 'missed' || event === 'subscriptionRemoved') due(await markAccountsDue(orm.em.fork(), { provider: 'OUTLOOK', ids: [accountId] }));
      }
    } catch (error) {
      log.error({ err: error }, 'handling Graph notifications failed after answering; polling will catch up');
    }
  }

  return {
    async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
      if (path !== '/webhooks/gmail' && path !== '/webhooks/outlook') return false;
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' });
        res.end();
        return true;
      }
      try {
        if (path === '/webhooks/gmail') await gmail(req, res);
        else await outlook(req, res, new URL(req.url ?? '/', 'http://webhook'));
      } catch (error) {
        log.error({ err: error, path }, 'unexpected error in a webhook');
        if (!res.headersSent) answer(res, 500);
      }
      return true;
    },
    stop(): void {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
