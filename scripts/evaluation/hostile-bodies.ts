/** Adversarial 1 MB inputs, shared by the robustness test and the benchmark. */

import type { MessageFields } from '../../src/classifier/prepare/message-from-fields.ts';

const MB = 1024 * 1024;

function fill(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export interface HostileCase {
  name: string;
  fields: MessageFields;
}

export function hostileCases(): HostileCase[] {
  const base = { from: 'Acme Recruiting <no-reply@greenhouse.io>', subject: 'Interview invitation - Senior Engineer' };
  return [
    { name: "1 MB of 'a'", fields: { ...base, text: fill('a') } },
    { name: '1 MB of spaces', fields: { ...base, text: fill(' ') } },
    { name: '1 MB of newlines and spaces', fields: { ...base, text: fill(' \n \t') } },
    { name: "1 MB of '<a<a<a' (html)", fields: { ...base, html: fill('<a') } },
    { name: "1 MB of '<a<a<a' (text)", fields: { ...base, text: fill('<a') } },
    { name: '1 MB of "On x wrote:" fragments', fields: { ...base, text: fill('On x wrote: On Mon, 1 Jan at 10:00 someone ') } },
    { name: '1 MB of "From: x Sent:" fragments', fields: { ...base, text: fill('From: x Sent: y From: ') } },
    { name: '1 MB of quoted lines', fields: { ...base, text: fill('> we regret to inform you\n') } },
    { name: '1 MB URL', fields: { ...base, text: `Apply here https://boards.greenhouse.io/${fill('a/', MB - 40)}` } },
    { name: '1 MB of URLs', fields: { ...base, text: fill('https://jobs.lever.co/acme/x?u=https%3A%2F%2F ') } },
    { name: '1 MB deeply nested html', fields: { ...base, html: `${fill('<div><span><a href="https://x.io/">', MB / 2)}${fill('</a></span></div>', MB / 2)}` } },
    { name: '1 MB unclosed tag attribute', fields: { ...base, html: `<a href="${fill('x')}` } },
    { name: '1 MB of entities', fields: { ...base, html: fill('&amp;&#x41;&nbsp;&bogus;') } },
    { name: '1 MB of phrase fragments', fields: { ...base, text: fill('not moving forward with your if you are not selected interview with acme base salary $ ') } },
    { name: '1 MB of capitalized words', fields: { ...base, text: fill('Thank You For Your Interest In Acme Global Talent Acquisition Team ') } },
    { name: '1 MB of digits and money', fields: { ...base, text: fill('$1,000,000,000 ') } },
    { name: '1 MB single line, no spaces, mixed', fields: { ...base, text: fill('aB1-_.,') } },
  ];
}
