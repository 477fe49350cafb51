/** A valid persona, with `extra` lines appended to its spec. */
export const persona = (
  name: string,
  extra = '',
) => `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: ${name}
spec:
  type: builder
  owner: platform-team
  responsibilities:
    - id: build
      title: Build
${extra}`;
