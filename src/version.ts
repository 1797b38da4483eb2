// Kept equal to package.json's version by a test; sent in the User-Agent.
export const PRODUCT = 'datadog-dora-action';
export const VERSION = '1.0.0';
