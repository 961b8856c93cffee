/** What the pane says when the plan worker failed a request twice (F5), in English and Danish. */
import type { Lang } from "../../domain";

const MESSAGES = {
  PLAN_STOPPED: {
    en: "The checker stopped answering twice while checking the sheet ‘{sheet}’, so that sheet was not checked and nothing of it was stored. Your data in the sheet is unchanged; the next edit checks it again.",
    da: "Kontrollen holdt op med at svare to gange under kontrollen af arket ‘{sheet}’, så arket blev ikke kontrolleret, og intet fra det blev gemt. Dine data i arket er uændrede; næste ændring kontrollerer det igen.",
  },
  COMMIT_STOPPED: {
    en: "The checker stopped while saving the sheet ‘{sheet}’. Nothing was stored twice; the next edit checks the sheet again.",
    da: "Kontrollen stoppede under gemningen af arket ‘{sheet}’. Intet blev gemt to gange; næste ændring kontrollerer arket igen.",
  },
  OP_STOPPED: {
    en: "The checker stopped answering twice during ‘{what}’. Try again.",
    da: "Kontrollen holdt op med at svare to gange under ‘{what}’. Prøv igen.",
  },
} as const;

export type PlannerMessage = keyof typeof MESSAGES;

/** An Error (name "PlannerStopped") whose message says, in the person's language, what failed and what to do. */
export function plannerStopped(code: PlannerMessage, lang: Lang, params: Record<string, string>): Error {
  const text = MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
  return Object.assign(new Error(text), { name: "PlannerStopped" });
}
