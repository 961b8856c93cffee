import { Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { SegmentHeader } from "../../domain";
import { useEngine, useEngineState } from "../EngineContext";
import { formatCount, t } from "../i18n";

/**
 * How many lines the segment has in the store: asked of the engine (previewSegment of the stored header) when
 * the segment, its sheet or its lines may have changed. The sheet's row count stands in until the answer comes.
 */
export function SegmentLineCount({ segment, refresh }: { segment: SegmentHeader; refresh: number }) {
  const engine = useEngine();
  const lang = engine.lang;
  const { bindings, targetGroupsVersion } = useEngineState();
  const sheetRows = bindings.find((b) => b.entity === "segmentLine" && b.scope?.segmentNo === segment.no)?.rows;
  const [counted, setCounted] = useState<{ no: string; n: number } | null>(null);
  // The live list hands over new objects on every segment commit; ask again only when this header changed.
  const segmentKey = JSON.stringify(segment);

  useEffect(() => {
    let live = true;
    engine
      .previewSegment(segment)
      .then((r) => live && setCounted({ no: segment.no, n: r.lineCount }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [engine, segmentKey, refresh, sheetRows, targetGroupsVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  const n = counted?.no === segment.no ? counted.n : sheetRows;
  return (
    <Text>
      {t(lang, "segmentLines")}:{" "}
      <span data-testid="segment-lines-count" data-count={n ?? ""}>
        {n === undefined ? "–" : formatCount(lang, n)}
      </span>
    </Text>
  );
}
