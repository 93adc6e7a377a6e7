import { graphql } from '../gql/index.ts';

/** The operations the mailbox tests send, typed by graphql-codegen from schema.graphql. */

export const MailAccountsQuery = graphql(`
  query MailAccounts {
    mailAccounts {
      id
      provider
      emailAddress
      state
      lastSyncedAt
      lastError
      progress {
        scanned
        total
        jobRelated
        skipped
      }
    }
  }
`);
