// Datadog's events parsed, not cast: every field the client reads held to its type and grammar,
// a malformed optional field dropped and told, an event without its required fields left out and
// told, and what is told safe to show.
import { describe, expect, test } from '@jest/globals';
import { parseTime } from '../../src/datadog/fields.ts';
import { parseDeployment, parseFailure, parseRawEvent } from '../../src/datadog/responses.ts';
import type { EventFlaw } from '../../src/datadog/results.ts';

const SHA = '66adc9350f2cc9b250b69abddab733dd55e1a588';
/** What a reader would see as a broken line, or text in another order. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Datadog's own example of each, from its API reference. */
const DEPLOYMENT = {
  id: '4242fcdd31586083',
  type: 'dora_deployment',
  attributes: {
    custom_tags: ['language:java', 'department:engineering', 'region:us-east-1'],
    env: 'production',
    finished_at: '2023-08-31T14:26:24Z',
    git: { commit_sha: SHA, repository_id: 'github.com/organization/example-repository' },
    service: 'shopist',
    started_at: '2023-08-31T14:26:14Z',
    team: 'backend',
    version: 'v1.12.07',
  },
};
const FAILURE = {
  id: '4242fcdd31586085',
  type: 'dora_incident',
  attributes: {
    custom_tags: ['incident_type:database', 'department:engineering'],
    env: 'production',
    finished_at: '2023-08-31T14:31:14Z',
    git: { commit_sha: SHA, repository_url: 'https://github.com/organization/example-repository' },
    name: 'Database outage',
    services: ['shopist'],
    severity: 'SEV-1',
    started_at: '2023-08-31T14:29:34Z',
    team: 'backend',
    version: 'v1.12.07',
  },
};

type Parse = typeof parseDeployment | typeof parseFailure;
const parsed = (parse: Parse, event: Record<string, unknown>) => {
  const flaws: EventFlaw[] = [];
  return { event: parse(event, flaws) as Record<string, unknown> | undefined, flaws };
};
const withAttribute = (event: typeof DEPLOYMENT | typeof FAILURE, key: string, value: unknown) => ({
  ...event,
  attributes: { ...event.attributes, [key]: value },
});

/** Every problem told is safe to show as it is, and short. */
const expectHarmless = (flaws: EventFlaw[]) => {
  for (const flaw of flaws)
    for (const text of [flaw.id, ...flaw.problems]) {
      expect(text).not.toMatch(UNSAFE);
      expect(text.length).toBeLessThan(200);
    }
};

/** Each value with a title that shows it on one line: no test's name may start a line with `::`. */
const named = (values: unknown[]) => values.map((value) => [JSON.stringify(value) ?? String(value), value] as const);

const HOSTILE_STRINGS = ['a\n::error::injected', 'x\u0000y', 'x\ry', '\u202eevil', 'a\u2028b', '\u001b[31mred'];
const NOT_STRINGS = [42, true, {}, ['production'], { nested: { deeper: [1] } }];

describe('well-formed events parse whole', () => {
  test("Datadog's example deployment, every field", () => {
    const { event, flaws } = parsed(parseDeployment, DEPLOYMENT);
    expect(flaws).toEqual([]);
    expect(event).toEqual({
      id: '4242fcdd31586083',
      service: 'shopist',
      startedAt: new Date('2023-08-31T14:26:14Z'),
      finishedAt: new Date('2023-08-31T14:26:24Z'),
      env: 'production',
      version: 'v1.12.07',
      team: 'backend',
      customTags: ['language:java', 'department:engineering', 'region:us-east-1'],
      git: { commitSha: SHA, repositoryId: 'github.com/organization/example-repository' },
    });
  });

  test("Datadog's example failure, every field", () => {
    const { event, flaws } = parsed(parseFailure, FAILURE);
    expect(flaws).toEqual([]);
    expect(event).toEqual({
      id: '4242fcdd31586085',
      startedAt: new Date('2023-08-31T14:29:34Z'),
      finishedAt: new Date('2023-08-31T14:31:14Z'),
      name: 'Database outage',
      severity: 'SEV-1',
      services: ['shopist'],
      team: 'backend',
      env: 'production',
      version: 'v1.12.07',
      customTags: ['incident_type:database', 'department:engineering'],
      git: { commitSha: SHA, repositoryUrl: 'https://github.com/organization/example-repository' },
    });
  });

  test('null, blank or absent optional fields are absent, not malformed', () => {
    const { attributes } = DEPLOYMENT;
    const sparse = {
      id: 'deploy-1',
      attributes: {
        service: 'shopist',
        started_at: attributes.started_at,
        env: null,
        version: '  ',
        team: '',
        custom_tags: null,
        git: null,
        finished_at: null,
      },
    };
    expect(parsed(parseDeployment, sparse)).toEqual({
      event: { id: 'deploy-1', service: 'shopist', startedAt: new Date(attributes.started_at), customTags: [] },
      flaws: [],
    });
  });
});

describe('an event without its required fields is left out, and told', () => {
  const leftOut = (parse: Parse, event: Record<string, unknown>, field: string) => {
    const { event: result, flaws } = parsed(parse, event);
    expect(result).toBeUndefined();
    expect(flaws).toEqual([
      {
        id: expect.any(String),
        leftOut: true,
        problems: expect.arrayContaining([expect.stringMatching(new RegExp(`^${field} is `))]),
      },
    ]);
    expectHarmless(flaws);
  };

  test.each(named([42, 'x/y', '..', '', 'a'.repeat(129), undefined, {}, 'a\n::error::b']))(
    'an id that is no Datadog id: %s',
    (_shown, id) => {
      leftOut(parseDeployment, { ...DEPLOYMENT, id }, 'id');
      leftOut(parseFailure, { ...FAILURE, id }, 'id');
    },
  );

  test.each(named(['attributes', [], null, 42]))('attributes that are no object: %s', (_shown, attributes) => {
    leftOut(parseDeployment, { ...DEPLOYMENT, attributes }, 'attributes');
    leftOut(parseFailure, { ...FAILURE, attributes }, 'attributes');
  });

  test.each(named([undefined, null, '', ' ', ...NOT_STRINGS, ...HOSTILE_STRINGS, 's'.repeat(201)]))(
    "a deployment's service: %s",
    (_shown, service) => {
      leftOut(parseDeployment, withAttribute(DEPLOYMENT, 'service', service), 'service');
    },
  );

  const NOT_TIMES = [
    undefined,
    null,
    '',
    1.5,
    -1,
    true,
    {},
    ['2023-08-31T14:26:14Z'],
    'yesterday',
    '2023-08-31',
    'Aug 31 2023 14:26',
    '2023-08-31T14:26:14',
    '1693491974123456',
    ...HOSTILE_STRINGS,
  ];
  test.each(named(NOT_TIMES))('a start that is no time: %s', (_shown, startedAt) => {
    leftOut(parseDeployment, withAttribute(DEPLOYMENT, 'started_at', startedAt), 'started_at');
    leftOut(parseFailure, withAttribute(FAILURE, 'started_at', startedAt), 'started_at');
  });

  test('the problem names the field and shows the value as it came, cut and harmless; the id is the one given', () => {
    const { flaws } = parsed(
      parseDeployment,
      withAttribute(DEPLOYMENT, 'service', `shop\n::error::${'x'.repeat(300)}`),
    );
    expect(flaws).toEqual([
      {
        id: '4242fcdd31586083',
        leftOut: true,
        problems: [expect.stringMatching(/^service is "shop\\n::error::x+…: expected at most 200 characters$/)],
      },
    ]);
  });
});

describe('a malformed optional field is dropped, the event kept, and told', () => {
  /** Parsed with `value` at `key`: kept, its `field` absent, one problem naming `key`. */
  const dropped = (
    parse: Parse,
    base: typeof DEPLOYMENT | typeof FAILURE,
    key: string,
    value: unknown,
    field: string,
  ) => {
    const { event, flaws } = parsed(parse, withAttribute(base, key, value));
    expect(event).toBeDefined();
    expect(event?.[field]).toBeUndefined();
    expect(flaws).toEqual([
      {
        id: base.id,
        leftOut: false,
        problems: [expect.stringMatching(new RegExp(`^${key.replace(/[[\]]/g, '\\$&')}`))],
      },
    ]);
    expectHarmless(flaws);
  };

  test.each(named([...NOT_STRINGS, ...HOSTILE_STRINGS, 'v'.repeat(201)]))('env, version, team: %s', (_shown, value) => {
    for (const [key, field] of [
      ['env', 'env'],
      ['version', 'version'],
      ['team', 'team'],
    ]) {
      dropped(parseDeployment, DEPLOYMENT, key!, value, field!);
      dropped(parseFailure, FAILURE, key!, value, field!);
    }
  });

  test.each(named([...NOT_STRINGS, ...HOSTILE_STRINGS]))("a failure's name and severity: %s", (_shown, value) => {
    dropped(parseFailure, FAILURE, 'name', value, 'name');
    dropped(parseFailure, FAILURE, 'severity', value, 'severity');
  });

  test("a failure's name is prose: up to 1000 characters", () => {
    expect(parsed(parseFailure, withAttribute(FAILURE, 'name', 'n'.repeat(1000))).flaws).toEqual([]);
    dropped(parseFailure, FAILURE, 'name', 'n'.repeat(1001), 'name');
  });

  test.each(named([0.5, true, {}, [], 'tomorrow', '2023-08-31T14:26:24', ...HOSTILE_STRINGS]))(
    'a finish that is no time: %s',
    (_shown, value) => {
      dropped(parseDeployment, DEPLOYMENT, 'finished_at', value, 'finishedAt');
      dropped(parseFailure, FAILURE, 'finished_at', value, 'finishedAt');
    },
  );

  test.each([
    ['a string', 'team:shop'],
    ['a number', 42],
    ['an object', { 0: 'a:b' }],
    ['more than 100 tags', Array.from({ length: 101 }, (_, i) => `tag:${i}`)],
  ])('custom_tags as %s: no tags, and said (never "filter is not a function")', (_kind, value) => {
    const { event, flaws } = parsed(parseDeployment, withAttribute(DEPLOYMENT, 'custom_tags', value));
    expect(event?.customTags).toEqual([]);
    expect(flaws).toEqual([
      {
        id: DEPLOYMENT.id,
        leftOut: false,
        problems: [expect.stringMatching(/^custom_tags is .*: expected a list of at most 100$/)],
      },
    ]);
  });

  test.each(
    named([42, null, {}, 'no-colon', ':value', 'key:', 'a:b\n::error::x', `k:${'v'.repeat(200)}`, 'k:\u202ev']),
  )('a tag that is no key:value tag is dropped, the others kept: %s', (_shown, tag) => {
    const { event, flaws } = parsed(
      parseDeployment,
      withAttribute(DEPLOYMENT, 'custom_tags', ['language:go', tag, 'region:eu']),
    );
    expect(event?.customTags).toEqual(['language:go', 'region:eu']);
    expect(flaws).toEqual([
      { id: DEPLOYMENT.id, leftOut: false, problems: [expect.stringMatching(/^custom_tags\[1\] is /)] },
    ]);
    expectHarmless(flaws);
  });

  test.each(named([42, null, {}, '', ' ', 'a\nb', 's'.repeat(201)]))(
    "a failure's service that is no name is dropped, the others kept: %s",
    (_shown, service) => {
      const { event, flaws } = parsed(parseFailure, withAttribute(FAILURE, 'services', ['shopist', service]));
      expect(event?.services).toEqual(['shopist']);
      expect(flaws).toHaveLength(1);
    },
  );

  test.each(named(['shopist', 42, {}]))("a failure's services that are no list: %s", (_shown, services) => {
    const { event, flaws } = parsed(parseFailure, withAttribute(FAILURE, 'services', services));
    expect([event?.services, flaws[0]?.problems]).toEqual([[], [expect.stringMatching(/^services is /)]]);
  });

  test.each([
    ['a string', SHA, 'git'],
    ['a list', [SHA], 'git'],
    ['a number for the SHA', { commit_sha: 42 }, 'git.commit_sha'],
    ['no SHA', { repository_id: 'github.com/acme/shop' }, 'git.commit_sha'],
    ['a SHA too short', { commit_sha: SHA.slice(1) }, 'git.commit_sha'],
    ['a SHA too long', { commit_sha: `${SHA}${'0'.repeat(25)}` }, 'git.commit_sha'],
    ['a SHA not hexadecimal', { commit_sha: `${SHA.slice(1)}g` }, 'git.commit_sha'],
    ['a SHA with a line break', { commit_sha: `${SHA}\n` }, 'git.commit_sha'],
  ])('git as %s: no commit', (_kind, git, field) => {
    const { event, flaws } = parsed(parseDeployment, withAttribute(DEPLOYMENT, 'git', git));
    expect(event?.git).toBeUndefined();
    expect(flaws[0]?.problems).toEqual([expect.stringMatching(new RegExp(`^${field} is `))]);
  });

  test.each(
    named([42, {}, 'has space', 'github.com/acme/\u0007shop', 'a'.repeat(501), 'github.com/acme/shop\n::error::x']),
  )('a repository that is no id or URL: the commit kept without it: %s', (_shown, repository) => {
    const deployment = parsed(
      parseDeployment,
      withAttribute(DEPLOYMENT, 'git', { commit_sha: SHA, repository_id: repository }),
    );
    expect([deployment.event?.git, deployment.flaws[0]?.problems]).toEqual([
      { commitSha: SHA },
      [expect.stringMatching(/^git\.repository_id is /)],
    ]);
    const failure = parsed(
      parseFailure,
      withAttribute(FAILURE, 'git', { commit_sha: SHA, repository_url: repository }),
    );
    expect([failure.event?.git, failure.flaws[0]?.problems]).toEqual([
      { commitSha: SHA },
      [expect.stringMatching(/^git\.repository_url is /)],
    ]);
    expectHarmless([...deployment.flaws, ...failure.flaws]);
  });

  test.each(named(['true', 1, {}]))('a change failure mark that is no boolean: %s', (_shown, mark) => {
    dropped(parseDeployment, DEPLOYMENT, 'change_failure', mark, 'changeFailure');
  });

  test('a remediation held to its grammar: an object, its type, an id Datadog gave or a version of one line', () => {
    expect(
      parsed(parseDeployment, withAttribute(DEPLOYMENT, 'remediation', { type: 'rollback', id: 'deploy-0' })).event
        ?.remediation,
    ).toEqual({ type: 'rollback', id: 'deploy-0' });
    for (const remediation of ['rollback', [], {}, { type: 'undo', id: 'deploy-0' }])
      dropped(parseDeployment, DEPLOYMENT, 'remediation', remediation, 'remediation');
    for (const [remediation, field] of [
      [{ type: 'rollback', id: 'a/b' }, 'remediation.id'],
      [{ type: 'rollforward', version: 42 }, 'remediation.version'],
      [{ type: 'rollforward', version: 'v1\nv2' }, 'remediation.version'],
    ] as const) {
      const { event, flaws } = parsed(parseDeployment, withAttribute(DEPLOYMENT, 'remediation', remediation));
      expect([event?.remediation, flaws[0]?.problems]).toEqual([
        { type: remediation.type },
        [expect.stringMatching(new RegExp(`^${field} is `))],
      ]);
    }
  });

  test('several fields malformed: one flaw for the event, a problem for each field', () => {
    const event = { ...DEPLOYMENT, attributes: { ...DEPLOYMENT.attributes, env: 7, custom_tags: 'a:b', git: 'x' } };
    const { flaws } = parsed(parseDeployment, event);
    expect(flaws).toEqual([
      {
        id: DEPLOYMENT.id,
        leftOut: false,
        problems: [expect.stringMatching(/^custom_tags/), expect.stringMatching(/^env/), expect.stringMatching(/^git/)],
      },
    ]);
  });
});

describe('events as they came, for an export', () => {
  test('kept untouched, however odd, with a Datadog id; left out and told without one', () => {
    const odd = { id: 'odd-1', attributes: { custom_tags: 'a:b', started_at: 'whenever', extra: { deep: [1] } } };
    const flaws: EventFlaw[] = [];
    expect(parseRawEvent(odd, flaws)).toBe(odd);
    expect(parseRawEvent({ id: 'x/y', attributes: {} }, flaws)).toBeUndefined();
    expect(flaws).toEqual([{ id: '"x/y"', leftOut: true, problems: [expect.stringMatching(/^id is "x\/y": /)] }]);
  });
});

describe('times: RFC 3339, or a Unix timestamp in seconds, milliseconds or nanoseconds', () => {
  test.each([
    ['2023-08-31T14:26:14Z', '2023-08-31T14:26:14.000Z'],
    ['2023-08-31T14:26:14.5+02:00', '2023-08-31T12:26:14.500Z'],
    ['2023-08-31t14:26:14.123456789z', '2023-08-31T14:26:14.123Z'],
    [1693491974, '2023-08-31T14:26:14.000Z'],
    ['1693491974123', '2023-08-31T14:26:14.123Z'],
    // biome-ignore lint/correctness/noPrecisionLoss: nanoseconds as a JSON number lose precision, as Datadog's may.
    [1693491974123456789, '2023-08-31T14:26:14.123Z'],
  ])('%p', (value, iso) => {
    expect(parseTime(value)?.toISOString()).toBe(iso);
  });

  test.each(
    named([
      1.5,
      -1,
      Number.NaN,
      Infinity,
      1e25,
      true,
      null,
      {},
      ['2023-08-31T14:26:14Z'],
      '',
      'Thu, 31 Aug 2023 14:26:14 GMT',
      '2023-08-31',
      '2023-08-31T14:26Z',
      '2023-08-31T14:26:14+0200',
      ' 2023-08-31T14:26:14Z',
    ]),
  )('not: %s', (_shown, value) => {
    expect(parseTime(value)).toBeUndefined();
  });
});
