import { launch } from './lib/browser.mjs';
import { serveDist } from './lib/server.mjs';
const server = await serveDist(process.argv[2] || '/tmp/gpub');
const browser = await launch();
for (let r = 0; r < Number(process.argv[3] || 1); r++) {
const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.wasm,disabled-by-default-v8.compile,blink,loading', transferMode: 'ReportEvents' });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(server.url);
await page.getByRole('combobox', { name: /技能/ }).waitFor();
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
await cdp.send('Tracing.end'); await done;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
let tt = profile.startTime; const samples = profile.samples.map((s, i) => { tt += profile.timeDeltas[i]; return [tt, s]; });
const fname = (id) => byId.get(id).callFrame.functionName.replace(/::h[0-9a-f]{16}/, '') || '(anon)';
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
const tid = main.tid, pid = main.pid;
const mine = events.filter((e) => e.tid === tid && e.pid === pid && e.ph === 'X');
const long = mine.filter((e) => e.name === 'RunTask' && e.dur > 50000);
const t0 = mine.reduce((m, e) => Math.min(m, e.ts), Infinity);
for (const L of long) {
  const inside = mine.filter((e) => e.ts >= L.ts && e.ts + (e.dur || 0) <= L.ts + L.dur && e !== L);
  const agg = {};
  for (const e of inside) agg[e.name] = (agg[e.name] || 0) + (e.dur || 0) / 1000;
  const incl = new Map(); let n = 0;
  for (const [ts, id] of samples) if (ts >= L.ts && ts <= L.ts + L.dur) { n++; const seen = new Set(); let c = id; while (c !== undefined) { const nm = fname(c); if (!seen.has(nm)) { incl.set(nm, (incl.get(nm) || 0) + 1); seen.add(nm); } c = parent.get(c); } }
  const per = n ? L.dur / 1000 / n : 0;
  const focus = [...incl].filter(([k]) => /skillgap::(ui|domain|state)|from_file|Deserialize|\(program\)|garbage/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, c]) => k.replace(/ as yew::functional::FunctionProvider>::run::inner/, '').slice(0, 80) + '=' + (c * per).toFixed(0));
  console.log(`TASK at ${((L.ts - t0) / 1000).toFixed(0)} ms: ${(L.dur / 1000).toFixed(0)} ms ::`, Object.entries(agg).filter(([k, v]) => v > 2).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => k + '=' + v.toFixed(0)).join(' '));
  if (L.dur > 60000 && focus.length) console.log('     ', focus.join(' | '));
}
for (const e of mine.filter((e) => (e.name === "EvaluateScript" || e.name === "v8.evaluateModule" || e.name==="v8.compileModule" || e.name==="V8.ParseProgram") && e.dur > 3000)) console.log(e.name, (e.dur/1000).toFixed(0), JSON.stringify(e.args).slice(0,200));
console.log("---");
await context.close();
}
await browser.close(); await server.close();
