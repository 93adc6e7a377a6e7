import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import type { MailInput } from '../../emulators/mime-fixture.ts';

/** A fixture message as the emulators take it (they build their own MIME from these fields). */
export interface FixtureMessage {
  name: string;
  input: MailInput;
}

const bare = (id: string | undefined) => id?.replace(/^<|>$/g, '');
const addressText = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a.map((x) => x.text).join(', ') : a?.text);

/** The fields of one raw RFC 5322 message that the emulators' MailInput carries. */
export async function mailInputOf(raw: string): Promise<MailInput> {
  const parsed = await simpleParser(raw);
  const references = typeof parsed.references === 'string' ? [parsed.references] : (parsed.references ?? []);
  return {
    from: addressText(parsed.from)!,
    to: addressText(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text,
    ...(parsed.html ? { html: parsed.html } : {}),
    date: parsed.date,
    messageId: bare(parsed.messageId),
    inReplyTo: bare(parsed.inReplyTo),
    references: references.map((r) => bare(r)!),
  };
}

export const HISTORY_DIR = new URL('../../fixtures/mailboxes/history/', import.meta.url).pathname;

/**
 * The .eml files of a fixture mailbox, in name (= received) order, their dates moved so the latest
 * is `latestAgoDays` before now with the gaps kept ("active" is relative to now).
 */
export async function fixtureMailbox(dir = HISTORY_DIR, { latestAgoDays = 1, only }: { latestAgoDays?: number; only?: (name: string) => boolean } = {}): Promise<FixtureMessage[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.eml') && (!only || only(n))).sort();
  const messages = await Promise.all(names.map(async (name) => ({ name, input: await mailInputOf(await readFile(join(dir, name), 'utf8')) })));
  const latest = Math.max(...messages.map((m) => m.input.date!.getTime()));
  const shift = Date.now() - latestAgoDays * 86_400_000 - latest;
  for (const m of messages) m.input.date = new Date(m.input.date!.getTime() + shift);
  return messages;
}
