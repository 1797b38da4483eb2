// failure: an incident event, sent at once from main. Until Datadog retires DORA incidents
// (2026-12-31) to the DORA failure API, with a notice of what changes; from then on, or once
// Datadog answers that API is gone, as an alert event of its Events API. Its inputs are read here;
// plan.ts makes the failure of them, delivery.ts sends it.

import { MAX_CUSTOM_TAGS } from '../../datadog/rules.ts';
import { alertTagCount } from '../../pipeline/incidents.ts';
import type { EventKind } from '../../pipeline/kind.ts';
import { quoted } from '../../runner/escape.ts';
import { MAX_SERVICE_LENGTH } from '../../runner/inputs/grammar.ts';
import { list, text } from '../../runner/inputs/read.ts';
import { ACTION_TAG_COUNT, baseUrlInput, DESCRIBING, described, newEventId } from '../../runner/inputs/shared.ts';
import { InputError } from '../../runner/inputs/types.ts';
import { sendFailure } from './delivery.ts';
import type { FailureInputs } from './plan.ts';

export const failure: EventKind<FailureInputs> = {
  reads: ['service', ...DESCRIBING, 'failure-id', 'name', 'severity', 'events-url'],

  parse(source, event, warnings) {
    const services = list(source, 'service', 'DD_SERVICE');
    const tooLong = services.find((service) => service.length > MAX_SERVICE_LENGTH);
    if (tooLong)
      throw new InputError(
        `Input service has a service ${quoted(tooLong, 40)} of ${tooLong.length} characters: at most ${MAX_SERVICE_LENGTH} are accepted.`,
      );
    const details = described(source);
    if (services.length === 0 && !details.team) {
      throw new InputError(
        'Input service or team is required for event failure: the services impacted, separated by commas or newlines (or set env DD_SERVICE), or the team owning them.',
      );
    }
    const failureId = newEventId(source, 'failure-id', event);
    if (failureId && !details.startedAt) {
      throw new InputError(
        'Input started-at is required with failure-id: sending a failure id again replaces that failure, so it must carry the same start time (and services or team, name and severity).',
      );
    }
    const name = text(source, 'name');
    const severity = text(source, 'severity');
    // Counted from today, whichever way the failure goes: a workflow valid now stays valid on the date. The
    // version is counted whether given or not: a tag's name can supply it at run time.
    const added = alertTagCount({ services, ...details, version: 'counted', ...(severity ? { severity } : {}) });
    const room = MAX_CUSTOM_TAGS - ACTION_TAG_COUNT - added;
    if (details.tags.length > room) {
      throw new InputError(
        `Input tags has ${details.tags.length} tags: Datadog accepts ${MAX_CUSTOM_TAGS} per event, and a failure carries ${ACTION_TAG_COUNT + added} of the action's (the run's, and an alert event's: its id, services, env, team, version, severity and times), so at most ${Math.max(0, room)} here.`,
      );
    }
    const eventsUrl = baseUrlInput(source, 'events-url', 'https://event-management-intake.datadoghq.com', warnings);
    return { ...details, services, failureId, name, severity, ...(eventsUrl ? { eventsUrl } : {}) };
  },

  main: sendFailure,
};
