// Which repository a remote URL or a Datadog repository_id names: both come from outside (git's
// config, Datadog's answers) and are checked here.

/**
 * `host/path`, lower-cased (GitHub's names are case-insensitive), from a remote's URL
 * (`https://user:token@github.com/org/repo.git`, `ssh://git@github.com:22/org/repo`,
 * `git@github.com:org/repo.git`) or from Datadog's `git.repository_id` (`github.com/org/repo`).
 * Undefined for what names no host, such as a local path.
 */
export function repositoryKey(urlOrId: string): string | undefined {
  const text = urlOrId.trim();
  let host: string;
  let path: string;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?([^/:]+)(?::(\d+))?(\/.*)$/i.exec(text);
  const scpLike = /^(?:[^@/:]+@)?([^/:]+):(?!\/)(.+)$/.exec(text);
  const bare = /^([^/:@]+\.[^/:@]+(?::\d+)?)(\/.+)$/.exec(text);
  if (withScheme) {
    const [, scheme = '', hostname = '', port, rest = ''] = withScheme;
    if (scheme.toLowerCase() === 'file') return undefined;
    // An SSH or git port is not part of the repository's name; a web server's is.
    host = port && /^https?$/i.test(scheme) ? `${hostname}:${port}` : hostname;
    path = rest;
  } else if (bare) {
    [, host = '', path = ''] = bare;
  } else if (scpLike && !text.startsWith('/')) {
    [, host = '', path = ''] = scpLike;
  } else {
    return undefined;
  }
  const segments = path
    .replace(/\.git\/?$/i, '')
    .split('/')
    .filter(Boolean);
  if (!host || segments.length === 0) return undefined;
  return [host, ...segments].join('/').toLowerCase();
}

/** The host a repository key starts with, e.g. `github.com`. */
export const hostOf = (key: string): string => key.split('/')[0] ?? '';
