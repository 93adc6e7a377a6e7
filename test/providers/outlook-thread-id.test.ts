import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { threadIdOf } from '../../src/providers/outlook/outlook-message.ts';

describe('Outlook thread ids', () => {
  const header = randomBytes(22);

  it('keep a reply in its first message\'s thread (the conversation index header it extends)', () => {
    const first = threadIdOf({ conversationId: 'conv-1', conversationIndex: header.toString('base64') });
    const reply = threadIdOf({ conversationId: 'conv-1', conversationIndex: Buffer.concat([header, randomBytes(5)]).toString('base64') });
    expect(reply).toBe(first);
  });

  it('part two first messages that Graph groups into one conversation by their subject', () => {
    const senior = threadIdOf({ conversationId: 'same-subject', conversationIndex: randomBytes(22).toString('base64') });
    const staff = threadIdOf({ conversationId: 'same-subject', conversationIndex: randomBytes(22).toString('base64') });
    expect(senior).not.toBe(staff);
  });

  it('fall back to the conversationId when the index is missing or too short', () => {
    expect(threadIdOf({ conversationId: 'conv-2', conversationIndex: null })).toBe('conv-2');
    expect(threadIdOf({ conversationId: 'conv-2', conversationIndex: randomBytes(5).toString('base64') })).toBe('conv-2');
  });
});
