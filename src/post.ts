import { runPost } from './action/post.ts';

await runPost();
