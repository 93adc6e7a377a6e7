import { MailAccountSchema } from '../modules/accounts/mail-account.entity.ts';
import { OAuthStateSchema } from '../modules/accounts/oauth-state.entity.ts';
import { ApplicationSchema } from '../modules/applications/application.entity.ts';
import { InterviewSchema } from '../modules/applications/interview.entity.ts';
import { StatusChangeSchema } from '../modules/applications/status-change.entity.ts';
import { OutboxEventSchema } from '../modules/outbox/outbox-event.entity.ts';
import { ReviewSchema } from '../modules/reviews/review.entity.ts';
import { EmailMessageSchema } from '../modules/threads/email-message.entity.ts';
import { EmailThreadSchema } from '../modules/threads/email-thread.entity.ts';
import { UserSchema } from '../modules/users/user.entity.ts';

/** Every entity of the domain, registered explicitly (no folder scanning at start-up). */
export const entities = [
  UserSchema,
  MailAccountSchema,
  OAuthStateSchema,
  ApplicationSchema,
  StatusChangeSchema,
  InterviewSchema,
  EmailThreadSchema,
  EmailMessageSchema,
  ReviewSchema,
  OutboxEventSchema,
];
