import { Link, Stack, Text } from "@fluentui/react";
import { useState } from "react";
import type { Candidate, ExcludedLine, Lang } from "../../domain";
import { describeExclusion, describeLoss, describeSource, groupExclusions } from "../../domain";
import { useEngine } from "../EngineContext";
import { formatCount, t } from "../i18n";
import { formatAmount, formatPercent } from "../numberFormat";

const LIST_STYLES = { root: { listStyle: "none", padding: 0, margin: 0 } };
const ITEM_STYLE = { padding: "4px 0", borderBottom: "1px solid var(--cd-border)" };

function Heading({ text }: { text: string }) {
  return (
    <Text variant="medium" as="h4" styles={{ root: { margin: "6px 0 0", fontWeight: 600 } }}>
      {text}
    </Text>
  );
}

/** The candidates that lost to the winner: source, value and why each lost. */
export function CandidateList(props: {
  lang: Lang;
  title: string;
  kind: "price" | "discount";
  candidates: readonly Candidate[];
  testId: string;
}) {
  const { lang, title, kind, testId } = props;
  const losers = props.candidates.filter((c) => c.lostBecause !== undefined);
  return (
    <Stack as="section" aria-label={title}>
      <Heading text={title} />
      {losers.length === 0 ? (
        <Text variant="small">{t(lang, "pcNone")}</Text>
      ) : (
        <Stack as="ul" styles={LIST_STYLES} data-testid={testId}>
          {losers.map((c) => (
            <li key={c.rowId} style={ITEM_STYLE} data-testid={`${testId}-item`}>
              <Text block>
                {describeSource(c.source, lang)}:{" "}
                {kind === "price" ? formatAmount(lang, c.value, 5) : formatPercent(lang, c.value)}
              </Text>
              <Text block variant="small">
                {describeLoss(c, lang)}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Lines of the item that did not compete (other variant, unit, currency, dates, minimum quantity). */
export function ExcludedList({ lang, lines, total }: { lang: Lang; lines: readonly ExcludedLine[]; total: number }) {
  const title = t(lang, "pcExcluded");
  const more = total - lines.length;
  return (
    <Stack as="section" aria-label={title}>
      <Heading text={title} />
      {lines.length === 0 ? (
        <Text variant="small">{t(lang, "pcNone")}</Text>
      ) : (
        <Stack data-testid="price-check-excluded">
          {groupExclusions(lines).map((group) => (
            <Stack as="section" key={group.reason} data-testid="price-check-excluded-group" data-reason={group.reason}>
              <Text variant="small" styles={{ root: { fontWeight: 600, marginTop: 4 } }}>
                {t(lang, `pcReason_${group.reason}`)} ({formatCount(lang, group.lines.length)})
              </Text>
              <Stack as="ul" styles={LIST_STYLES}>
                {group.lines.map((line) => (
                  <li key={`${line.kind}-${line.rowId}`} style={ITEM_STYLE} data-testid="price-check-excluded-item">
                    <Text block>
                      {t(lang, line.kind === "price" ? "pcExcludedPrice" : "pcExcludedDiscount")} ·{" "}
                      {describeSource(line.source, lang)}
                    </Text>
                    <Text block variant="small">
                      {describeExclusion(line, lang)}
                    </Text>
                    <ShowInSheet lang={lang} line={line} />
                  </li>
                ))}
              </Stack>
            </Stack>
          ))}
        </Stack>
      )}
      {more > 0 && (
        <Text variant="small" data-testid="price-check-excluded-more">
          {t(lang, "andMore", { n: formatCount(lang, more) })}
        </Text>
      )}
    </Stack>
  );
}

/** A link to the line's row in its sheet (PN15); says so when no bound sheet shows the line. */
function ShowInSheet({ lang, line }: { lang: Lang; line: ExcludedLine }) {
  const engine = useEngine();
  const [missing, setMissing] = useState(false);
  const entity = line.kind === "price" ? "salesPrice" : "salesLineDiscount";
  const campaignNo = line.source.kind === "campaign" ? line.source.code : "";
  const show = async () => setMissing(!(await engine.showRecord(entity, line.rowId, campaignNo)));
  return (
    <Text block variant="small">
      <Link onClick={() => void show()} data-testid="price-check-excluded-show">
        {t(lang, "pcShowInSheet")}
      </Link>
      {missing && <> · {t(lang, "pcNotOnSheet")}</>}
    </Text>
  );
}
