/** Public API of the classification engine. */

export { classify } from './classify.ts';
export { parseEml } from './prepare/parse-eml.ts';
export { parseAddress } from './prepare/parse-address.ts';
export { messageFromFields } from './prepare/message-from-fields.ts';
export type { MessageFields } from './prepare/message-from-fields.ts';
export { APPLICATION_STATUSES, EMAIL_CATEGORIES, STATUS_CATEGORIES, NO_STATUS_JOB_CATEGORIES, MEETING_PROVIDERS, PAY_PERIODS } from './classification.types.ts';
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
