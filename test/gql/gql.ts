/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConnectMailAccount($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n": typeof types.ConnectMailAccountDocument,
    "\n  mutation DisconnectMailAccount($id: ID!) {\n    disconnectMailAccount(id: $id)\n  }\n": typeof types.DisconnectMailAccountDocument,
    "\n  query ConnectedAccounts {\n    mailAccounts {\n      id\n      provider\n      emailAddress\n      state\n      lastError\n    }\n  }\n": typeof types.ConnectedAccountsDocument,
    "\n  mutation ConnectOutlook($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n": typeof types.ConnectOutlookDocument,
    "\n  mutation DisconnectOutlook($id: ID!) {\n    disconnectMailAccount(id: $id)\n  }\n": typeof types.DisconnectOutlookDocument,
    "\n  query MailAccounts {\n    mailAccounts {\n      id\n      provider\n      emailAddress\n      state\n      lastSyncedAt\n      lastError\n      progress {\n        scanned\n        total\n        jobRelated\n        skipped\n      }\n    }\n  }\n": typeof types.MailAccountsDocument,
    "\n  mutation ConnectForPush($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n": typeof types.ConnectForPushDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment ApplicationFields on Application {\n    id\n    company\n    companyDomain\n    jobTitle\n    status\n    source\n    atsProvider\n    atsJobId\n    appliedAt\n    createdAt\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n      statusHistory {\n        id\n        from\n        to\n        cause\n      }\n    }\n  }\n": typeof types.CreateApplicationDocument,
    "\n  mutation UpdateApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      ...ApplicationFields\n      statusHistory {\n        id\n        from\n        to\n        cause\n        evidence\n        reverted\n      }\n    }\n  }\n": typeof types.UpdateApplicationDocument,
    "\n  mutation DeleteApplication($id: ID!) {\n    deleteApplication(id: $id)\n  }\n": typeof types.DeleteApplicationDocument,
    "\n  mutation RevertStatusChange($id: ID!) {\n    revertStatusChange(id: $id) {\n      id\n      status\n      statusHistory {\n        id\n        from\n        to\n        cause\n        reverted\n      }\n    }\n  }\n": typeof types.RevertStatusChangeDocument,
    "\n  query ListApplications($first: Int, $after: String, $last: Int, $before: String, $status: [ApplicationStatus!], $search: String) {\n    applications(first: $first, after: $after, last: $last, before: $before, status: $status, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          company\n          jobTitle\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.ListApplicationsDocument,
    "\n  query ApplicationsWithHistory($first: Int) {\n    applications(first: $first) {\n      edges {\n        node {\n          id\n          statusHistory {\n            to\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplicationsWithHistoryDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Application {\n        company\n      }\n      ... on StatusChange {\n        to\n      }\n      ... on User {\n        email\n      }\n    }\n  }\n": typeof types.NodeDocument,
    "\n  subscription ApplicationStatusChanged {\n    applicationStatusChanged {\n      application {\n        id\n        company\n        status\n      }\n      change {\n        id\n        from\n        to\n        cause\n      }\n    }\n  }\n": typeof types.ApplicationStatusChangedDocument,
    "\n  query ClassifyEmail($input: ClassifyEmailInput!) {\n    classifyEmail(input: $input) {\n      category\n      isJobRelated\n      confidence\n      evidence\n      company\n      jobTitle\n      atsProvider\n      atsJobId\n      interview {\n        start\n        end\n        timeZone\n        meetingUrl\n        meetingProvider\n        schedulingUrl\n      }\n      offer {\n        baseSalary\n        currency\n        period\n        startDate\n        benefitsMentioned\n      }\n    }\n  }\n": typeof types.ClassifyEmailDocument,
    "\n  query StatusHistory($id: ID!) {\n    node(id: $id) {\n      ... on Application {\n        status\n        statusHistory {\n          id\n          from\n          to\n          cause\n          reverted\n        }\n      }\n    }\n  }\n": typeof types.StatusHistoryDocument,
    "\n  subscription StatusChangedWithHistory {\n    applicationStatusChanged {\n      application {\n        id\n        status\n        statusHistory {\n          to\n        }\n      }\n    }\n  }\n": typeof types.StatusChangedWithHistoryDocument,
    "\n  query ApplicationIdsOnly($first: Int) {\n    applications(first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ApplicationIdsOnlyDocument,
    "\n  query ApplicationCountThroughFragment {\n    applications(first: 1) {\n      ...ApplicationCount\n    }\n  }\n  fragment ApplicationCount on ApplicationConnection {\n    ... on ApplicationConnection {\n      totalCount\n    }\n  }\n": typeof types.ApplicationCountThroughFragmentDocument,
    "\n  mutation SyncMail($accountId: ID) {\n    syncMail(accountId: $accountId) {\n      state\n      activeThreadCount\n      accounts {\n        id\n        state\n      }\n    }\n  }\n": typeof types.SyncMailDocument,
    "\n  query SyncStatus {\n    syncStatus {\n      state\n      lastSyncedAt\n      activeThreadCount\n      accounts {\n        id\n        provider\n        state\n        lastError\n        progress {\n          scanned\n          total\n          jobRelated\n          skipped\n        }\n      }\n    }\n  }\n": typeof types.SyncStatusDocument,
    "\n  subscription SyncStatusChanges {\n    syncStatus {\n      state\n      activeThreadCount\n      accounts {\n        state\n        progress {\n          scanned\n        }\n      }\n    }\n  }\n": typeof types.SyncStatusChangesDocument,
    "\n  subscription StatusChanges {\n    applicationStatusChanged {\n      application {\n        id\n        company\n        jobTitle\n        status\n      }\n      change {\n        from\n        to\n        cause\n        evidence\n      }\n    }\n  }\n": typeof types.StatusChangesDocument,
    "\n  subscription ThreadUpdates {\n    threadUpdated {\n      id\n      subject\n      messageCount\n    }\n  }\n": typeof types.ThreadUpdatesDocument,
    "\n  query Dashboard {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          company\n          jobTitle\n          status\n          source\n          atsJobId\n          offer {\n            baseSalary\n            currency\n            period\n            startDate\n          }\n          interviews {\n            schedulingUrl\n            meetingUrl\n          }\n          threads {\n            id\n            subject\n            messageCount\n            isActive\n          }\n          statusHistory {\n            from\n            to\n            cause\n          }\n        }\n      }\n    }\n    threads(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          isActive\n          messageCount\n          application {\n            company\n            jobTitle\n          }\n          messages {\n            subject\n            category\n          }\n        }\n      }\n    }\n    active: threads(first: 50, activeOnly: true) {\n      totalCount\n    }\n    reviews(first: 10) {\n      totalCount\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation LinkThread($threadId: ID!, $applicationId: ID!) {\n    linkThread(threadId: $threadId, applicationId: $applicationId) {\n      id\n      linkedByUser\n      isActive\n      application {\n        id\n        company\n      }\n    }\n  }\n": typeof types.LinkThreadDocument,
    "\n  query Reviews {\n    reviews(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          state\n          proposedStatus\n          proposedApplication {\n            id\n          }\n          message {\n            subject\n            company\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewsDocument,
    "\n  mutation ResolveReview($id: ID!, $accept: Boolean!, $applicationId: ID) {\n    resolveReview(id: $id, accept: $accept, applicationId: $applicationId) {\n      id\n      state\n    }\n  }\n": typeof types.ResolveReviewDocument,
    "\n  query Threads($activeOnly: Boolean) {\n    threads(first: 20, activeOnly: $activeOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          linkedByUser\n          application {\n            id\n            jobTitle\n            status\n          }\n        }\n      }\n    }\n    applications(first: 20) {\n      edges {\n        node {\n          id\n          jobTitle\n          status\n        }\n      }\n    }\n  }\n": typeof types.ThreadsDocument,
};
const documents: Documents = {
    "\n  mutation ConnectMailAccount($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n": types.ConnectMailAccountDocument,
    "\n  mutation DisconnectMailAccount($id: ID!) {\n    disconnectMailAccount(id: $id)\n  }\n": types.DisconnectMailAccountDocument,
    "\n  query ConnectedAccounts {\n    mailAccounts {\n      id\n      provider\n      emailAddress\n      state\n      lastError\n    }\n  }\n": types.ConnectedAccountsDocument,
    "\n  mutation ConnectOutlook($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n": types.ConnectOutlookDocument,
    "\n  mutation DisconnectOutlook($id: ID!) {\n    disconnectMailAccount(id: $id)\n  }\n": types.DisconnectOutlookDocument,
    "\n  query MailAccounts {\n    mailAccounts {\n      id\n      provider\n      emailAddress\n      state\n      lastSyncedAt\n      lastError\n      progress {\n        scanned\n        total\n        jobRelated\n        skipped\n      }\n    }\n  }\n": types.MailAccountsDocument,
    "\n  mutation ConnectForPush($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n": types.ConnectForPushDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment ApplicationFields on Application {\n    id\n    company\n    companyDomain\n    jobTitle\n    status\n    source\n    atsProvider\n    atsJobId\n    appliedAt\n    createdAt\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n      statusHistory {\n        id\n        from\n        to\n        cause\n      }\n    }\n  }\n": types.CreateApplicationDocument,
    "\n  mutation UpdateApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      ...ApplicationFields\n      statusHistory {\n        id\n        from\n        to\n        cause\n        evidence\n        reverted\n      }\n    }\n  }\n": types.UpdateApplicationDocument,
    "\n  mutation DeleteApplication($id: ID!) {\n    deleteApplication(id: $id)\n  }\n": types.DeleteApplicationDocument,
    "\n  mutation RevertStatusChange($id: ID!) {\n    revertStatusChange(id: $id) {\n      id\n      status\n      statusHistory {\n        id\n        from\n        to\n        cause\n        reverted\n      }\n    }\n  }\n": types.RevertStatusChangeDocument,
    "\n  query ListApplications($first: Int, $after: String, $last: Int, $before: String, $status: [ApplicationStatus!], $search: String) {\n    applications(first: $first, after: $after, last: $last, before: $before, status: $status, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          company\n          jobTitle\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.ListApplicationsDocument,
    "\n  query ApplicationsWithHistory($first: Int) {\n    applications(first: $first) {\n      edges {\n        node {\n          id\n          statusHistory {\n            to\n          }\n        }\n      }\n    }\n  }\n": types.ApplicationsWithHistoryDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Application {\n        company\n      }\n      ... on StatusChange {\n        to\n      }\n      ... on User {\n        email\n      }\n    }\n  }\n": types.NodeDocument,
    "\n  subscription ApplicationStatusChanged {\n    applicationStatusChanged {\n      application {\n        id\n        company\n        status\n      }\n      change {\n        id\n        from\n        to\n        cause\n      }\n    }\n  }\n": types.ApplicationStatusChangedDocument,
    "\n  query ClassifyEmail($input: ClassifyEmailInput!) {\n    classifyEmail(input: $input) {\n      category\n      isJobRelated\n      confidence\n      evidence\n      company\n      jobTitle\n      atsProvider\n      atsJobId\n      interview {\n        start\n        end\n        timeZone\n        meetingUrl\n        meetingProvider\n        schedulingUrl\n      }\n      offer {\n        baseSalary\n        currency\n        period\n        startDate\n        benefitsMentioned\n      }\n    }\n  }\n": types.ClassifyEmailDocument,
    "\n  query StatusHistory($id: ID!) {\n    node(id: $id) {\n      ... on Application {\n        status\n        statusHistory {\n          id\n          from\n          to\n          cause\n          reverted\n        }\n      }\n    }\n  }\n": types.StatusHistoryDocument,
    "\n  subscription StatusChangedWithHistory {\n    applicationStatusChanged {\n      application {\n        id\n        status\n        statusHistory {\n          to\n        }\n      }\n    }\n  }\n": types.StatusChangedWithHistoryDocument,
    "\n  query ApplicationIdsOnly($first: Int) {\n    applications(first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ApplicationIdsOnlyDocument,
    "\n  query ApplicationCountThroughFragment {\n    applications(first: 1) {\n      ...ApplicationCount\n    }\n  }\n  fragment ApplicationCount on ApplicationConnection {\n    ... on ApplicationConnection {\n      totalCount\n    }\n  }\n": types.ApplicationCountThroughFragmentDocument,
    "\n  mutation SyncMail($accountId: ID) {\n    syncMail(accountId: $accountId) {\n      state\n      activeThreadCount\n      accounts {\n        id\n        state\n      }\n    }\n  }\n": types.SyncMailDocument,
    "\n  query SyncStatus {\n    syncStatus {\n      state\n      lastSyncedAt\n      activeThreadCount\n      accounts {\n        id\n        provider\n        state\n        lastError\n        progress {\n          scanned\n          total\n          jobRelated\n          skipped\n        }\n      }\n    }\n  }\n": types.SyncStatusDocument,
    "\n  subscription SyncStatusChanges {\n    syncStatus {\n      state\n      activeThreadCount\n      accounts {\n        state\n        progress {\n          scanned\n        }\n      }\n    }\n  }\n": types.SyncStatusChangesDocument,
    "\n  subscription StatusChanges {\n    applicationStatusChanged {\n      application {\n        id\n        company\n        jobTitle\n        status\n      }\n      change {\n        from\n        to\n        cause\n        evidence\n      }\n    }\n  }\n": types.StatusChangesDocument,
    "\n  subscription ThreadUpdates {\n    threadUpdated {\n      id\n      subject\n      messageCount\n    }\n  }\n": types.ThreadUpdatesDocument,
    "\n  query Dashboard {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          company\n          jobTitle\n          status\n          source\n          atsJobId\n          offer {\n            baseSalary\n            currency\n            period\n            startDate\n          }\n          interviews {\n            schedulingUrl\n            meetingUrl\n          }\n          threads {\n            id\n            subject\n            messageCount\n            isActive\n          }\n          statusHistory {\n            from\n            to\n            cause\n          }\n        }\n      }\n    }\n    threads(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          isActive\n          messageCount\n          application {\n            company\n            jobTitle\n          }\n          messages {\n            subject\n            category\n          }\n        }\n      }\n    }\n    active: threads(first: 50, activeOnly: true) {\n      totalCount\n    }\n    reviews(first: 10) {\n      totalCount\n    }\n  }\n": types.DashboardDocument,
    "\n  mutation LinkThread($threadId: ID!, $applicationId: ID!) {\n    linkThread(threadId: $threadId, applicationId: $applicationId) {\n      id\n      linkedByUser\n      isActive\n      application {\n        id\n        company\n      }\n    }\n  }\n": types.LinkThreadDocument,
    "\n  query Reviews {\n    reviews(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          state\n          proposedStatus\n          proposedApplication {\n            id\n          }\n          message {\n            subject\n            company\n          }\n        }\n      }\n    }\n  }\n": types.ReviewsDocument,
    "\n  mutation ResolveReview($id: ID!, $accept: Boolean!, $applicationId: ID) {\n    resolveReview(id: $id, accept: $accept, applicationId: $applicationId) {\n      id\n      state\n    }\n  }\n": types.ResolveReviewDocument,
    "\n  query Threads($activeOnly: Boolean) {\n    threads(first: 20, activeOnly: $activeOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          linkedByUser\n          application {\n            id\n            jobTitle\n            status\n          }\n        }\n      }\n    }\n    applications(first: 20) {\n      edges {\n        node {\n          id\n          jobTitle\n          status\n        }\n      }\n    }\n  }\n": types.ThreadsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectMailAccount($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectMailAccount($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectMailAccount($id: ID!) {\n    disconnectMailAccount(id: $id)\n  }\n"): (typeof documents)["\n  mutation DisconnectMailAccount($id: ID!) {\n    disconnectMailAccount(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectedAccounts {\n    mailAccounts {\n      id\n      provider\n      emailAddress\n      state\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query ConnectedAccounts {\n    mailAccounts {\n      id\n      provider\n      emailAddress\n      state\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectOutlook($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectOutlook($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectOutlook($id: ID!) {\n    disconnectMailAccount(id: $id)\n  }\n"): (typeof documents)["\n  mutation DisconnectOutlook($id: ID!) {\n    disconnectMailAccount(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailAccounts {\n    mailAccounts {\n      id\n      provider\n      emailAddress\n      state\n      lastSyncedAt\n      lastError\n      progress {\n        scanned\n        total\n        jobRelated\n        skipped\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailAccounts {\n    mailAccounts {\n      id\n      provider\n      emailAddress\n      state\n      lastSyncedAt\n      lastError\n      progress {\n        scanned\n        total\n        jobRelated\n        skipped\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectForPush($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectForPush($provider: MailProvider!) {\n    connectMailAccount(provider: $provider) {\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on Application {\n    id\n    company\n    companyDomain\n    jobTitle\n    status\n    source\n    atsProvider\n    atsJobId\n    appliedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApplicationFields on Application {\n    id\n    company\n    companyDomain\n    jobTitle\n    status\n    source\n    atsProvider\n    atsJobId\n    appliedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n      statusHistory {\n        id\n        from\n        to\n        cause\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n      statusHistory {\n        id\n        from\n        to\n        cause\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      ...ApplicationFields\n      statusHistory {\n        id\n        from\n        to\n        cause\n        evidence\n        reverted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      ...ApplicationFields\n      statusHistory {\n        id\n        from\n        to\n        cause\n        evidence\n        reverted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteApplication($id: ID!) {\n    deleteApplication(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteApplication($id: ID!) {\n    deleteApplication(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertStatusChange($id: ID!) {\n    revertStatusChange(id: $id) {\n      id\n      status\n      statusHistory {\n        id\n        from\n        to\n        cause\n        reverted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevertStatusChange($id: ID!) {\n    revertStatusChange(id: $id) {\n      id\n      status\n      statusHistory {\n        id\n        from\n        to\n        cause\n        reverted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListApplications($first: Int, $after: String, $last: Int, $before: String, $status: [ApplicationStatus!], $search: String) {\n    applications(first: $first, after: $after, last: $last, before: $before, status: $status, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          company\n          jobTitle\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListApplications($first: Int, $after: String, $last: Int, $before: String, $status: [ApplicationStatus!], $search: String) {\n    applications(first: $first, after: $after, last: $last, before: $before, status: $status, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          company\n          jobTitle\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsWithHistory($first: Int) {\n    applications(first: $first) {\n      edges {\n        node {\n          id\n          statusHistory {\n            to\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationsWithHistory($first: Int) {\n    applications(first: $first) {\n      edges {\n        node {\n          id\n          statusHistory {\n            to\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Node($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Application {\n        company\n      }\n      ... on StatusChange {\n        to\n      }\n      ... on User {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query Node($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Application {\n        company\n      }\n      ... on StatusChange {\n        to\n      }\n      ... on User {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ApplicationStatusChanged {\n    applicationStatusChanged {\n      application {\n        id\n        company\n        status\n      }\n      change {\n        id\n        from\n        to\n        cause\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ApplicationStatusChanged {\n    applicationStatusChanged {\n      application {\n        id\n        company\n        status\n      }\n      change {\n        id\n        from\n        to\n        cause\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassifyEmail($input: ClassifyEmailInput!) {\n    classifyEmail(input: $input) {\n      category\n      isJobRelated\n      confidence\n      evidence\n      company\n      jobTitle\n      atsProvider\n      atsJobId\n      interview {\n        start\n        end\n        timeZone\n        meetingUrl\n        meetingProvider\n        schedulingUrl\n      }\n      offer {\n        baseSalary\n        currency\n        period\n        startDate\n        benefitsMentioned\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClassifyEmail($input: ClassifyEmailInput!) {\n    classifyEmail(input: $input) {\n      category\n      isJobRelated\n      confidence\n      evidence\n      company\n      jobTitle\n      atsProvider\n      atsJobId\n      interview {\n        start\n        end\n        timeZone\n        meetingUrl\n        meetingProvider\n        schedulingUrl\n      }\n      offer {\n        baseSalary\n        currency\n        period\n        startDate\n        benefitsMentioned\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusHistory($id: ID!) {\n    node(id: $id) {\n      ... on Application {\n        status\n        statusHistory {\n          id\n          from\n          to\n          cause\n          reverted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatusHistory($id: ID!) {\n    node(id: $id) {\n      ... on Application {\n        status\n        statusHistory {\n          id\n          from\n          to\n          cause\n          reverted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatusChangedWithHistory {\n    applicationStatusChanged {\n      application {\n        id\n        status\n        statusHistory {\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription StatusChangedWithHistory {\n    applicationStatusChanged {\n      application {\n        id\n        status\n        statusHistory {\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationIdsOnly($first: Int) {\n    applications(first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationIdsOnly($first: Int) {\n    applications(first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationCountThroughFragment {\n    applications(first: 1) {\n      ...ApplicationCount\n    }\n  }\n  fragment ApplicationCount on ApplicationConnection {\n    ... on ApplicationConnection {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ApplicationCountThroughFragment {\n    applications(first: 1) {\n      ...ApplicationCount\n    }\n  }\n  fragment ApplicationCount on ApplicationConnection {\n    ... on ApplicationConnection {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncMail($accountId: ID) {\n    syncMail(accountId: $accountId) {\n      state\n      activeThreadCount\n      accounts {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SyncMail($accountId: ID) {\n    syncMail(accountId: $accountId) {\n      state\n      activeThreadCount\n      accounts {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncStatus {\n    syncStatus {\n      state\n      lastSyncedAt\n      activeThreadCount\n      accounts {\n        id\n        provider\n        state\n        lastError\n        progress {\n          scanned\n          total\n          jobRelated\n          skipped\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SyncStatus {\n    syncStatus {\n      state\n      lastSyncedAt\n      activeThreadCount\n      accounts {\n        id\n        provider\n        state\n        lastError\n        progress {\n          scanned\n          total\n          jobRelated\n          skipped\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SyncStatusChanges {\n    syncStatus {\n      state\n      activeThreadCount\n      accounts {\n        state\n        progress {\n          scanned\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SyncStatusChanges {\n    syncStatus {\n      state\n      activeThreadCount\n      accounts {\n        state\n        progress {\n          scanned\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatusChanges {\n    applicationStatusChanged {\n      application {\n        id\n        company\n        jobTitle\n        status\n      }\n      change {\n        from\n        to\n        cause\n        evidence\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription StatusChanges {\n    applicationStatusChanged {\n      application {\n        id\n        company\n        jobTitle\n        status\n      }\n      change {\n        from\n        to\n        cause\n        evidence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadUpdates {\n    threadUpdated {\n      id\n      subject\n      messageCount\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadUpdates {\n    threadUpdated {\n      id\n      subject\n      messageCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          company\n          jobTitle\n          status\n          source\n          atsJobId\n          offer {\n            baseSalary\n            currency\n            period\n            startDate\n          }\n          interviews {\n            schedulingUrl\n            meetingUrl\n          }\n          threads {\n            id\n            subject\n            messageCount\n            isActive\n          }\n          statusHistory {\n            from\n            to\n            cause\n          }\n        }\n      }\n    }\n    threads(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          isActive\n          messageCount\n          application {\n            company\n            jobTitle\n          }\n          messages {\n            subject\n            category\n          }\n        }\n      }\n    }\n    active: threads(first: 50, activeOnly: true) {\n      totalCount\n    }\n    reviews(first: 10) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          company\n          jobTitle\n          status\n          source\n          atsJobId\n          offer {\n            baseSalary\n            currency\n            period\n            startDate\n          }\n          interviews {\n            schedulingUrl\n            meetingUrl\n          }\n          threads {\n            id\n            subject\n            messageCount\n            isActive\n          }\n          statusHistory {\n            from\n            to\n            cause\n          }\n        }\n      }\n    }\n    threads(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          isActive\n          messageCount\n          application {\n            company\n            jobTitle\n          }\n          messages {\n            subject\n            category\n          }\n        }\n      }\n    }\n    active: threads(first: 50, activeOnly: true) {\n      totalCount\n    }\n    reviews(first: 10) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkThread($threadId: ID!, $applicationId: ID!) {\n    linkThread(threadId: $threadId, applicationId: $applicationId) {\n      id\n      linkedByUser\n      isActive\n      application {\n        id\n        company\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkThread($threadId: ID!, $applicationId: ID!) {\n    linkThread(threadId: $threadId, applicationId: $applicationId) {\n      id\n      linkedByUser\n      isActive\n      application {\n        id\n        company\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reviews {\n    reviews(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          state\n          proposedStatus\n          proposedApplication {\n            id\n          }\n          message {\n            subject\n            company\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reviews {\n    reviews(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          state\n          proposedStatus\n          proposedApplication {\n            id\n          }\n          message {\n            subject\n            company\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReview($id: ID!, $accept: Boolean!, $applicationId: ID) {\n    resolveReview(id: $id, accept: $accept, applicationId: $applicationId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReview($id: ID!, $accept: Boolean!, $applicationId: ID) {\n    resolveReview(id: $id, accept: $accept, applicationId: $applicationId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Threads($activeOnly: Boolean) {\n    threads(first: 20, activeOnly: $activeOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          linkedByUser\n          application {\n            id\n            jobTitle\n            status\n          }\n        }\n      }\n    }\n    applications(first: 20) {\n      edges {\n        node {\n          id\n          jobTitle\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Threads($activeOnly: Boolean) {\n    threads(first: 20, activeOnly: $activeOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          linkedByUser\n          application {\n            id\n            jobTitle\n            status\n          }\n        }\n      }\n    }\n    applications(first: 20) {\n      edges {\n        node {\n          id\n          jobTitle\n          status\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;