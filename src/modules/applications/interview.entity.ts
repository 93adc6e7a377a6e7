import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { EmailMessageSchema } from '../threads/email-message.entity.ts';
import { ApplicationSchema } from './application.entity.ts';

/** A scheduled interview, from a calendar invite or a scheduling link in a message. */
export const InterviewSchema = defineEntity({
  name: 'Interview',
  tableName: 'interviews',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).deleteRule('cascade'),
    message: () => p.manyToOne(EmailMessageSchema).nullable().deleteRule('set null'),
    startsAt: p.datetime().nullable(),
    endsAt: p.datetime().nullable(),
    timeZone: p.string().length(100).nullable(),
    organizer: p.string().length(320).nullable(),
    location: p.string().length(1000).nullable(),
    meetingUrl: p.string().length(2000).nullable(),
    schedulingUrl: p.string().length(2000).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['application', 'startsAt'] }],
});

export type Interview = InferEntity<typeof InterviewSchema>;
