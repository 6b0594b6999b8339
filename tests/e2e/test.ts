import { test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test` from here. With `CPU_THROTTLE=<n>` in the environment (see
 * `npm run test:stress`), each page runs with Chromium's CPU slowed n× through the DevTools
 * protocol, as on a slow machine; without it, pages run at full speed.
 */
export const test = base.extend<{ cpuThrottle: void }>({
  cpuThrottle: [
    async ({ page }, use) => {
      const rate = Number(process.env.CPU_THROTTLE ?? 1);
      if (rate > 1) {
        const session = await page.context().newCDPSession(page);
        await session.send('Emulation.setCPUThrottlingRate', { rate });
      }
      await use();
    },
    { auto: true },
  ],
});

export { expect };
