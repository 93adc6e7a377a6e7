import { z } from 'zod';

/**
 * Text a user stores and later sees (company, job title, …): normalised to NFKC, so "ＡＣＭＥ" is
 * stored and searched as "ACME" and compatibility forms match their plain letters, and refused when
 * it cannot be displayed faithfully.
 */

/** C0/C1 controls (NUL, the ESC of ANSI sequences, DEL…) and the bidi embeddings, overrides and isolates that reorder what follows them. */
const UNDISPLAYABLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
/** A character that shows: not whitespace, not default-ignorable (zero-width space/joiners, fillers…), not a bare combining mark. */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}]/u;

/** NFKC can lengthen a string (one ligature becomes up to 18 characters): bound the raw input first. */
const RAW_FACTOR = 4;

const wellFormed = (value: string) => value.isWellFormed();
const WELL_FORMED = 'must not contain lone surrogates (malformed UTF-16)';
const NO_CONTROLS = 'must not contain control or bidirectional-override characters';

/** A required single-line name of at most `max` characters, after NFKC and trimming. */
export function displayText(max: number) {
  return z
    .string()
    .max(max * RAW_FACTOR, `must be at most ${max} characters`)
    .refine(wellFormed, WELL_FORMED)
    .transform((value) => value.normalize('NFKC').trim())
    .pipe(
      z
        .string()
        .min(1, 'must not be blank')
        .max(max, `must be at most ${max} characters`)
        .refine((value) => !UNDISPLAYABLE.test(value), NO_CONTROLS)
        .refine((value) => value.length === 0 || VISIBLE.test(value), 'must contain a visible character'),
    );
}

/** Search text: may be empty; normalised like stored text so both sides compare alike. */
export function searchText(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine(wellFormed, WELL_FORMED)
    .transform((value) => value.normalize('NFKC'))
    .pipe(z.string().refine((value) => !UNDISPLAYABLE.test(value), NO_CONTROLS));
}
