import { ENTITY_ORDER } from "../sync";
import { ENTITY_GROUPS } from "./entityGroups";

describe("Sheets tab groups", () => {
  test("the groups list every record kind once, in binding order", () => {
    expect(ENTITY_GROUPS.flatMap((g) => g.entities)).toEqual([...ENTITY_ORDER]);
  });

  test("prices and discounts are not setup sheets", () => {
    const setup = ENTITY_GROUPS.filter((g) => g.setup).flatMap((g) => g.entities);
    expect(setup).not.toContain("salesPrice");
    expect(setup).not.toContain("salesLineDiscount");
    expect(setup).toContain("campaign");
    expect(setup).toContain("customer");
  });
});
