import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultQueue, listenOnLoopback, playFault, readBody, readForm, redirect, sendJson, type Fault } from './http-kit.ts';
import { headersOf, type MailInput } from './mime-fixture.ts';

/**
 * A loopback emulator of the Microsoft identity platform v2 (authorize with PKCE, token with
 * refresh-token rotation) and Microsoft Graph v1.0 mail (`/me`, inbox message delta with
 * nextLink/deltaLink paging and `@removed`, subscriptions with the validation handshake, change and
 * lifecycle notifications), following the Graph reference for shapes, status codes and error bodies.
 * Plain http://, as the outside acceptance emulator is.
 */

export type GraphOperation = 'authorize' | 'token' | 'me' | 'delta' | 'messages.get' | 'batch' | 'subscriptions.create' | 'subscriptions.update' | 'subscriptions.delete';

interface GraphMessage {
  id: string;
  seq: number;
  internetMessageId: string;
  conversationId: string;
  /** PidTagConversationIndex: a 22-byte header for a conversation's first message, 5 more bytes per reply level. */
  conversationIndex: Buffer;
  receivedDateTime: string;
  input: MailInput;
}

interface Change {
  seq: number;
  messageId: string;
  removed: boolean;
}

interface Mailbox {
  email: string;
  userId: string;
  messages: Map<string, GraphMessage>;
  changes: Change[];
  seq: number;
  /** Delta tokens below this generation answer 410 Gone (sync state lost). */
  oldestDeltaSeq: number;
  inFlight: number;
  maxInFlight: number;
}

interface Subscription {
  id: string;
  email: string;
  notificationUrl: string;
  lifecycleNotificationUrl: string | null;
  clientState: string | null;
  resource: string;
  changeType: string;
  expirationDateTime: string;
}

export interface MicrosoftEmulator {
  baseUrl: string;
  authorityUrl: string;
  graphUrl: string;
  clientId: string;
  clientSecret: string;
  env(): Record<string, string>;
  consent: { email: string; deny: boolean };
  addMessage(email: string, input: MailInput, options?: { internetMessageId?: string; notify?: boolean }): { id: string; internetMessageId: string };
  deleteMessage(email: string, id: string): void;
  /** The server lost the sync state: delta tokens issued so far answer 410 Gone. */
  expireDeltaTokens(email: string): void;
  revokeRefreshTokens(email: string): void;
  expireAccessTokens(email: string): void;
  fail(operation: GraphOperation | '*', fault: Fault, count?: number): void;
  faults: FaultQueue;
  /** Delay every Graph answer by this many ms (to let concurrency show). */
  latencyMs: number;
  maxInFlight(email: string): number;
  subscriptions(): Subscription[];
  /** Sends a lifecycle event for every subscription of the mailbox. */
  sendLifecycle(email: string, lifecycleEvent: 'reauthorizationRequired' | 'missed' | 'subscriptionRemoved'): Promise<number[]>;
  /** Duplicate each change notification (Graph may). */
  duplicateNotifications: boolean;
  counters: { calls: Record<string, number>; notificationsSent: number; validations: number };
  resetCounters(): void;
  settleNotifications(): Promise<void>;
  close(): Promise<void>;
}

const ACCESS_TOKEN_SECONDS = 3600;
const MAX_SUBSCRIPTION_MINUTES = 4230;

export async function startMicrosoftEmulator(options: { clientId?: string; clientSecret?: string } = {}): Promise<MicrosoftEmulator> {
  const clientId = options.clientId ?? '00000000-0000-0000-0000-00000000e1e1';
  const clientSecret = options.clientSecret ?? 'emulated-microsoft-secret';
  const mailboxes = new Map<string, Mailbox>();
  const codes = new Map<string, { email: string; challenge: string | null; redirectUri: string; used: boolean }>();
  const accessTokens = new Map<string, { email: string; expiresAt: number }>();
  const refreshTokens = new Map<string, { email: string; valid: boolean }>();
  const subscriptions = new Map<string, Subscription>();
  const faults = new FaultQueue();
  const counters = { calls: {} as Record<string, number>, notificationsSent: 0, validations: 0 };
  const pending = new Set<Promise<unknown>>();
  let idCounter = 0;
  const emulator = {} as MicrosoftEmulator;

  const mailbox = (email: string): Mailbox => {
    const key = email.toLowerCase();
    let box = mailboxes.get(key);
    if (!box) {
      box = { email: key, userId: randomUUID(), messages: new Map(), changes: [], seq: 0, oldestDeltaSeq: 0, inFlight: 0, maxInFlight: 0 };
      mailboxes.set(key, box);
    }
    return box;
  };
  const count = (operation: string) => (counters.calls[operation] = (counters.calls[operation] ?? 0) + 1);

  function graphError(status: number, code: string, message: string) {
    const date = new Date().toISOString().slice(0, 19);
    return { error: { code, message, innerError: { date, 'request-id': randomUUID(), 'client-request-id': randomUUID() } } };
  }
  const defaultError = (status: number) =>
    status === 429
      ? graphError(429, 'TooManyRequests', 'Application is over its MailboxConcurrency limit.')
      : status === 503
        ? graphError(503, 'ServiceUnavailable', 'Service Unavailable')
        : graphError(status, 'InternalServerError', 'An internal server error occurred.');

  function identityError(error: string, description: string) {
    return { error, error_description: description, error_codes: [error === 'invalid_grant' ? 70000 : 900144], timestamp: new Date().toISOString(), trace_id: randomUUID(), correlation_id: randomUUID() };
  }

  function deliver(url: string, body: unknown) {
    const delivery = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(async (r) => ({ status: r.status, text: await r.text() }))
      .catch(() => ({ status: 0, text: '' }));
    pending.add(delivery);
    void delivery.finally(() => pending.delete(delivery));
    return delivery;
  }

  function notify(box: Mailbox, message: GraphMessage) {
    for (const sub of subscriptions.values()) {
      if (sub.email !== box.email || Date.parse(sub.expirationDateTime) < Date.now()) continue;
      const item = {
        subscriptionId: sub.id,
        subscriptionExpirationDateTime: sub.expirationDateTime,
        changeType: 'created',
        resource: `Users/${box.userId}/Messages/${message.id}`,
        resourceData: { '@odata.type': '#Microsoft.Graph.Message', '@odata.id': `Users/${box.userId}/Messages/${message.id}`, '@odata.etag': 'W/"1"', id: message.id },
        clientState: sub.clientState,
        tenantId: '11111111-1111-1111-1111-111111111111',
      };
      for (let i = 0; i < (emulator.duplicateNotifications ? 2 : 1); i++) {
        counters.notificationsSent += 1;
        void deliver(sub.notificationUrl, { value: [item] });
      }
    }
  }

  function renderMessage(m: GraphMessage) {
    const address = (raw: string) => {
      const match = /^(.*)<([^>]+)>\s*$/.exec(raw.trim());
      return { emailAddress: { name: (match?.[1] ?? '').trim().replace(/^"|"$/g, '') || (match?.[2] ?? raw.trim()), address: (match?.[2] ?? raw).trim() } };
    };
    const body = m.input.html !== undefined ? { contentType: 'html', content: m.input.html } : { contentType: 'text', content: m.input.text ?? '' };
    return {
      '@odata.type': '#microsoft.graph.message',
      '@odata.etag': 'W/"CQAAABYAAAA"',
      id: m.id,
      receivedDateTime: m.receivedDateTime,
      sentDateTime: m.receivedDateTime,
      subject: m.input.subject,
      bodyPreview: (m.input.text ?? m.input.html ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 255),
      internetMessageId: `<${m.internetMessageId}>`,
      conversationId: m.conversationId,
      conversationIndex: m.conversationIndex.toString('base64'),
      from: address(m.input.from),
      sender: address(m.input.from),
      toRecipients: (m.input.to ?? 'me@outlook.test').split(',').map(address),
      ccRecipients: m.input.cc ? m.input.cc.split(',').map(address) : [],
      body,
      parentFolderId: 'AAMkAGI2-inbox',
      hasAttachments: false,
    };
  }

  /**
   * `GET /me/messages/{id}`: the message, or only the `$select`ed fields. Graph returns
   * internetMessageHeaders only when selected, and only here (delta never has them).
   */
  function messageAnswer(box: Mailbox, id: string, select: string | null, inBatch: boolean): { status: number; headers: Record<string, string>; body: unknown } {
    // A batch step takes its own faults (status faults only); a direct call had its fault played already.
    const fault = inBatch ? faults.take('messages.get') : null;
    if (fault && fault.kind === 'status') {
      return { status: fault.status, headers: fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {}, body: defaultError(fault.status) };
    }
    const m = box.messages.get(id);
    if (!m) return { status: 404, headers: {}, body: graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.') };
    const full: Record<string, unknown> = {
      ...renderMessage(m),
      internetMessageHeaders: headersOf(m.input, m.internetMessageId).filter((h) => !['From', 'To', 'Cc', 'Subject', 'Date'].includes(h.name)),
    };
    if (!select) {
      delete full.internetMessageHeaders;
      return { status: 200, headers: {}, body: full };
    }
    const fields = select.split(',').map((f) => f.trim());
    return { status: 200, headers: {}, body: Object.fromEntries([['id', m.id], ...fields.filter((f) => f in full).map((f) => [f, full[f]])]) };
  }

  /** JSON batching (`POST /$batch`, ≤ 20 requests): only `GET /me/messages/{id}` inside, each answered on its own. */
  async function batch(req: IncomingMessage, res: ServerResponse, box: Mailbox): Promise<void> {
    const body = JSON.parse((await readBody(req)) || '{}') as { requests?: { id?: string; method?: string; url?: string }[] };
    const requests = body.requests ?? [];
    if (requests.length === 0 || requests.length > 20) return sendJson(res, 400, graphError(400, 'BadRequest', 'Number of batch request steps exceeds the maximum value of 20.'));
    const responses = requests.map((request) => {
      const inner = new URL(request.url ?? '', 'http://emulator/v1.0/');
      const match = /^\/?(?:v1\.0\/)?me\/messages\/([^/?]+)$/.exec(inner.pathname.replace(/^\/v1\.0/, '').replace(/^\//, ''));
      if (request.method !== 'GET' || !match) return { id: request.id, status: 400, body: graphError(400, 'BadRequest', 'Unsupported batch step') };
      count('messages.get');
      const answer = messageAnswer(box, decodeURIComponent(match[1]!), inner.searchParams.get('$select'), true);
      return { id: request.id, status: answer.status, headers: { 'Content-Type': 'application/json', ...answer.headers }, body: answer.body };
    });
    sendJson(res, 200, { responses });
  }

  async function handleIdentity(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const match = /^\/([^/]+)\/oauth2\/v2\.0\/(authorize|token)$/.exec(url.pathname);
    if (!match) return false;
    const endpoint = match[2];
    if (endpoint === 'authorize' && req.method === 'GET') {
      count('authorize');
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri');
      if (q.get('client_id') !== clientId || !redirectUri) {
        sendJson(res, 400, identityError('invalid_request', "AADSTS900144: The request body must contain the following parameter: 'client_id'."));
        return true;
      }
      const back = new URL(redirectUri);
      const state = q.get('state');
      if (state !== null) back.searchParams.set('state', state);
      if (emulator.consent.deny) {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'AADSTS65004: User declined to consent to access the app.');
      } else {
        const code = `0.A${randomBytes(24).toString('base64url')}`;
        codes.set(code, { email: emulator.consent.email.toLowerCase(), challenge: q.get('code_challenge'), redirectUri, used: false });
        mailbox(emulator.consent.email);
        back.searchParams.set('code', code);
      }
      redirect(res, back.toString());
      return true;
    }
    if (endpoint === 'token' && req.method === 'POST') {
      count('token');
      const fault = faults.take('token');
      if (fault) return playFault(fault, res, () => identityError('temporarily_unavailable', 'AADSTS50196: try again'));
      const form = await readForm(req);
      if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
        sendJson(res, 401, identityError('invalid_client', 'AADSTS7000215: Invalid client secret provided.'));
        return true;
      }
      const issue = (email: string) => {
        const accessToken = `eyJ0eX${randomBytes(24).toString('base64url')}`;
        const refreshToken = `0.AR${randomBytes(32).toString('base64url')}`;
        accessTokens.set(accessToken, { email, expiresAt: Date.now() + ACCESS_TOKEN_SECONDS * 1000 });
        refreshTokens.set(refreshToken, { email, valid: true });
        return { token_type: 'Bearer', scope: 'Mail.Read openid email profile', expires_in: ACCESS_TOKEN_SECONDS, ext_expires_in: ACCESS_TOKEN_SECONDS, access_token: accessToken, refresh_token: refreshToken };
      };
      if (form.get('grant_type') === 'authorization_code') {
        const entry = codes.get(form.get('code') ?? '');
        const verifier = form.get('code_verifier');
        const challengeOk = !entry?.challenge || (verifier && createHash('sha256').update(verifier).digest('base64url') === entry.challenge);
        if (!entry || entry.used || entry.redirectUri !== form.get('redirect_uri') || !challengeOk) {
          if (entry) entry.used = true;
          sendJson(res, 400, identityError('invalid_grant', 'AADSTS70000: The provided authorization code or refresh token has expired or is invalid.'));
          return true;
        }
        entry.used = true;
        sendJson(res, 200, issue(entry.email));
        return true;
      }
      if (form.get('grant_type') === 'refresh_token') {
        const entry = refreshTokens.get(form.get('refresh_token') ?? '');
        if (!entry?.valid) {
          sendJson(res, 400, identityError('invalid_grant', 'AADSTS70000: The provided authorization code or refresh token has expired or is invalid.'));
          return true;
        }
        // Rotation: every use issues a new refresh token; the emulator retires the old one at once
        // (stricter than Microsoft, so a client that forgets to store the new one fails here).
        entry.valid = false;
        sendJson(res, 200, issue(entry.email));
        return true;
      }
      sendJson(res, 400, identityError('unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.'));
      return true;
    }
    return false;
  }

  function deltaLink(box: Mailbox, token: Record<string, unknown>, kind: 'skiptoken' | 'deltatoken') {
    return `${baseUrl}/v1.0/me/mailFolders('Inbox')/messages/delta?$${kind}=${Buffer.from(JSON.stringify({ ...token, u: box.userId })).toString('base64url')}`;
  }

  async function handleGraph(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const operation: GraphOperation | null =
      path === '/me' && req.method === 'GET' ? 'me'
      : /^\/me\/mailFolders(\/inbox|\('Inbox'\))\/messages\/delta$/i.test(path) && req.method === 'GET' ? 'delta'
      : /^\/me\/messages\/[^/]+$/.test(path) && req.method === 'GET' ? 'messages.get'
      : path === '/$batch' && req.method === 'POST' ? 'batch'
      : path === '/subscriptions' && req.method === 'POST' ? 'subscriptions.create'
      : /^\/subscriptions\/[\w-]+$/.test(path) && req.method === 'PATCH' ? 'subscriptions.update'
      : /^\/subscriptions\/[\w-]+$/.test(path) && req.method === 'DELETE' ? 'subscriptions.delete'
      : null;
    if (!operation) return sendJson(res, 400, graphError(400, 'BadRequest', `Resource not found for the segment '${path.split('/')[1] ?? ''}'.`));
    count(operation);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const grant = token ? accessTokens.get(token) : undefined;
    if (!grant || grant.expiresAt < Date.now()) {
      res.setHeader('www-authenticate', 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="invalid_token"');
      return sendJson(res, 401, graphError(401, 'InvalidAuthenticationToken', token ? 'Lifetime validation failed, the token is expired.' : 'Access token is empty.'));
    }
    const box = mailbox(grant.email);
    box.inFlight += 1;
    box.maxInFlight = Math.max(box.maxInFlight, box.inFlight);
    try {
      if (emulator.latencyMs) await new Promise((r) => setTimeout(r, emulator.latencyMs));
      const fault = faults.take(operation);
      if (fault) {
        playFault(fault, res, defaultError);
        return;
      }
      switch (operation) {
        case 'me':
          return sendJson(res, 200, { '@odata.context': `${baseUrl}/v1.0/$metadata#users/$entity`, id: box.userId, mail: box.email, userPrincipalName: box.email, displayName: box.email.split('@')[0] });
        case 'delta':
          return delta(req, res, url, box);
        case 'messages.get': {
          const answer = messageAnswer(box, decodeURIComponent(path.split('/')[3]!), url.searchParams.get('$select'), false);
          return sendJson(res, answer.status, answer.body, answer.headers);
        }
        case 'batch':
          return batch(req, res, box);
        case 'subscriptions.create':
          return createSubscription(req, res, box);
        case 'subscriptions.update': {
          const sub = subscriptions.get(path.split('/')[2]!);
          if (!sub) return sendJson(res, 404, graphError(404, 'ResourceNotFound', 'The object was not found.'));
          const body = JSON.parse((await readBody(req)) || '{}') as { expirationDateTime?: string };
          const expiry = Date.parse(body.expirationDateTime ?? '');
          if (Number.isNaN(expiry) || expiry > Date.now() + MAX_SUBSCRIPTION_MINUTES * 60_000 + 60_000) {
            return sendJson(res, 400, graphError(400, 'ExtensionError', 'Subscription expiration can only be 4230 minutes in the future.'));
          }
          sub.expirationDateTime = new Date(expiry).toISOString();
          return sendJson(res, 200, renderSubscription(sub));
        }
        case 'subscriptions.delete': {
          if (!subscriptions.delete(path.split('/')[2]!)) return sendJson(res, 404, graphError(404, 'ResourceNotFound', 'The object was not found.'));
          res.writeHead(204);
          return void res.end();
        }
      }
    } finally {
      box.inFlight -= 1;
    }
  }

  function delta(req: IncomingMessage, res: ServerResponse, url: URL, box: Mailbox) {
    const prefer = String(req.headers.prefer ?? '');
    const pageSize = Math.min(Number(/odata\.maxpagesize=(\d+)/.exec(prefer)?.[1] ?? 10), 1000);
    const q = url.searchParams;
    const skip = q.get('$skiptoken');
    const deltaToken = q.get('$deltatoken');
    const decode = (value: string) => {
      try {
        return JSON.parse(Buffer.from(value, 'base64url').toString()) as { since?: number; offset?: number; upTo?: number; from?: number; u?: string };
      } catch {
        return null;
      }
    };
    let items: unknown[];
    let state: { since?: number; offset: number; upTo: number; from?: number };
    if (skip || deltaToken) {
      const decoded = decode((skip ?? deltaToken)!);
      if (!decoded || decoded.u !== box.userId) return sendJson(res, 400, graphError(400, 'BadRequest', 'The skip token is invalid.'));
      if (deltaToken) {
        if ((decoded.upTo ?? 0) < box.oldestDeltaSeq) return sendJson(res, 410, graphError(410, 'SyncStateNotFound', 'The sync state generation is not found.'));
        state = { from: decoded.upTo ?? 0, offset: 0, upTo: box.seq };
      } else {
        if ((decoded.from ?? decoded.upTo ?? 0) < box.oldestDeltaSeq && decoded.from !== undefined) return sendJson(res, 410, graphError(410, 'SyncStateNotFound', 'The sync state generation is not found.'));
        state = { since: decoded.since, from: decoded.from, offset: decoded.offset ?? 0, upTo: decoded.upTo ?? box.seq };
      }
    } else {
      // Initial round: the messages now in the inbox, newest first, optionally filtered by receivedDateTime ge X.
      const filter = q.get('$filter') ?? '';
      const ge = /receivedDateTime\s+ge\s+(\S+)/i.exec(filter)?.[1];
      state = { since: ge ? Date.parse(ge) : undefined, offset: 0, upTo: box.seq };
    }
    if (state.from !== undefined) {
      // A later round: what changed after `from`, up to the generation this round started at.
      const changed = new Map<string, boolean>();
      for (const change of box.changes) if (change.seq > state.from && change.seq <= state.upTo) changed.set(change.messageId, change.removed);
      items = [...changed].map(([id, removed]) => {
        const message = box.messages.get(id);
        return removed || !message ? { '@odata.type': '#microsoft.graph.message', id, '@removed': { reason: 'deleted' } } : renderMessage(message);
      });
    } else {
      items = [...box.messages.values()]
        .filter((m) => m.seq <= state.upTo && (state.since === undefined || Date.parse(m.receivedDateTime) >= state.since))
        .sort((a, b) => Date.parse(b.receivedDateTime) - Date.parse(a.receivedDateTime))
        .map(renderMessage);
    }
    const page = items.slice(state.offset, state.offset + pageSize);
    const more = state.offset + pageSize < items.length;
    const body: Record<string, unknown> = { '@odata.context': `${baseUrl}/v1.0/$metadata#Collection(message)`, value: page };
    if (more) body['@odata.nextLink'] = deltaLink(box, { ...state, offset: state.offset + pageSize }, 'skiptoken');
    else body['@odata.deltaLink'] = deltaLink(box, { upTo: state.upTo }, 'deltatoken');
    sendJson(res, 200, body);
  }

  async function createSubscription(req: IncomingMessage, res: ServerResponse, box: Mailbox) {
    const body = JSON.parse((await readBody(req)) || '{}') as Partial<Subscription> & { expirationDateTime?: string };
    const expiry = Date.parse(body.expirationDateTime ?? '');
    if (!body.notificationUrl || !body.resource || !body.changeType || Number.isNaN(expiry)) {
      return sendJson(res, 400, graphError(400, 'InvalidRequest', 'notificationUrl, resource, changeType and expirationDateTime are required.'));
    }
    if (expiry > Date.now() + MAX_SUBSCRIPTION_MINUTES * 60_000 + 60_000) {
      return sendJson(res, 400, graphError(400, 'ExtensionError', 'Subscription expiration can only be 4230 minutes in the future.'));
    }
    if (expiry > Date.now() + 60 * 60_000 && !body.lifecycleNotificationUrl) {
      return sendJson(res, 400, graphError(400, 'ValidationError', 'lifecycleNotificationUrl is required when expirationDateTime is more than 1 hour in the future.'));
    }
    // The validation handshake: Graph POSTs a validationToken and wants it echoed as text/plain within 10 s.
    for (const target of [body.notificationUrl, body.lifecycleNotificationUrl].filter(Boolean) as string[]) {
      const validationToken = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
      counters.validations += 1;
      const answer = await fetch(`${target}${target.includes('?') ? '&' : '?'}validationToken=${encodeURIComponent(validationToken)}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        signal: AbortSignal.timeout(10_000),
      }).catch(() => null);
      const text = answer ? await answer.text() : null;
      if (!answer || answer.status !== 200 || text !== validationToken || !(answer.headers.get('content-type') ?? '').startsWith('text/plain')) {
        return sendJson(res, 400, graphError(400, 'InvalidRequest', 'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.'));
      }
    }
    const sub: Subscription = {
      id: randomUUID(),
      email: box.email,
      notificationUrl: body.notificationUrl,
      lifecycleNotificationUrl: body.lifecycleNotificationUrl ?? null,
      clientState: body.clientState ?? null,
      resource: body.resource,
      changeType: body.changeType,
      expirationDateTime: new Date(expiry).toISOString(),
    };
    subscriptions.set(sub.id, sub);
    sendJson(res, 201, renderSubscription(sub));
  }

  function renderSubscription(sub: Subscription) {
    return {
      '@odata.context': `${baseUrl}/v1.0/$metadata#subscriptions/$entity`,
      id: sub.id,
      resource: sub.resource,
      applicationId: clientId,
      changeType: sub.changeType,
      clientState: sub.clientState,
      notificationUrl: sub.notificationUrl,
      lifecycleNotificationUrl: sub.lifecycleNotificationUrl,
      expirationDateTime: sub.expirationDateTime,
      creatorId: mailbox(sub.email).userId,
      latestSupportedTlsVersion: 'v1_2',
    };
  }

  const server = await listenOnLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (await handleIdentity(req, res, url)) return;
    if (url.pathname.startsWith('/v1.0/')) return handleGraph(req, res, url);
    sendJson(res, 404, graphError(404, 'NotFound', 'Not found'));
  });
  const baseUrl = server.url;

  Object.assign(emulator, {
    baseUrl,
    authorityUrl: baseUrl,
    graphUrl: baseUrl,
    clientId,
    clientSecret,
    consent: { email: 'candidate@outlook.test', deny: false },
    faults,
    counters,
    latencyMs: 0,
    duplicateNotifications: false,
    env: () => ({
      MICROSOFT_CLIENT_ID: clientId,
      MICROSOFT_CLIENT_SECRET: clientSecret,
      MICROSOFT_TENANT: 'common',
      MICROSOFT_AUTHORITY_URL: baseUrl,
      MICROSOFT_GRAPH_URL: baseUrl,
    }),
    addMessage(email: string, input: MailInput, opts: { internetMessageId?: string; notify?: boolean } = {}) {
      const box = mailbox(email);
      const id = `AAMkAGI2TG93AAA${(++idCounter).toString(36).padStart(8, '0')}=`;
      box.seq += 1;
      const message: GraphMessage = {
        id,
        seq: box.seq,
        internetMessageId: opts.internetMessageId ?? input.messageId ?? `${randomUUID()}@outlook.emulated`,
        conversationId: `AAQkAGI2${createHash('sha1').update(input.subject.replace(/^(re|fwd?):\s*/i, '')).digest('hex').slice(0, 16)}`,
        conversationIndex: conversationIndexFor(box, input),
        receivedDateTime: (input.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        input,
      };
      box.messages.set(id, message);
      box.changes.push({ seq: box.seq, messageId: id, removed: false });
      if (opts.notify !== false) notify(box, message);
      return { id, internetMessageId: message.internetMessageId };
    },
    deleteMessage(email: string, id: string) {
      const box = mailbox(email);
      if (!box.messages.delete(id)) return;
      box.seq += 1;
      box.changes.push({ seq: box.seq, messageId: id, removed: true });
    },
    expireDeltaTokens(email: string) {
      const box = mailbox(email);
      box.oldestDeltaSeq = box.seq + 1;
    },
    revokeRefreshTokens(email: string) {
      for (const entry of refreshTokens.values()) if (entry.email === email.toLowerCase()) entry.valid = false;
      for (const [key, value] of accessTokens) if (value.email === email.toLowerCase()) accessTokens.delete(key);
    },
    expireAccessTokens(email: string) {
      for (const [key, value] of accessTokens) if (value.email === email.toLowerCase()) accessTokens.delete(key);
    },
    fail: (operation: string, fault: Fault, times = 1) => faults.add(operation, fault, times),
    maxInFlight: (email: string) => mailbox(email).maxInFlight,
    subscriptions: () => [...subscriptions.values()],
    async sendLifecycle(email: string, lifecycleEvent: string) {
      const box = mailbox(email);
      const statuses: number[] = [];
      for (const sub of [...subscriptions.values()].filter((s) => s.email === box.email && s.lifecycleNotificationUrl)) {
        if (lifecycleEvent === 'subscriptionRemoved') subscriptions.delete(sub.id);
        const answer = await deliver(sub.lifecycleNotificationUrl!, {
          value: [{ subscriptionId: sub.id, subscriptionExpirationDateTime: sub.expirationDateTime, tenantId: '11111111-1111-1111-1111-111111111111', clientState: sub.clientState, lifecycleEvent }],
        });
        statuses.push(answer.status);
      }
      return statuses;
    },
    resetCounters() {
      counters.calls = {};
      counters.notificationsSent = 0;
      counters.validations = 0;
      for (const box of mailboxes.values()) box.maxInFlight = 0;
    },
    async settleNotifications() {
      while (pending.size) await Promise.all([...pending]);
    },
    close: () => server.close(),
  } satisfies Partial<MicrosoftEmulator>);
  return emulator;
}

/**
 * Outlook's conversation index (MS-OXOMSG 2.2.1.3): a reply extends its parent's index by a 5-byte
 * child block; a message that replies to nothing known starts a new 22-byte header (reserved byte,
 * 5 bytes of time, a 16-byte GUID). Graph's conversationId, by contrast, groups by subject.
 */
function conversationIndexFor(box: Mailbox, input: MailInput): Buffer {
  const parentId = input.inReplyTo ?? input.references?.at(-1);
  const parent = parentId ? [...box.messages.values()].find((m) => m.internetMessageId === parentId) : undefined;
  if (parent) return Buffer.concat([parent.conversationIndex, randomBytes(5)]);
  const header = Buffer.alloc(22);
  header.writeUIntBE(Math.floor(Date.now() / 1000), 1, 5);
  randomBytes(16).copy(header, 6);
  return header;
}
