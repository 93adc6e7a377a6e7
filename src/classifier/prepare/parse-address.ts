import type { EmailAddress } from '../classification.types.ts';

/**
 * Parses one RFC 5322 mailbox as people write it: `Jane Doe <jane@x.com>`,
 * `"Doe, Jane" <jane@x.com>`, `<jane@x.com>`, `jane@x.com`. Lenient on purpose:
 * mail headers in the wild are often not valid.
 */
export function parseAddress(raw: string): EmailAddress {
  const s = raw.trim().slice(0, 1000);
  const lt = s.lastIndexOf('<');
  const gt = s.lastIndexOf('>');
  if (lt >= 0 && gt > lt) {
    const address = s.slice(lt + 1, gt).trim().toLowerCase();
    const name = unquote(s.slice(0, lt).trim());
    return { address, name: name.length > 0 ? name : null };
  }
  return { address: s.toLowerCase(), name: null };
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
