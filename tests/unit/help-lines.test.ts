import { describe, expect, it } from 'vitest';
import { helpLineSchema, knownHelpLines, type HelpLine } from '../../src/schemas/help-lines';
import { missingHelpLines } from '../../src/lib/help-lines';
import type { Country } from '../../src/schemas/countries';

const source = { title: 'A public list of emergency numbers' };
const messages = (value: unknown) => {
  const result = helpLineSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('help line schema', () => {
  it('accepts a short national number or an international one, with a source', () => {
    expect(messages({ kind: 'emergency', phones: [{ number: '103' }], source })).toEqual([]);
    expect(messages({ kind: 'hiv', phones: [{ number: '+375 17 000-00-00' }], source })).toEqual([]);
  });

  it('rejects a number in another form', () => {
    expect(messages({ kind: 'emergency', phones: [{ number: '8 (017) 000-00-00' }], source })).toHaveLength(1);
  });

  it('needs a contact and a source unless the slot is marked missing', () => {
    expect(messages({ kind: 'legal_aid' })).toEqual([': help_line.contact_required']);
    expect(messages({ kind: 'legal_aid', phones: [{ number: '112' }] })).toEqual([': help_line.contact_required']);
    expect(messages({ kind: 'legal_aid', missing: true })).toEqual([]);
  });

  it('does not let an empty slot carry contacts', () => {
    expect(messages({ kind: 'network', missing: true, website: 'https://example.org' })).toEqual([
      'missing: help_line.missing_has_contact',
    ]);
  });
});

describe('which help lines are shown and which are listed as missing', () => {
  const lines = [
    helpLineSchema.parse({ kind: 'emergency', phones: [{ number: '194' }], source }),
    helpLineSchema.parse({ kind: 'hiv', missing: true }),
  ] as HelpLine[];
  const country = (id: string, help_lines: HelpLine[]) => ({ id, help_lines }) as unknown as Country;

  it('shows only known lines', () => {
    expect(knownHelpLines(lines).map(({ kind }) => kind)).toEqual(['emergency']);
  });

  it('lists the empty slots per country with the file to edit', () => {
    expect(missingHelpLines([country('rs', lines), country('by', lines.slice(0, 1))])).toEqual([
      { country: 'rs', file: 'content/countries/rs.yaml', kinds: ['hiv'] },
    ]);
  });
});
