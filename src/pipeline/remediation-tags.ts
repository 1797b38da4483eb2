// The tags that say, on the deployment that remediates another, which one and how. Datadog's list
// answers carry custom tags but not its change-failure marks: the report reads remediations here.
import type { RemediationType } from '../datadog/types.ts';

export const REMEDIATES_TAG = 'dora.remediates';
export const REMEDIATION_TAG = 'dora.remediation';
/** How many tags a deployment sent with `remediates` carries besides the user's and the run's. */
export const REMEDIATION_TAG_COUNT = 2;

export const remediationTags = (failedId: string, type: RemediationType): string[] => [
  `${REMEDIATES_TAG}:${failedId}`,
  `${REMEDIATION_TAG}:${type}`,
];
