/**
 * A Persona to start from: one Persona document of a persona pack shipped in
 * `examples/personas`, as YAML text.
 *
 * @public
 */
export type PersonaTemplate = {
  /** The template's id: the `metadata.name` of the Persona it copies. */
  id: string;
  /** What the template is, for a picker: the Persona's title and its type. */
  title: string;
  /** The persona pack it comes from, which is also its `spec.framework`. */
  pack: string;
  /** The pack's file, relative to the root of the Platform Personas repository. */
  source: string;
  /** The Persona document, as YAML text. */
  yaml: string;
};

/**
 * Representative Personas of the shipped persona packs (anthos,
 * cncf-platforms, activiti-cloud), two of each, to start writing a Persona
 * from. Each is a copy of a document of its pack; a test keeps them equal.
 *
 * @public
 */
export const PERSONA_TEMPLATES: readonly PersonaTemplate[] = [
  {
    id: 'anthos-platform-team',
    title: 'Platform team (builder)',
    pack: 'anthos',
    source: 'examples/personas/anthos.yaml',
    yaml: `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: anthos-platform-team
  title: Platform team
  description: >-
    Platform administrators, security, network, storage, and database
    administrators, with the DevOps and software engineers who design, build or
    set up platform components (PaaS). Builds and manages the life cycle of the
    Anthos platform itself, so that it is ready for use by the application
    owners. Not typically involved in daily platform operations.
  tags: [anthos]
spec:
  type: builder
  framework: anthos
  owner: group:default/platform-team
  holders:
    - group:default/platform-team
  interaction: direct
  responsibilities:
    - id: platform-lifecycle
      title: Build and manage the life cycle of the Anthos platform
    - id: implement-capabilities
      title: Continuously implement the capabilities of the Anthos platform
      description: So that it is ready for use by the application owners.
    - id: design-platform-components
      title: Design, build, or set up platform components (PaaS)
    - id: iam-security
      title: IAM and security
    - id: cluster-management
      title: Kubernetes and cluster management
    - id: paas-creation
      title: PaaS creation
    - id: observability-components
      title: Observability components management
    - id: policies-management
      title: Policies management
    - id: network-configuration
      title: Network configuration
  builds:
    - filter:
        kind: Resource
        spec.type: kubernetes-cluster
        metadata.tags: anthos
      ownedByHolder: true
    - filter:
        kind: Component
        spec.type: platform-service
        metadata.tags: anthos
      ownedByHolder: true
    - resource:default/platform-databases
    - resource:default/platform-storage
  enables:
    - system:default/anthos-platform
`,
  },
  {
    id: 'anthos-application-developer',
    title: 'Application owners and developers (consumer)',
    pack: 'anthos',
    source: 'examples/personas/anthos.yaml',
    yaml: `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: anthos-application-developer
  title: Application owners and developers
  description: >-
    Develops and delivers applications and services to the end user, and owns
    the application's roadmap and source code. Needs a platform to build, test
    and reliably release software to its clients.
  tags: [anthos]
spec:
  type: consumer
  framework: anthos
  owner: group:default/platform-team
  holders:
    - group:default/application-teams
  interaction: direct
  channels: [git]
  responsibilities:
    - id: develop-and-deliver
      title: Develop and deliver applications and services to the end user
    - id: own-roadmap-and-source
      title: Own the application's roadmap and source code
      description: Including bug fixes, performance regressions, and incidents.
    - id: build-test-release
      title: Build, test, and reliably release software to their clients
      description: On the functionality that the Anthos platform admins ensure exists in the platform.
  builds:
    - filter:
        kind: Component
        spec.type: [service, website]
      ownedByHolder: true
  consumes:
    - filter:
        kind: Resource
        spec.type: kubernetes-cluster
        metadata.tags: anthos
    - component:default/ci-cd-pipelines
`,
  },
  {
    id: 'cncf-platform-enabler',
    title: 'Platform Enablers (enabler)',
    pack: 'cncf-platforms',
    source: 'examples/personas/cncf-platforms.yaml',
    yaml: `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: cncf-platform-enabler
  title: Platform Enablers
  description: Focus on end-users and application capabilities.
  tags: [cncf, platform-as-a-product]
spec:
  type: enabler
  framework: cncf-platforms
  owner: group:default/platform-team
  holders:
    - group:default/devops
  interaction: direct
  responsibilities:
    - id: enable-workloads
      title: Enabling cloud-native and legacy workloads
      description: With best practices such as CI/CD and security guardrails.
    - id: self-service
      title: Enabling user experience and self-service capabilities
    - id: onboarding-automation
      title: Build automation practices to simplify onboarding experiences for end users
    - id: integrations
      title: Configuration integrations and third-party tools
  enables:
    - component:default/golden-path-templates
    - component:default/ci-cd-pipelines
    - filter:
        kind: Component
        spec.type: tool
`,
  },
  {
    id: 'cncf-service-provider',
    title: 'Service Providers (service-provider)',
    pack: 'cncf-platforms',
    source: 'examples/personas/cncf-platforms.yaml',
    yaml: `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: cncf-service-provider
  title: Service Providers
  description: >-
    Organizations who are experts in building platforms and providing platforms
    on top of Kubernetes, and consulting organizations that help teams drive
    implementations and adoption around the platform.
  tags: [cncf, platform-as-a-product]
spec:
  type: service-provider
  framework: cncf-platforms
  owner: group:default/platform-team
  holders:
    - group:default/partner-consultancy
  interaction: direct
  responsibilities:
    - id: provide-platforms
      title: Build platforms and provide platforms on top of Kubernetes
    - id: drive-adoption
      title: Help teams drive implementations and adoption around the platform
  enables:
    - system:default/developer-platform
`,
  },
  {
    id: 'activiti-cloud-developer',
    title: 'Activiti Cloud Developer (builder)',
    pack: 'activiti-cloud',
    source: 'examples/personas/activiti-cloud.yaml',
    yaml: `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: activiti-cloud-developer
  title: Activiti Cloud Developer
  description: >-
    Builds system-to-system cloud connectors and runtime bundles, tests, packages
    and releases them (Maven/Docker).
  tags: [activiti]
spec:
  type: builder
  framework: activiti-cloud
  owner: group:default/activiti-platform
  holders:
    - group:default/connectors-team
    - group:default/runtime-team
    - user:default/jane.doe
  interaction: direct
  channels: [git, maven, docker]
  tools: [jenkins-x, jhipster, helm, spring-cloud-kubernetes, istio, knative]
  responsibilities:
    - id: build-connectors
      title: Build system-to-system cloud connectors
      description: >-
        Integration points with existing internal and external systems. The
        process engine inside the runtime bundles has no knowledge of the
        connectors: integration happens via events, and connectors are
        discovered at runtime, using the infrastructure for failover and
        fallback.
    - id: test-connectors
      title: Test the connectors
    - id: package-and-release
      title: Package and release connectors (Maven/Docker)
    - id: test-process-definitions
      title: Test business process definitions with the required connectors
    - id: release-runtime-bundles
      title: Release the runtime bundles and connectors after testing
  builds:
    - component:default/connector-slack
    - filter:
        kind: Component
        spec.type: cloud-connector
      ownedByHolder: true
    - filter:
        kind: Component
        spec.type: runtime-bundle
      ownedByHolder: true
  consumes:
    - component:default/jenkins-x
    - component:default/jhipster
    - component:default/helm
    - component:default/spring-cloud-kubernetes
`,
  },
  {
    id: 'activiti-cloud-devops',
    title: 'Activiti Cloud DevOps (operator)',
    pack: 'activiti-cloud',
    source: 'examples/personas/activiti-cloud.yaml',
    yaml: `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: activiti-cloud-devops
  title: Activiti Cloud DevOps
  description: >-
    Picks up released runtime bundles and cloud connectors and deploys them into
    an instance of the infrastructure. Has access only to released versions that
    developers have tested and released to a specific repository (Maven/Docker).
  tags: [activiti]
spec:
  type: operator
  framework: activiti-cloud
  owner: group:default/activiti-platform
  holders:
    - group:default/devops
  interaction: direct
  channels: [maven, docker]
  tools: [jenkins-x, jhipster, helm, spring-cloud-kubernetes, istio, knative]
  responsibilities:
    - id: pick-up-releases
      title: Pick up released runtime bundles and cloud connectors
      description: Only released versions which developers have tested and released to a specific repository (Maven/Docker).
    - id: deploy-to-infrastructure
      title: Deploy them into an instance of the infrastructure
  enables:
    - resource:default/activiti-runtime-cluster
    - filter:
        kind: Component
        spec.type: [runtime-bundle, cloud-connector]
  consumes:
    - component:default/helm
    - component:default/jenkins-x
    - component:default/istio
    - component:default/knative
`,
  },
];
