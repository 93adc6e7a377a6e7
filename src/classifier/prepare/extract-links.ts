/** URLs written out in plain text ("Apply here: https://…", "( https://… )"). */

import type { HtmlLink } from './html-to-text.ts';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'()[\]{}|\\^`]{1,2048}/g;
const MAX_TEXT_LINKS = 200;

export function extractTextLinks(text: string): HtmlLink[] {
  const links: HtmlLink[] = [];
  URL_IN_TEXT.lastIndex = 0;
  for (let m = URL_IN_TEXT.exec(text); m && links.length < MAX_TEXT_LINKS; m = URL_IN_TEXT.exec(text)) {
    links.push({ href: m[0].replace(/[.,;:!?*]+$/, ''), text: '' });
  }
  return links;
}

/** Removes URLs so that tracking parameters are not read as words. */
export function removeUrls(text: string): string {
  return text.replace(URL_IN_TEXT, ' ');
}

export interface ParsedLink {
  href: string;
  text: string;
  host: string;
  path: string;
  search: string;
}

/** Parses hrefs once; unparseable ones are dropped. Tracking redirects are unwrapped when they carry the target. */
export function parseLinks(links: readonly HtmlLink[]): ParsedLink[] {
  const out: ParsedLink[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    for (const href of [link.href, unwrapRedirect(link.href)]) {
      if (!href || seen.has(href)) continue;
      seen.add(href);
      const parsed = safeUrl(href);
      if (!parsed) continue;
      out.push({ href, text: link.text, host: parsed.hostname.toLowerCase(), path: parsed.pathname, search: parsed.search });
    }
  }
  return out;
}

function safeUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/** `…?url=https%3A%2F%2Fboards.greenhouse.io%2Facme` → the target URL. */
function unwrapRedirect(href: string): string | null {
  const i = href.search(/[?&](?:url|u|target|redirect|dest|destination|link)=https?%3a/i);
  if (i < 0) return null;
  const start = href.indexOf('=', i) + 1;
  const end = href.indexOf('&', start);
  try {
    return decodeURIComponent(href.slice(start, end < 0 ? undefined : end));
  } catch {
    return null;
  }
}
