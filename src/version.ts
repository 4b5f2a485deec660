// Kept equal to package.json's version by test/version.test.ts; sent in the AWS user agent.
export const ACTION_NAME = 'django-redis-action';
export const ACTION_VERSION = '1.0.0';
