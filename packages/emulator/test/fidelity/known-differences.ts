// Recordings the emulator deliberately answers differently, each with the reason. Keep this
// short (at most 5): prefer making the emulator match. A listed recording must still differ,
// so that a fixed difference is noticed and removed from here.

export const KNOWN_DIFFERENCES: Record<string, string> = {};
