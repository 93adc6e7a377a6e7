/**
 * Plain-data types of the classification engine. The provider layer produces
 * `ClassifiableMessage`s; the GraphQL layer exposes `Classification`.
 */

export const EMAIL_CATEGORIES = [
  'APPLICATION_RECEIVED',
  'INTERVIEW_INVITATION',
  'NEXT_ROUND',
  'OFFER',
  'REJECTION',
  'RECRUITER_OUTREACH',
  'JOB_ALERT',
  'OTHER_JOB_RELATED',
  'NOT_JOB_RELATED',
] as const;
export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

/** Categories that move an application's status (see DESIGN.md "Status rules"). */
export const STATUS_CATEGORIES = [
  'APPLICATION_RECEIVED',
  'INTERVIEW_INVITATION',
  'NEXT_ROUND',
  'OFFER',
  'REJECTION',
] as const satisfies readonly EmailCategory[];

/** Job-related categories that carry no status. */
export const NO_STATUS_JOB_CATEGORIES = [
  'RECRUITER_OUTREACH',
  'JOB_ALERT',
  'OTHER_JOB_RELATED',
] as const satisfies readonly EmailCategory[];

export const MEETING_PROVIDERS = ['ZOOM', 'GOOGLE_MEET', 'TEAMS', 'WEBEX', 'OTHER'] as const;
export type MeetingProvider = (typeof MEETING_PROVIDERS)[number];

export const PAY_PERIODS = ['YEAR', 'MONTH', 'HOUR'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/**
 * The application statuses the engine reads from a thread's linked application. Defined here as
 * plain data so the engine imports nothing from the service's modules; the applications module
 * defines the same union (a type test keeps the two equal).
 */
export const APPLICATION_STATUSES = ['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface EmailAddress {
  address: string;
  name: string | null;
}

export interface ClassifiableMessage {
  from: EmailAddress;
  to: EmailAddress[];
  subject: string;
  text: string | null;
  html: string | null;
  /** Header names in lower case (`list-unsubscribe`, `auto-submitted`, `list-id`, `precedence`, …). */
  headers: Record<string, string>;
  /** Raw text/calendar parts (iCalendar source). */
  calendarParts: string[];
  date: Date | null;
}

export interface ThreadContext {
  application: {
    company: string | null;
    jobTitle: string | null;
    status: ApplicationStatus | null;
  } | null;
  /** Categories of the earlier messages of the thread, oldest first. */
  earlierCategories: EmailCategory[];
}

export interface InterviewDetails {
  start: Date | null;
  end: Date | null;
  /** IANA or calendar TZID of the start time, as the invite named it. */
  timeZone: string | null;
  organizer: string | null;
  location: string | null;
  meetingUrl: string | null;
  meetingProvider: MeetingProvider | null;
  schedulingUrl: string | null;
  /** e.g. Calendly, GoodTime, cal.com, Greenhouse. */
  schedulingProvider: string | null;
}

export interface OfferDetails {
  baseSalary: number | null;
  currency: string | null;
  period: PayPeriod | null;
  /** As written, e.g. "15% target bonus", "$10,000 signing bonus". */
  bonus: string | null;
  /** As written, e.g. "10,000 RSUs vesting over four years". */
  equity: string | null;
  /** ISO date (YYYY-MM-DD). */
  startDate: string | null;
  benefitsMentioned: string[];
}

export interface Classification {
  category: EmailCategory;
  isJobRelated: boolean;
  confidence: number;
  evidence: string[];
  company: string | null;
  jobTitle: string | null;
  atsProvider: string | null;
  atsJobId: string | null;
  interview: InterviewDetails | null;
  offer: OfferDetails | null;
}

export interface ClassifyOptions {
  /** Reference time for resolving dates without a year; defaults to the message date. */
  now?: Date;
  /**
   * The fields the caller reads (default: all). Every field named here is exactly what a full
   * classification gives; the extractions that only feed fields not named are skipped, and those
   * fields are then null (`evidence` lacks their lines). Category, confidence and isJobRelated are
   * always decided.
   */
  fields?: ReadonlySet<keyof Classification>;
}
