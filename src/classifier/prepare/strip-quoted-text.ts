/**
 * Removes the earlier message that a reply quotes, so that "we regret…" in a
 * quoted rejection cannot decide the category of the reply above it. Works
 * line by line with string searches only (no regular expression sees a whole
 * line), so its cost is linear in the text.
 */

export interface StrippedText {
  text: string;
  /** True when something was cut. */
  stripped: boolean;
  /** The start of what was cut (the earlier message), at most QUOTED_KEPT characters: read only as context. */
  quoted: string;
}

/** Enough of the quoted message to know what it was (an application, an invitation), not all of it. */
export const QUOTED_KEPT = 2000;

/** "From:" headers of a quoted Outlook message are found within this many lines. */
const HEADER_LOOKAHEAD = 6;
/** A quoted-header marker inside one long line (flattened mail) counts only this close to its partner. */
const INLINE_WINDOW = 400;
const MAX_INLINE_CANDIDATES = 50;

/**
 * Every quote marker below contains one of these; a text with none of them
 * (most mail) is returned without being split into lines.
 */
const MARKER_PARTS = ['>', '--', 'wrote:', 'writes:', 'From:', 'Begin forwarded'];

export function stripQuotedText(text: string): StrippedText {
  if (!MARKER_PARTS.some((part) => text.includes(part))) return { text, stripped: false, quoted: '' };
  const lines = text.split('\n');
  const kept: string[] = [];
  const quoted: string[] = [];
  let quotedLength = 0;
  let stripped = false;
  // A forwarded message is the point of the mail ("saving this here" over the employer's confirmation):
  // the header block right under a forward marker introduces it and is not a quote.
  let forwardedHeadersUntil = -1;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trimStart();

    if (trimmed.startsWith('>')) {
      stripped = true;
      if (quotedLength < QUOTED_KEPT) {
        const content = trimmed.replace(/^(?:>\s?)+/, '');
        quoted.push(content);
        quotedLength += content.length + 1;
      }
      continue;
    }
    if (isForwardMarker(trimmed)) {
      forwardedHeadersUntil = i + HEADER_LOOKAHEAD + 2;
      kept.push(line);
      continue;
    }
    if (i > forwardedHeadersUntil && (isOriginalMessageSeparator(trimmed) || isAttributionLine(trimmed, lines[i + 1]) || isOutlookHeaderBlock(lines, i))) {
      stripped = true;
      if (quotedLength < QUOTED_KEPT) quoted.push(lines.slice(i + 1, i + 60).map((l) => l.trimStart().replace(/^(?:>\s?)+/, '')).join('\n'));
      break;
    }
    const inlineCut = findInlineQuoteStart(line);
    if (inlineCut >= 0) {
      kept.push(line.slice(0, inlineCut));
      stripped = true;
      if (quotedLength < QUOTED_KEPT) quoted.push(line.slice(inlineCut, inlineCut + QUOTED_KEPT));
      break;
    }
    kept.push(line);
  }
  // A trailing underscore rule or "-----" usually introduced the quoted block.
  while (stripped && kept.length > 0 && isRule((kept[kept.length - 1] ?? '').trim())) kept.pop();
  return { text: stripped ? kept.join('\n') : text, stripped, quoted: quoted.join('\n').slice(0, QUOTED_KEPT) };
}

/** "---------- Forwarded message ---------", "-----Forwarded Message-----", "Begin forwarded message:". */
function isForwardMarker(trimmed: string): boolean {
  if (!(trimmed.startsWith('--') || trimmed.startsWith('Begin forwarded'))) return false;
  return trimmed.slice(0, 80).toLowerCase().includes('forwarded message');
}

function isOriginalMessageSeparator(trimmed: string): boolean {
  if (!trimmed.startsWith('--')) return false;
  const lower = trimmed.slice(0, 80).toLowerCase();
  return lower.includes('original message') || lower.includes('reply message');
}

/** "On Mon, 3 Mar 2025 at 10:00, Jane <jane@x> wrote:", possibly wrapped onto the next line. */
function isAttributionLine(trimmed: string, next: string | undefined): boolean {
  if (!(trimmed.startsWith('On ') || trimmed.startsWith('on '))) return false;
  if (trimmed.length > 400) return false;
  const end = trimmed.trimEnd();
  if (end.endsWith('wrote:') || end.endsWith('writes:')) return true;
  const nextEnd = (next ?? '').trimEnd();
  return nextEnd.length < 200 && (nextEnd.endsWith('wrote:') || nextEnd.endsWith('writes:'));
}

/** Outlook: "From: …" followed within a few lines by "Sent:"/"Date:" and "To:"/"Subject:". */
function isOutlookHeaderBlock(lines: readonly string[], i: number): boolean {
  const first = (lines[i] ?? '').trimStart();
  if (!(first.startsWith('From:') || first.startsWith('*From:*'))) return false;
  let sawDate = false;
  let sawOther = false;
  for (let j = i + 1; j < lines.length && j <= i + HEADER_LOOKAHEAD; j++) {
    const l = (lines[j] ?? '').trimStart().replace(/^\*/, '');
    if (l.startsWith('Sent:') || l.startsWith('Date:')) sawDate = true;
    if (l.startsWith('To:') || l.startsWith('Subject:') || l.startsWith('Cc:')) sawOther = true;
  }
  return sawDate && sawOther;
}

/** Mail flattened to one line: "…Best, Emily From: Jane <j@x> Sent: Monday…". */
function findInlineQuoteStart(line: string): number {
  let from = line.indexOf('From: ');
  // Each candidate is checked inside a bounded window, and only so many candidates, so hostile lines stay linear.
  for (let tries = 0; from >= 0 && tries < MAX_INLINE_CANDIDATES; tries++) {
    const window = line.slice(from, from + INLINE_WINDOW);
    if (window.includes(' Sent: ') || (window.includes(' Date: ') && window.includes(' Subject: '))) return from;
    from = line.indexOf('From: ', from + 6);
  }
  const wrote = line.indexOf(' wrote:');
  if (wrote > 0) {
    const on = line.lastIndexOf(' On ', wrote);
    if (on >= 0 && wrote - on < INLINE_WINDOW && wrote - on > 10) return on;
  }
  return -1;
}

function isRule(s: string): boolean {
  if (s.length < 5) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '_' && c !== '-' && c !== '=') return false;
  }
  return true;
}
