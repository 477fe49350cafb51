// What a Markdown import is in tests: the app build turns it into an asset URL.
export default 'authoring-personas.md';
