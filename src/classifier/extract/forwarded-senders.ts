/**
 * The senders of the messages a mail forwards or quotes with their headers: "From: Silverbirch People
 * Team <people@silverbirchgames.com>" under "---------- Forwarded message ---------", or Outlook's
 * "From: Hannah Kerr <hannah.kerr@quantixpay.com> / Sent: …" block. A recruiter forwarding the
 * client's answer, or a job seeker forwarding an employer's mail, hands on its sender with it.
 */

import type { EmailAddress } from '../classification.types.ts';
import { parseAddress } from '../prepare/parse-address.ts';

/** A header line that names a mailbox: "From: Name <a@b>", "*From:* Name [mailto:a@b]", "> From: a@b". */
const FROM_LINE = /^[ \t>]*\*?(?:From|Von|De|Da|Van)\s*:\*?[ \t]+([^\n]{3,200})$/gim;
const MAX_SENDERS = 4;

export function findForwardedSenders(text: string): EmailAddress[] {
  const found: EmailAddress[] = [];
  for (const m of text.slice(0, 50_000).matchAll(FROM_LINE)) {
    const raw = (m[1] ?? '').replace(/\[mailto:([^\]\s]+)\]/i, '<$1>').trim();
    const address = parseAddress(raw);
    if (address.address.includes('@') && !found.some((a) => a.address === address.address)) found.push(address);
    if (found.length >= MAX_SENDERS) break;
  }
  return found;
}
