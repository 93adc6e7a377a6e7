import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { UserSchema } from '../users/user.entity.ts';
import type { OfferDetails } from '../../classifier/index.ts';
import { APPLICATION_SOURCES, APPLICATION_STATUSES } from './application-status.ts';

export const ApplicationSchema = defineEntity({
  name: 'Application',
  tableName: 'applications',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(UserSchema).deleteRule('cascade'),
    company: p.string().length(200),
    companyDomain: p.string().length(253).nullable(),
    jobTitle: p.string().length(300),
    status: p.enum(APPLICATION_STATUSES),
    source: p.enum(APPLICATION_SOURCES),
    atsProvider: p.string().length(100).nullable(),
    atsJobId: p.string().length(200).nullable(),
    appliedAt: p.datetime().nullable(),
    // What the latest offer letter said (pay, equity, start date), so the dashboard shows it without opening mail.
    offer: p.json<OfferDetails>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [
    // newest-first keyset pagination per user
    { properties: ['user', 'createdAt', 'id'] },
    { properties: ['user', 'status'] },
    // matching by ATS identifier
    { properties: ['user', 'atsProvider', 'atsJobId'] },
  ],
});

export type Application = InferEntity<typeof ApplicationSchema>;

/** An application as the API reads it: its columns without the owner. Read-only pages carry such plain rows, not entities. */
export type ApplicationRow = Omit<Application, 'user'>;
