export * from "@infisical-edge/secrets";
