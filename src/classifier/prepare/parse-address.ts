import type { EmailAddress } from '../classification.types.ts';

/**
 * Parses one RFC 5322 mailbox as people write it: `Jane Doe <jane@x.com>`,
 * `"Doe, Jane" <jane@x.com>`, `<jane@x.com>`, `jane@x.com`. Lenient on purpose:
 * mail headers in the wild are often not valid.
 */
export function parseAddress(raw: string): EmailAddress {
  // Undisplayable senders (control characters, replacement characters from a broken charset) are
  // read as far as they go: what is left may be empty, and the message is then judged by its text.
  const s = displayable(raw).trim().slice(0, 1000);
  const lt = s.lastIndexOf('<');
  const gt = s.lastIndexOf('>');
  if (lt >= 0 && gt > lt) {
    const address = mailboxOrEmpty(s.slice(lt + 1, gt).trim().toLowerCase());
    const name = unquote(s.slice(0, lt).trim());
    return { address, name: name.length > 0 ? name : null };
  }
  const address = mailboxOrEmpty(s.toLowerCase());
  // "Acme Careers" with no address at all is still a name worth reading.
  return { address, name: address === '' && s.length > 0 ? s : null };
}

// C0/C1 controls, the Unicode replacement character and unpaired surrogates carry nothing readable.
const UNDISPLAYABLE = /[\u0000-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function displayable(raw: string): string {
  return raw.replace(UNDISPLAYABLE, ' ');
}

/** An address needs an @ with something on both sides; "undisclosed-recipients:;" or "unknown" is no address. */
function mailboxOrEmpty(candidate: string): string {
  const at = candidate.lastIndexOf('@');
  return at > 0 && at < candidate.length - 1 && !/\s/.test(candidate) ? candidate : '';
}

function unquote(s: string): string {
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1).replace(/\\"/g, '"').trim();
  return s;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase().replace(/[>\s]+$/, '') : '';
}

export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(0, at).toLowerCase() : address.toLowerCase();
}
