import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { MailAccountSchema } from '../accounts/mail-account.entity.ts';
import { ApplicationSchema } from '../applications/application.entity.ts';
import { EMAIL_CATEGORIES, type InterviewDetails, type OfferDetails } from '../../classifier/classification.types.ts';
import { EmailThreadSchema } from './email-thread.entity.ts';

/** One synced message: headers, a snippet and what classification made of it. Full bodies are not stored. */
export const EmailMessageSchema = defineEntity({
  name: 'EmailMessage',
  tableName: 'email_messages',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    account: () => p.manyToOne(MailAccountSchema).deleteRule('cascade'),
    // Null only for a skipped message (unreadable or failed), which joins no conversation.
    thread: () => p.manyToOne(EmailThreadSchema).nullable().deleteRule('cascade'),
    application: () => p.manyToOne(ApplicationSchema).nullable().deleteRule('set null'),
    providerMessageId: p.string().length(300),
    rfcMessageId: p.string().length(1000).nullable(),
    inReplyTo: p.string().length(1000).nullable(),
    references: p.json<string[]>().onCreate(() => []),
    fromAddress: p.string().length(320),
    fromName: p.string().length(300).nullable(),
    toAddresses: p.json<string[]>().onCreate(() => []),
    subject: p.string().length(1000).default(''),
    snippet: p.string().length(500).default(''),
    receivedAt: p.datetime(),
    category: p.enum(EMAIL_CATEGORIES).nullable(),
    confidence: p.double().nullable(),
    evidence: p.json<string[]>().onCreate(() => []),
    company: p.string().length(200).nullable(),
    jobTitle: p.string().length(300).nullable(),
    atsProvider: p.string().length(100).nullable(),
    atsJobId: p.string().length(200).nullable(),
    interview: p.json<InterviewDetails>().nullable(),
    offer: p.json<OfferDetails>().nullable(),
    // A message that could not be parsed is kept as a row with the reason, so the sync goes on and nothing is silently lost.
    skippedReason: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['account', 'providerMessageId'] }],
  indexes: [{ properties: ['thread', 'receivedAt'] }, { properties: ['application', 'receivedAt'] }, { properties: ['account', 'rfcMessageId'] }],
});

export type EmailMessage = InferEntity<typeof EmailMessageSchema>;
