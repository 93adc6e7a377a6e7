/**
 * Whoever writes often says who they are and where from before anything else: "Hi Maddie, it's Jess
 * from Wildflower Boutique", "This is Gary at Hartfield Parcels", "I'm Meera Shah with Bhoomi
 * Organics". The organisation after the writer's own name is the one they write for. Read in the
 * opening of the mail only, where people introduce themselves.
 */

const OPENING_CHARS = 600;
const ORGANISATION_WORD = String.raw`(?:\p{Lu}[\p{L}'’&.-]*|&|of|and|the|de|du|der|la|le|y)`;
const SELF_INTRODUCTION = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Ii]t'?s|[Ii]t’s|[Ii]t is|[Tt]his is|I'?m|I’m|I am|[Mm]y name is)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:from|at|with|here at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+${ORGANISATION_WORD}){0,5})`,
  'gu',
);

/** The organisations the writer introduces themselves from, in the order written. */
export function findSelfIntroductions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.slice(0, OPENING_CHARS).matchAll(SELF_INTRODUCTION)) {
    const words = (match[1] ?? '').split(/\s+/);
    // Connecting words end a name when nothing capitalised follows them ("Wildflower Boutique and").
    while (words.length > 0 && /^(?:of|and|the|de|du|der|la|le|y|&)$/i.test(words[words.length - 1] ?? '')) words.pop();
    const name = words.join(' ').replace(/[.,;:!?]+$/, '');
    if (name.length >= 2) found.push(name);
  }
  return found;
}
