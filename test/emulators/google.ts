import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compileGmailQuery, type SearchableMessage } from './gmail-query.ts';
import { FaultQueue, listenOnLoopback, playFault, readBody, readForm, redirect, sendJson, type Fault } from './http-kit.ts';
import { headersOf, mimeTreeOf, plainTextOf, renderRfc822, type HeaderLine, type MailInput, type MimePart } from './mime-fixture.ts';
import { createPushSigner, type PushSigner } from './push-signer.ts';

/**
 * A loopback emulator of Google OAuth 2.0 (authorization code + PKCE, refresh, revoke, OIDC JWKS) and
 * the Gmail API v1 (profile, messages.list/get, history.list, watch/stop), following Google's
 * reference for request shapes, paging, error bodies and status codes. It counts calls and quota
 * units, switches faults on demand, and sends Pub/Sub pushes with a signed OIDC token.
 */

/** Quota units per method, from Gmail's usage-limits reference. */
export const GMAIL_QUOTA_UNITS: Record<string, number> = {
  'users.getProfile': 1,
  'users.watch': 100,
  'users.stop': 50,
  'messages.list': 5,
  'messages.get': 5,
  'messages.attachments.get': 5,
  'history.list': 2,
};

export type GmailOperation = keyof typeof GMAIL_QUOTA_UNITS | 'batch' | 'oauth.token' | 'oauth.revoke' | 'oauth.authorize';

interface StoredMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  internalDateMs: number;
  historyId: number;
  headers: HeaderLine[];
  tree: MimePart;
  input: MailInput;
  /** What searches read, built once (the message never changes). */
  searchable?: SearchableMessage;
  /** Snippet and size of the rendered message, built once. */
  rendered?: { snippet: string; sizeEstimate: number };
  /** The format=full answer, serialized once. */
  fullJson?: string;
}

interface HistoryRecord {
  id: number;
  added?: StoredMessage;
  deletedId?: { id: string; threadId: string };
}

interface Mailbox {
  email: string;
  historyId: number;
  /** history.list with a startHistoryId below this answers 404 (records expired). */
  oldestHistoryId: number;
  messages: Map<string, StoredMessage>;
  history: HistoryRecord[];
  /** messages.list results by query, for paging without searching again; cleared on every change. */
  listings: Map<string, StoredMessage[]>;
  watch: { topicName: string; expiration: number } | null;
  refreshRevoked: boolean;
}

export interface AddedMessage {
  id: string;
  threadId: string;
  historyId: number;
}

export interface GoogleEmulator {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  authUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  apiRootUrl: string;
  certsUrl: string;
  /** The env of DESIGN.md that points a server at this emulator. */
  env(): Record<string, string>;
  /** Who grants consent next (the emulator's stand-in for a person at the consent screen). */
  consent: { email: string; deny: boolean };
  /** Where Pub/Sub pushes go, and what their OIDC token says. */
  push: { endpoint: string | null; audience: string; serviceAccountEmail: string; duplicate: boolean };
  addMailbox(email: string): void;
  addMessage(email: string, input: MailInput, options?: { labelIds?: string[]; threadId?: string; readable?: boolean }): AddedMessage & { reveal(): void };
  deleteMessage(email: string, id: string): void;
  faults: FaultQueue;
  fail(operation: GmailOperation | '*', fault: Fault, count?: number): void;
  /** messages.list answers 400 "Invalid query" to every search containing this text (a server that understands less syntax); null: none. */
  refuseSearchesContaining: string | null;
  /** Every history record older than now is gone: history.list from an old id answers 404. */
  expireHistory(email: string): void;
  revokeRefreshTokens(email: string): void;
  /** Access tokens stop working before their stated expiry (the client only learns it from a 401). */
  expireAccessTokens(email: string): void;
  counters: { calls: Record<string, number>; quotaUnits: number; pushesSent: number; revoked: string[] };
  resetCounters(): void;
  /** Resolves when every push sent so far has been answered. */
  settlePushes(): Promise<void>;
  signer: PushSigner;
  close(): Promise<void>;
}

const ACCESS_TOKEN_SECONDS = 3599;

export async function startGoogleEmulator(options: { clientId?: string; clientSecret?: string } = {}): Promise<GoogleEmulator> {
  const clientId = options.clientId ?? 'emulated-client.apps.googleusercontent.com';
  const clientSecret = options.clientSecret ?? 'emulated-google-secret';
  const signer = await createPushSigner('emulator-google-1');
  const mailboxes = new Map<string, Mailbox>();
  const codes = new Map<string, { email: string; challenge: string | null; redirectUri: string; scope: string; used: boolean }>();
  const accessTokens = new Map<string, { email: string; expiresAt: number; refreshToken: string }>();
  const refreshTokens = new Map<string, { email: string; revoked: boolean }>();
  const faults = new FaultQueue();
  const counters = { calls: {} as Record<string, number>, quotaUnits: 0, pushesSent: 0, revoked: [] as string[] };
  const pendingPushes = new Set<Promise<unknown>>();
  let idCounter = 0x18c2a0000000;

  const mailbox = (email: string): Mailbox => {
    const key = email.toLowerCase();
    let box = mailboxes.get(key);
    if (!box) {
      box = { email: key, historyId: 1000, oldestHistoryId: 1, messages: new Map(), history: [], listings: new Map(), watch: null, refreshRevoked: false };
      mailboxes.set(key, box);
    }
    return box;
  };

  const count = (operation: string) => {
    counters.calls[operation] = (counters.calls[operation] ?? 0) + 1;
    counters.quotaUnits += GMAIL_QUOTA_UNITS[operation] ?? 0;
  };

  const emulator: GoogleEmulator = {} as GoogleEmulator;

  /** The grant behind the request's access token; null once a 401 has been answered, as Google does. */
  function grantOf(req: IncomingMessage, res: ServerResponse) {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const grant = token ? accessTokens.get(token) : undefined;
    if (grant && grant.expiresAt >= Date.now()) return grant;
    res.setHeader('www-authenticate', 'Bearer realm="https://accounts.google.com/", error="invalid_token"');
    sendJson(res, 401, googleError(401));
    return null;
  }

  function sendPush(box: Mailbox, historyId: number): void {
    const sending = deliverPush(box, historyId);
    pendingPushes.add(sending);
    void sending.finally(() => pendingPushes.delete(sending));
  }

  async function deliverPush(box: Mailbox, historyId: number) {
    const endpoint = emulator.push.endpoint;
    if (!endpoint || !box.watch) return;
    const data = Buffer.from(JSON.stringify({ emailAddress: box.email, historyId })).toString('base64');
    const times = emulator.push.duplicate ? 2 : 1;
    for (let i = 0; i < times; i++) {
      const token = await signer.sign(
        { email: emulator.push.serviceAccountEmail, email_verified: true, sub: '1234567890' },
        { issuer: 'https://accounts.google.com', audience: emulator.push.audience },
      );
      const messageId = String(Date.now()) + String(i);
      const delivery = fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          message: { data, messageId, message_id: messageId, publishTime: new Date().toISOString() },
          subscription: 'projects/emulated/subscriptions/gmail-push',
        }),
      })
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
      counters.pushesSent += 1;
      pendingPushes.add(delivery);
      void delivery.finally(() => pendingPushes.delete(delivery));
    }
  }

  function googleError(status: number, message?: string, reason?: string) {
    const defaults: Record<number, [string, string, string]> = {
      400: ['Invalid argument', 'invalidArgument', 'INVALID_ARGUMENT'],
      401: ['Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', 'authError', 'UNAUTHENTICATED'],
      403: ['User-rate limit exceeded.', 'userRateLimitExceeded', 'PERMISSION_DENIED'],
      404: ['Requested entity was not found.', 'notFound', 'NOT_FOUND'],
      429: ['Too many concurrent requests for user.', 'rateLimitExceeded', 'RESOURCE_EXHAUSTED'],
      500: ['Backend Error', 'backendError', 'INTERNAL'],
      503: ['The service is currently unavailable.', 'backendError', 'UNAVAILABLE'],
    };
    const [defaultMessage, defaultReason, statusName] = defaults[status] ?? ['Error', 'unknown', 'UNKNOWN'];
    const text = message ?? defaultMessage;
    return { error: { code: status, message: text, errors: [{ message: text, domain: 'global', reason: reason ?? defaultReason }], status: statusName } };
  }

  function renderMessage(m: StoredMessage, format: string, metadataHeaders: string[]) {
    m.rendered ??= { snippet: plainTextOf(m.input).replace(/\s+/g, ' ').trim().slice(0, 200), sizeEstimate: renderRfc822(m.headers, m.tree).length };
    const base = {
      id: m.id,
      threadId: m.threadId,
      labelIds: m.labelIds,
      snippet: m.rendered.snippet,
      historyId: String(m.historyId),
      internalDate: String(m.internalDateMs),
      sizeEstimate: m.rendered.sizeEstimate,
    };
    if (format === 'minimal') return base;
    if (format === 'raw') return { ...base, raw: Buffer.from(renderRfc822(m.headers, m.tree)).toString('base64url') };
    if (format === 'metadata') {
      const wanted = metadataHeaders.map((h) => h.toLowerCase());
      const headers = wanted.length ? m.headers.filter((h) => wanted.includes(h.name.toLowerCase())) : m.headers;
      return { ...base, payload: { partId: '', mimeType: m.tree.mimeType, filename: '', headers, body: { size: 0 } } };
    }
    let partCounter = 0;
    const renderPart = (part: MimePart, top: HeaderLine[], partId: string): unknown => {
      const headers = [...top, ...part.headers];
      if (part.parts) {
        return {
          partId,
          mimeType: part.mimeType,
          filename: '',
          headers: [...headers, { name: 'Content-Type', value: `${part.mimeType}; boundary="x${partCounter++}"` }],
          body: { size: 0 },
          parts: part.parts.map((child, i) => renderPart(child, [], partId === '' ? String(i) : `${partId}.${i}`)),
        };
      }
      const data = Buffer.from(part.body ?? '', 'utf8');
      // Like Gmail, a part with a file name is served by attachmentId, not inline.
      if (part.filename) return { partId, mimeType: part.mimeType, filename: part.filename, headers, body: { size: data.length, attachmentId: attachmentIdOf(m, partId) } };
      return { partId, mimeType: part.mimeType, filename: '', headers, body: { size: data.length, data: data.toString('base64url') } };
    };
    return { ...base, payload: renderPart(m.tree, m.headers, '') };
  }

  /** Gmail's attachment ids are long opaque strings; the emulator's name the message and the part. */
  function attachmentIdOf(m: StoredMessage, partId: string): string {
    return Buffer.from(`${m.id}:${partId}`).toString('base64url');
  }

  function attachmentBody(m: StoredMessage, attachmentId: string): string | null {
    const [messageId, partId] = Buffer.from(attachmentId, 'base64url').toString().split(':');
    if (messageId !== m.id || partId === undefined) return null;
    let part: MimePart | undefined = m.tree;
    for (const index of partId === '' ? [] : partId.split('.')) part = part?.parts?.[Number(index)];
    return part && !part.parts ? (part.body ?? '') : null;
  }

  async function handleOAuth(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (url.pathname === '/o/oauth2/v2/auth' && req.method === 'GET') {
      count('oauth.authorize');
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri');
      if (q.get('client_id') !== clientId || !redirectUri) {
        sendJson(res, 400, { error: 'invalid_request', error_description: 'Missing or unknown client_id / redirect_uri' });
        return true;
      }
      const back = new URL(redirectUri);
      const state = q.get('state');
      if (state !== null) back.searchParams.set('state', state);
      if (q.get('response_type') !== 'code') {
        back.searchParams.set('error', 'unsupported_response_type');
      } else if (q.get('code_challenge') && q.get('code_challenge_method') !== 'S256') {
        back.searchParams.set('error', 'invalid_request');
      } else if (emulator.consent.deny) {
        back.searchParams.set('error', 'access_denied');
      } else {
        const code = `4/${randomBytes(18).toString('base64url')}`;
        codes.set(code, { email: emulator.consent.email.toLowerCase(), challenge: q.get('code_challenge'), redirectUri, scope: q.get('scope') ?? '', used: false });
        mailbox(emulator.consent.email);
        back.searchParams.set('code', code);
        back.searchParams.set('scope', q.get('scope') ?? '');
      }
      redirect(res, back.toString());
      return true;
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      count('oauth.token');
      const fault = faults.take('oauth.token');
      if (fault) return playFault(fault, res, () => ({ error: 'internal_failure' }));
      const form = await readForm(req);
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const [basicId, basicSecret] = basic ? Buffer.from(basic, 'base64').toString().split(':') : [];
      const id = form.get('client_id') ?? basicId;
      const secret = form.get('client_secret') ?? basicSecret;
      if (id !== clientId || secret !== clientSecret) {
        sendJson(res, 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' });
        return true;
      }
      const grant = form.get('grant_type');
      if (grant === 'authorization_code') {
        const entry = codes.get(form.get('code') ?? '');
        const verifier = form.get('code_verifier');
        const challengeOk = !entry?.challenge || (verifier && createHash('sha256').update(verifier).digest('base64url') === entry.challenge);
        if (!entry || entry.used || entry.redirectUri !== form.get('redirect_uri') || !challengeOk) {
          if (entry) entry.used = true;
          sendJson(res, 400, { error: 'invalid_grant', error_description: 'Bad Request' });
          return true;
        }
        entry.used = true;
        const refreshToken = `1//${randomBytes(24).toString('base64url')}`;
        refreshTokens.set(refreshToken, { email: entry.email, revoked: false });
        mailbox(entry.email).refreshRevoked = false;
        const accessToken = issueAccessToken(entry.email, refreshToken);
        const idToken = await signer.sign({ email: entry.email, email_verified: true, sub: `sub-${entry.email}`, azp: clientId }, { issuer: 'https://accounts.google.com', audience: clientId });
        sendJson(res, 200, { access_token: accessToken, expires_in: ACCESS_TOKEN_SECONDS, refresh_token: refreshToken, scope: entry.scope, token_type: 'Bearer', id_token: idToken });
        return true;
      }
      if (grant === 'refresh_token') {
        const entry = refreshTokens.get(form.get('refresh_token') ?? '');
        if (!entry || entry.revoked || mailbox(entry.email).refreshRevoked) {
          sendJson(res, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
          return true;
        }
        const accessToken = issueAccessToken(entry.email, form.get('refresh_token')!);
        sendJson(res, 200, { access_token: accessToken, expires_in: ACCESS_TOKEN_SECONDS, scope: 'https://www.googleapis.com/auth/gmail.readonly openid email', token_type: 'Bearer' });
        return true;
      }
      sendJson(res, 400, { error: 'unsupported_grant_type', error_description: `Invalid grant_type: ${grant}` });
      return true;
    }
    if (url.pathname === '/revoke' && req.method === 'POST') {
      count('oauth.revoke');
      const fault = faults.take('oauth.revoke');
      if (fault) return playFault(fault, res, () => ({ error: 'internal_failure' }));
      const token = url.searchParams.get('token') ?? (await readForm(req)).get('token') ?? '';
      const refresh = refreshTokens.get(token);
      const access = accessTokens.get(token);
      const refreshToken = refresh ? token : access?.refreshToken;
      if (!refreshToken || refreshTokens.get(refreshToken)?.revoked) {
        sendJson(res, 400, { error: 'invalid_token', error_description: 'Token expired or revoked' });
        return true;
      }
      refreshTokens.get(refreshToken)!.revoked = true;
      for (const [key, value] of accessTokens) if (value.refreshToken === refreshToken) accessTokens.delete(key);
      counters.revoked.push(refreshToken);
      sendJson(res, 200, {});
      return true;
    }
    if (url.pathname === '/oauth2/v3/certs' && req.method === 'GET') {
      sendJson(res, 200, signer.jwks, { 'cache-control': 'public, max-age=3600' });
      return true;
    }
    return false;
  }

  function issueAccessToken(email: string, refreshToken: string): string {
    const token = `ya29.${randomBytes(24).toString('base64url')}`;
    accessTokens.set(token, { email, expiresAt: Date.now() + ACCESS_TOKEN_SECONDS * 1000, refreshToken });
    return token;
  }

  async function handleGmail(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = /^\/gmail\/v1\/users\/([^/]+)\/(profile|messages|messages\/([^/]+)|messages\/([^/]+)\/attachments\/([^/]+)|history|watch|stop)$/.exec(url.pathname);
    if (!match) return sendJson(res, 404, googleError(404));
    const [, userId, resource, getId, attachmentOf, attachmentId] = match;
    const messageId = getId ?? attachmentOf;
    const operation =
      resource === 'profile' ? 'users.getProfile'
      : attachmentId ? 'messages.attachments.get'
      : resource === 'messages' ? 'messages.list'
      : resource === 'history' ? 'history.list'
      : resource === 'watch' ? 'users.watch'
      : resource === 'stop' ? 'users.stop'
      : 'messages.get';
    const expectedMethod = operation === 'users.watch' || operation === 'users.stop' ? 'POST' : 'GET';
    if (req.method !== expectedMethod) return sendJson(res, 405, googleError(405, 'Method not allowed'));
    count(operation);
    const fault = faults.take(operation);
    if (fault) {
      playFault(fault, res, (status) => googleError(status));
      return;
    }
    const grant = grantOf(req, res);
    if (!grant) return;
    if (userId !== 'me' && decodeURIComponent(userId!).toLowerCase() !== grant.email) {
      return sendJson(res, 403, googleError(403, 'Delegation denied for ' + grant.email, 'forbidden'));
    }
    const box = mailbox(grant.email);
    const q = url.searchParams;
    switch (operation) {
      case 'users.getProfile':
        return sendJson(res, 200, { emailAddress: box.email, messagesTotal: box.messages.size, threadsTotal: new Set([...box.messages.values()].map((m) => m.threadId)).size, historyId: String(box.historyId) });
      case 'messages.list': {
        if (emulator.refuseSearchesContaining !== null && (q.get('q') ?? '').includes(emulator.refuseSearchesContaining)) {
          return sendJson(res, 400, googleError(400, 'Invalid query'));
        }
        const maxResults = Math.min(Number(q.get('maxResults') ?? 100) || 100, 500);
        const labelIds = q.getAll('labelIds');
        const includeSpamTrash = q.get('includeSpamTrash') === 'true';
        const listingKey = JSON.stringify([q.get('q') ?? '', labelIds, includeSpamTrash]);
        let all = box.listings.get(listingKey);
        if (!all) {
          const matches = compileGmailQuery(q.get('q') ?? '');
          all = [...box.messages.values()]
            .filter((m) => includeSpamTrash || !m.labelIds.some((l) => l === 'SPAM' || l === 'TRASH'))
            .filter((m) => labelIds.every((l) => m.labelIds.includes(l)))
            .filter((m) => matches((m.searchable ??= { internalDateMs: m.internalDateMs, labelIds: m.labelIds, from: m.input.from, to: m.input.to ?? '', subject: m.input.subject, body: plainTextOf(m.input) })))
            .sort((a, b) => b.internalDateMs - a.internalDateMs || (a.id < b.id ? 1 : -1));
          box.listings.set(listingKey, all);
        }
        let start = 0;
        const pageToken = q.get('pageToken');
        if (pageToken) {
          const decoded = /^(\d+):([0-9a-f]+)$/.exec(Buffer.from(pageToken, 'base64url').toString());
          if (!decoded) return sendJson(res, 400, googleError(400, 'Invalid pageToken'));
          const [at, afterId] = [Number(decoded[1]), decoded[2]!];
          start = all.findIndex((m) => m.internalDateMs < at || (m.internalDateMs === at && m.id < afterId));
          if (start < 0) start = all.length;
        }
        const page = all.slice(start, start + maxResults);
        const last = page.at(-1);
        const more = start + maxResults < all.length && last;
        return sendJson(res, 200, {
          ...(page.length ? { messages: page.map((m) => ({ id: m.id, threadId: m.threadId })) } : {}),
          ...(more ? { nextPageToken: Buffer.from(`${last.internalDateMs}:${last.id}`).toString('base64url') } : {}),
          resultSizeEstimate: all.length,
        });
      }
      case 'messages.get': {
        const m = box.messages.get(messageId!);
        if (!m) return sendJson(res, 404, googleError(404));
        const format = q.get('format') ?? 'full';
        if (!['full', 'metadata', 'minimal', 'raw'].includes(format)) return sendJson(res, 400, googleError(400, `Invalid value at 'format' (${format})`));
        if (format === 'full') {
          m.fullJson ??= JSON.stringify(renderMessage(m, format, []));
          res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
          return void res.end(m.fullJson);
        }
        return sendJson(res, 200, renderMessage(m, format, q.getAll('metadataHeaders')));
      }
      case 'messages.attachments.get': {
        const m = box.messages.get(messageId!);
        const content = m ? attachmentBody(m, decodeURIComponent(attachmentId!)) : null;
        if (content === null) return sendJson(res, 404, googleError(404));
        const data = Buffer.from(content, 'utf8');
        return sendJson(res, 200, { size: data.length, data: data.toString('base64url') });
      }
      case 'history.list': {
        const start = Number(q.get('startHistoryId'));
        if (!q.get('startHistoryId') || !Number.isInteger(start)) return sendJson(res, 400, googleError(400, 'Invalid startHistoryId', 'invalidArgument'));
        if (start < box.oldestHistoryId) return sendJson(res, 404, googleError(404));
        const maxResults = Math.min(Number(q.get('maxResults') ?? 100) || 100, 500);
        const types = q.getAll('historyTypes');
        const labelId = q.get('labelId');
        const pageToken = q.get('pageToken');
        const after = pageToken ? Number(Buffer.from(pageToken, 'base64url').toString()) : start;
        const records = box.history
          .filter((r) => r.id > after)
          .filter((r) => (r.added ? !types.length || types.includes('messageAdded') : !types.length || types.includes('messageDeleted')))
          .filter((r) => !labelId || (r.added?.labelIds.includes(labelId) ?? true));
        const page = records.slice(0, maxResults);
        const more = records.length > maxResults;
        return sendJson(res, 200, {
          ...(page.length
            ? {
                history: page.map((r) => {
                  const ref = r.added ? { id: r.added.id, threadId: r.added.threadId } : r.deletedId!;
                  return r.added
                    ? { id: String(r.id), messages: [ref], messagesAdded: [{ message: { ...ref, labelIds: r.added.labelIds } }] }
                    : { id: String(r.id), messages: [ref], messagesDeleted: [{ message: ref }] };
                }),
              }
            : {}),
          ...(more ? { nextPageToken: Buffer.from(String(page.at(-1)!.id)).toString('base64url') } : {}),
          historyId: String(box.historyId),
        });
      }
      case 'users.watch': {
        const body = JSON.parse((await readBody(req)) || '{}') as { topicName?: string };
        if (!body.topicName || !/^projects\/[^/]+\/topics\/[^/]+$/.test(body.topicName)) {
          return sendJson(res, 400, googleError(400, 'Invalid topicName does not match projects/SOME-PROJECT/topics/SOME-TOPIC', 'invalidArgument'));
        }
        box.watch = { topicName: body.topicName, expiration: Date.now() + 7 * 24 * 3600 * 1000 };
        return sendJson(res, 200, { historyId: String(box.historyId), expiration: String(box.watch.expiration) });
      }
      case 'users.stop':
        box.watch = null;
        res.writeHead(204);
        return void res.end();
    }
  }

  /**
   * Gmail's batch endpoint: a multipart/mixed body of up to 100 GETs, each answered as its own
   * application/http part (status, headers, body). Every inner call is counted, paced by faults and
   * authorized like a single call; the outer request must carry a valid token (else 401, so the
   * client refreshes). A reset or timeout fault on any inner call hits the whole batch.
   */
  async function handleBatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, googleError(405, 'Method not allowed'));
    count('batch'); // no quota units of its own: each inner call counts its own
    const fault = faults.take('batch');
    if (fault) {
      playFault(fault, res, (status) => googleError(status));
      return;
    }
    const grant = grantOf(req, res);
    if (!grant) return;
    const boundary = /boundary="?([^";]+)"?/i.exec(req.headers['content-type'] ?? '')?.[1];
    if (!boundary) return sendJson(res, 400, googleError(400, 'Batch requests must be multipart/mixed'));
    const body = await readBody(req, 4 * 1024 * 1024);
    const parts = body.split(`--${boundary}`).slice(1).filter((p) => !p.startsWith('--'));
    if (parts.length > 100) return sendJson(res, 400, googleError(400, 'A batch request cannot contain more than 100 requests'));
    const answered: string[] = [];
    for (const part of parts) {
      const [outer, inner] = splitOnce(part.replace(/^\r?\n/, ''));
      const contentId = /^content-id:\s*<?([^>\r\n]+)>?/im.exec(outer)?.[1]?.trim() ?? '';
      const requestLine = /^(GET|POST)\s+(\S+)/.exec(inner.trimStart());
      const captured = captureResponse();
      if (!requestLine) captured.fail(400, googleError(400, 'Malformed batch part'));
      else {
        const innerUrl = new URL(requestLine[2]!, 'http://emulator');
        const fakeRequest = { method: requestLine[1], headers: { authorization: req.headers.authorization }, url: requestLine[2] } as unknown as IncomingMessage;
        await handleGmail(fakeRequest, captured.response, innerUrl);
      }
      if (captured.reset) return void res.socket?.destroy();
      if (!captured.ended) return; // a timeout: the whole batch is never answered
      answered.push(
        `--batch_emulated\r\nContent-Type: application/http\r\nContent-ID: <response-${contentId}>\r\n\r\n` +
          `HTTP/1.1 ${captured.status} ${captured.status === 200 ? 'OK' : 'Error'}\r\n` +
          Object.entries(captured.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('') +
          `\r\n${captured.body}\r\n`,
      );
    }
    res.writeHead(200, { 'content-type': 'multipart/mixed; boundary=batch_emulated' });
    res.end(`${answered.join('')}--batch_emulated--\r\n`);
  }

  /** [head, rest] at the first blank line. */
  function splitOnce(text: string): [string, string] {
    const match = /\r?\n\r?\n/.exec(text);
    if (!match) return [text, ''];
    return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
  }

  /** A stand-in ServerResponse that keeps what a handler answered (for batch parts). */
  function captureResponse() {
    const state = { status: 0, headers: {} as Record<string, string>, body: '', ended: false, reset: false };
    const response = {
      headersSent: false,
      setHeader(name: string, value: string) {
        state.headers[name.toLowerCase()] = String(value);
      },
      writeHead(status: number, headers: Record<string, string> = {}) {
        state.status = status;
        for (const [name, value] of Object.entries(headers)) state.headers[name.toLowerCase()] = String(value);
        return response;
      },
      end(body?: string) {
        state.body = body ?? '';
        state.ended = true;
      },
      socket: { destroy: () => void (state.reset = true) },
    };
    return Object.assign(state, {
      response: response as unknown as ServerResponse,
      fail(status: number, body: unknown) {
        response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
        response.end(JSON.stringify(body));
      },
    });
  }

  const server = await listenOnLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (await handleOAuth(req, res, url)) return;
    if (url.pathname === '/batch/gmail/v1') return handleBatch(req, res);
    if (url.pathname.startsWith('/gmail/v1/')) return handleGmail(req, res, url);
    sendJson(res, 404, googleError(404));
  });

  const baseUrl = server.url;
  Object.assign(emulator, {
    baseUrl,
    clientId,
    clientSecret,
    authUrl: `${baseUrl}/o/oauth2/v2/auth`,
    tokenUrl: `${baseUrl}/token`,
    revokeUrl: `${baseUrl}/revoke`,
    apiRootUrl: `${baseUrl}/`,
    certsUrl: `${baseUrl}/oauth2/v3/certs`,
    consent: { email: 'candidate@gmail.test', deny: false },
    push: { endpoint: null, audience: 'https://applytrack.test/webhooks/gmail', serviceAccountEmail: 'gmail-push@emulated.iam.gserviceaccount.com', duplicate: false },
    faults,
    counters,
    signer,
    env: () => ({
      GOOGLE_CLIENT_ID: clientId,
      GOOGLE_CLIENT_SECRET: clientSecret,
      GOOGLE_AUTH_URL: emulator.authUrl,
      GOOGLE_TOKEN_URL: emulator.tokenUrl,
      GOOGLE_REVOKE_URL: emulator.revokeUrl,
      GOOGLE_API_ROOT_URL: emulator.apiRootUrl,
      GOOGLE_CERTS_URL: emulator.certsUrl,
    }),
    addMailbox: (email: string) => void mailbox(email),
    addMessage(email: string, input: MailInput, opts: { labelIds?: string[]; threadId?: string; readable?: boolean } = {}) {
      const box = mailbox(email);
      const id = (idCounter++).toString(16).padStart(16, '0');
      const stored: StoredMessage = {
        id,
        threadId: opts.threadId ?? id,
        labelIds: opts.labelIds ?? ['INBOX', 'UNREAD', 'CATEGORY_PERSONAL'],
        internalDateMs: (input.date ?? new Date()).getTime(),
        historyId: 0,
        headers: headersOf(input, `${id}@emulated.mail`),
        tree: mimeTreeOf(input),
        input,
      };
      const publish = () => {
        box.historyId += 1;
        stored.historyId = box.historyId;
        box.messages.set(id, stored);
        box.listings.clear();
        box.history.push({ id: box.historyId, added: stored });
      };
      let announced = box.historyId + 1;
      if (opts.readable === false) {
        // Gmail may push before the message can be read: the push names a history id the mailbox
        // does not show yet; the message and its record appear only on reveal().
        sendPush(box, announced);
        return { id, threadId: stored.threadId, historyId: announced, reveal: () => publish() };
      }
      publish();
      announced = box.historyId;
      sendPush(box, announced);
      return { id, threadId: stored.threadId, historyId: announced, reveal: () => undefined };
    },
    deleteMessage(email: string, id: string) {
      const box = mailbox(email);
      const m = box.messages.get(id);
      if (!m) return;
      box.messages.delete(id);
      box.listings.clear();
      box.historyId += 1;
      box.history.push({ id: box.historyId, deletedId: { id, threadId: m.threadId } });
    },
    fail: (operation: string, fault: Fault, times = 1) => faults.add(operation, fault, times),
    refuseSearchesContaining: null,
    expireHistory(email: string) {
      const box = mailbox(email);
      box.oldestHistoryId = box.historyId + 1;
    },
    revokeRefreshTokens(email: string) {
      mailbox(email).refreshRevoked = true;
      for (const [key, value] of accessTokens) if (value.email === email.toLowerCase()) accessTokens.delete(key);
    },
    expireAccessTokens(email: string) {
      for (const [key, value] of accessTokens) if (value.email === email.toLowerCase()) accessTokens.delete(key);
    },
    resetCounters() {
      counters.calls = {};
      counters.quotaUnits = 0;
      counters.pushesSent = 0;
    },
    async settlePushes() {
      while (pendingPushes.size) await Promise.all([...pendingPushes]);
    },
    close: () => server.close(),
  } satisfies Partial<GoogleEmulator>);
  return emulator;
}
