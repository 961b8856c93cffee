// Lints code samples as if they sat at the given paths, with the project's eslint.config.mjs, and prints the
// rule ids reported per sample as JSON. Input on stdin: [{ filePath, code }]. Used by layering.test.ts (jest
// cannot load the ESM config in-process).
import { ESLint } from "eslint";

const samples = JSON.parse(
  await new Promise((resolve) => {
    let text = "";
    process.stdin.on("data", (chunk) => (text += chunk));
    process.stdin.on("end", () => resolve(text));
  }),
);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { filePath, code } of samples) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push((result?.messages ?? []).map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(out));
