/**
 * The part of Gmail's search syntax the emulator understands: `after:` / `before:` (epoch seconds or
 * yyyy/mm/dd), `in:inbox`, `in:anywhere`, `from:`, `to:`, `subject:`, `label:`, quoted phrases, bare words,
 * `-` negation, `OR`, `{a b}` (any of) and `(a b)` (all of). Matching is case-insensitive substring
 * matching, which is looser than Gmail's word matching: documented as a guess in the emulator README.
 */

export interface SearchableMessage {
  internalDateMs: number;
  labelIds: string[];
  from: string;
  to: string;
  subject: string;
  body: string;
}

type Node =
  | { type: 'and'; children: Node[] }
  | { type: 'or'; children: Node[] }
  | { type: 'not'; child: Node }
  | { type: 'term'; key: string | null; value: string };

/** A message as a query sees it, lowercased once (a first sync lists the whole mailbox page after page). */
interface LoweredMessage {
  internalDateMs: number;
  labelIds: string[];
  labels: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
}

const lowered = new WeakMap<SearchableMessage, LoweredMessage>();

function lower(m: SearchableMessage): LoweredMessage {
  let found = lowered.get(m);
  if (!found) {
    const from = m.from.toLowerCase();
    const subject = m.subject.toLowerCase();
    found = { internalDateMs: m.internalDateMs, labelIds: m.labelIds, labels: m.labelIds.map((l) => l.toLowerCase()), from, to: m.to.toLowerCase(), subject, text: `${from}\n${subject}\n${m.body.toLowerCase()}` };
    lowered.set(m, found);
  }
  return found;
}

/**
 * Compiles a query. Pass the same SearchableMessage object for a message on every call (and a new
 * one when it changes): its lowercased text is kept for it.
 */
export function compileGmailQuery(query: string): (message: SearchableMessage) => boolean {
  const tokens = tokenize(query);
  let position = 0;

  function parseSequence(closing: string | null, combine: 'and' | 'or'): Node {
    const children: Node[] = [];
    let pendingOr = false;
    while (position < tokens.length && tokens[position] !== closing) {
      const token = tokens[position]!;
      if (token === 'OR') {
        pendingOr = true;
        position += 1;
        continue;
      }
      const node = parseUnary();
      if (pendingOr && children.length > 0) {
        const previous = children.pop()!;
        children.push({ type: 'or', children: [previous, node] });
      } else children.push(node);
      pendingOr = false;
    }
    if (closing) position += 1;
    return { type: combine, children };
  }

  function parseUnary(): Node {
    const token = tokens[position++]!;
    if (token === '-') return { type: 'not', child: parseUnary() };
    if (token === '{') return parseSequence('}', 'or');
    if (token === '(') return parseSequence(')', 'and');
    const colon = token.startsWith('"') ? -1 : token.indexOf(':');
    if (colon > 0) return { type: 'term', key: token.slice(0, colon).toLowerCase(), value: unquote(token.slice(colon + 1)).toLowerCase() };
    return { type: 'term', key: null, value: unquote(token).toLowerCase() };
  }

  const root = parseSequence(null, 'and');
  const mentionsLocation = /\bin:|\blabel:/i.test(query);
  return (message) => evaluate(root, lower(message), mentionsLocation);
}

function evaluate(node: Node, m: LoweredMessage, mentionsLocation: boolean): boolean {
  switch (node.type) {
    case 'and':
      return node.children.every((c) => evaluate(c, m, mentionsLocation));
    case 'or':
      return node.children.length === 0 || node.children.some((c) => evaluate(c, m, mentionsLocation));
    case 'not':
      return !evaluate(node.child, m, mentionsLocation);
    case 'term':
      return matchTerm(node.key, node.value, m);
  }
}

function matchTerm(key: string | null, value: string, m: LoweredMessage): boolean {
  switch (key) {
    case 'after':
      return m.internalDateMs >= parseDate(value);
    case 'before':
      return m.internalDateMs < parseDate(value);
    case 'in':
      return value === 'anywhere' || m.labelIds.includes(IN_LABELS[value] ?? value.toUpperCase());
    case 'label':
      return m.labels.includes(value);
    case 'from':
      return m.from.includes(value);
    case 'to':
      return m.to.includes(value);
    case 'subject':
      return m.subject.includes(value);
    case null:
      return m.text.includes(value);
    default:
      return false;
  }
}

const IN_LABELS: Record<string, string> = { drafts: 'DRAFT', chats: 'CHAT', sent: 'SENT', inbox: 'INBOX', spam: 'SPAM', trash: 'TRASH' };

function parseDate(value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const [y, mo, d] = value.split('/').map(Number);
  return Date.UTC(y!, (mo ?? 1) - 1, d ?? 1);
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function tokenize(query: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*(-(?=\S)|[{}()]|[a-zA-Z]+:"[^"]*"|"[^"]*"|[^\s{}()]+)/gy;
  for (let match = pattern.exec(query); match; match = pattern.exec(query)) tokens.push(match[1]!);
  return tokens;
}
