/**
 * Whoever writes often says who they are and where from before anything else: "Hi Maddie, it's Jess
 * from Wildflower Boutique", "This is Gary at Hartfield Parcels", "I'm Meera Shah with Bhoomi
 * Organics". The organisation after the writer's own name is the one they write for. Read in the
 * opening of the mail only, where people introduce themselves.
 */

const OPENING_CHARS = 600;
// "y" joins a name only before another capitalised word ("Pérez y Asociados"): the caller's cut does not drop it at the end.
const ORGANISATION_WORD = String.raw`(?:\p{Lu}[\p{L}'’&.-]*|&|of|and|the|de|du|der|la|le|y(?=\s+\p{Lu}))`;
const SELF_INTRODUCTION = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Ii]t'?s|[Ii]t’s|[Ii]t is|[Tt]his is|I'?m|I’m|I am|[Mm]y name is)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:from|at|with|here at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+${ORGANISATION_WORD}){0,5})`,
  'gu',
);

/**
 * The runs of words after the writer's name, in the order written: the organisation and what may follow
 * it ("Wildflower Boutique and"), cut at a stop word by the caller as every template's capture is.
 */
export function findSelfIntroductions(text: string): string[] {
  return [...text.slice(0, OPENING_CHARS).matchAll(SELF_INTRODUCTION)].map((match) => match[1] ?? '');
}
