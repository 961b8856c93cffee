import { DomainError } from "./types";
test("DomainError carries its code", () => {
  expect(new DomainError("X", "m").code).toBe("X");
});
