// The tags of the repository, by the commit each points at: a past deployment's version, when no
// version input is given (as the live action takes the tag of a run on a tag).
import { type Answer, isObject } from '../../pipeline/github.ts';
import { type HistoryReading, isName, openApi, ownerAndName, shaOf } from './github-reading.ts';

/** At most this many pages of 100 tags: a repository with more names its versions by input. */
const MAX_PAGES = 20;

const TAGS = `query($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", first: 100, after: $after) {
      nodes { name target { oid ... on Tag { target { oid } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

/** Commit → tag name (the first tag found for a commit wins; undefined when GitHub could not say), and the requests it took. */
export async function readTags(reading: HistoryReading): Promise<{ tags?: Map<string, string>; requests: number }> {
  const { owner, name } = ownerAndName(reading.repository);
  const api = await openApi({ ...reading, maxRequests: MAX_PAGES });
  const tags = new Map<string, string>();
  let after: string | null = null;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const refs = refsOf(await api.graphql(TAGS, { owner, name, after }));
      if (!refs) return { requests: api.made() };
      for (const node of refs.nodes) {
        if (!isObject(node) || !isName(node.name) || !isObject(node.target)) continue;
        // An annotated tag points at a tag object, which points at the commit.
        const inner = isObject(node.target.target) ? node.target.target.oid : undefined;
        const sha = shaOf(inner ?? node.target.oid);
        if (sha && !tags.has(sha) && node.name.length <= 100) tags.set(sha, node.name);
      }
      if (!refs.next) return { tags, requests: api.made() };
      after = refs.next;
    }
  } catch {
    return { requests: api.made() };
  }
  return { tags, requests: api.made() };
}

function refsOf(answer: Answer): { nodes: unknown[]; next?: string } | undefined {
  const data = isObject(answer.data) && isObject(answer.data.data) ? answer.data.data : undefined;
  const repository = data && isObject(data.repository) ? data.repository : undefined;
  const refs = repository && isObject(repository.refs) ? repository.refs : undefined;
  if (answer.status !== 200 || !refs || !Array.isArray(refs.nodes)) return undefined;
  const info = isObject(refs.pageInfo) ? refs.pageInfo : {};
  const next = info.hasNextPage === true && typeof info.endCursor === 'string' ? info.endCursor : undefined;
  return { nodes: refs.nodes, ...(next ? { next } : {}) };
}
