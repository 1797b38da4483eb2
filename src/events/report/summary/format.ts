// How the report's summary writes numbers, durations, names and links. Every value from Datadog
// leaves through markdownText / markdownCodeSpan, htmlText (inside HTML blocks, where Markdown's
// backslash escapes would show) or a URL made safe.
import { markdownCodeSpan, markdownText, UNSAFE_CHARACTERS } from '../../../runner/escape.ts';
import type { ReportWindow } from '../types.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A number with at most `decimals` decimals and never in exponent form (Mermaid refuses `1e21`):
 * `7.5`, `12`, not `7.50`.
 */
export function decimal(value: number, decimals = 2): string {
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** Joins a number to its unit, so a narrow table cell never splits them. */
export const NBSP = '\u00a0';

export const percentText = (value: number): string => `${decimal(value)}${NBSP}%`;

/** Seconds as people say them, to two units: `2 d 4 h`, `3 h 12 min`, `45 min`, `30 s` (no-break spaces). */
export function humanDuration(seconds: number): string {
  // A commit authored after its deployment (a skewed clock) gives a negative lead time: shown as such.
  if (seconds < 0) return `−${humanDuration(-seconds)}`;
  const total = Math.round(seconds);
  if (total < MINUTE) return `${total}${NBSP}s`;
  if (total < HOUR - 30) return `${Math.round(total / MINUTE)}${NBSP}min`;
  if (total < DAY) {
    const minutes = Math.round((total % HOUR) / MINUTE);
    return minutes === 60
      ? `${Math.floor(total / HOUR) + 1}${NBSP}h`
      : joinUnits(Math.floor(total / HOUR), 'h', minutes, 'min');
  }
  const hours = Math.round((total % DAY) / HOUR);
  return hours === 24 ? `${Math.floor(total / DAY) + 1}${NBSP}d` : joinUnits(Math.floor(total / DAY), 'd', hours, 'h');
}

/** A figure, or `—` when there is no data behind it. */
export const orDash = (value: number | undefined, show: (value: number) => string): string =>
  value === undefined ? '—' : show(value);

/** A figure and how many are still open: `1 h 5 min (1 open)`, `— (1 open)`. */
export const withOpen = (text: string, open: number): string => (open ? `${text} (${open} open)` : text);

const joinUnits = (major: number, majorUnit: string, minor: number, minorUnit: string): string =>
  minor ? [major, majorUnit, minor, minorUnit].join(NBSP) : `${major}${NBSP}${majorUnit}`;

/** `2026-11-27 10:05 UTC` */
export const utcMinute = (at: Date): string =>
  Number.isNaN(at.getTime()) ? '—' : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** An ISO week label (`2026-W37`) kept to [0-9A-Za-z-]: safe in Markdown and in a chart alike. */
export const weekLabel = (label: string): string => label.replace(/[^0-9A-Za-z-]/g, '');

/**
 * The window's week labels as tables and charts show them, which must be unique: `W37` up to 52
 * weeks (no number repeats; the heading names the years), else `2025-W37`.
 */
export function shortWeekLabels(window: ReportWindow): { weeks: string[]; current: string } {
  const short = window.weeks.length <= 52;
  const shown = (label: string): string => (short ? weekLabel(label).replace(/^[0-9]+-/, '') : weekLabel(label));
  return { weeks: window.weeks.map((week) => shown(week.label)), current: shown(window.current.label) };
}

/** The longest value shown: one hostile name must not fill the summary. */
const MAX_VALUE_CHARACTERS = 200;

/** A value from Datadog cut to MAX_VALUE_CHARACTERS, `…` saying so. */
function clip(value: string): string {
  const characters = Array.from(value);
  return characters.length > MAX_VALUE_CHARACTERS
    ? `${characters.slice(0, MAX_VALUE_CHARACTERS - 1).join('')}…`
    : value;
}

/** A value from Datadog as Datadog holds it: as code in a table cell, in a line (the heading), and as prose. */
export const code = (value: string): string => markdownCodeSpan(clip(value), 'cell');
export const codeInLine = (value: string): string => markdownCodeSpan(clip(value), 'line');
export const prose = (value: string): string => markdownText(clip(value));

const UNSAFE_GLOBAL = new RegExp(UNSAFE_CHARACTERS.source, 'g');
/**
 * Text inside an HTML block (a `<summary>`), where Markdown's backslash escapes would show: every
 * ASCII punctuation character as a numeric entity, so neither HTML nor Markdown (should a renderer
 * read it there) finds a tag, link, autolink or emphasis in it.
 */
const htmlText = (text: string): string =>
  clip(text)
    .replace(UNSAFE_GLOBAL, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (character) => `&#${character.charCodeAt(0)};`);

/** A service and env as Markdown code: `shop-api` · `production`; an event without env says so. */
export const groupName = (service: string, env: string): string => `${code(service)} · ${env ? code(env) : 'no env'}`;

/** The same inside an HTML block. */
export const groupNameHtml = (service: string, env: string): string =>
  `<b>${htmlText(service)}</b> · ${env ? `<b>${htmlText(env)}</b>` : 'no env'}`;

/**
 * GitHub's web address of a repository Datadog names as `github.com/org/repo`: on the workflow's
 * own server when the host is the same (GitHub Enterprise Server may be plain http), else https.
 */
export function repositoryWebUrl(repositoryId: string, githubServerUrl: string): string {
  const id = repositoryId.replace(/\/+$/, '');
  let server: URL | undefined;
  try {
    server = new URL(githubServerUrl);
  } catch {
    server = undefined;
  }
  const [host, ...path] = id.split('/');
  const encodedPath = path.map(encodeURIComponent).join('/');
  return server && host?.toLowerCase() === server.host.toLowerCase()
    ? `${server.origin}/${encodedPath}`
    : `https://${host ?? ''}/${encodedPath}`;
}

export const compareUrl = (repositoryId: string, base: string, head: string, githubServerUrl: string): string =>
  `${repositoryWebUrl(repositoryId, githubServerUrl)}/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}`;

export const commitUrl = (repositoryId: string, sha: string, githubServerUrl: string): string =>
  `${repositoryWebUrl(repositoryId, githubServerUrl)}/commit/${encodeURIComponent(sha)}`;

/** As GitHub shows a commit. */
export const shortSha = (sha: string): string => sha.slice(0, 7);
