// A group's raw values for one week (its bucket), as the calculation fills them, and the figures
// read from buckets: for the window, each of its weeks and the current week, never merged.
import { medianOf, percent } from './stats.ts';
import type { Figures, Series } from './types.ts';

/** The raw values behind one group's figures over one week. */
export interface Bucket {
  deployments: number;
  changeFailures: number;
  remediations: number;
  leadTimes: number[];
  averages: number[];
  recoveries: number[];
  openChangeFailures: number;
  incidents: number;
  restores: number[];
  openIncidents: number;
}

export const emptyBucket = (): Bucket => ({
  deployments: 0,
  changeFailures: 0,
  remediations: 0,
  leadTimes: [],
  averages: [],
  recoveries: [],
  openChangeFailures: 0,
  incidents: 0,
  restores: [],
  openIncidents: 0,
});

type Count = 'deployments' | 'changeFailures' | 'remediations' | 'openChangeFailures' | 'incidents' | 'openIncidents';
type Values = 'leadTimes' | 'averages' | 'recoveries' | 'restores';

/**
 * The figures of some buckets together, read where they are, never merged into new ones: a report
 * takes hundreds of figures over the same values. Incidents come from buckets of their own, as a
 * selection counts each incident once however many of its services it touches; without any
 * source of incidents read, there are none to count, not zero.
 */
function figuresOf(parts: readonly Bucket[], incidentParts: readonly Bucket[] | undefined, weeks: number): Figures {
  const sum = (key: Count, from = parts) => from.reduce((total, bucket) => total + bucket[key], 0);
  const values = (key: Values, from = parts) => from.map((bucket) => bucket[key]);
  const total = (key: Values) => parts.reduce((n, bucket) => n + bucket[key].length, 0);
  const deployments = sum('deployments');
  return {
    deployments,
    deploymentsPerWeek: deployments / weeks,
    changeFailures: sum('changeFailures'),
    changeFailureRate: percent(sum('changeFailures'), deployments),
    remediations: sum('remediations'),
    reworkRate: percent(sum('remediations'), deployments),
    leadTimeSeconds: medianOf(values('leadTimes')),
    leadTimePerDeploymentSeconds: medianOf(values('averages')),
    leadTimeCommits: total('leadTimes'),
    leadTimeDeployments: total('averages'),
    recoveryTimeSeconds: medianOf(values('recoveries')),
    openChangeFailures: sum('openChangeFailures'),
    ...(incidentParts
      ? {
          incidents: sum('incidents', incidentParts),
          timeToRestoreSeconds: medianOf(values('restores', incidentParts)),
          openIncidents: sum('openIncidents', incidentParts),
        }
      : {}),
  };
}

/** `slots[i]`: the buckets of week i, and last of the current week; likewise for incidents, undefined when none were read. */
export function seriesOf(
  slots: readonly (readonly Bucket[])[],
  incidentSlots: readonly (readonly Bucket[])[] | undefined,
): Series {
  const weeks = slots.length - 1;
  return {
    window: figuresOf(slots.slice(0, weeks).flat(), incidentSlots?.slice(0, weeks).flat(), weeks),
    weeks: slots.slice(0, weeks).map((parts, i) => figuresOf(parts, incidentSlots && (incidentSlots[i] ?? []), 1)),
    current: figuresOf(slots[weeks] ?? [], incidentSlots && (incidentSlots[weeks] ?? []), 1),
  };
}
