import { z } from 'zod';
import { builder } from '../../schema/builder.ts';
import { selectedFieldNames } from '../../schema/selection.ts';
import { createRunTogether } from './run-together.ts';
import { EMAIL_CATEGORIES, MEETING_PROVIDERS, PAY_PERIODS, classify, messageFromFields } from '../../classifier/index.ts';
import type { Classification, InterviewDetails, OfferDetails } from '../../classifier/index.ts';

export const EmailCategoryEnum = builder.enumType('EmailCategory', { values: EMAIL_CATEGORIES });
const MeetingProviderEnum = builder.enumType('MeetingProvider', { values: MEETING_PROVIDERS });
const PayPeriodEnum = builder.enumType('PayPeriod', { values: PAY_PERIODS });

export const InterviewRef = builder.objectRef<InterviewDetails>('Interview').implement({
  description: 'An interview as a message describes it: from a calendar invite or a scheduling link.',
  fields: (t) => ({
    start: t.expose('start', { type: 'DateTime', nullable: true }),
    end: t.expose('end', { type: 'DateTime', nullable: true }),
    timeZone: t.exposeString('timeZone', { nullable: true }),
    organizer: t.exposeString('organizer', { nullable: true }),
    location: t.exposeString('location', { nullable: true }),
    meetingUrl: t.exposeString('meetingUrl', { nullable: true }),
    meetingProvider: t.expose('meetingProvider', { type: MeetingProviderEnum, nullable: true }),
    schedulingUrl: t.exposeString('schedulingUrl', { nullable: true }),
    schedulingProvider: t.exposeString('schedulingProvider', { nullable: true }),
  }),
});

export const OfferDetailsRef = builder.objectRef<OfferDetails>('OfferDetails').implement({
  description: 'What an offer letter says about pay and terms.',
  fields: (t) => ({
    baseSalary: t.exposeFloat('baseSalary', { nullable: true }),
    currency: t.exposeString('currency', { nullable: true, description: 'ISO 4217 code, e.g. USD.' }),
    period: t.expose('period', { type: PayPeriodEnum, nullable: true }),
    bonus: t.exposeString('bonus', { nullable: true }),
    equity: t.exposeString('equity', { nullable: true }),
    startDate: t.exposeString('startDate', { nullable: true, description: 'YYYY-MM-DD' }),
    benefitsMentioned: t.exposeStringList('benefitsMentioned'),
  }),
});

export const ClassificationRef = builder.objectRef<Classification>('Classification').implement({
  description: 'What the classifier makes of one message, with the evidence that decided it.',
  fields: (t) => ({
    category: t.expose('category', { type: EmailCategoryEnum }),
    isJobRelated: t.exposeBoolean('isJobRelated'),
    confidence: t.exposeFloat('confidence', { description: '0 to 1.' }),
    evidence: t.exposeStringList('evidence'),
    company: t.exposeString('company', { nullable: true }),
    jobTitle: t.exposeString('jobTitle', { nullable: true }),
    atsProvider: t.exposeString('atsProvider', { nullable: true }),
    atsJobId: t.exposeString('atsJobId', { nullable: true }),
    interview: t.field({ type: InterviewRef, nullable: true, resolve: (c) => c.interview }),
    offer: t.field({ type: OfferDetailsRef, nullable: true, resolve: (c) => c.offer }),
  }),
});

const MAX_BODY = 1_000_000;

const ClassifyEmailInput = builder.inputType('ClassifyEmailInput', {
  fields: (t) => ({
    // Real mail arrives without a sender anyone can display and without a subject; the text decides then.
    from: t.string({
      required: true,
      description: '"Name <address>", a bare address, or empty when the sender is unknown or undisplayable.',
      validate: z.string().max(1000, 'must be at most 1000 characters'),
    }),
    subject: t.string({ required: true, description: 'May be empty.', validate: z.string().max(2000, 'must be at most 2000 characters') }),
    text: t.string({ validate: z.string().max(MAX_BODY, `must be at most ${MAX_BODY} characters`) }),
    html: t.string({ validate: z.string().max(MAX_BODY, `must be at most ${MAX_BODY} characters`) }),
    receivedAt: t.field({ type: 'DateTime' }),
    calendar: t.string({
      description: 'A text/calendar (iCalendar) part sent with the message, if any.',
      validate: z.string().max(MAX_BODY, `must be at most ${MAX_BODY} characters`),
    }),
  }),
});

// Small messages arrive in bursts (a dashboard, a client re-checking a page of mail): classified together, they are far cheaper.
const runTogether = createRunTogether({ maxPieces: 32, maxChars: 200_000 });

builder.queryFields((t) => ({
  classifyEmail: t.field({
    type: ClassificationRef,
    description: 'Classifies one message as the sync would, without storing anything.',
    args: { input: t.arg({ type: ClassifyEmailInput, required: true }) },
    resolve: (_root, { input }, _context, info) => {
      const message = messageFromFields({
        from: input.from,
        subject: input.subject,
        text: input.text,
        html: input.html,
        date: input.receivedAt,
        calendarParts: input.calendar ? [input.calendar] : [],
      });
      // Extractions no selected field reads (a title, ids, interview or offer details) are not computed.
      const fields = selectedFieldNames(info) as Set<keyof Classification>;
      const chars = (input.text?.length ?? 0) + (input.html?.length ?? 0) + (input.calendar?.length ?? 0) + input.subject.length;
      return runTogether(chars, () => classify(message, undefined, { fields }));
    },
  }),
}));
