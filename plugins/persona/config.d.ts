export interface Config {
  persona?: {
    /**
     * Where the guide to authoring Personas lives, linked from every empty
     * state of the Persona views: a URL or an app path such as
     * `/docs/default/component/platform-personas/authoring-personas`. Any
     * other value is shown as text. Defaults to the guide shipped with the
     * plugin, at `/authoring` under the Personas page (`/personas/authoring`).
     *
     * @visibility frontend
     */
    authoringDocsUrl?: string;
  };
}
