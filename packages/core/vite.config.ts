import { libraryConfig } from "../../scripts/vite-lib.ts";

export default libraryConfig(
  { index: "src/index.ts", "internal/index": "src/internal/index.ts" },
  import.meta.url,
);
