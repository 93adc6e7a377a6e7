import type { Client, Context, Middleware } from '@microsoft/microsoft-graph-client';
import { AuthRevokedError } from '../provider.ts';
import type { OAuthTokens, TokenStore } from '../token-store.ts';
import { refreshMicrosoftTokens, type MicrosoftConfig } from './microsoft-oauth.ts';

/**
 * The bearer token for requests to the configured Graph origin, and nothing else. The SDK's own
 * AuthenticationHandler sends it only to https Graph hosts (or customHosts, also https only), which
 * breaks a plain http:// MICROSOFT_GRAPH_URL; this sends it to exactly the configured origin,
 * so production (https) behaves the same and a token never goes to another host.
 */
class ConfiguredOriginBearer implements Middleware {
  private next: Middleware | undefined;
  private readonly origin: string;
  private readonly accessToken: () => Promise<string>;

  constructor(origin: string, accessToken: () => Promise<string>) {
    this.origin = origin;
    this.accessToken = accessToken;
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (new URL(url).origin === this.origin) {
      const headers = new Headers(context.options?.headers as HeadersInit | undefined);
      headers.set('Authorization', `Bearer ${await this.accessToken()}`);
      context.options = { ...context.options, headers };
    }
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Refreshes ahead of expiry, persists every rotated grant (Microsoft issues a new refresh token each time). */
export class MicrosoftGrant {
  private current: OAuthTokens | undefined;
  private refreshing: Promise<OAuthTokens> | undefined;
  private readonly microsoft: MicrosoftConfig;
  private readonly store: TokenStore;

  constructor(microsoft: MicrosoftConfig, store: TokenStore) {
    this.microsoft = microsoft;
    this.store = store;
  }

  async accessToken(): Promise<string> {
    this.current ??= await this.store.load();
    if (this.current.expiresAt !== null && this.current.expiresAt - 60_000 < Date.now()) await this.refresh();
    return this.current.accessToken;
  }

  /** One refresh at a time; invalid_grant throws AuthRevokedError. */
  async refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      const stale = this.current ?? (await this.store.load());
      const fresh = await refreshMicrosoftTokens(this.microsoft, stale);
      await this.store.save(fresh);
      return fresh;
    })().finally(() => (this.refreshing = undefined));
    this.current = await this.refreshing;
  }
}

export interface GraphConnection {
  client: Client;
  grant: MicrosoftGrant;
  /** A nextLink/deltaLink Graph returned, as a path under the configured base's /v1.0/; null if it is not one. */
  relativeLink(link: string): string | null;
}

/** The Graph SDK is loaded on first use, not at start-up (a server without Outlook never needs it). */
export async function graphConnection(microsoft: MicrosoftConfig, store: TokenStore): Promise<GraphConnection> {
  const { Client, HTTPMessageHandler } = await import('@microsoft/microsoft-graph-client');
  const base = microsoft.graphUrl.replace(/\/$/, '');
  const grant = new MicrosoftGrant(microsoft, store);
  const bearer = new ConfiguredOriginBearer(new URL(base).origin, () => grant.accessToken());
  // Our chain: no RetryHandler (our backoff is the one policy), no RedirectHandler (Graph mail does not redirect).
  bearer.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({ middleware: bearer, baseUrl: base, defaultVersion: 'v1.0' });
  return {
    client,
    grant,
    relativeLink(link) {
      // Only the path and query of a link are kept: it is always requested at the configured base,
      // so a link naming another host (or localhost for 127.0.0.1) never receives the token.
      let parsed: URL;
      try {
        parsed = new URL(link, `${base}/`);
      } catch {
        return null;
      }
      const prefix = `${new URL(base).pathname.replace(/\/$/, '')}/v1.0/`;
      return parsed.pathname.startsWith(prefix) ? parsed.pathname.slice(prefix.length) + parsed.search : null;
    },
  };
}

export { AuthRevokedError };
