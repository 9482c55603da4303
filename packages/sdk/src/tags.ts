// `sdk.tags`: project tags over @infisical-edge/secrets, named like the other resources
// (`listTags`, `getTagBySlug`, ...). Secret writes take `tagSlugs` as well as `tagsIds`.

import type { InfisicalClient } from "@infisical-edge/core";
import {
  createTag,
  deleteTag,
  getTagBySlug,
  listTags,
  type Tag,
  updateTag,
} from "@infisical-edge/secrets";
import { type ProjectOptions, projectOf, type SignalOption } from "./options.js";

type Scoped = ProjectOptions & SignalOption;

/** Options of `sdk.tags.listTags`. */
export type ListTagsOptions = Scoped;
/** Options of `sdk.tags.getTagBySlug`. */
export type GetTagBySlugOptions = Scoped & {
  /** The tag's slug. */
  tagSlug: string;
};
/** Options of `sdk.tags.createTag`. */
export type CreateTagOptions = Scoped & {
  /** The new tag's slug. */
  slug: string;
  /** The tag's colour, e.g. `#ff0000`. */
  color: string;
};
/** Options of `sdk.tags.updateTag`. */
export type UpdateTagOptions = Scoped & {
  /** The tag's id. */
  tagId: string;
  /** The new slug. */
  slug: string;
  /** The new colour, e.g. `#ff0000`. */
  color: string;
};
/** Options of `sdk.tags.deleteTag`. */
export type DeleteTagOptions = Scoped & {
  /** The tag's id. */
  tagId: string;
};

const scope = (o: Scoped) => ({ ...projectOf(o), signal: o.signal });

export function tagsResource(client: () => InfisicalClient) {
  return {
    /** Every tag of the project. */
    listTags: (o: ListTagsOptions): Promise<Tag[]> => listTags(client(), scope(o)),
    /** One tag by slug. */
    getTagBySlug: (o: GetTagBySlugOptions): Promise<Tag> =>
      getTagBySlug(client(), { ...scope(o), tagSlug: o.tagSlug }),
    /** A new tag; `slug` (lowercase letters, digits, -) and `color` are required. */
    createTag: (o: CreateTagOptions): Promise<Tag> =>
      createTag(client(), { ...scope(o), slug: o.slug, color: o.color }),
    /** New slug and colour for a tag (both required by the server). */
    updateTag: (o: UpdateTagOptions): Promise<Tag> =>
      updateTag(client(), { ...scope(o), tagId: o.tagId, slug: o.slug, color: o.color }),
    /** Deletes a tag; secrets carrying it lose it. */
    deleteTag: (o: DeleteTagOptions): Promise<Tag> =>
      deleteTag(client(), { ...scope(o), tagId: o.tagId }),
  };
}

/** The `sdk.tags` resource: list, get, create, update and delete a project's tags. */
export type TagsResource = ReturnType<typeof tagsResource>;
