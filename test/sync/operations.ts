import { graphql } from '../gql/index.ts';

/** The operations the sync tests send, typed by graphql-codegen from schema.graphql. */

export const SyncMail = graphql(`
  mutation SyncMail($accountId: ID) {
    syncMail(accountId: $accountId) {
      state
      activeThreadCount
      accounts {
        id
        state
      }
    }
  }
`);

export const SyncStatusQuery = graphql(`
  query SyncStatus {
    syncStatus {
      state
      lastSyncedAt
      activeThreadCount
      accounts {
        id
        provider
        state
        lastError
        progress {
          scanned
          total
          jobRelated
          skipped
        }
      }
    }
  }
`);

export const SyncStatusSubscription = graphql(`
  subscription SyncStatusChanges {
    syncStatus {
      state
      activeThreadCount
      accounts {
        state
        progress {
          scanned
        }
      }
    }
  }
`);

export const StatusChangesSubscription = graphql(`
  subscription StatusChanges {
    applicationStatusChanged {
      application {
        id
        company
        jobTitle
        status
      }
      change {
        from
        to
        cause
        evidence
      }
    }
  }
`);

export const ThreadUpdatedSubscription = graphql(`
  subscription ThreadUpdates {
    threadUpdated {
      id
      subject
      messageCount
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard {
    applications(first: 50) {
      totalCount
      edges {
        node {
          id
          company
          jobTitle
          status
          source
          atsJobId
          offer {
            baseSalary
            currency
            period
            startDate
          }
          interviews {
            schedulingUrl
            meetingUrl
          }
          threads {
            id
            subject
            messageCount
            isActive
          }
          statusHistory {
            from
            to
            cause
          }
        }
      }
    }
    threads(first: 50) {
      totalCount
      edges {
        node {
          id
          subject
          isActive
          messageCount
          application {
            company
            jobTitle
          }
          messages {
            subject
            category
          }
        }
      }
    }
    active: threads(first: 50, activeOnly: true) {
      totalCount
    }
    reviews(first: 10) {
      totalCount
    }
  }
`);

export const LinkThread = graphql(`
  mutation LinkThread($threadId: ID!, $applicationId: ID!) {
    linkThread(threadId: $threadId, applicationId: $applicationId) {
      id
      linkedByUser
      isActive
      application {
        id
        company
      }
    }
  }
`);

export const ReviewsQuery = graphql(`
  query Reviews {
    reviews(first: 10) {
      totalCount
      edges {
        node {
          id
          kind
          state
          proposedStatus
          proposedApplication {
            id
          }
          message {
            subject
            company
          }
        }
      }
    }
  }
`);

export const ResolveReview = graphql(`
  mutation ResolveReview($id: ID!, $accept: Boolean!, $applicationId: ID) {
    resolveReview(id: $id, accept: $accept, applicationId: $applicationId) {
      id
      state
    }
  }
`);

export const ThreadsQuery = graphql(`
  query Threads($activeOnly: Boolean) {
    threads(first: 20, activeOnly: $activeOnly) {
      totalCount
      edges {
        node {
          id
          subject
          linkedByUser
          application {
            id
            jobTitle
            status
          }
        }
      }
    }
    applications(first: 20) {
      edges {
        node {
          id
          jobTitle
          status
        }
      }
    }
  }
`);
