import { graphql } from '../gql/index.ts';

/** The operations the API tests send, typed by graphql-codegen from schema.graphql. */

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
    }
  }
`);

export const ApplicationFieldsFragment = graphql(`
  fragment ApplicationFields on Application {
    id
    company
    companyDomain
    jobTitle
    status
    source
    atsProvider
    atsJobId
    appliedAt
    createdAt
  }
`);

export const CreateApplication = graphql(`
  mutation CreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      ...ApplicationFields
      statusHistory {
        id
        from
        to
        cause
      }
    }
  }
`);

export const UpdateApplication = graphql(`
  mutation UpdateApplication($input: UpdateApplicationInput!) {
    updateApplication(input: $input) {
      ...ApplicationFields
      statusHistory {
        id
        from
        to
        cause
        evidence
        reverted
      }
    }
  }
`);

export const DeleteApplication = graphql(`
  mutation DeleteApplication($id: ID!) {
    deleteApplication(id: $id)
  }
`);

export const RevertStatusChange = graphql(`
  mutation RevertStatusChange($id: ID!) {
    revertStatusChange(id: $id) {
      id
      status
      statusHistory {
        id
        from
        to
        cause
        reverted
      }
    }
  }
`);

export const ListApplications = graphql(`
  query ListApplications($first: Int, $after: String, $last: Int, $before: String, $status: [ApplicationStatus!], $search: String) {
    applications(first: $first, after: $after, last: $last, before: $before, status: $status, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          company
          jobTitle
          status
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

export const ApplicationsWithHistory = graphql(`
  query ApplicationsWithHistory($first: Int) {
    applications(first: $first) {
      edges {
        node {
          id
          statusHistory {
            to
          }
        }
      }
    }
  }
`);

export const NodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Application {
        company
      }
      ... on StatusChange {
        to
      }
      ... on User {
        email
      }
    }
  }
`);

export const ApplicationStatusChangedSubscription = graphql(`
  subscription ApplicationStatusChanged {
    applicationStatusChanged {
      application {
        id
        company
        status
      }
      change {
        id
        from
        to
        cause
      }
    }
  }
`);

export const ClassifyEmailQuery = graphql(`
  query ClassifyEmail($input: ClassifyEmailInput!) {
    classifyEmail(input: $input) {
      category
      isJobRelated
      confidence
      evidence
      company
      jobTitle
      atsProvider
      atsJobId
      interview {
        start
        end
        timeZone
        meetingUrl
        meetingProvider
        schedulingUrl
      }
      offer {
        baseSalary
        currency
        period
        startDate
        benefitsMentioned
      }
    }
  }
`);

export const StatusHistoryQuery = graphql(`
  query StatusHistory($id: ID!) {
    node(id: $id) {
      ... on Application {
        status
        statusHistory {
          id
          from
          to
          cause
          reverted
        }
      }
    }
  }
`);

export const StatusChangedWithHistorySubscription = graphql(`
  subscription StatusChangedWithHistory {
    applicationStatusChanged {
      application {
        id
        status
        statusHistory {
          to
        }
      }
    }
  }
`);

export const ApplicationIdsOnly = graphql(`
  query ApplicationIdsOnly($first: Int) {
    applications(first: $first) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

export const ApplicationCountThroughFragment = graphql(`
  query ApplicationCountThroughFragment {
    applications(first: 1) {
      ...ApplicationCount
    }
  }
  fragment ApplicationCount on ApplicationConnection {
    ... on ApplicationConnection {
      totalCount
    }
  }
`);
