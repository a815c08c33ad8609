import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pathwaySchema } from '../../src/schemas/pathways';
import { renderProblem } from '../../src/schemas/format';
import { validateContent } from '../../src/lib/validation';
import { resolveSteps, slipServiceIds } from '../../src/lib/pathways';
import { copyFixture, edit, VALID_FIXTURE, write } from './helpers';

const TODAY = '2026-11-23';
const PATHWAY = 'content/pathways/test-pathway.yaml';

function fixturePathway(): Record<string, unknown> {
  return parse(readFileSync(join(VALID_FIXTURE, PATHWAY), 'utf8')) as Record<string, unknown>;
}

function issueMessages(data: unknown): string[] {
  const result = pathwaySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function messagesFor(root: string, lang: 'en' | 'ru' | 'sr' = 'en'): string[] {
  return validateContent({ root, today: TODAY, lang }).problems.map((problem) => renderProblem(problem, lang));
}

describe('the pathway schema', () => {
  it('accepts the fixture and keeps its steps in order', () => {
    const result = pathwaySchema.safeParse(fixturePathway());
    expect(result.success).toBe(true);
    expect(result.data?.steps.map((step) => step.title.en)).toEqual(['First step', 'Second step']);
    expect(result.data?.steps[1]?.services).toEqual([]);
  });

  it('needs at least one step and one audience', () => {
    const data = { ...fixturePathway(), steps: [], audiences: [] };
    const messages = issueMessages(data);
    expect(messages.some((text) => text.startsWith('steps:'))).toBe(true);
    expect(messages.some((text) => text.startsWith('audiences:'))).toBe(true);
  });

  it('takes audiences only from the vocabulary', () => {
    expect(issueMessages({ ...fixturePathway(), audiences: ['prisoners'] })).toHaveLength(1);
    expect(issueMessages({ ...fixturePathway(), audiences: ['youth', 'released_from_prison'] })).toEqual([]);
  });

  it('asks for every step text in every language not listed as untranslated', () => {
    const data = fixturePathway();
    const steps = data.steps as { text: Record<string, string> }[];
    delete steps[0]!.text.sr;
    expect(issueMessages(data)).toEqual(['steps.0.text.sr: translation.missing']);
    expect(issueMessages({ ...data, untranslated: ['sr'] })).toEqual([]);
  });

  it('rejects the same service twice in one step', () => {
    const data = fixturePathway();
    (data.steps as { services: string[] }[])[0]!.services = ['test-dispensary', 'test-dispensary'];
    expect(issueMessages(data)).toEqual(['steps.0.services: list.duplicate']);
  });
});

describe('pathway cross-checks', () => {
  it('accept the valid fixture', () => {
    const result = validateContent({ root: VALID_FIXTURE, today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.pathways.map((entry) => entry.data.id)).toEqual(['test-pathway']);
  });

  it('report a misspelt service id with the id that was probably meant', () => {
    const root = copyFixture();
    edit(root, PATHWAY, 'services: [test-dispensary]', 'services: [test-dispensery]');
    const messages = messagesFor(root);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(
      `${PATHWAY}:23 › steps[0].services[0]: there is no service with the id "test-dispensery"`,
    );
    expect(messages[0]).toContain('did you mean "test-dispensary"?');
  });

  it('explain where service ids come from when nothing is close', () => {
    const root = copyFixture();
    edit(root, PATHWAY, 'services: [test-dispensary]', 'services: [employment-centre-of-minsk]');
    const [message] = messagesFor(root, 'ru');
    expect(message).toContain('нет службы с id «employment-centre-of-minsk»');
    expect(message).toContain('content/services/');
  });

  it('report a city the country does not have, listing the known ones', () => {
    const root = copyFixture();
    edit(root, PATHWAY, 'city: soligorsk', 'city: salihorsk');
    expect(messagesFor(root).join('\n')).toMatch(
      /city: the country "by" has no city "salihorsk"[\s\S]*known cities: soligorsk/,
    );
  });

  it('report an unknown country', () => {
    const root = copyFixture();
    edit(root, PATHWAY, 'country: by', 'country: xx');
    expect(messagesFor(root).join('\n')).toContain('country: there is no country file content/countries/xx.yaml');
  });

  it('report a service from another country', () => {
    const root = copyFixture();
    const country = readFileSync(join(root, 'content/countries/by.yaml'), 'utf8')
      .replace('id: by', 'id: rs')
      .replace(
        'bounds: { south: 51.2, west: 23.1, north: 56.2, east: 32.8 }',
        'bounds: { south: 42.2, west: 18.8, north: 46.2, east: 23.0 }',
      )
      .replace(
        /soligorsk:\n.*\n.*coordinates: \{ lat: 52.79, lon: 27.54 \}/,
        'belgrade:\n    name: { ru: Белград, sr: Beograd, en: Belgrade }\n    coordinates: { lat: 44.82, lon: 20.46 }',
      );
    write(root, 'content/countries/rs.yaml', country);
    mkdirSync(join(root, 'content/services/rs/belgrade'), { recursive: true });
    const service = readFileSync(join(root, 'content/services/by/soligorsk/test-dispensary.yaml'), 'utf8')
      .replace('id: test-dispensary', 'id: belgrade-centre')
      .replace('country: by', 'country: rs')
      .replace('city: soligorsk', 'city: belgrade')
      .replace('lat: 52.8, lon: 27.55', 'lat: 44.81, lon: 20.46');
    write(root, 'content/services/rs/belgrade/belgrade-centre.yaml', service);
    edit(root, PATHWAY, 'services: [test-dispensary]', 'services: [test-dispensary, belgrade-centre]');
    expect(messagesFor(root)).toEqual([
      expect.stringContaining(
        'steps[0].services[1]: the service "belgrade-centre" is in rs, but this pathway is for by',
      ),
    ]);
  });

  it('report an id that differs from the file name, and a verification date in the future', () => {
    const root = copyFixture();
    edit(root, PATHWAY, 'id: test-pathway', 'id: other-pathway');
    edit(root, PATHWAY, 'date: 2026-01-10', 'date: 2027-01-10');
    const messages = messagesFor(root).join('\n');
    expect(messages).toContain('id: the id "other-pathway" does not match the file name "test-pathway"');
    expect(messages).toContain('verification.date: the date 2027-01-10 is in the future');
  });
});

describe('resolving a pathway for its page', () => {
  const result = validateContent({ root: VALID_FIXTURE, today: TODAY });
  const pathway = result.pathways[0]!.data;
  const services = result.services.map((entry) => entry.data);

  it('keeps the steps in order with their services', () => {
    const steps = resolveSteps(pathway, services);
    expect(steps.map((item) => item.step.title.en)).toEqual(['First step', 'Second step']);
    expect(steps[0]!.services.map((service) => service.id)).toEqual(['test-dispensary']);
    expect(steps[1]!.services).toEqual([]);
  });

  it('leaves out services that are no longer published instead of breaking', () => {
    expect(resolveSteps(pathway, [])[0]!.services).toEqual([]);
  });

  it('lists each published service once for the slip, in step order', () => {
    const named = (id: string) => ({ ...services[0]!, id });
    const twice = {
      ...pathway,
      steps: [
        { ...pathway.steps[0]!, services: ['b-service', 'gone', 'a-service'] },
        { ...pathway.steps[1]!, services: ['a-service', 'c-service'] },
      ],
    };
    const steps = resolveSteps(twice, ['a-service', 'b-service', 'c-service'].map(named));
    expect(slipServiceIds(steps)).toEqual(['b-service', 'a-service', 'c-service']);
  });
});
