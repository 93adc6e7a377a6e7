/** Public API of the classification engine. */

export { classify } from './classify.ts';
export { parseEml } from './parse-eml.ts';
export { parseAddress } from './parse-address.ts';
export { messageFromFields } from './message-from-fields.ts';
export type { MessageFields } from './message-from-fields.ts';
export { EMAIL_CATEGORIES, STATUS_CATEGORIES, NO_STATUS_JOB_CATEGORIES, MEETING_PROVIDERS, PAY_PERIODS } from './classification.types.ts';
export type {
  ApplicationStatus,
  Classification,
  ClassifiableMessage,
  ClassifyOptions,
  EmailAddress,
  EmailCategory,
  InterviewDetails,
  MeetingProvider,
  OfferDetails,
  PayPeriod,
  ThreadContext,
} from './classification.types.ts';
// The matcher names an employer by the sender's domain only when no ATS, platform or free-mail service sent it.
export { canDomainNameEmployer } from './ats-senders.ts';
