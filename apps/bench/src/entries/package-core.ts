export * from "@infisical-edge/core";
