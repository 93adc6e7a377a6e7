import { GraphQLError } from 'graphql';
import { builder } from '../../schema/builder.ts';
import { BadUserInputError } from '../../schema/errors.ts';
import { parseGlobalId } from '../../schema/global-id.ts';
import type { UserRow } from '../users/user.entity.ts';
import { ProviderNotConfiguredError, startConnect } from './mail-account-connect.ts';
import { disconnectMailAccount } from './mail-account-disconnect.ts';
import { MailAccountRef, MailProviderEnum } from './mail-account.schema.ts';

/** Connecting a provider this server has no OAuth client for. */
export class ProviderDisabledError extends GraphQLError {
  constructor(provider: string) {
    super(`${provider} is not configured on this server (its OAuth client id and secret are unset)`, {
      extensions: { code: 'PROVIDER_DISABLED', provider },
    });
  }
}

const ConnectMailAccountPayload = builder.objectRef<{ authorizationUrl: string }>('ConnectMailAccountPayload').implement({
  fields: (t) => ({
    authorizationUrl: t.exposeString('authorizationUrl', {
      description: "Send the browser here: the provider's consent screen, which returns to the server and then to APP_URL.",
    }),
  }),
});

builder.objectField(MailAccountRef, 'pushExpiresAt', (t) =>
  t.expose('watchExpiresAt', { type: 'DateTime', nullable: true, description: 'When the push watch/subscription ends unless renewed; null without push.' }),
);

builder.mutationFields((t) => ({
  connectMailAccount: t.field({
    type: ConnectMailAccountPayload,
    description: 'Starts connecting a mailbox: OAuth authorization code flow with PKCE; the state expires in 10 minutes.',
    args: { provider: t.arg({ type: MailProviderEnum, required: true }) },
    resolve: async (_root, { provider }, ctx) => {
      if (provider === 'MBOX') throw new BadUserInputError('MBOX mailboxes are imported with `npm run import`, not connected', 'provider');
      try {
        return await startConnect(ctx.em, ctx.config, ctx.viewer as UserRow, provider);
      } catch (error) {
        if (error instanceof ProviderNotConfiguredError) throw new ProviderDisabledError(provider);
        throw error;
      }
    },
  }),
  disconnectMailAccount: t.field({
    type: 'ID',
    description: 'Revokes the grant at the provider, then deletes the tokens, the account and its synced mail.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      await disconnectMailAccount(ctx.em, ctx.config, ctx.log, ctx.viewer as UserRow, parseGlobalId(String(id), 'MailAccount', 'id'));
      return id;
    },
  }),
}));
