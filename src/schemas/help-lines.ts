/**
 * Country-level help lines (`help_lines` in a country file): the nearest
 * human the network knows when a service lists no contact of its own —
 * the ambulance, HIV and harm-reduction lines, legal aid, the network
 * itself. A line has contacts and a source; a line not yet known is kept as
 * an empty slot (`missing: true`), which `npm run translations` lists as
 * missing and no page shows. Numbers are never made up.
 */
import { z } from 'astro/zod';
import { localizedText, source, text, vocabulary, webUrl } from './common';
import { HELP_LINE_KINDS, MESSENGERS } from './vocabularies';

/** An international number (+…) or a short national number such as an ambulance's 103. */
const helpLineNumber = z
  .string()
  .regex(/^(\+[1-9][0-9 ()-]{6,20}|[0-9]{2,4})$/)
  .meta({ expected: 'help_line_number' });

/** One help line of a country. */
export const helpLineSchema = z
  .strictObject({
    kind: vocabulary(HELP_LINE_KINDS),
    /** The line's or organisation's own name; the kind's label is shown without it. */
    name: localizedText.optional(),
    phones: z.array(z.strictObject({ number: helpLineNumber })).default([]),
    messengers: z.array(z.strictObject({ app: z.enum(MESSENGERS), contact: text })).default([]),
    email: z.email().meta({ expected: 'email' }).optional(),
    website: webUrl.optional(),
    /** When it answers, in words ("around the clock", "weekdays 9–18"). */
    hours: localizedText.optional(),
    source: source.optional(),
    /** An empty slot: this kind of line should be here, and nobody has found it yet. */
    missing: z.literal(true).optional(),
  })
  .superRefine((line, ctx) => {
    const contacts = line.phones.length + line.messengers.length + (line.email ? 1 : 0) + (line.website ? 1 : 0);
    if (line.missing && contacts > 0)
      ctx.addIssue({ code: 'custom', path: ['missing'], message: 'help_line.missing_has_contact' });
    if (!line.missing && (contacts === 0 || !line.source))
      ctx.addIssue({ code: 'custom', path: [], message: 'help_line.contact_required' });
  });

/** A country's help line. */
export type HelpLine = z.infer<typeof helpLineSchema>;

/** The lines a page can show: known ones (slots to fill are left out). */
export function knownHelpLines(lines: HelpLine[]): HelpLine[] {
  return lines.filter((line) => !line.missing);
}
