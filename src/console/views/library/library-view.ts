// 素材库: search approved material, browse it, import a sheet of items (roles that may write the library), and
// open one item with every version it has had and who approved it (#/library/<id>).
import { fill, h } from "../../core/dom.ts";
import type { View } from "../../core/shell.ts";
import { browsePanel } from "./library-browse.ts";
import { libraryIngest } from "./library-ingest.ts";
import { libraryItem } from "./library-item.ts";
import { searchPanel } from "./library-search.ts";

export const libraryView: View = {
  route: "library",
  title: () => "素材库",
  visible: (shell) => shell.can("library:read"),
  mount(root, params, shell) {
    const id = params[0];
    if (id) {
      libraryItem(root, id);
      return undefined;
    }
    const browse = browsePanel();
    fill(
      root,
      h("h2", { class: "view-title" }, "素材库"),
      h(
        "div",
        { class: "library-columns" },
        searchPanel(),
        h(
          "div",
          {},
          shell.can("library:write") ? libraryIngest(() => browse.dispatchEvent(new Event("refresh"))) : null,
          browse,
        ),
      ),
    );
    return undefined;
  },
};
