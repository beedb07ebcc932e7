import { launch } from './lib/browser.mjs';
import { serveDist } from './lib/server.mjs';
const server = await serveDist('../dist');
const browser = await launch();
for (const [w,h] of [[360,740],[1920,1080]]) {
const context = await browser.newContext({ viewport: { width: w, height: h } });
const page = await context.newPage();
await page.route(/catalogue\.en\.json/, () => {}); // never answers: stays loading
await page.addInitScript(() => localStorage.setItem('skillgap.lang', 'en'));
await page.goto(server.url);
await page.locator('.english-status--loading').waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: `/tmp/en_loading_${w}.png` });
await context.close();
}
await browser.close(); await server.close();
