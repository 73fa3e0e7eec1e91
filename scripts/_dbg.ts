import { launch, serveFixtures, sleep, openExtensionPage, tabIdOf, waitForSettled } from '../tests/browser/harness.ts';
const { url, server } = await serveFixtures('/work/shared/corpus/readability-test-pages');
const s = await launch('chromium');
const ext = await openExtensionPage(s, 'popup.html');
for (const name of process.argv.slice(2)) {
  const p = await s.browser.newPage();
  const u = `${url}/${name}/source.html`;
  await p.goto(u);
  const st = await waitForSettled(ext, await tabIdOf(ext, u, 30000), 60000);
  console.log(name, JSON.stringify({ state: st.state, n: st.mentionCount, parsedOn: st.parsedOn, t: Object.fromEntries(Object.entries(st.timings ?? {}).map(([k, v]) => [k, Math.round(v as number)])) }));
  await p.close();
}
await s.browser.close(); server.close();
