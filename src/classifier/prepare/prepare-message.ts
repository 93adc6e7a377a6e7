/**
 * Turns a message into the bounded views the scorer and extractors read. All
 * size limits live here: whatever the input, later stages see at most
 * MAX_SCORED_BODY characters of body.
 */

import type { ClassifiableMessage } from '../classification.types.ts';
import { decodeEntities } from './decode-entities.ts';
import { htmlToText } from './html-to-text.ts';
import type { HtmlLink } from './html-to-text.ts';
import { extractTextLinks, parseLinks, removeUrls } from './extract-links.ts';
import type { ParsedLink } from './extract-links.ts';
import { stripQuotedText } from './strip-quoted-text.ts';
import { normalizeForMatching } from './normalize-text.ts';

/** Raw HTML converted at most (the converter is linear; this bounds memory). */
export const MAX_RAW_HTML = 512 * 1024;
/** Raw text quote-stripped at most. */
export const MAX_RAW_TEXT = 256 * 1024;
/** Body characters scored and searched; recruiter mail says what it means early. */
export const MAX_SCORED_BODY = 24 * 1024;
const MAX_SUBJECT = 1000;
/** Below this a text part is a stub ("view this email in a browser") and the HTML part is read instead. */
const MIN_USEFUL_TEXT = 40;

export interface PreparedMessage {
  subject: string;
  /** Subject without Re:/Fwd:/[External] prefixes. */
  subjectCore: string;
  isReply: boolean;
  /** Body with quoted text removed, original case, URLs kept. */
  body: string;
  /** The same with URLs replaced by a space (their tracking parameters are not words). */
  bodyWithoutUrls: string;
  quotedTextRemoved: boolean;
  /** The start of the quoted earlier message, normalized for matching ('' if none): context, never scored. */
  matchQuoted: string;
  /** The same start of the quoted message as written (original case, URLs removed): where a reply names no employer, the quoted mail may. */
  quoted: string;
  /** Normalized for phrase matching (no URLs). */
  matchSubject: string;
  matchBody: string;
  links: ParsedLink[];
  /** The HTML part's logo alt texts, read even when the text part is the body (an ATS template may name the employer only there). */
  logos: string[];
}

const REPLY_PREFIX = /^(?:\s{0,8}(?:(?:re|fw|fwd|aw|wg|tr|sv|vs)\s{0,3}(?:\[\d{1,4}\])?\s{0,3}:|\[(?:ext|external|extern)\]|\((?:ext|external)\)|external:?)\s{0,8}){1,10}/i;

export function prepareMessage(message: ClassifiableMessage): PreparedMessage {
  const subject = (message.subject ?? '').slice(0, MAX_SUBJECT).replace(/\s+/g, ' ').trim();
  const prefix = REPLY_PREFIX.exec(subject);
  const subjectCore = prefix ? subject.slice(prefix[0].length).trim() : subject;
  const isReply = prefix !== null && /re\s{0,3}:/i.test(prefix[0]);

  const rawText = (message.text ?? '').slice(0, MAX_RAW_TEXT);
  const html = message.html ? htmlToText(message.html.slice(0, MAX_RAW_HTML)) : null;
  const useText = !html || hasUsefulText(rawText);
  const source = useText ? rawText : (html?.text ?? '').slice(0, MAX_RAW_TEXT);
  // Plain-text parts often carry HTML entities ("&nbsp;") from the mailer's template.
  const normalizedNewlines = decodeEntities(source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source);
  const stripped = stripQuotedText(normalizedNewlines);
  const body = stripped.text.slice(0, MAX_SCORED_BODY);

  const links: HtmlLink[] = [...(html?.links ?? []), ...extractTextLinks(body)];
  const bodyWithoutUrls = removeUrls(body);
  const quoted = stripped.quoted ? removeUrls(stripped.quoted) : '';
  return {
    subject,
    subjectCore,
    isReply,
    body,
    bodyWithoutUrls,
    quotedTextRemoved: stripped.stripped,
    matchQuoted: quoted ? normalizeForMatching(quoted) : '',
    quoted,
    matchSubject: normalizeForMatching(subject),
    matchBody: normalizeForMatching(bodyWithoutUrls),
    links: parseLinks(links),
    logos: html?.logos ?? [],
  };
}

function hasUsefulText(text: string): boolean {
  let visible = 0;
  for (let i = 0; i < text.length && visible < MIN_USEFUL_TEXT; i++) if (text.charCodeAt(i) > 32) visible++;
  return visible >= MIN_USEFUL_TEXT;
}
