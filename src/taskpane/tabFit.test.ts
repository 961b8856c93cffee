import { fitTabs } from "./tabFit";

describe("[SP53][PN1] the tabs that fit the strip", () => {
  test("[SP53] every tab fits: no menu", () => {
    expect(fitTabs([60, 80, 70], 210, 40, 0)).toEqual({ shown: [0, 1, 2], overflow: [] });
  });

  test("[SP53] too narrow: the first tabs that fit beside the More button, the rest in the menu, in order", () => {
    expect(fitTabs([60, 80, 70, 50], 200, 40, 0)).toEqual({ shown: [0, 1], overflow: [2, 3] });
  });

  test("[SP53] the selected tab is always shown, in its place, and takes the room of the last that would fit", () => {
    expect(fitTabs([60, 80, 70, 50], 200, 40, 3)).toEqual({ shown: [0, 3], overflow: [1, 2] });
    expect(fitTabs([60, 80, 70, 50], 120, 40, 2)).toEqual({ shown: [2], overflow: [0, 1, 3] });
  });
});
