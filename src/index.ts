// The steps after pre share one bundle (dist/index.js); dist/main.js and dist/post.js only call in.
export { runMain } from './action/main.ts';
export { systemClock } from './datadog/retirement.ts';
export { runPost } from './action/post.ts';
