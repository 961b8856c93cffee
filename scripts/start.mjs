// `npm start`: serve the add-in and the dev host over plain HTTP with webpack-dev-server, and say where to go —
// once the page answers, not before (the first build takes a while; a URL printed earlier would load nothing).
// Excel itself needs HTTPS with a trusted certificate: that is `npm run dev-server` / `npm run start:excel`.
import { spawn } from "node:child_process";
import { get } from "node:http";

const port = process.env.PORT ?? "3000";
const page = `http://localhost:${port}/index.html`;

console.log("Campaign Desk: building and starting the dev server (the first build takes about 20 s)…");
const child = spawn("npx", ["webpack", "serve", "--mode", "development"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port },
});
child.on("exit", (code) => process.exit(code ?? 0));

/** Whether the dev host's page answers with 200 (the build is done and served). */
const answers = () =>
  new Promise((resolve) => {
    const request = get(page, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.setTimeout(2000, () => request.destroy());
  });

let ready = false;
const timer = setInterval(async () => {
  if (ready || !(await answers()) || ready) return;
  ready = true;
  clearInterval(timer);
  console.log(`
Campaign Desk is ready
  Dev host (grid + task pane, demo workbook):  ${page}   (?lang=da for Danish)
  Task pane page for Excel:                     http://localhost:${port}/taskpane.html
  Sideload into Excel on Windows or Mac:        npm run start:excel   (stop: npm run stop:excel)
  Excel on the web:                             npm run dev-server, then upload manifest.xml (README, "In real Excel")
`);
}, 500);
