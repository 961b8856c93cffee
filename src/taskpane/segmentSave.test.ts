import type { SegmentHeader } from "../domain";
import type { SegmentSaveResult } from "../sync";
import { saveSegmentFlow } from "./segmentSave";

const HEADER: SegmentHeader = {
  no: "SEG0001",
  description: "Spring",
  campaignNo: "CP1",
  campaignTarget: true,
  campaignResponse: false,
  salespersonCode: "",
  interactionTemplateCode: "",
  unitCost: 0,
  unitDuration: 0,
  date: "2026-04-01",
};

function fake(preview: Partial<SegmentSaveResult>) {
  const calls: string[] = [];
  const base: SegmentSaveResult = { no: "SEG0001", ok: true, issues: [], changedFields: [], lineCount: 0 };
  const engine = {
    previewSegment: async () => {
      calls.push("preview");
      return { ...base, ...preview };
    },
    saveSegment: async (_h: SegmentHeader, o: { isNew: boolean; applyToLines: boolean }) => {
      calls.push(`save new=${o.isNew} apply=${o.applyToLines}`);
      return base;
    },
  };
  return { engine, calls };
}

const never = async () => {
  throw new Error("must not ask");
};

describe("saving a segment", () => {
  test("a new segment saves directly, without preview or question", async () => {
    const { engine, calls } = fake({ changedFields: ["date"], lineCount: 5 });
    await saveSegmentFlow(engine, { ...HEADER, no: "" }, true, never);
    expect(calls).toEqual(["save new=true apply=false"]);
  });

  test("changed fields that reach existing lines ask; Yes updates the lines", async () => {
    const { engine, calls } = fake({ changedFields: ["campaignNo"], lineCount: 3 });
    const asked: number[] = [];
    await saveSegmentFlow(engine, HEADER, false, async (p) => (asked.push(p.lineCount), true));
    expect(asked).toEqual([3]);
    expect(calls).toEqual(["preview", "save new=false apply=true"]);
  });

  test("No saves the header and leaves the lines", async () => {
    const { engine, calls } = fake({ changedFields: ["campaignNo"], lineCount: 3 });
    await saveSegmentFlow(engine, HEADER, false, async () => false);
    expect(calls).toEqual(["preview", "save new=false apply=false"]);
  });

  test("dismissing the question saves nothing", async () => {
    const { engine, calls } = fake({ changedFields: ["campaignNo"], lineCount: 3 });
    expect(await saveSegmentFlow(engine, HEADER, false, async () => null)).toBeNull();
    expect(calls).toEqual(["preview"]);
  });

  test("without lines, or without changed fields, nothing is asked", async () => {
    for (const preview of [
      { changedFields: ["date"], lineCount: 0 },
      { changedFields: [], lineCount: 9 },
    ]) {
      const { engine, calls } = fake(preview);
      await saveSegmentFlow(engine, HEADER, false, never);
      expect(calls).toEqual(["preview", "save new=false apply=false"]);
    }
  });

  test("a preview with errors is the answer; nothing is saved", async () => {
    const { engine, calls } = fake({ ok: false, changedFields: ["date"], lineCount: 3 });
    const result = await saveSegmentFlow(engine, HEADER, false, never);
    expect(result?.ok).toBe(false);
    expect(calls).toEqual(["preview"]);
  });
});
