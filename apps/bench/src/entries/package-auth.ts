export * from "@infisical-edge/auth";
