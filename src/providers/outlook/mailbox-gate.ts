/** At most `limit` requests in flight per mailbox in this process (Graph allows 4 concurrent per mailbox). */
export class MailboxGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

export const GRAPH_MAX_CONCURRENT_PER_MAILBOX = 4;
const gates = new Map<string, MailboxGate>();

export function mailboxGateFor(accountId: string): MailboxGate {
  let gate = gates.get(accountId);
  if (!gate) {
    gate = new MailboxGate(GRAPH_MAX_CONCURRENT_PER_MAILBOX);
    gates.set(accountId, gate);
  }
  return gate;
}
