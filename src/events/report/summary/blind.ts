// What the report cannot see, said once and plainly, with counts where they can be counted.

import { count } from '../../../pipeline/summary.ts';
import { markdownText } from '../../../runner/escape.ts';
import type { Blind } from '../types.ts';
import { prose } from './format.ts';

/** How many reasons or pages are listed before the rest is counted. */
const LISTED = 20;

function listed<T>(items: T[], show: (item: T) => string, noun: string): string[] {
  const more = items.length - LISTED;
  return [
    ...items.slice(0, LISTED).map((item) => `  - ${show(item)}`),
    ...(more > 0 ? [`  - and ${count(more, `more ${noun}`)}`] : []),
  ];
}

export function blindSection(blind: Blind): string[] {
  const lines = [
    '### What this report cannot see',
    '',
    "- **Marks made in Datadog's UI, or by this action's `change-failure` and `stable` events** (by id or by version) without a remediation deployment, and **Datadog's roll-forward rules** (revert pull requests, hotfix labels): Datadog's API returns only what was sent, so these count in Datadog's pages but not here. To have a rollback or a fix counted here too, send the remediating deployment with `remediates`.",
  ];
  if (blind.deploymentsWithoutCommit) {
    lines.push(
      `- **${count(blind.deploymentsWithoutCommit, 'deployment')} without a commit** in the window: no lead time for them, and a rollback among them is found by its version only.`,
    );
  }
  if (blind.leadTimeUnavailable.length) {
    const deployments = blind.leadTimeUnavailable.reduce((sum, entry) => sum + entry.deployments, 0);
    lines.push(`- **No lead time for ${count(deployments, 'deployment')}** whose commits could not be read:`);
    lines.push(
      ...listed(
        blind.leadTimeUnavailable,
        (entry) => `${prose(entry.reason)}: ${count(entry.deployments, 'deployment')}`,
        'reason',
      ),
    );
  }
  if (blind.unreadChangeFailures) {
    lines.push(
      `- **${count(blind.unreadChangeFailures, 'change failure')} not counted, marked by a \`dora.remediates\` tag**: the tag, on a deployment made since the window began, names one this report did not read (of a service or env not selected, or from before the 60 days read ahead of the window).`,
    );
  }
  if (blind.truncatedRanges) {
    lines.push(
      `- **${count(blind.truncatedRanges, 'commit range')} cut at 5000 commits**: the lead time of those deployments counts the newest 5000, as Datadog's does.`,
    );
  }
  if (blind.partialReadings.length) {
    lines.push("- **Datadog's answers could not be read to the end**: the figures are partial.");
    // Said whole: the action's own words, each value in them cut already.
    lines.push(...listed(blind.partialReadings, markdownText, 'list'));
  }
  if (blind.malformedAnswers.length) {
    lines.push(
      "- **Events in Datadog's answers that were malformed, or outside the window asked**: left out, or kept without the malformed field.",
    );
    lines.push(...listed(blind.malformedAnswers, markdownText, 'list'));
  }
  if (blind.incompletePages.length) {
    lines.push(
      `- **${count(blind.incompletePages.length, 'list page')} from Datadog could not be completed**: some events may be missing.`,
    );
    lines.push(...listed(blind.incompletePages, prose, 'page'));
  }
  return [...lines, ''];
}
