/**
 * HTML → plain text in one left-to-right pass: every search moves forward, so
 * the cost is linear in the input even for hostile markup (unclosed tags,
 * deep nesting, megabytes of attributes). Link targets are kept because ATS
 * links name the employer and the job, and a logo's alt text because an ATS
 * template often names the employer nowhere else.
 */

import { decodeEntities } from './decode-entities.ts';
import { finishHash, hashedEntry, lookUpRun, nextHash, toWordTable } from './word-hash.ts';
import type { HashedWords, WordTable } from './word-hash.ts';

export interface HtmlLink {
  href: string;
  text: string;
}

export interface HtmlText {
  text: string;
  links: HtmlLink[];
  /** The alt texts of images that are logos ("logo" in the tag), in order: whose mail it is. */
  logos: string[];
}

const BLOCK_TAGS = [
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'article', 'header', 'footer', 'hr', 'pre', 'dd', 'dt', 'title', 'center',
];
const CELL_TAGS = ['td', 'th'];
const SKIPPED_CONTENT_TAGS = ['script', 'style', 'head', 'noscript', 'template', 'svg'];

const BLOCK = 1;
const CELL = 2;
const SKIPPED_CONTENT = 3;
/** What each tag does to the text, in one map: one look-up per tag (tags are most of a mail template). */
const TAG_KINDS = new Map<string, number>([
  ...BLOCK_TAGS.map((t) => [t, BLOCK] as const),
  ...CELL_TAGS.map((t) => [t, CELL] as const),
  ...SKIPPED_CONTENT_TAGS.map((t) => [t, SKIPPED_CONTENT] as const),
]);
const TAG_KINDS_BY_HASH = hashedTagKinds();

function hashedTagKinds(): WordTable<number> {
  const byHash: HashedWords<number> = new Map();
  for (const [name, kind] of TAG_KINDS) hashedEntry(byHash, name, () => kind);
  return toWordTable(byHash);
}
/** Attribute parsing looks at most this much of one tag; longer tags are junk. */
const MAX_TAG_SCAN = 4096;
const MAX_LINKS = 200;
const MAX_HREF = 2048;
const MAX_LOGOS = 5;

export function htmlToText(html: string): HtmlText {
  // Tag names are compared in lower case. Lower-casing the whole document is a pass over it that only
  // two characters need: U+0130 lower-cases to two characters (later positions move) and the Kelvin
  // sign to "k" (it would read as a name character). Without them, ASCII case folding of the few
  // characters that are read is the same.
  const lower = html.includes('\u0130') || html.includes('\u212a') ? html.toLowerCase() : html;
  const out: string[] = [];
  const links: HtmlLink[] = [];
  const logos: string[] = [];
  let openLink: { href: string; firstChunk: number } | null = null;
  let pos = 0;
  let nextGt = 0;
  const push = (s: string): void => {
    out.push(s);
  };

  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      push(html.slice(pos));
      break;
    }
    if (lt > pos) push(html.slice(pos, lt));

    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    // The first '>' after a '<' is the same for every '<' before it: remembering it keeps "<<<<…>" linear.
    if (nextGt <= lt) nextGt = html.indexOf('>', lt + 1);
    const gt = nextGt;
    if (gt < 0) {
      // No tag can close after this point, so the rest is text.
      push(html.slice(lt));
      break;
    }
    const closing = html.charCodeAt(lt + 1) === 47; /* '/' */
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    let nameHash = 0;
    let upperCase = false;
    for (; nameEnd < gt; nameEnd++) {
      const written = lower.charCodeAt(nameEnd);
      const c = asciiLower(written);
      if (!isNameChar(c)) break;
      if (c !== written) upperCase = true;
      nameHash = nextHash(nameHash, c);
    }
    if (nameEnd === nameStart) {
      // "<!DOCTYPE …>" is dropped; any other "<" that opens no tag ("a < b") is text.
      if (html.charCodeAt(lt + 1) === 33 /* '!' */) {
        pos = gt + 1;
      } else {
        push('<');
        pos = lt + 1;
      }
      continue;
    }
    pos = gt + 1;

    // A name written in lower case (most) is looked up by the hash read above, without slicing it out.
    const kind = upperCase
      ? TAG_KINDS.get(lower.slice(nameStart, nameEnd).toLowerCase())
      : lookUpRun(TAG_KINDS_BY_HASH, finishHash(nameHash), lower, nameStart, nameEnd)?.value;
    if (!closing && kind === SKIPPED_CONTENT) {
      const end = indexOfClosingTag(lower, lower.slice(nameStart, nameEnd).toLowerCase(), gt + 1);
      if (end < 0) {
        pos = html.length;
      } else {
        const close = html.indexOf('>', end);
        pos = close < 0 ? html.length : close + 1;
      }
      continue;
    }
    if (kind === BLOCK) push('\n');
    else if (kind === CELL) push(' ');

    if (!closing && logos.length < MAX_LOGOS && isImgTag(lower, nameStart, nameEnd)) {
      const logo = readLogoAlt(html.slice(nameEnd, Math.min(gt, nameEnd + MAX_TAG_SCAN)));
      if (logo) logos.push(logo);
    }
    if (nameEnd - nameStart === 1 && asciiLower(lower.charCodeAt(nameStart)) === 97 /* 'a' */) {
      if (closing) {
        if (openLink) {
          if (links.length < MAX_LINKS) {
            const text = out.slice(openLink.firstChunk).join('').slice(0, 500).replace(/\s+/g, ' ').trim();
            links.push({ href: openLink.href, text: decodeEntities(text) });
          }
          openLink = null;
        }
      } else {
        const tagBody = html.slice(nameEnd, Math.min(gt, nameEnd + MAX_TAG_SCAN));
        const href = readHref(tagBody);
        if (href && links.length < MAX_LINKS) {
          if (openLink) links.push({ href: openLink.href, text: '' });
          openLink = { href, firstChunk: out.length };
        }
      }
    }
  }
  if (openLink && links.length < MAX_LINKS) links.push({ href: openLink.href, text: '' });

  const text = decodeEntities(out.join(''))
    .replace(SPACES_TO_FOLD, ' ')
    .replace(LINE_BREAK_TO_FOLD, '\n')
    .trim();
  return { text, links, logos };
}

/** Where `</name` (any ASCII case) next starts, or -1. */
function indexOfClosingTag(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 1)) {
    let k = 0;
    while (k < name.length && asciiLower(html.charCodeAt(at + 2 + k)) === name.charCodeAt(k)) k++;
    if (k === name.length) return at;
  }
  return -1;
}

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 58 || c === 45;
}

/** Runs of spaces, tabs and no-break spaces become one space; a lone space (most of them) is left alone. */
const SPACES_TO_FOLD = /[ \t\u00a0]{2,}|[\t\u00a0]/g;
/** A line break with the spaces and line breaks around it becomes one line break; a lone one is left alone. */
const LINE_BREAK_TO_FOLD = / \n[\n ]*|\n[\n ]+/g;

const HREF = /\bhref\s{0,8}=\s{0,8}(?:"([^"]{0,2048})"|'([^']{0,2048})'|([^\s"'>]{1,2048}))/i;

const ALT = /\balt\s{0,8}=\s{0,8}(?:"([^"]{1,200})"|'([^']{1,200})')/i;

/** An image tag's alt text when the tag says it is a logo (in its source, class or alt), else null. */
function readLogoAlt(tagBody: string): string | null {
  if (!/logo/i.test(tagBody)) return null;
  const m = ALT.exec(tagBody);
  // "Larkspur Analytics logo": the word says what the image is, not whose.
  const alt = m ? decodeEntities(m[1] ?? m[2] ?? '').replace(/\s+/g, ' ').replace(/^\s*logo\b[\s:-]*|[\s-]*\blogo\s*$/gi, '').trim() : '';
  return alt.length > 1 ? alt : null;
}

function isImgTag(lower: string, start: number, end: number): boolean {
  return end - start === 3 && asciiLower(lower.charCodeAt(start)) === 105 && asciiLower(lower.charCodeAt(start + 1)) === 109 && asciiLower(lower.charCodeAt(start + 2)) === 103;
}

function readHref(tagBody: string): string | null {
  const m = HREF.exec(tagBody);
  const raw = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
  const href = decodeEntities(raw.trim()).slice(0, MAX_HREF);
  return /^(?:https?:|mailto:)/i.test(href) ? href : null;
}
