/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The production page forbids inline scripts and every other origin. Only the
 * build gets it: the dev server injects inline scripts of its own.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Every view is a page of its own (events/<id>/index.html), so assets are addressed from the
  // site's root: '/' by default, or a sub-path with BASE_PATH=/explorer/ (see README, hosting).
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    sourcemap: true,
    // vis-timeline (with vis-data and moment) ships as one ~600 kB bundle that cannot be split;
    // it is a chunk of its own, loaded in parallel with the data (see docs/performance.md).
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/component/**/*.test.{ts,tsx}',
      'tests/pipeline/**/*.test.ts',
    ],
    typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'] },
    env: { TZ: 'UTC' },
    // Pipeline tests start real processes; on a slow or busy machine they take seconds. A bound,
    // not a wait: a passing test ends as soon as it is done.
    testTimeout: 30_000,
  },
});
