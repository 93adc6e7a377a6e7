/**
 * A generated mailbox for the sync benchmark: recruiter mail across many companies and roles
 * (confirmations, interview threads with replies, technical rounds, offers, rejections, job alerts)
 * mixed into ordinary mail (newsletters, notifications, personal), as provider pages of 500.
 */
import type { MailboxReader, NormalizedMessage, SyncPage } from '../src/providers/provider.ts';

const COMPANY_WORDS = ['North', 'Blue', 'Iron', 'Silver', 'Maple', 'Harbor', 'Cedar', 'Granite', 'Summit', 'River', 'Copper', 'Lumen', 'Atlas', 'Pine', 'Falcon', 'Orbit'];
const COMPANY_SUFFIXES = ['wind', 'field', 'works', 'stack', 'labs', 'logic', 'grid', 'point', 'forge', 'line'];
const ROLES = ['Backend Engineer', 'Senior Software Engineer', 'Staff Software Engineer', 'Data Engineer', 'Product Designer', 'Platform Engineer', 'Site Reliability Engineer', 'Frontend Developer'];
const OWN = { address: 'sam.rivera@example.com', name: 'Sam Rivera' };

function message(id: string, thread: string, from: NormalizedMessage['from'], subject: string, text: string, at: number, extra: Partial<NormalizedMessage> = {}): NormalizedMessage {
  return {
    providerMessageId: id,
    providerThreadId: thread,
    rfcMessageId: `${id}@bench.example`,
    inReplyTo: null,
    references: [],
    from,
    to: [OWN],
    cc: [],
    subject,
    receivedAt: new Date(at),
    text,
    html: null,
    calendarParts: [],
    headers: {},
    labels: ['INBOX'],
    snippet: text.slice(0, 200),
    ...extra,
  };
}

/** `count` messages, about `jobShare` of them recruiter mail, oldest first over the last 60 days. */
export function generateMailbox(count: number, jobShare = 0.3): NormalizedMessage[] {
  const messages: NormalizedMessage[] = [];
  const start = Date.now() - 60 * 86_400_000;
  const step = (60 * 86_400_000) / count;
  let n = 0;
  const at = () => start + step * n;
  while (messages.length < count) {
    n += 1;
    const id = `m${n}`;
    const roll = (n * 7919) % 100;
    if (roll < jobShare * 100) {
      const c = n % (COMPANY_WORDS.length * COMPANY_SUFFIXES.length);
      const company = `${COMPANY_WORDS[c % COMPANY_WORDS.length]}${COMPANY_SUFFIXES[Math.floor(c / COMPANY_WORDS.length)]}`;
      const role = ROLES[n % ROLES.length]!;
      const jobId = String(4_000_000 + (n % 5000));
      const kind = n % 10;
      if (kind < 4) {
        messages.push(message(id, `t${id}`, { address: 'no-reply@us.greenhouse-mail.io', name: `${company} Recruiting` }, `Thank you for applying to ${company}`,
          `Hi Sam,\n\nThanks for applying for the ${role} position. Our team will review your application and be in touch if your experience is a match.\n\nYou can review the job posting here: https://job-boards.greenhouse.io/${company.toLowerCase()}/jobs/${jobId}\n\nBest,\n${company}`, at()));
      } else if (kind < 6) {
        const thread = `t${id}`;
        messages.push(message(id, thread, { address: `recruiter@${company.toLowerCase()}.com`, name: `Jamie Lee` }, `Interview invitation: ${role} at ${company}`,
          `Hi Sam,\n\nThank you for your interest in the ${role} role. I'd like to invite you to a 30-minute phone screen to talk about your background.\n\nCould you let me know your availability this week?\n\nBest regards,\nJamie Lee\nRecruiter, ${company}`, at()));
        n += 1;
        messages.push(message(`m${n}`, thread, OWN, `Re: Interview invitation: ${role} at ${company}`, 'Hi Jamie,\n\nThursday at 2pm works well for me.\n\nBest,\nSam', at(), { inReplyTo: `${id}@bench.example`, references: [`${id}@bench.example`], to: [{ address: `recruiter@${company.toLowerCase()}.com`, name: 'Jamie Lee' }] }));
        n += 1;
        messages.push(message(`m${n}`, thread, { address: `recruiter@${company.toLowerCase()}.com`, name: `Jamie Lee` }, `Re: Interview invitation: ${role} at ${company}`,
          `Hi Sam,\n\nGreat speaking with you! The team would like to move you forward to the technical round: a 90-minute pair programming session with two of our engineers.\n\nBest regards,\nJamie Lee\nRecruiter, ${company}`, at(), { inReplyTo: `m${n - 1}@bench.example` }));
      } else if (kind < 8) {
        messages.push(message(id, `t${id}`, { address: 'no-reply@us.greenhouse-mail.io', name: `${company} Recruiting` }, `Your application to ${company}`,
          `Hi Sam,\n\nThank you for your interest in the ${role} position at ${company}.\n\nAfter careful consideration, we have decided not to move forward with your application at this time.\n\nBest wishes,\n${company} Recruiting`, at()));
      } else {
        messages.push(message(id, `t${id}`, { address: 'jobalerts-noreply@linkedin.com', name: 'LinkedIn Job Alerts' }, `30 new jobs for "${role.toLowerCase()}"`,
          `Your job alert for ${role.toLowerCase()} in Remote\n\n30 new jobs match your preferences.\n\n${role} - ${company} - Remote\n\nSee all jobs: https://www.linkedin.com/jobs/search/\n\nYou are receiving Job Alert emails. Unsubscribe.`, at(), { headers: { 'list-unsubscribe': '<https://www.linkedin.com/e/unsubscribe>' } }));
      }
    } else {
      const kind = n % 3;
      if (kind === 0) {
        messages.push(message(id, `t${id}`, { address: 'newsletter@pragmaticweekly.com', name: 'The Pragmatic Weekly' }, `Issue ${n}: Postgres internals, a new build tool, and more`,
          'Hello readers,\n\nThis week we dig into how Postgres plans asynchronous I/O, review a new JavaScript build tool and share three talks worth your time.\n\nRead online: https://pragmaticweekly.com/issues\n\nYou received this because you subscribed.', at(), { headers: { 'list-id': '<weekly.pragmaticweekly.com>' } }));
      } else if (kind === 1) {
        messages.push(message(id, `t${id}`, { address: 'notifications@github.com', name: 'GitHub' }, `[acme/api] Fix flaky test in the billing module (#${n})`,
          `@sam-rivera requested your review on this pull request.\n\nThe billing retry test depended on wall-clock time; this change injects a clock.\n\nView it on GitHub: https://github.com/acme/api/pull/${n}`, at()));
      } else {
        messages.push(message(id, `t${id}`, { address: 'alex.rivera@gmail.com', name: 'Alex Rivera' }, 'Dinner on Saturday?',
          "Hey Sam,\n\nMum asked if we're still on for dinner on Saturday. I can pick up dessert. Let me know!\n\nAlex", at()));
      }
    }
  }
  return messages.slice(0, count);
}

/** A reader over pre-built pages: the provider costs nothing, so the figures are the pipeline's. */
export function generatedReader(messages: NormalizedMessage[], pageSize = 500): MailboxReader {
  return {
    provider: 'GMAIL',
    async *pages(request) {
      const from = request.cursor ? Number(request.cursor) : 0;
      for (let i = from; i < messages.length; i += pageSize) {
        const page: SyncPage = { messages: messages.slice(i, i + pageSize), skipped: [], deleted: [], cursor: String(i + pageSize), total: messages.length };
        yield page;
      }
    },
  };
}
