// The parts of @actions/core the action uses, from @actions/core's own modules. Its root module
// also loads its HTTP client and undici (for OIDC tokens, which the action never asks for):
// about 35 ms and 1 MB in every step of every deploy job. The package exports only its root, so
// its modules are imported by path; the functions below are core's own one-liners over them.
import { EOL } from 'node:os';
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties } from '../../node_modules/@actions/core/lib/utils.js';
import type { AnnotationProperties } from '@actions/core';

export { summary } from '../../node_modules/@actions/core/lib/summary.js';

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  else issueCommand('set-output', { name }, value);
}

export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) issueFileCommand('STATE', prepareKeyValueMessage(name, value));
  else issueCommand('save-state', { name }, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', {}, message);
}
