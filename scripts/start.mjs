// `npm start`: serve the add-in and the dev host with webpack-dev-server, and say where to go.
import { spawn } from "node:child_process";

const port = process.env.PORT ?? "3000";
console.log(`
Campaign Desk
  Dev host (grid + task pane, demo workbook):  http://localhost:${port}/index.html   (?lang=da for Danish)
  Task pane page for Excel:                     http://localhost:${port}/taskpane.html
  Sideload into Excel (Windows/macOS):          npm run start:excel
  Excel on the web: serve over HTTPS (npx webpack serve --mode development --env https) and upload manifest.xml
`);
const child = spawn("npx", ["webpack", "serve", "--mode", "development"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port },
});
child.on("exit", (code) => process.exit(code ?? 0));
