// Browser: log in with a short-lived access token (never ship a client secret to a page)
// and list the names of a project's secrets. The values stay in memory, never in the DOM.
import { tokenAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import { listSecrets } from "@infisical-edge/secrets";

const form = document.querySelector<HTMLFormElement>("#login")!;
const status = document.querySelector<HTMLElement>("#status")!;
const list = document.querySelector<HTMLUListElement>("#secrets")!;

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const field = (name: string) => String(new FormData(form).get(name) ?? "");
  status.textContent = "Loading…";
  try {
    const infisical = createClient({ siteUrl: field("siteUrl"), auth: tokenAuth(field("token")) });
    const where = { projectId: field("projectId"), environment: field("environment") };
    const { secrets } = await listSecrets(infisical, where);
    list.replaceChildren(
      ...secrets.map((s) =>
        Object.assign(document.createElement("li"), { textContent: s.secretKey }),
      ),
    );
    status.textContent = `${secrets.length} secrets`;
  } catch (error) {
    status.textContent = `Failed: ${(error as Error).message}`;
  }
});
