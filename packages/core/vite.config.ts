import { libraryConfig } from "../../scripts/vite-lib";

export default libraryConfig({ index: "src/index.ts" }, import.meta.url);
