// No secret is read at build time: the client reads its settings at the first request.
/** @type {import("next").NextConfig} */
export default {
  poweredByHeader: false,
};
