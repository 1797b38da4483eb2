// Incidents from the DORA failure list and from the action's alert events: which sources a date
// allows, and how their accounts of one failure become one incident.
import { describe, expect, test } from '@jest/globals';
import {
  checkedReading,
  incidentSourcesAt,
  mergeIncidents,
  type SourcedReading,
} from '../../src/events/report/incidents.ts';

const at = (iso: string) => new Date(iso);
const list = (reading: Omit<SourcedReading, 'source' | 'services'> & { services?: string[] }): SourcedReading => ({
  source: 'failure-list',
  services: [],
  ...reading,
});
const event = (reading: Omit<SourcedReading, 'source' | 'services'> & { services?: string[] }): SourcedReading => ({
  source: 'alert-events',
  services: [],
  ...reading,
});

describe('the sources a date allows', () => {
  test.each([
    ['2026-12-30T23:59:59.999Z', true, false],
    ['2026-12-31T00:00:00.000Z', true, true],
    ['2027-03-30T23:59:59.999Z', true, true],
    ['2027-03-31T00:00:00.000Z', false, true],
  ])('at %s: failure list read %s, alert events searched %s', (now, failureList, alertEvents) => {
    expect(incidentSourcesAt(at(now))).toEqual({ 'failure-list': failureList, 'alert-events': alertEvents });
  });
});

describe('one incident per failure id', () => {
  const cases: { name: string; readings: SourcedReading[]; incidents: unknown[] }[] = [
    {
      name: 'sent both ways: once, from both sources, resolved by the ok event',
      readings: [
        list({
          id: 'inc-1',
          services: ['shop'],
          env: 'prod',
          name: 'Checkout 500s',
          severity: 'SEV-1',
          startedAt: at('2027-01-04T10:00:00Z'),
        }),
        event({
          id: 'inc-1',
          services: ['shop'],
          env: 'prod',
          startedAt: at('2027-01-04T10:00:00Z'),
          finishedAt: at('2027-01-04T11:00:00Z'),
        }),
        event({ id: 'inc-1', services: ['shop'], env: 'prod', startedAt: at('2027-01-04T10:00:00Z') }),
      ],
      incidents: [
        {
          id: 'inc-1',
          services: ['shop'],
          env: 'prod',
          name: 'Checkout 500s',
          severity: 'SEV-1',
          startedAt: at('2027-01-04T10:00:00Z'),
          finishedAt: at('2027-01-04T11:00:00Z'),
          sources: ['failure-list', 'alert-events'],
        },
      ],
    },
    {
      name: 'the earliest start, the latest finish',
      readings: [
        event({ id: 'inc-2', startedAt: at('2027-01-05T10:30:00Z'), finishedAt: at('2027-01-05T12:00:00Z') }),
        event({ id: 'inc-2', startedAt: at('2027-01-05T10:00:00Z'), finishedAt: at('2027-01-05T11:00:00Z') }),
      ],
      incidents: [
        {
          id: 'inc-2',
          services: [],
          env: '',
          startedAt: at('2027-01-05T10:00:00Z'),
          finishedAt: at('2027-01-05T12:00:00Z'),
          sources: ['alert-events'],
        },
      ],
    },
    {
      name: 'names and severity from the first reading that has them; services from all, once each',
      readings: [
        event({ id: 'inc-3', services: ['cart'], startedAt: at('2027-01-06T10:00:00Z') }),
        event({
          id: 'inc-3',
          services: ['cart', 'shop'],
          env: 'staging',
          name: 'Renamed',
          severity: 'SEV-2',
          startedAt: at('2027-01-06T10:00:00Z'),
        }),
        event({
          id: 'inc-3',
          env: 'prod',
          name: 'First name',
          severity: 'SEV-3',
          startedAt: at('2027-01-06T10:00:00Z'),
        }),
      ],
      incidents: [
        {
          id: 'inc-3',
          services: ['cart', 'shop'],
          env: 'staging',
          name: 'Renamed',
          severity: 'SEV-2',
          startedAt: at('2027-01-06T10:00:00Z'),
          sources: ['alert-events'],
        },
      ],
    },
    {
      name: 'an ok event without a start takes the start of the event before it',
      readings: [
        event({ id: 'inc-4', finishedAt: at('2027-01-07T12:00:00Z') }),
        event({ id: 'inc-4', startedAt: at('2027-01-07T09:00:00Z') }),
      ],
      incidents: [
        {
          id: 'inc-4',
          services: [],
          env: '',
          startedAt: at('2027-01-07T09:00:00Z'),
          finishedAt: at('2027-01-07T12:00:00Z'),
          sources: ['alert-events'],
        },
      ],
    },
    {
      name: 'a resolution before the start is none',
      readings: [
        event({ id: 'inc-5', finishedAt: at('2027-01-07T08:00:00Z') }),
        event({ id: 'inc-5', startedAt: at('2027-01-07T09:00:00Z') }),
      ],
      incidents: [
        { id: 'inc-5', services: [], env: '', startedAt: at('2027-01-07T09:00:00Z'), sources: ['alert-events'] },
      ],
    },
    {
      name: 'no reading gives a start: left out, as it has no week',
      readings: [event({ id: 'inc-6', finishedAt: at('2027-01-07T08:00:00Z') })],
      incidents: [],
    },
    {
      name: 'different ids stay apart, in the order first read',
      readings: [
        event({ id: 'b', startedAt: at('2027-01-08T00:00:00Z') }),
        list({ id: 'a', startedAt: at('2027-01-08T00:00:00Z') }),
      ],
      incidents: [
        expect.objectContaining({ id: 'b', sources: ['alert-events'] }),
        expect.objectContaining({ id: 'a', sources: ['failure-list'] }),
      ],
    },
  ];
  test.each(cases)('$name', ({ readings, incidents }) => {
    expect(mergeIncidents(readings)).toEqual(incidents);
  });
});

describe('a reading, held to what the report can use', () => {
  test.each([
    ['an id Datadog could not have taken', event({ id: 'a/b', startedAt: at('2027-01-04T10:00:00Z') }), undefined],
    ['an id of periods', event({ id: '..', startedAt: at('2027-01-04T10:00:00Z') }), undefined],
    [
      'an invalid date, a resolution before its start, blank names',
      event({
        id: 'inc-1',
        services: ['shop', ' ', 'shop'],
        env: ' ',
        name: '',
        startedAt: at('2027-01-04T10:00:00Z'),
        finishedAt: at('2027-01-04T09:00:00Z'),
      }),
      { source: 'alert-events', id: 'inc-1', services: ['shop'], startedAt: at('2027-01-04T10:00:00Z') },
    ],
    [
      'no valid start',
      event({ id: 'inc-2', startedAt: at('not a date') }),
      { source: 'alert-events', id: 'inc-2', services: [] },
    ],
  ])('%s', (_name, reading, checked) => {
    expect(checkedReading(reading)).toEqual(checked);
  });
});
