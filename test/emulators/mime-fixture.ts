/** Emulated mail: what a test puts into a mailbox, and how it is rendered as RFC 822 and as Gmail parts. */

export interface MailInput {
  from: string;
  to?: string;
  cc?: string;
  subject: string;
  text?: string;
  html?: string;
  /** iCalendar source, sent as a text/calendar part. */
  calendar?: string;
  /** iCalendar source, sent as an `invite.ics` attachment (application/ics), which Gmail serves by attachmentId. */
  calendarAttachment?: string;
  date?: Date;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
}

export interface HeaderLine {
  name: string;
  value: string;
}

export interface MimePart {
  mimeType: string;
  headers: HeaderLine[];
  body?: string;
  parts?: MimePart[];
  /** An attachment's file name (Gmail then serves the body by attachmentId). */
  filename?: string;
}

export function headersOf(input: MailInput, fallbackMessageId: string): HeaderLine[] {
  const date = input.date ?? new Date();
  const lines: HeaderLine[] = [
    { name: 'From', value: input.from },
    { name: 'To', value: input.to ?? 'me@example.test' },
    ...(input.cc ? [{ name: 'Cc', value: input.cc }] : []),
    { name: 'Subject', value: input.subject },
    { name: 'Date', value: date.toUTCString().replace('GMT', '+0000') },
    { name: 'Message-ID', value: `<${input.messageId ?? fallbackMessageId}>` },
    ...(input.inReplyTo ? [{ name: 'In-Reply-To', value: `<${input.inReplyTo}>` }] : []),
    ...(input.references?.length ? [{ name: 'References', value: input.references.map((r) => `<${r}>`).join(' ') }] : []),
    { name: 'MIME-Version', value: '1.0' },
  ];
  for (const [name, value] of Object.entries(input.headers ?? {})) lines.push({ name, value });
  return lines;
}

/** The body tree: one part, multipart/alternative for text+html, multipart/mixed when a calendar part is added. */
export function mimeTreeOf(input: MailInput): MimePart {
  const leaves: MimePart[] = [];
  if (input.text !== undefined || input.html === undefined) leaves.push(leaf('text/plain', input.text ?? ''));
  if (input.html !== undefined) leaves.push(leaf('text/html', input.html));
  let body: MimePart = leaves.length === 1 ? leaves[0]! : { mimeType: 'multipart/alternative', headers: [], parts: leaves };
  if (input.calendar) {
    body = { mimeType: 'multipart/mixed', headers: [], parts: [body, leaf('text/calendar', input.calendar, '; method=REQUEST')] };
  }
  if (input.calendarAttachment) {
    const attachment = leaf('application/ics', input.calendarAttachment, '; name="invite.ics"');
    attachment.headers.push({ name: 'Content-Disposition', value: 'attachment; filename="invite.ics"' });
    attachment.filename = 'invite.ics';
    body = { mimeType: 'multipart/mixed', headers: [], parts: [...(body.mimeType === 'multipart/mixed' ? body.parts! : [body]), attachment] };
  }
  return body;
}

function leaf(mimeType: string, content: string, extra = ''): MimePart {
  return {
    mimeType,
    headers: [
      { name: 'Content-Type', value: `${mimeType}; charset="UTF-8"${extra}` },
      { name: 'Content-Transfer-Encoding', value: 'base64' },
    ],
    body: content,
  };
}

/** RFC 822 source of the message (base64 transfer encoding for every leaf). */
export function renderRfc822(headers: HeaderLine[], tree: MimePart): string {
  let boundaryCount = 0;
  const render = (part: MimePart, top: HeaderLine[]): string => {
    if (part.parts) {
      const boundary = `b${++boundaryCount}_emulator`;
      const head = [...top, { name: 'Content-Type', value: `${part.mimeType}; boundary="${boundary}"` }];
      const children = part.parts.map((child) => `--${boundary}\r\n${render(child, [])}`).join('\r\n');
      return `${head.map((h) => `${h.name}: ${h.value}`).join('\r\n')}\r\n\r\n${children}\r\n--${boundary}--\r\n`;
    }
    const head = [...top, ...part.headers];
    const encoded = Buffer.from(part.body ?? '', 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
    return `${head.map((h) => `${h.name}: ${h.value}`).join('\r\n')}\r\n\r\n${encoded}\r\n`;
  };
  return render(tree, headers);
}

export function plainTextOf(input: MailInput): string {
  return input.text ?? (input.html ?? '').replace(/<[^>]+>/g, ' ');
}
