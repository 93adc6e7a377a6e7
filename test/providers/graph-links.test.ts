import { describe, expect, it } from 'vitest';
import { graphConnection } from '../../src/providers/outlook/graph-client.ts';

const tokens = { load: async () => ({ accessToken: 'a', refreshToken: 'r', expiresAt: null }), save: async () => undefined };
const microsoft = (graphUrl: string) => ({ clientId: 'c', clientSecret: 's', tenant: 'common', authorityUrl: 'http://127.0.0.1:1', graphUrl });

describe('Graph nextLink / deltaLink', () => {
  it('keeps only the path and query under /v1.0/, whatever host the link names', async () => {
    const { relativeLink } = await graphConnection(microsoft('http://127.0.0.1:4100'), tokens);
    expect(relativeLink("http://127.0.0.1:4100/v1.0/me/mailFolders('Inbox')/messages/delta?$deltatoken=abc")).toBe("me/mailFolders('Inbox')/messages/delta?$deltatoken=abc");
    expect(relativeLink('http://localhost:4100/v1.0/me/messages/delta?$skiptoken=x')).toBe('me/messages/delta?$skiptoken=x');
    expect(relativeLink('https://graph.microsoft.com/beta/me/messages')).toBeNull();
  });

  it('honours a base with a path prefix', async () => {
    const { relativeLink } = await graphConnection(microsoft('http://127.0.0.1:4100/graph/'), tokens);
    expect(relativeLink('http://127.0.0.1:4100/graph/v1.0/me/messages/delta?$skiptoken=x')).toBe('me/messages/delta?$skiptoken=x');
    expect(relativeLink('http://127.0.0.1:4100/v1.0/me/messages/delta')).toBeNull();
  });
});
