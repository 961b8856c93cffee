import { Stack } from "@fluentui/react";
import { useState } from "react";
import type { IsoDate } from "../../domain";
import { useEngine, useLiveSegments } from "../EngineContext";
import { SegmentEditor } from "./SegmentEditor";
import { SegmentList } from "./SegmentList";

/** The Segments tab: the stored segments, and the selected (or a new) one's form, lines and contacts. */
export function SegmentsTab({ today }: { today: IsoDate }) {
  const engine = useEngine();
  const segments = useLiveSegments();
  // null: a new segment is being entered.
  const [selectedNo, setSelectedNo] = useState<string | null>(null);
  const stored = selectedNo === null ? undefined : segments.find((s) => s.no === selectedNo);
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { paddingTop: 8 } }}>
      <SegmentList
        lang={engine.lang}
        segments={segments}
        selectedNo={selectedNo}
        onSelect={setSelectedNo}
        onNew={() => setSelectedNo(null)}
      />
      {/* Keyed so that another segment (or a new one) starts from a fresh form. A just-saved new segment waits
          for the live list before its form reopens as the stored one. */}
      {(selectedNo === null || stored) && (
        <SegmentEditor
          key={selectedNo ?? "new"}
          stored={stored}
          today={today}
          onSaved={setSelectedNo}
          onDeleted={() => setSelectedNo(null)}
        />
      )}
    </Stack>
  );
}
