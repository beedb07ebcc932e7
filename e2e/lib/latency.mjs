// Latency of one input, measured inside the page with performance.now(), two ways:
//   dom  — from the input event to the app's last DOM change for it (a MutationObserver notes the
//          time; Yew renders and runs its effects in microtasks, so this is all the app's work).
//          Right after the event the test also changes a comment node of its own, whose record
//          is delivered at the end of the microtask checkpoint after the event (after Yew's
//          render, which it queues inside the event): an input that leaves the DOM as it was (a
//          key that does not change the suggestions) is timed to there, not to the next task.
//          Changes the app makes in a later task still count when they come before the next
//          task, as before;
//   task — to the next task, which also counts a frame (style, layout, paint) when the browser
//          renders one first, as it does after a pause.
// Each input starts from a settled page, as a person's do (the fastest typists leave ~100 ms
// between keys): after one, the page paints and gets PAUSE_MS, so what it defers until after
// painting (the QR code, say) is not counted in the next one. Both functions return
// [{ dom, task }, ...]; `medians` summarises them.
export const PAUSE_MS = 60;

/**
 * Times each of `values` put into the page by `kind`: 'keystroke' types it into the skill
 * search (as the whole query so far), 'level' sets it as the level of the first skill in the
 * profile (its <select>, as a person does). One measuring loop for both, run inside the page.
 */
async function latencies(page, kind, values) {
  return page.evaluate(async ([kind, values, pause]) => {
    const input = kind === 'keystroke'
      ? document.getElementById('skill-search')
      : document.querySelector('.profile__item select');
    const put = (value) => {
      input.value = String(value);
      input.dispatchEvent(kind === 'keystroke' ? new InputEvent('input', { bubbles: true }) : new Event('change', { bubbles: true }));
    };
    const nextTask = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
    const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, pause)));
    let last = 0;
    let settled = 0;
    const sentinel = document.createComment('');
    const observer = new MutationObserver((records) => {
      const now = performance.now();
      if (records.some((r) => r.target !== sentinel)) last = now;
      else settled = now;
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    document.body.append(sentinel);
    const times = [];
    for (const value of values) {
      await settle();
      last = 0;
      settled = 0;
      const t0 = performance.now();
      put(value);
      sentinel.data = String(times.length);
      await nextTask();
      const task = performance.now() - t0;
      const end = Math.max(last, settled);
      times.push({ dom: end ? end - t0 : task, task });
    }
    observer.disconnect();
    sentinel.remove();
    return times;
  }, [kind, values, PAUSE_MS]);
}

/** Keystroke → suggestions: each of `queries` typed into the skill search in turn. */
export async function keystrokeLatencies(page, queries) {
  return latencies(page, 'keystroke', queries);
}

/** The medians of both measures of `samples` ([{ dom, task }, ...]). */
export function medians(samples) {
  return { dom: median(samples.map((s) => s.dom)), task: median(samples.map((s) => s.task)) };
}

/** "4.1 ms to the DOM, 6.0 ms to the next task". */
export function described(m) {
  return `${m.dom.toFixed(1)} ms to the DOM, ${m.task.toFixed(1)} ms to the next task`;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Every prefix of each word, as typed one key at a time. */
export function typed(words) {
  return words.flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)));
}

/**
 * Measures, inside the page, the time from changing the level of the first skill in the profile
 * (its <select>, as a person does) to the DOM having been updated: the re-ranked options and the
 * re-planned courses of the result. `levels` is the sequence of levels to set, one after the
 * other, each from a settled page (see PAUSE_MS).
 */
export async function profileChangeLatencies(page, levels) {
  return latencies(page, 'level', levels);
}
