// The renderer's peak memory (issue #14: `peakRendererMB` of a 500k-line paste): the largest VmHWM (peak resident
// set, Linux /proc) of the renderer processes of the Chromium whose profile is `profile`; `resetRendererPeaks` starts
// the peaks again from the current size (clear_refs 5), so a bench measures its own step, not its setup. The page,
// its plan worker and the simulated Excel (which real Excel keeps in its own process) live in one renderer. Null
// where /proc cannot tell (not Linux).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

function processes() {
  const out = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").join(" ");
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      out.set(Number(name), { ppid, cmd });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

function peakKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function renderers(profile) {
  let all;
  try {
    all = processes();
  } catch {
    return [];
  }
  const browser = [...all].find(([, p]) => p.cmd.includes(`--user-data-dir=${profile}`) && !p.cmd.includes("--type="));
  if (!browser) return [];
  const inSession = new Set([browser[0]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of all)
      if (!inSession.has(pid) && inSession.has(p.ppid)) {
        inSession.add(pid);
        grew = true;
      }
  }
  return [...inSession].filter((pid) => all.get(pid).cmd.includes("--type=renderer"));
}

export function rendererPeakMB(profile) {
  const pids = renderers(profile);
  if (pids.length === 0) return null;
  return Math.round(pids.reduce((most, pid) => Math.max(most, peakKb(pid)), 0) / 1024);
}

export function resetRendererPeaks(profile) {
  for (const pid of renderers(profile)) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, "5");
    } catch {
      // not allowed here: the peak then counts from the process's start
    }
  }
}
