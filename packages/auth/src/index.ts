export { renewToken, revokeToken, tokenInfo } from "./token";
export { tokenAuth } from "./token-auth";
export { type UniversalAuthOptions, universalAuth } from "./universal-auth";
