import type { GoogleEmulator } from '../../emulators/google.ts';
import type { MailInput } from '../../emulators/mime-fixture.ts';

/**
 * Delivers mail into one emulated Gmail mailbox the way Gmail threads it: a reply (References or
 * In-Reply-To naming a delivered message) joins that message's thread.
 */
export function gmailMailbox(google: GoogleEmulator, email: string) {
  const threadOfMessageId = new Map<string, string>();
  google.addMailbox(email);
  return {
    deliver(input: MailInput, options: { readable?: boolean } = {}) {
      const parents = [...(input.references ?? []), ...(input.inReplyTo ? [input.inReplyTo] : [])];
      const threadId = parents.map((id) => threadOfMessageId.get(id)).find(Boolean);
      const added = google.addMessage(email, input, { ...(threadId ? { threadId } : {}), ...options });
      if (input.messageId) threadOfMessageId.set(input.messageId, added.threadId);
      return added;
    },
  };
}
