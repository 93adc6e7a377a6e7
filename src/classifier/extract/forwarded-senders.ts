/**
 * The senders of the messages a mail forwards or quotes with their headers: "From: Silverbirch People
 * Team <people@silverbirchgames.com>" under "---------- Forwarded message ---------", or Outlook's
 * "From: Hannah Kerr <hannah.kerr@quantixpay.com> / Sent: …" block. A recruiter forwarding the
 * client's answer, or a job seeker forwarding an employer's mail, hands on its sender with it.
 */

import type { EmailAddress } from '../classification.types.ts';
import { parseAddress } from '../prepare/parse-address.ts';

/** The header names of a message's sender in the mail clients' languages. */
const SENDER_HEADER = '(?:From|Von|De|Da|Van)';
/** A header line that names a mailbox: "From: Name <a@b>", "*From:* Name [mailto:a@b]", "> Von: a@b". */
const FROM_LINE = new RegExp(`^[ \\t>]*\\*?${SENDER_HEADER}\\s*:\\*?[ \\t]+([^\\n]{3,200})$`, 'gim');
/** Whether a text may hold such a line at all: a quick look before the line-by-line one. */
const MAY_HOLD_SENDER = new RegExp(`${SENDER_HEADER}\\s*:`, 'i');
const MAX_SENDERS = 4;

/** The mailboxes named by sender header lines in `texts` (the body, then the quoted mail), each once. */
export function findForwardedSenders(texts: readonly string[]): EmailAddress[] {
  const found: EmailAddress[] = [];
  for (const text of texts) {
    if (!MAY_HOLD_SENDER.test(text)) continue;
    for (const m of text.slice(0, 50_000).matchAll(FROM_LINE)) {
      const raw = (m[1] ?? '').replace(/\[mailto:([^\]\s]+)\]/i, '<$1>').trim();
      const address = parseAddress(raw);
      if (address.address.includes('@') && !found.some((a) => a.address === address.address)) found.push(address);
      if (found.length >= MAX_SENDERS) return found;
    }
  }
  return found;
}
