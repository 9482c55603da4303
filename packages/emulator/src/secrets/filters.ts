import type { Checker } from "../http/validate.js";
import type { ProjectRecord, SecretRecord } from "../state.js";

// List filters: `tagSlugs=a,b` (any of the tags) and `metadataFilter=key=K,value=V|key=K2`
// (every entry must match some metadata pair).

export interface MetadataFilterEntry {
  key?: string;
  value?: string;
}

export function parseTagSlugs(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(",")
    .map((slug) => slug.trim())
    .filter((slug) => slug.length > 0);
}

export function parseMetadataFilter(query: Checker, key: string): MetadataFilterEntry[] {
  const raw = query.optionalString(key);
  if (!raw) return [];
  const entries: MetadataFilterEntry[] = [];
  for (const pair of raw.split("|")) {
    const entry: MetadataFilterEntry = {};
    for (const part of pair.split(",")) {
      const [name, ...rest] = part.split("=");
      const value = rest.join("=");
      if (name?.trim() === "key") entry.key = value;
      else if (name?.trim() === "value") entry.value = value;
    }
    if (entry.key === undefined && entry.value === undefined) {
      query.custom(key, "Invalid metadata filter format. Use key=K,value=V|key=K2,value=V2");
      return [];
    }
    entries.push(entry);
  }
  if (entries.length > 10) query.custom(key, "You can only filter by up to 10 metadata fields");
  return entries;
}

export function matchesFilters(
  project: ProjectRecord,
  secret: SecretRecord,
  tagSlugs: string[],
  metadata: MetadataFilterEntry[],
): boolean {
  if (tagSlugs.length > 0) {
    const slugs = secret.tagIds.map((id) => project.tags.find((tag) => tag.id === id)?.slug);
    if (!tagSlugs.some((slug) => slugs.includes(slug))) return false;
  }
  return metadata.every((wanted) =>
    secret.secretMetadata.some(
      (entry) =>
        (wanted.key === undefined || entry.key === wanted.key) &&
        (wanted.value === undefined || entry.value === wanted.value),
    ),
  );
}
