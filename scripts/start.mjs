// `npm start`: serve the add-in and the dev host over plain HTTP with webpack-dev-server, and say where to go.
// Excel itself needs HTTPS with a trusted certificate: that is `npm run dev-server` / `npm run start:excel`.
import { spawn } from "node:child_process";

const port = process.env.PORT ?? "3000";
console.log(`
Campaign Desk
  Dev host (grid + task pane, demo workbook):  http://localhost:${port}/index.html   (?lang=da for Danish)
  Task pane page for Excel:                     http://localhost:${port}/taskpane.html
  Sideload into Excel on Windows or Mac:        npm run start:excel   (stop: npm run stop:excel)
  Excel on the web:                             npm run dev-server, then upload manifest.xml (README, "In real Excel")
`);
const child = spawn("npx", ["webpack", "serve", "--mode", "development"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port },
});
child.on("exit", (code) => process.exit(code ?? 0));
